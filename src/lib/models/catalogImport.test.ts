import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { labOfBrand } from "./catalogLabs";
import { cleanModelName, groupCatalog, openWeightsConflicts, releaseConflicts, type CatalogModel } from "./groupCatalog";
import { cellsOf, planModelImport, type RegistryRow } from "./planModelImport";
import { entryBase, readCatalog } from "./readCatalog";

// A models.dev catalog in its own shape, small: the lab's API, a cloud, two routers and a reseller.
const modelsDev = {
  anthropic: {
    id: "anthropic",
    name: "Anthropic",
    models: {
      "claude-sonnet-4-5": { id: "claude-sonnet-4-5", name: "Claude Sonnet 4.5 (latest)", release_date: "2025-09-29", last_updated: "2025-09-29", open_weights: false, limit: { context: 200000, output: 64000 }, cost: { input: 3, output: 15 } },
      "claude-sonnet-4-5-20250929": { id: "claude-sonnet-4-5-20250929", name: "Claude Sonnet 4.5", release_date: "2025-09-29", last_updated: "2025-09-29", open_weights: false, limit: { context: 200000 }, cost: { input: 3, output: 15 } },
      "claude-opus-4-0": { id: "claude-opus-4-0", name: "Claude Opus 4 (latest)", release_date: "2025-05-22", last_updated: "2025-05-22", open_weights: false, limit: { context: 200000 }, cost: { input: 15, output: 75 } },
      "claude-opus-4-20250514": { id: "claude-opus-4-20250514", name: "Claude Opus 4", release_date: "2025-05-22", last_updated: "2025-05-22", open_weights: false, limit: { context: 200000 }, cost: { input: 15, output: 75 } },
    },
  },
  openai: {
    id: "openai",
    name: "OpenAI",
    models: {
      "gpt-4o": { id: "gpt-4o", name: "GPT-4o", release_date: "2024-05-13", last_updated: "2024-08-06", open_weights: false, limit: { context: 128000 }, cost: { input: 2.5, output: 10 } },
      "gpt-4o-2024-08-06": { id: "gpt-4o-2024-08-06", name: "GPT-4o (2024-08-06)", release_date: "2024-08-06", last_updated: "2024-08-06", open_weights: false, limit: { context: 128000 }, cost: { input: 2.5, output: 10 } },
      "gpt-4o-mini": { id: "gpt-4o-mini", name: "GPT-4o mini", release_date: "2024-07-18", last_updated: "2024-07-18", open_weights: false, limit: { context: 128000 }, cost: { input: 0.15, output: 0.6 } },
    },
  },
  moonshotai: {
    id: "moonshotai",
    name: "Moonshot AI",
    models: {
      "kimi-k2-thinking": { id: "kimi-k2-thinking", name: "Kimi K2 Thinking", release_date: "2025-11-06", last_updated: "2025-11-06", open_weights: true, limit: { context: 262144 }, cost: { input: 0.6, output: 2.5 } },
      "kimi-k2-0905-preview": { id: "kimi-k2-0905-preview", name: "Kimi K2 0905", release_date: "2025-09-05", last_updated: "2025-09-05", open_weights: true, limit: { context: 262144 }, cost: { input: 0.6, output: 2.5 } },
    },
  },
  "amazon-bedrock": {
    id: "amazon-bedrock",
    name: "Amazon Bedrock",
    models: {
      "us.anthropic.claude-sonnet-4-5-20250929-v1:0": { id: "us.anthropic.claude-sonnet-4-5-20250929-v1:0", name: "Claude Sonnet 4.5 (US)", release_date: "2025-09-29", last_updated: "2025-09-29", open_weights: false, limit: { context: 200000 }, cost: { input: 3.3, output: 16.5 } },
    },
  },
  openrouter: {
    id: "openrouter",
    name: "OpenRouter",
    models: {
      "anthropic/claude-3.7-sonnet:thinking": { id: "anthropic/claude-3.7-sonnet:thinking", name: "Claude 3.7 Sonnet (thinking)", release_date: "2025-02-19", last_updated: "2025-02-19", open_weights: false, limit: { context: 200000 }, cost: { input: 3, output: 15 } },
      "anthropic/claude-3.7-sonnet": { id: "anthropic/claude-3.7-sonnet", name: "Claude 3.7 Sonnet", release_date: "2025-02-19", last_updated: "2025-02-19", open_weights: false, limit: { context: 200000 }, cost: { input: 3, output: 15 } },
      "meta-llama/llama-3.3-70b-instruct": { id: "meta-llama/llama-3.3-70b-instruct", name: "Llama 3.3 70B Instruct", release_date: "2024-12-06", last_updated: "2024-12-06", open_weights: true, limit: { context: 131072 }, cost: { input: 0.1, output: 0.3 } },
      "~anthropic/claude-sonnet-latest": { id: "~anthropic/claude-sonnet-latest", name: "Claude Sonnet Latest", release_date: "2026-03-01", last_updated: "2026-06-30", open_weights: false, limit: { context: 1000000 }, cost: { input: 3, output: 15 } },
      "thedrummer/rocinante-12b": { id: "thedrummer/rocinante-12b", name: "Rocinante 12B", release_date: "2024-09-30", last_updated: "2024-09-30", open_weights: true, limit: { context: 32768 }, cost: { input: 0.2, output: 0.5 } },
    },
  },
  venice: {
    id: "venice",
    name: "Venice",
    models: {
      "openai-gpt-4o-2024-11-20": { id: "openai-gpt-4o-2024-11-20", name: "GPT-4o", release_date: "2026-02-28", last_updated: "2026-02-28", open_weights: false, limit: { context: 128000 }, cost: { input: 3, output: 12 } },
      "claude-opus-4-6-thinking": { id: "claude-opus-4-6-thinking", name: "Claude Opus 4.6 Thinking", release_date: "2026-02-05", last_updated: "2026-02-05", open_weights: false, limit: { context: 200000 } },
    },
  },
};

const openRouter = {
  data: [
    { id: "anthropic/claude-opus-4.7", canonical_slug: "anthropic/claude-4.7-opus-20260416", hugging_face_id: null, name: "Anthropic: Claude Opus 4.7", created: 1776297600, context_length: 1000000, pricing: { prompt: "0.000005", completion: "0.000025" } },
    { id: "qwen/qwen3-32b", canonical_slug: "qwen/qwen3-32b-04-28", hugging_face_id: "Qwen/Qwen3-32B", name: "Qwen: Qwen3 32B", created: 1745875945, context_length: 40960, pricing: { prompt: "0.00000008", completion: "0.00000024" } },
    { id: "openrouter/auto", canonical_slug: "openrouter/auto", hugging_face_id: null, name: "Auto Router", created: 1699401600, context_length: 2000000, pricing: { prompt: "-1", completion: "-1" } },
  ],
};

describe("readCatalog", () => {
  it("reads models.dev's api.json: one entry per provider model, with its lab and whether it speaks for the lab", () => {
    const catalog = readCatalog(modelsDev, "api.json");
    expect(catalog.name).toBe("models.dev");
    expect(catalog.newestDate).toBe("2026-06-30");
    expect(catalog.entries).toHaveLength(17);
    const bedrock = catalog.entries.find((e) => e.provider === "amazon-bedrock")!;
    expect(bedrock).toMatchObject({ base: "claude-sonnet-4-5-20250929", lab: "Anthropic", firstParty: false, authoritative: true, inputPrice: 3.3 });
    expect(catalog.entries.find((e) => e.id === "claude-opus-4-0")).toMatchObject({ lab: "Anthropic", firstParty: true, authoritative: true, released: "2025-05-22", contextWindow: 200000, inputPrice: 15, outputPrice: 75 });
    // A reseller's own name says its brand's lab, but does not speak for it; a moving pointer neither.
    expect(catalog.entries.find((e) => e.id === "claude-opus-4-6-thinking")).toMatchObject({ lab: "Anthropic", authoritative: false });
    expect(catalog.entries.find((e) => e.id.startsWith("~"))).toMatchObject({ authoritative: false });
    expect(catalog.entries.find((e) => e.id === "thedrummer/rocinante-12b")?.lab).toBeUndefined();
  });

  it("reads OpenRouter's list: prices per token become prices per million, `created` is not a release date", () => {
    const catalog = readCatalog(openRouter, "models.json");
    expect(catalog).toMatchObject({ name: "openrouter", newestDate: "2026-04-16" });
    expect(catalog.entries[0]).toMatchObject({ name: "Claude Opus 4.7", lab: "Anthropic", authoritative: true, inputPrice: 5, outputPrice: 25, contextWindow: 1000000, released: undefined });
    expect(catalog.entries[1]).toMatchObject({ lab: "Alibaba", openWeights: true, inputPrice: 0.08 });
    expect(catalog.entries[2]).toMatchObject({ lab: undefined, inputPrice: undefined });
  });

  it("refuses anything else, naming the file", () => {
    expect(() => readCatalog({ models: [] }, "x.json")).toThrow(/x\.json:1: expected models\.dev's api\.json/);
    expect(() => readCatalog([1, 2], "x.json")).toThrow(/expected models\.dev's api\.json/);
  });

  it("strips prefixes and version tags from ids, and names brands' labs", () => {
    expect(entryBase("accounts/fireworks/models/kimi-k2p6")).toBe("kimi-k2.6");
    expect(entryBase("openai/gpt-4o:free")).toBe("gpt-4o");
    // The lab's name before its own brand, and a cloud's version or deployment tag.
    expect(entryBase("nvidia/nvidia-nemotron-nano-9b-v2")).toBe("nemotron-nano-9b-v2");
    expect(entryBase("openai.gpt-oss-120b-1:0")).toBe("gpt-oss-120b");
    expect(entryBase("openai/gpt-oss-120b-maas")).toBe("gpt-oss-120b");
    // Alibaba Cloud's listing of Moonshot's model: the lab's name before its brand, as Meta's before Llama.
    expect(entryBase("moonshot-kimi-k2-instruct")).toBe("kimi-k2-instruct");
    // Google's stable version is a snapshot to the matcher; the catalog takes it off as it always did.
    expect(entryBase("google/gemini-1.5-flash-002")).toBe("gemini-1.5-flash");
    expect(entryBase("gemini-2.0-flash-001:free")).toBe("gemini-2.0-flash");
    // Another lab's -00N is part of the name, to the import as to the matcher: davinci-002 is not
    // GPT-3's davinci, so its row is davinci-002, which the label names as written.
    expect(entryBase("openai/text-embedding-ada-002")).toBe("text-embedding-ada-002");
    expect(entryBase("davinci-002")).toBe("davinci-002");
    expect(entryBase("openai/babbage-002:free")).toBe("babbage-002");
    expect(entryBase("google/text-embedding-005")).toBe("text-embedding");
    expect(labOfBrand("qwen3-32b")).toBe("Alibaba");
    expect(labOfBrand("o3-mini")).toBe("OpenAI");
    expect(labOfBrand("opus-4")).toBeUndefined();
    expect(cleanModelName("Anthropic: Claude Sonnet 4.5 (latest)")).toBe("Claude Sonnet 4.5");
    expect(cleanModelName("deepseek-ai/DeepSeek-V3")).toBe("DeepSeek-V3");
  });
});

describe("groupCatalog", () => {
  const { models, report } = groupCatalog(readCatalog(modelsDev, "api.json"));
  const byId = new Map(models.map((m) => [m.id, m]));

  it("makes one row per model: the lab's ids, its cloud's and routers' ids are aliases", () => {
    expect(models.map((m) => m.id)).toEqual(["claude-3-7-sonnet", "claude-opus-4", "claude-sonnet-4-5", "llama-3-3-70b-instruct", "kimi-k2-0905-preview", "kimi-k2-thinking", "gpt-4o", "gpt-4o-mini"]);
    expect(byId.get("claude-sonnet-4-5")).toMatchObject({
      name: "Claude Sonnet 4.5",
      lab: "Anthropic",
      released: "2025-09-29",
      openWeights: false,
      contextWindow: 200000,
      inputPrice: 3,
      outputPrice: 15,
      aliases: ["claude-sonnet-4-5-20250929"],
    });
    // The lab lists claude-opus-4-0 and claude-opus-4-20250514 as "Claude Opus 4" of one day: one model.
    expect(byId.get("claude-opus-4")?.aliases).toEqual(["claude-opus-4-0", "claude-opus-4-20250514"]);
  });

  it("never merges two models: gpt-4o and gpt-4o-mini stay apart, a snapshot joins its model", () => {
    expect(byId.get("gpt-4o")?.aliases).toEqual(["gpt-4o-2024-08-06"]);
    expect(byId.get("gpt-4o-mini")?.aliases).toEqual([]);
    expect(byId.get("gpt-4o")?.released).toBe("2024-05-13");
  });

  it("adds no row for a router's setting variant, a reseller's own name, a pointer or an unplaced lab, and counts them", () => {
    expect(byId.has("claude-3-7-sonnet-thinking")).toBe(false);
    expect(byId.has("claude-opus-4-6-thinking")).toBe(false);
    expect(byId.has("claude-sonnet")).toBe(false);
    expect(report).toMatchObject({ settingVariants: 1, resellerOnly: 2 });
    expect([...report.unknownLab.entries()]).toEqual([["thedrummer", 1], ["venice's own ids", 1]]);
  });

  it("takes a router's price of the model, never of its free tier or another variant, when the lab lists no price", () => {
    const entry = (id: string, prompt: string, completion: string) => ({ id, canonical_slug: id, hugging_face_id: "openai/gpt-oss-120b", name: "OpenAI: gpt-oss-120b", created: 1754352000, context_length: 131072, pricing: { prompt, completion } });
    const { models } = groupCatalog(
      readCatalog(
        {
          data: [
            // OpenRouter lists the free tier first: its $0 is no list price.
            entry("openai/gpt-oss-120b:free", "0", "0"),
            entry("openai/gpt-oss-120b:nitro", "0.0000002", "0.0000008"),
            entry("openai/gpt-oss-120b", "0.000000039", "0.00000018"),
            { ...entry("openai/gpt-oss-20b:free", "0", "0"), name: "OpenAI: gpt-oss-20b (free)" },
          ],
        },
        "openrouter-models.json",
      ),
    );
    const byId = new Map(models.map((m) => [m.id, m]));
    expect(byId.get("gpt-oss-120b")).toMatchObject({ inputPrice: 0.039, outputPrice: 0.18 });
    // Listed only as a free tier: no list price is known, so none is written (not $0).
    expect(byId.get("gpt-oss-20b")).toMatchObject({ inputPrice: undefined, outputPrice: undefined });
  });

  it("keeps a lab's model whose name ends like a setting (kimi-k2-thinking)", () => {
    expect(byId.get("kimi-k2-thinking")).toMatchObject({ lab: "Moonshot AI", openWeights: true });
  });

  it("joins Google's stable versions (-001, -002) to their model, listing no alias for them (the matcher reads the number)", () => {
    const entry = (id: string, name: string, released: string) => ({ id, name, release_date: released, last_updated: released, open_weights: false, limit: { context: 1048576 } });
    const google = {
      google: {
        id: "google",
        name: "Google",
        models: {
          "gemini-1.5-flash": entry("gemini-1.5-flash", "Gemini 1.5 Flash", "2024-05-14"),
          "gemini-1.5-flash-001": entry("gemini-1.5-flash-001", "Gemini 1.5 Flash 001", "2024-05-14"),
          "gemini-1.5-flash-002": entry("gemini-1.5-flash-002", "Gemini 1.5 Flash 002", "2024-09-24"),
          "gemini-1.5-flash-8b": entry("gemini-1.5-flash-8b", "Gemini 1.5 Flash-8B", "2024-10-03"),
        },
      },
    };
    const rows = groupCatalog(readCatalog(google, "api.json")).models;
    expect(rows.map((r) => [r.id, r.released, r.aliases])).toEqual([
      ["gemini-1-5-flash", "2024-05-14", []],
      ["gemini-1-5-flash-8b", "2024-10-03", []],
    ]);
  });

  it("joins a host's id without -instruct to the model of that name, and a cloud's version or deployment tag (-1:0, -maas) to its model", () => {
    const entry = (id: string, name: string, open: boolean) => ({ id, name, release_date: "2024-07-23", last_updated: "2024-07-23", open_weights: open, limit: { context: 128000 } });
    const hosts = {
      openrouter: {
        id: "openrouter",
        name: "OpenRouter",
        models: {
          "meta-llama/llama-3.1-70b-instruct": entry("meta-llama/llama-3.1-70b-instruct", "Llama 3.1 70B Instruct", true),
          "openai/gpt-oss-120b": entry("openai/gpt-oss-120b", "gpt-oss-120b", true),
          "qwen/qwen3-coder-30b-a3b-instruct": entry("qwen/qwen3-coder-30b-a3b-instruct", "Qwen3 Coder 30B A3B Instruct", true),
        },
      },
      vercel: {
        id: "vercel",
        name: "Vercel",
        models: {
          "meta/llama-3.1-70b": entry("meta/llama-3.1-70b", "Llama 3.1 70B Instruct", false),
          "meta/llama-3.1-8b": entry("meta/llama-3.1-8b", "Llama 3.1 8B", true),
          // The name spelt otherwise ("Qwen 3"), as the matcher reads labels loosely.
          "alibaba/qwen3-coder-30b-a3b": entry("alibaba/qwen3-coder-30b-a3b", "Qwen 3 Coder 30B A3B Instruct", false),
        },
      },
      "amazon-bedrock": { id: "amazon-bedrock", name: "Amazon Bedrock", models: { "openai.gpt-oss-120b-1:0": entry("openai.gpt-oss-120b-1:0", "gpt-oss-120b", false) } },
      "google-vertex": { id: "google-vertex", name: "Vertex", models: { "openai/gpt-oss-120b-maas": entry("openai/gpt-oss-120b-maas", "GPT OSS 120B", true) } },
    };
    const ids = groupCatalog(readCatalog(hosts, "api.json")).models.map((m) => m.id);
    expect(ids).toContain("llama-3-1-70b-instruct");
    expect(ids).not.toContain("llama-3-1-70b");
    expect(ids.filter((id) => id.startsWith("gpt-oss"))).toEqual(["gpt-oss-120b"]);
    expect(ids.filter((id) => id.startsWith("qwen3-coder"))).toEqual(["qwen3-coder-30b-a3b-instruct"]);
    // A name without the release word is the base model: it stays a row of its own.
    expect(ids).toContain("llama-3-1-8b");
  });
});

describe("groupCatalog: where a row's release date comes from", () => {
  // models.dev as it dates GPT-4 (2026-07-02): the lab's own listing gives 2023-11-06, the day of
  // a later snapshot; Kilo's listing under OpenAI's organisation gives the launch, 2023-03-14.
  const dated = (release: string) => ({ name: "GPT-4", release_date: release, last_updated: release, open_weights: false });
  const gpt4 = {
    openai: { id: "openai", name: "OpenAI", models: { "gpt-4": { id: "gpt-4", ...dated("2023-11-06") } } },
    kilo: { id: "kilo", name: "Kilo", models: { "openai/gpt-4": { id: "openai/gpt-4", ...dated("2023-03-14") }, "openai/gpt-4-0613": { id: "openai/gpt-4-0613", ...dated("2023-11-06") } } },
    openrouter: { id: "openrouter", name: "OpenRouter", models: { "openai/gpt-4": { id: "openai/gpt-4", ...dated("2023-11-06") } } },
  };
  const model = groupCatalog(readCatalog(gpt4, "api.json")).models.find((m) => m.id === "gpt-4")!;

  it("takes the lab's own listing's date and says so; the other dates of listings that speak for the lab are listed, not taken", () => {
    expect(model.released).toBe("2023-11-06");
    expect(model.releasedFrom?.rule).toBe("lab");
    expect(model.releasedFrom?.entries.map((e) => `${e.provider} ${e.id}`)).toEqual(["openai gpt-4"]);
    expect(releaseConflicts(model, 31).map((c) => [c.date, c.entries.map((e) => `${e.provider} ${e.id}`)])).toEqual([["2023-03-14", ["kilo openai/gpt-4"]]]);
    // Listings a month apart or less are one release.
    expect(releaseConflicts({ ...model, released: "2023-03-20" }, 31).map((c) => c.date)).toEqual(["2023-11-06"]);
    expect(releaseConflicts({ ...model, released: undefined }, 31)).toEqual([]);
    // A snapshot's listing gives the snapshot's day: not a dispute of the model's (GPT-4o's 2024-08-06 and 2024-11-20).
    const snapshots = { openai: { id: "openai", name: "OpenAI", models: Object.fromEntries(["gpt-4o", "gpt-4o-2024-08-06", "gpt-4o-2024-11-20"].map((id, i) => [id, { id, name: "GPT-4o", release_date: ["2024-05-13", "2024-08-06", "2024-11-20"][i], last_updated: "2024-11-20", open_weights: false }])) } };
    const gpt4o = groupCatalog(readCatalog(snapshots, "api.json")).models.find((m) => m.id === "gpt-4o")!;
    expect(gpt4o.released).toBe("2024-05-13");
    expect(releaseConflicts(gpt4o, 31)).toEqual([]);
  });

  it("without the lab's own listing, says which listing or which majority the date comes from", () => {
    const { openai: _lab, ...hosts } = gpt4;
    const hosted = groupCatalog(readCatalog(hosts, "api.json")).models.find((m) => m.id === "gpt-4")!;
    expect(hosted.releasedFrom?.rule).not.toBe("lab");
    expect(hosted.releasedFrom?.entries.every((e) => e.released === hosted.released)).toBe(true);
  });
});

describe("planModelImport", () => {
  const { models } = groupCatalog(readCatalog(modelsDev, "api.json"));
  const row = (line: number, cells: Record<string, string>): RegistryRow => ({ line, cells: { released: "", open_weights: "false", aliases: "", ...cells } });
  const registry = [
    row(2, { id: "claude-sonnet-4-5", name: "Claude Sonnet 4.5", lab: "Anthropic", released: "2025-09-29", aliases: "claude-3-sonnet-4.5" }),
    row(3, { id: "gpt-4o", name: "GPT 4o", lab: "OpenAI", released: "2024-05-13" }),
    row(4, { id: "kimi-k2-thinking", name: "Kimi K2 Thinking", lab: "Moonshot", catalog: "models.dev", catalog_date: "2026-01-01", aliases: "kimi-thinking" }),
  ];
  const plan = planModelImport({ models, catalog: "models.dev", catalogDate: "2026-07-02", registry });

  it("never changes an editor's row, and says where the catalog differs", () => {
    expect(plan.rows[0]).toEqual(registry[0].cells);
    expect(plan.rows[1]).toEqual(registry[1].cells);
    expect(plan.kept).toEqual([
      { id: "claude-sonnet-4-5", line: 2, differences: [] },
      { id: "gpt-4o", line: 3, differences: [] },
    ]);
  });

  it("names the catalog model a difference comes from when it reaches an editor's row through an alias", () => {
    const reg = [row(2, { id: "gpt-4o", name: "GPT-4o", lab: "OpenAI", released: "2024-05-13", aliases: "gpt-4o-2024-08-06|gpt-4o-mini" })];
    const kept = planModelImport({ models: models.filter((m) => m.id.startsWith("gpt-4o")), catalog: "models.dev", catalogDate: "2026-07-02", registry: reg }).kept;
    // gpt-4o itself agrees with the row; gpt-4o-mini, which the row's alias names, does not.
    expect(kept).toEqual([
      {
        id: "gpt-4o",
        line: 2,
        differences: [
          { column: "name", from: "GPT-4o", to: "GPT-4o mini", source: "gpt-4o-mini" },
          { column: "released", from: "2024-05-13", to: "2024-07-18", source: "gpt-4o-mini" },
        ],
      },
    ]);
  });

  it("takes a catalog model whose display name is an editor's row of its lab for that row, not a second row, and lists its ids", () => {
    // models.dev lists Mistral Small 4 as the lab's `mistral-small-2603`; the editor wrote `mistral-small-4`.
    const small4 = [{ id: "mistral-small-2603", name: "Mistral Small 4", lab: "Mistral AI", released: "2026-03-16", openWeights: true, aliases: ["mistralai/mistral-small-2603"], entries: [] }];
    const editors = [row(2, { id: "mistral-small-4", name: "Mistral Small 4", lab: "Mistral AI", open_weights: "false" })];
    const byName = planModelImport({ models: small4, catalog: "models.dev", catalogDate: "2026-07-02", registry: editors });
    expect(byName.added).toEqual([]);
    expect(byName.rows).toEqual([editors[0].cells]);
    expect(byName.kept).toEqual([
      {
        id: "mistral-small-4",
        line: 2,
        differences: [
          { column: "released", from: "", to: "2026-03-16", source: "mistral-small-2603" },
          { column: "open_weights", from: "false", to: "true", source: "mistral-small-2603" },
        ],
        namedBy: [{ source: "mistral-small-2603", name: "Mistral Small 4", ids: ["mistral-small-2603", "mistralai/mistral-small-2603"] }],
      },
    ]);
    // Not another lab's row, nor a row a catalog imported: those are no editor's word on the model.
    const others: Record<string, string>[] = [{ lab: "Someone Else" }, { catalog: "openrouter", catalog_date: "2026-07-01" }];
    for (const other of others) {
      const plan = planModelImport({ models: small4, catalog: "models.dev", catalogDate: "2026-07-02", registry: [row(2, { ...editors[0].cells, ...other })] });
      expect(plan.added.map((m) => m.id)).toEqual(["mistral-small-2603"]);
    }
  });

  it("takes no catalog model by its name for an editor's row when its id says more than the name: another version, variant or release of the line", () => {
    // Real display names (models.dev, OpenRouter, 2026-07-02) that leave out what the id says, each
    // against an editor's row written as that name: a wrong merge would fold one model's scores and
    // mentions into another's page.
    const model = (id: string, name: string, lab: string, released?: string): CatalogModel => ({ id, name, lab, released, openWeights: true, aliases: [], entries: [] });
    const cases: [CatalogModel, Record<string, string>][] = [
      // UI-TARS 1.5 7B (July 2025) is not UI-TARS 7B (January 2025).
      [model("ui-tars-1-5-7b", "UI-TARS 7B", "ByteDance", "2025-07-22"), { id: "ui-tars-7b", name: "UI-TARS 7B", lab: "ByteDance", released: "2025-01-21" }],
      // IBM's hybrid H Micro is not its dense Granite 4.0 Micro.
      [model("granite-4-0-h-micro", "Granite 4.0 Micro", "IBM", "2025-10-20"), { id: "granite-4-0-micro", name: "Granite 4.0 Micro", lab: "IBM" }],
      // A thinking preview is not the model (o1-preview is not o1; kimi-k2-thinking is not kimi-k2).
      [model("ernie-5-0-thinking-preview", "ERNIE 5.0", "Baidu", "2026-01-22"), { id: "ernie-5-0", name: "ERNIE 5.0", lab: "Baidu" }],
      [model("kimi-k2-0905-preview", "Kimi K2 0905", "Moonshot AI", "2025-09-05"), { id: "kimi-k2-0905", name: "Kimi K2 0905", lab: "Moonshot AI" }],
      // A name without a version or size names a line: Devstral Small 1.1 (2507) is not the first Devstral Small,
      [model("devstral-small-2507", "Devstral Small", "Mistral AI", "2025-07-10"), { id: "devstral-small", name: "Devstral Small", lab: "Mistral AI", released: "2025-05-21" }],
      // and Nemotron 3 Super (2026) is not the Nemotron Super of 2025.
      [model("nemotron-120b-a12b", "Nemotron Super", "NVIDIA", "2026-03-11"), { id: "nemotron-super", name: "Nemotron Super", lab: "NVIDIA", released: "2025-03-18" }],
      // A snapshot left out of the name, with the row released at another time: Kimi K2 0905 is not the July Kimi K2.
      [model("kimi-k2-0905", "Kimi K2", "Moonshot AI", "2025-09-05"), { id: "kimi-k2", name: "Kimi K2", lab: "Moonshot AI", released: "2025-07-11" }],
      // A number format is a served copy, not a name to add to the row.
      [model("qwen3-4b-fp8", "Qwen3 4B", "Alibaba", "2025-04-29"), { id: "qwen3-4b", name: "Qwen3 4B", lab: "Alibaba" }],
    ];
    for (const [m, cells] of cases) {
      const plan = planModelImport({ models: [m], catalog: "models.dev", catalogDate: "2026-07-02", registry: [row(2, cells)] });
      expect({ id: m.id, kept: plan.kept }).toEqual({ id: m.id, kept: [] });
    }
    // What the name leaves out is only a dated snapshot: the same model (the sample registry's three).
    const same: [CatalogModel, Record<string, string>][] = [
      [model("mistral-small-2603", "Mistral Small 4", "Mistral AI", "2026-03-16"), { id: "mistral-small-4", name: "Mistral Small 4", lab: "Mistral AI" }],
      [model("deepseek-v3-2-251201", "DeepSeek-V3.2", "DeepSeek", "2025-12-01"), { id: "deepseek-v3-2", name: "DeepSeek V3.2", lab: "DeepSeek", released: "2025-12-01" }],
      [model("qwen3-coder", "Qwen3 Coder 480B A35B", "Alibaba", "2025-07-23"), { id: "qwen3-coder-480b-a35b", name: "Qwen3-Coder 480B A35B", lab: "Alibaba" }],
    ];
    for (const [m, cells] of same) {
      const plan = planModelImport({ models: [m], catalog: "models.dev", catalogDate: "2026-07-02", registry: [row(2, cells)] });
      expect(plan.added).toEqual([]);
      expect(plan.kept.map((k) => [k.id, k.namedBy?.map((n) => n.source)])).toEqual([[cells.id, [m.id]]]);
    }
  });

  it("refreshes its own catalog's rows column by column, keeping the id and every alias", () => {
    expect(plan.updated).toEqual([
      {
        id: "kimi-k2-thinking",
        line: 4,
        changes: [
          { column: "lab", from: "Moonshot", to: "Moonshot AI" },
          { column: "released", from: "", to: "2025-11-06" },
          { column: "open_weights", from: "false", to: "true" },
          { column: "context_window", from: "", to: "262144" },
          { column: "input_price_per_mtok", from: "", to: "0.6" },
          { column: "output_price_per_mtok", from: "", to: "2.5" },
          { column: "catalog_date", from: "2026-01-01", to: "2026-07-02" },
        ],
      },
    ]);
    expect(plan.rows[2].aliases).toBe("kimi-thinking");
  });

  it("leaves a row to its own model when the editor merged another catalog model into it (an alias of the row): the other's facts are not taken", () => {
    // The sample registry's Kimi K2 0905: three rows of one model, merged by the editor into
    // kimi-k2-instruct-0905, whose aliases now name the other two.
    const model = (id: string, released: string, input: number): CatalogModel => ({ id, name: "Kimi K2 0905", lab: "Moonshot AI", released, openWeights: true, inputPrice: input, aliases: [], entries: [] });
    const kimi = [model("kimi-k2-instruct-0905", "2025-09-05", 0.6), model("kimi-k2-0905", "2025-09-04", 0.5), model("kimi-k2-0905-preview", "2025-09-05", 0.4)];
    const cells = { ...cellsOf(kimi[0], "models.dev", "2026-07-02"), aliases: "kimi-k2-0905|kimi-k2-0905-preview" };
    const merged = planModelImport({ models: kimi, catalog: "models.dev", catalogDate: "2026-07-02", registry: [row(7, cells)] });
    expect(merged).toMatchObject({ added: [], updated: [], unchanged: 1, merged: [{ id: "kimi-k2-0905", row: "kimi-k2-instruct-0905", line: 7 }, { id: "kimi-k2-0905-preview", row: "kimi-k2-instruct-0905", line: 7 }] });
    expect(merged.rows).toEqual([cells]);
    // The row's own model still updates it.
    const fresher = planModelImport({ models: [{ ...kimi[0], inputPrice: 0.55 }, ...kimi.slice(1)], catalog: "models.dev", catalogDate: "2026-07-02", registry: [row(7, cells)] });
    expect(fresher.updated).toEqual([{ id: "kimi-k2-instruct-0905", line: 7, changes: [{ column: "input_price_per_mtok", from: "0.6", to: "0.55" }] }]);
    // A new id of a merged model is the row's model's name too: added to its aliases, its facts still not taken.
    const newId = planModelImport({ models: [kimi[0], { ...kimi[1], aliases: ["moonshotai/kimi-k2-0905"] }, kimi[2]], catalog: "models.dev", catalogDate: "2026-07-02", registry: [row(7, cells)] });
    expect(newId).toMatchObject({ unchanged: 0, updated: [{ id: "kimi-k2-instruct-0905", line: 7, changes: [{ column: "aliases", from: cells.aliases, to: `${cells.aliases}|moonshotai/kimi-k2-0905` }] }] });
    expect(newId.rows).toEqual([{ ...cells, aliases: `${cells.aliases}|moonshotai/kimi-k2-0905` }]);
    // A catalog that lists the row's id as an alias of a model of another id (a renamed model) is still the row's own.
    const renamed = planModelImport({ models: [{ ...kimi[0], id: "kimi-k2-0905-final", aliases: ["kimi-k2-instruct-0905"], inputPrice: 0.5 }], catalog: "models.dev", catalogDate: "2026-07-02", registry: [row(7, cells)] });
    expect(renamed.merged).toEqual([]);
    expect(renamed.updated.map((u) => u.id)).toEqual(["kimi-k2-instruct-0905"]);
  });

  it("reports a merged row as gone when its own model left the catalog, naming the merged models still listed: its facts do not freeze silently", () => {
    // The catalog drops kimi-k2-instruct-0905 and lists the model only as kimi-k2-0905, which the
    // editor had merged into the row: no model updates the row any more, and the import says so.
    const model = (id: string, input: number): CatalogModel => ({ id, name: "Kimi K2 0905", lab: "Moonshot AI", released: "2025-09-05", openWeights: true, inputPrice: input, aliases: [], entries: [] });
    const cells = { ...cellsOf(model("kimi-k2-instruct-0905", 0.6), "models.dev", "2026-07-02"), aliases: "kimi-k2-0905|kimi-k2-0905-preview" };
    const plan = planModelImport({ models: [model("kimi-k2-0905", 0.5)], catalog: "models.dev", catalogDate: "2026-08-01", registry: [row(7, cells)] });
    expect(plan).toMatchObject({ updated: [], added: [], merged: [{ id: "kimi-k2-0905", row: "kimi-k2-instruct-0905", line: 7 }] });
    expect(plan.gone).toEqual([{ id: "kimi-k2-instruct-0905", line: 7, merged: ["kimi-k2-0905"] }]);
    expect(plan.rows).toEqual([cells]);
    // With its own model listed, the row is not gone.
    expect(planModelImport({ models: [model("kimi-k2-instruct-0905", 0.6), model("kimi-k2-0905", 0.5)], catalog: "models.dev", catalogDate: "2026-07-02", registry: [row(7, cells)] }).gone).toEqual([]);
  });

  it("appends the other models, with the catalog and its date", () => {
    expect(plan.added.map((m) => m.id)).toEqual(["claude-3-7-sonnet", "claude-opus-4", "llama-3-3-70b-instruct", "kimi-k2-0905-preview", "gpt-4o-mini"]);
    expect(plan.rows[4]).toEqual({
      id: "claude-opus-4",
      name: "Claude Opus 4",
      lab: "Anthropic",
      released: "2025-05-22",
      open_weights: "false",
      aliases: "claude-opus-4-0|claude-opus-4-20250514",
      context_window: "200000",
      input_price_per_mtok: "15",
      output_price_per_mtok: "75",
      catalog: "models.dev",
      catalog_date: "2026-07-02",
      catalog_disputes: "",
    });
  });

  it("is idempotent: the same catalog again changes nothing", () => {
    const again = planModelImport({ models, catalog: "models.dev", catalogDate: "2026-07-02", registry: plan.rows.map((cells, i) => ({ line: i + 2, cells })) });
    expect(again).toMatchObject({ added: [], updated: [], unchanged: 6 });
    expect(again.rows).toEqual(plan.rows);
  });

  it("never moves a row's catalog date back: an older date alone changes nothing", () => {
    const rows = plan.rows.map((cells, i) => ({ line: i + 2, cells }));
    const older = planModelImport({ models, catalog: "models.dev", catalogDate: "2026-06-30", registry: rows });
    expect(older.updated).toEqual([]);
    // A cell written with a time is its day's copy: the same day's import refreshes it (found in review).
    const timed = planModelImport({ models, catalog: "models.dev", catalogDate: "2026-07-02", registry: rows.map((r) => ({ ...r, cells: { ...r.cells, catalog_date: "2026-07-02T10:00:00Z", input_price_per_mtok: "99" } })) });
    expect(timed.olderCopy).toEqual([]);
    expect(timed.updated.length).toBeGreaterThan(0);
    const newer = planModelImport({ models, catalog: "models.dev", catalogDate: "2026-07-09", registry: rows });
    expect(newer.updated.length).toBeGreaterThan(0);
    expect(newer.updated.every((u) => u.changes.some((c) => c.column === "catalog_date" && c.to === "2026-07-09"))).toBe(true);
  });

  it("leaves another catalog's row alone and never imports a model that fits two rows", () => {
    const rows = [row(2, { id: "gpt-4o", name: "GPT-4o", lab: "OpenAI", catalog: "openrouter" }), row(3, { id: "claude-opus-4", name: "Claude Opus 4", lab: "Anthropic" }), row(4, { id: "claude-opus-4-0-preview", name: "x", lab: "Anthropic", aliases: "claude-opus-4-0" })];
    const p = planModelImport({ models, catalog: "models.dev", catalogDate: "2026-07-02", registry: rows });
    expect(p.otherCatalog).toEqual([{ id: "gpt-4o", line: 2, catalog: "openrouter" }]);
    expect(p.ambiguous).toEqual([{ id: "claude-opus-4", rows: ["claude-opus-4", "claude-opus-4-0-preview"] }]);
  });
});

describe("planModelImport: a catalog model that is a registered one but for a release stage", () => {
  const row = (line: number, cells: Record<string, string>): RegistryRow => ({ line, cells: { released: "", open_weights: "false", aliases: "", ...cells } });
  const model = (id: string, name: string, lab: string, released: string | undefined, aliases: string[] = []): CatalogModel => ({ id, name, lab, released, openWeights: false, aliases, entries: [] });
  const registry = [
    row(2, { id: "grok-3", name: "Grok 3", lab: "xAI", released: "2025-02-17", catalog: "models.dev", catalog_date: "2026-07-02" }),
    row(3, { id: "grok-3-mini", name: "Grok 3 Mini", lab: "xAI", released: "2025-02-17", catalog: "models.dev", catalog_date: "2026-07-02" }),
    row(4, { id: "o1", name: "o1", lab: "OpenAI", released: "2024-12-05", catalog: "models.dev", catalog_date: "2026-07-02" }),
    row(5, { id: "gemini-2-5-pro", name: "Gemini 2.5 Pro", lab: "Google", released: "2025-03-25" }),
    row(6, { id: "aya-32b", name: "Aya 32B", lab: "Cohere", released: "2024-10-24" }),
    row(7, { id: "acme-2", name: "Acme 2", lab: "Acme" }),
  ];
  const plan = (models: CatalogModel[]) => planModelImport({ models, catalog: "openrouter", catalogDate: "2026-05-12", registry });

  it("adds no row for OpenRouter's grok-3-beta beside grok-3: it is reported as likely that row, with its ids to add as aliases", () => {
    const p = plan([model("grok-3-beta", "Grok 3 Beta", "xAI", undefined, ["x-ai/grok-3-beta"]), model("grok-3-mini-beta", "Grok 3 Mini Beta", "xAI", undefined, ["x-ai/grok-3-mini-beta"])]);
    expect(p.added).toEqual([]);
    expect(p.rows).toEqual(registry.map((r) => r.cells));
    expect(p.likelySame).toEqual([
      { id: "grok-3-beta", name: "Grok 3 Beta", stages: ["beta"], rows: [{ id: "grok-3", line: 2 }], ids: ["grok-3-beta", "x-ai/grok-3-beta"] },
      { id: "grok-3-mini-beta", name: "Grok 3 Mini Beta", stages: ["beta"], rows: [{ id: "grok-3-mini", line: 3 }], ids: ["grok-3-mini-beta", "x-ai/grok-3-mini-beta"] },
    ]);
  });

  it("reads the stage in the display name too (\"(beta)\", \"Preview\"), and a release date within a month as the same release", () => {
    const p = plan([model("acme-2-exp", "Acme 2 (beta)", "Acme", "2025-01-01"), model("grok-3-preview", "Grok 3 Preview", "xAI", "2025-03-01")]);
    expect(p.added).toEqual([]);
    expect(p.likelySame.map((l) => [l.id, l.rows.map((r) => r.id), l.stages])).toEqual([
      ["acme-2-exp", ["acme-2"], ["exp", "beta"]],
      ["grok-3-preview", ["grok-3"], ["preview"]],
    ]);
  });

  it("still adds one released more than a month from the row (o1-preview, Gemini 2.5 Pro Preview 06-05), of another lab, or whose word only begins like a stage", () => {
    const p = plan([
      model("o1-preview", "OpenAI o1-preview", "OpenAI", "2024-09-12"),
      model("gemini-2-5-pro-preview", "Gemini 2.5 Pro Preview 06-05", "Google", "2025-06-05"),
      model("grok-3-beta", "Grok 3 Beta", "Other Lab", undefined),
      model("aya-expanse-32b", "Aya Expanse 32B", "Cohere", "2024-10-24"),
    ]);
    expect(p.likelySame).toEqual([]);
    expect(p.added.map((m) => m.id)).toEqual(["o1-preview", "gemini-2-5-pro-preview", "grok-3-beta", "aya-expanse-32b"]);
  });
});

const FIXTURE = resolve(import.meta.dirname, "../../../../shared/fixtures/model-catalogs/models-dev-api.json");
const present = existsSync(FIXTURE);
if (!present) console.warn(`[catalog import] ${FIXTURE} is absent: the real-catalog test is skipped`);

describe.skipIf(!present)("the real models.dev catalog", () => {
  const catalog = present ? readCatalog(JSON.parse(readFileSync(FIXTURE, "utf8")), "models-dev-api.json") : undefined;
  const { models } = catalog ? groupCatalog(catalog) : { models: [] };
  const byId = new Map(models.map((m) => [m.id, m]));
  it("gives at least 500 models with their lab and release date, each id once", () => {
    expect(models.filter((m) => m.lab && m.released).length).toBeGreaterThanOrEqual(500);
    expect(new Set(models.map((m) => m.id)).size).toBe(models.length);
  });
  it("keeps versions and sizes apart and joins snapshots to their model", () => {
    for (const id of ["gpt-4o", "gpt-4o-mini", "o1", "o1-preview", "o3", "o3-mini", "claude-3-5-sonnet", "claude-3-5-haiku", "claude-3-7-sonnet", "kimi-k2", "kimi-k2-thinking", "deepseek-v3", "deepseek-v3-0324", "deepseek-r1", "deepseek-r1-0528"]) {
      expect(byId.has(id), id).toBe(true);
    }
    expect(byId.get("claude-3-5-sonnet")?.aliases).toEqual(expect.arrayContaining(["claude-3-5-sonnet-20240620", "claude-3-5-sonnet-20241022"]));
    expect(byId.get("gpt-4o")?.aliases).toEqual(expect.arrayContaining(["gpt-4o-2024-08-06", "gpt-4o-2024-11-20"]));
    expect(byId.get("claude-sonnet-4-5")).toMatchObject({ lab: "Anthropic", released: "2025-09-29", inputPrice: 3, outputPrice: 15, contextWindow: 200000 });
  });
  it("places a cloud's listing of another lab's model under that lab: alibaba-cn's moonshot-kimi-k2-instruct is Moonshot's Kimi K2 Instruct, not an Alibaba row", () => {
    expect(byId.has("moonshot-kimi-k2-instruct")).toBe(false);
    expect(models.filter((m) => m.lab === "Alibaba" && /kimi/i.test(m.name)).map((m) => m.id)).toEqual([]);
    expect(byId.get("kimi-k2-instruct")).toMatchObject({ lab: "Moonshot AI", released: "2025-07-11" });
  });
  it("names the listings that call a model open-weights when its row says closed (found in review: DeepSeek-V3 imported as closed)", () => {
    const v3 = byId.get("deepseek-v3")!;
    expect(v3.openWeights).toBe(false);
    const conflict = openWeightsConflicts(v3);
    expect(conflict?.entries.map((e) => `${e.provider}'s ${e.id}`)).toEqual(["togetherai's deepseek-ai/DeepSeek-V3"]);
    expect(conflict?.closed.length).toBeGreaterThanOrEqual(3);
    expect(openWeightsConflicts(byId.get("glm-5-1")!)?.entries.length).toBeGreaterThanOrEqual(20);
    // A row the listings agree on, or an open row a reseller calls closed, is not reported.
    expect(openWeightsConflicts(byId.get("claude-sonnet-4-5")!)).toBeUndefined();
    expect(openWeightsConflicts(byId.get("qwen3-32b")!)).toBeUndefined();
  });
  it("prices a model the lab does not serve at OpenRouter's price of it, not at its free tier's $0", () => {
    // models.dev's openrouter lists openai/gpt-oss-120b:free (0/0) before openai/gpt-oss-120b (0.03/0.15).
    expect(byId.get("gpt-oss-120b")).toMatchObject({ inputPrice: 0.03, outputPrice: 0.15 });
    expect(byId.get("qwen3-coder")).toMatchObject({ inputPrice: 0.22, outputPrice: 1.8 });
    // The lab's own free listing stays free (Zhipu serves GLM-4.5-Flash at no charge).
    expect(byId.get("glm-4-5-flash")).toMatchObject({ inputPrice: 0, outputPrice: 0 });
  });
});

const OPENROUTER = resolve(import.meta.dirname, "../../../../shared/fixtures/model-catalogs/openrouter-models.json");
const openRouterPresent = existsSync(OPENROUTER);
if (!openRouterPresent) console.warn(`[catalog import] ${OPENROUTER} is absent: the real OpenRouter test is skipped`);

describe.skipIf(!openRouterPresent)("the real OpenRouter list into a registry of models.dev's grok-3 and grok-3-mini", () => {
  it("adds no row for its Grok 3 Beta and Grok 3 Mini Beta, and reports each as likely the registered model", () => {
    const { models } = groupCatalog(readCatalog(JSON.parse(readFileSync(OPENROUTER, "utf8")), "openrouter-models.json"));
    const grok = models.filter((m) => m.id.startsWith("grok-3"));
    expect(grok.map((m) => m.id).sort()).toEqual(["grok-3", "grok-3-beta", "grok-3-mini", "grok-3-mini-beta"]);
    const cells = { lab: "xAI", released: "2024-12-09", open_weights: "false", aliases: "", catalog: "models.dev", catalog_date: "2026-07-02" };
    const registry = [
      { line: 673, cells: { id: "grok-3", name: "Grok 3", ...cells } },
      { line: 674, cells: { id: "grok-3-mini", name: "Grok 3 Mini", ...cells } },
    ];
    const p = planModelImport({ models: grok, catalog: "openrouter", catalogDate: "2026-05-12", registry });
    expect(p.added).toEqual([]);
    expect(p.likelySame.map((l) => [l.id, l.rows]).sort()).toEqual([
      ["grok-3-beta", [{ id: "grok-3", line: 673 }]],
      ["grok-3-mini-beta", [{ id: "grok-3-mini", line: 674 }]],
    ]);
  });
});
