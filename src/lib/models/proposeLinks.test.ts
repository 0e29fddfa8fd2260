import { describe, expect, it } from "vitest";
import { summariseLabels } from "./labelReport";
import { buildModelMatcher } from "./modelMatcher";
import { isWritable, proposeLinks } from "./proposeLinks";

const models = [
  { id: "mistral-small-2503", name: "Mistral Small 3.1", aliases: [] },
  { id: "alpha-x", name: "Pair", aliases: [] },
  { id: "beta-y", name: "Pair", aliases: [] },
];
const { matcher } = buildModelMatcher({ models });
const propose = (...labels: string[]) =>
  proposeLinks(summariseLabels(labels.map((label, i) => ({ label, file: "content/recaps/a.md", line: i + 1, where: "recap" as const })), matcher), { matcher, models }).map((p) => [p.summary.label, p.proposal]);

describe("proposeLinks", () => {
  it("proposes a label that is a model's display name, but for case and punctuation, as that model's alias", () => {
    expect(propose("mistral-small-3.1")).toEqual([["mistral-small-3.1", { kind: "alias", id: "mistral-small-2503", rule: 'the registry\'s display name of mistral-small-2503 is "Mistral Small 3.1"' }]]);
  });
  it("proposes nothing for a display name two models share, or a name no model has", () => {
    expect(propose("Pair!", "mistral-small-4")).toEqual([
      ["mistral-small-4", { kind: "none" }],
      ["Pair!", { kind: "none" }],
    ]);
  });

  it("proposes a registered model, never written, for its name with a family's number written in (AINews's claude-3-opus-4.6)", () => {
    const registry = [
      { id: "claude-opus-4-6", name: "Claude Opus 4.6", aliases: [], line: 154 },
      { id: "claude-opus-4", name: "Claude Opus 4", aliases: [], line: 150 },
    ];
    const { matcher: m } = buildModelMatcher({ models: registry });
    const proposals = proposeLinks(summariseLabels(["claude-3-opus-4.6", "claude-3-opus", "opus-4.6"].map((label, i) => ({ label, file: "content/recaps/a.md", line: i + 1, where: "recap" as const })), m), { matcher: m, models: registry });
    expect(proposals.map((p) => [p.summary.label, p.proposal])).toEqual([
      // Claude 3 Opus is a model the registry lacks, not Claude Opus 4.
      ["claude-3-opus", { kind: "none" }],
      ["claude-3-opus-4.6", { kind: "suggestion", candidates: ["claude-opus-4-6"], familyNumber: { id: "claude-opus-4-6", number: "3", after: "claude", line: 154 } }],
      ["opus-4.6", { kind: "suggestion", candidates: ["claude-opus-4-6"] }],
    ]);
    expect(proposals.some((p) => isWritable(p.proposal))).toBe(false);
  });

  it("proposes no new model for a catalog's Grok 3 Beta beside a registered grok-3: likely that model, written by nobody", () => {
    const registry = [{ id: "grok-3", name: "Grok 3", aliases: [], lab: "xAI", released: new Date("2025-02-17"), line: 673 }];
    const { matcher: m } = buildModelMatcher({ models: registry });
    const beta = { id: "grok-3-beta", name: "Grok 3 Beta", lab: "xAI", openWeights: false, aliases: [], entries: [] };
    const catalogs = [{ name: "openrouter", date: "2026-05-12", models: [beta] }];
    const [p] = proposeLinks(summariseLabels([{ label: "Grok 3 Beta", file: "data/results/terminal-bench.csv", line: 2, where: "recap" as const }], m), { matcher: m, models: registry, catalogs });
    expect(p.proposal).toEqual({ kind: "release-stage", model: beta, catalog: "openrouter", rows: [{ id: "grok-3", line: 673 }], stages: ["beta"] });
    expect(isWritable(p.proposal)).toBe(false);
  });
});
