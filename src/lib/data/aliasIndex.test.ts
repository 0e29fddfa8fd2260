import { describe, expect, it } from "vitest";
import { aliasKey, buildAliasIndex } from "./aliasIndex";
import { resolveModelMentions } from "../content/modelMentions";

const models = [
  { id: "claude-sonnet-4-6", aliases: ["claude-3-sonnet-4.6", "claude-sonnet-4-6-20260217"], line: 2 },
  { id: "claude-opus-4-6", aliases: ["claude-3-opus-4.6"], line: 3 },
  { id: "gpt-5", aliases: ["gpt-5-2025-08-07"], line: 4 },
];

describe("aliasKey", () => {
  it("reads case, dots, underscores and spaces alike", () => {
    expect(aliasKey(" Claude_3 Sonnet.4.6 ")).toBe("claude-3-sonnet-4-6");
  });
});

describe("buildAliasIndex", () => {
  const { index, conflicts } = buildAliasIndex(models);
  it("resolves ids and aliases to canonical ids", () => {
    expect(conflicts).toEqual([]);
    expect(index.resolve("claude-3-sonnet-4.6")).toEqual({ id: "claude-sonnet-4-6" });
    expect(index.resolve("claude-sonnet-4-6-20260217")).toEqual({ id: "claude-sonnet-4-6", snapshot: "2026-02-17" });
    expect(index.resolve("CLAUDE-OPUS-4-6")).toEqual({ id: "claude-opus-4-6" });
  });
  it("splits a trailing effort setting off a model name", () => {
    expect(index.resolve("gpt-5-2025-08-07_medium")).toEqual({ id: "gpt-5", setting: "medium", snapshot: "2025-08-07" });
    expect(index.resolve("gpt-5-xhigh")).toEqual({ id: "gpt-5", setting: "xhigh" });
  });
  it("returns undefined for unknown names and suggests only the same version and size", () => {
    expect(index.resolve("claude-sonnet-9")).toBeUndefined();
    // Not claude-opus-4-6 (another model) nor claude-3-sonnet-4.6 (another spelling of the same one).
    expect(index.suggest("claude-sonet-4-6")).toBe(' (did you mean "claude-sonnet-4-6"?)');
  });
  it("reports an alias that points at two models, and one equal to another model's id", () => {
    const { conflicts } = buildAliasIndex([
      ...models,
      { id: "gpt-5-mini", aliases: ["claude-3-opus-4.6", "GPT_5"], line: 5 },
    ]);
    expect(conflicts.map((c) => c.message)).toEqual([
      'alias "claude-3-opus-4.6" of model "gpt-5-mini" also names model "claude-opus-4-6" (line 3); an alias must point at one model: keep it on one of the two rows',
      'alias "GPT_5" of model "gpt-5-mini" also names model "gpt-5" (line 4); an alias must point at one model: keep it on one of the two rows',
    ]);
  });
});

describe("resolveModelMentions", () => {
  it("links registered names, keeps others as labels, and lists a model once", () => {
    const { index } = buildAliasIndex(models);
    expect(resolveModelMentions(["claude-3-sonnet-4.6", "seedance-2", "claude-sonnet-4-6"], index)).toEqual([
      { label: "claude-3-sonnet-4.6", id: "claude-sonnet-4-6" },
      { label: "seedance-2" },
    ]);
  });

  it("lists a model named plainly and by a dated snapshot twice, each with its snapshot or none", () => {
    const { index } = buildAliasIndex([{ id: "gpt-4o", aliases: [], line: 2 }]);
    const mentions = resolveModelMentions(["gpt-4o-2024-08-06", "gpt-4o", "GPT-4o-2024-08-06"], index);
    expect(mentions.map((m) => [m.label, m.id, "snapshot" in m ? m.snapshot : undefined])).toEqual([
      ["gpt-4o-2024-08-06", "gpt-4o", "2024-08-06"],
      ["gpt-4o", "gpt-4o", undefined],
    ]);
  });
});
