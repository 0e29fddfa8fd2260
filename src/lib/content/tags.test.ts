import { describe, expect, it } from "vitest";
import { buildTagResolver, collectTags, recapTags, tagSlug } from "./tags";
import { buildMentionIndex } from "./mentionIndex";
import { buildAliasIndex } from "../data/aliasIndex";

const resolver = buildTagResolver([
  { type: "companies", alias: "deepseek-ai", canonical: "deepseek" },
  { type: "companies", alias: "x-ai", canonical: "xai" },
  { type: "companies", alias: "kimi-moonshot", canonical: "moonshot-ai" },
  { type: "companies", alias: "moonshot", canonical: "moonshot-ai" },
  { type: "people", alias: "philschmid", canonical: "_philschmid" },
]);
const recap = (id: string, tags: Partial<Record<"topics" | "companies" | "people", string[]>>) => ({ id, data: { topics: [], companies: [], people: [], ...tags } });

describe("tag aliases", () => {
  it("lands every listed variant on the canonical page, comparing spellings by slug", () => {
    expect(["deepseek", "deepseek-ai", "DeepSeek_AI", "DEEPSEEK"].map((t) => resolver.slug("companies", t))).toEqual(["deepseek", "deepseek", "deepseek", "deepseek"]);
    expect(resolver.slug("companies", "x-ai")).toBe("xai");
    expect(resolver.slug("companies", "kimi-moonshot")).toBe(resolver.slug("companies", "moonshot"));
  });

  it("keeps namespaces apart: an alias of a company is not an alias of a topic", () => {
    expect(resolver.slug("topics", "deepseek-ai")).toBe("deepseek-ai");
  });

  it("gives unlisted tags their own slug, and non-Latin tags a stable one", () => {
    expect(resolver.slug("topics", "Long Context")).toBe("long-context");
    expect(tagSlug("智谱")).toBe("u667a-u8c31");
  });

  it("names a tag by its canonical spelling", () => {
    expect(resolver.canonical("people", "philschmid")).toBe("_philschmid");
    expect(resolver.canonical("people", "_philschmid")).toBe("_philschmid");
    expect(resolver.slug("people", "philschmid")).toBe("philschmid");
  });
});

describe("collectTags", () => {
  const index = collectTags(
    [
      recap("r3", { companies: ["deepseek-ai", "xai"] }),
      recap("r2", { companies: ["deepseek", "DeepSeek-AI"], topics: ["rag"] }),
      recap("r1", { companies: ["x-ai"], topics: ["rag", "moe"] }),
    ],
    resolver,
  );

  it("groups variants on one tag, each recap once, newest first", () => {
    const deepseek = index.companies.find((t) => t.slug === "deepseek")!;
    expect(deepseek).toMatchObject({ name: "deepseek", recapIds: ["r3", "r2"], variants: ["DeepSeek-AI", "deepseek", "deepseek-ai"] });
    expect(index.companies.find((t) => t.slug === "xai")!.recapIds).toEqual(["r3", "r1"]);
  });

  it("sorts tags by number of recaps, then name", () => {
    expect(index.topics.map((t) => [t.slug, t.recapIds.length])).toEqual([["rag", 2], ["moe", 1]]);
  });

  it("lists one recap's tags canonical and deduplicated", () => {
    expect(recapTags(recap("r", { companies: ["deepseek", "deepseek-ai", "x-ai"] }), resolver, "companies")).toEqual([
      { type: "companies", slug: "deepseek", name: "deepseek" },
      { type: "companies", slug: "xai", name: "xai" },
    ]);
  });
});

describe("buildMentionIndex", () => {
  const { index } = buildAliasIndex([
    { id: "claude-sonnet-4-6", aliases: ["claude-3-sonnet-4.6"] },
    { id: "glm-5", aliases: [] },
  ]);
  const recaps = [
    { id: "r2", data: { models: ["claude-3-sonnet-4.6", "seedance-2", "claude-sonnet-4-6"] } },
    { id: "r1", data: { models: [] } },
  ];
  const mentions = buildMentionIndex(recaps, index, (id) => (id === "r1" ? ["GLM-5", "not-a-model"] : ["glm-5"]));

  it("joins recaps to models through aliases and body components, both ways round", () => {
    expect(mentions.byRecap.get("r2")).toEqual([{ label: "claude-3-sonnet-4.6", id: "claude-sonnet-4-6" }, { label: "seedance-2" }, { label: "glm-5", id: "glm-5" }]);
    expect(mentions.byRecap.get("r1")).toEqual([{ label: "GLM-5", id: "glm-5" }]);
    expect(Object.fromEntries(mentions.byModel)).toEqual({ "claude-sonnet-4-6": ["r2"], "glm-5": ["r2", "r1"] });
  });

  it("lists a recap once for a model it names both plainly and by a snapshot (its panel has a row for each), so the model's page, feed and counts count it once (found in review: GPT-4o's '5 recaps' for 4)", () => {
    const { index: gpt } = buildAliasIndex([{ id: "gpt-4o", aliases: [] }]);
    const both = buildMentionIndex([{ id: "r3", data: { models: ["gpt-4o-2024-08-06", "gpt-4o"] } }, { id: "r4", data: { models: ["gpt-4o"] } }], gpt);
    expect(both.byRecap.get("r3")).toHaveLength(2);
    expect(Object.fromEntries(both.byModel)).toEqual({ "gpt-4o": ["r3", "r4"] });
  });

  it("lists on a model's page a recap whose text names the model, once, without making it one of the recap's own mentions (its panel)", () => {
    const named = buildMentionIndex(recaps, index, () => [], (id) => (id === "r1" ? ["glm-5", "claude-sonnet-4-6"] : ["claude-sonnet-4-6"]));
    expect(Object.fromEntries(named.byModel)).toEqual({ "claude-sonnet-4-6": ["r2", "r1"], "glm-5": ["r1"] });
    expect(named.byRecap.get("r1")).toEqual([]);
  });
});
