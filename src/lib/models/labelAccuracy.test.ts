import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { readDataset } from "../../integrations/readDataset";
import { buildModelMatcher } from "./modelMatcher";
import { scoreLabels, type LabelCase } from "./labelAccuracy";
import { parseLabelCases } from "./labelCases";

const ROOT = resolve(import.meta.dirname, "../../..");
const c = (label: string, expected: string, extra: Partial<LabelCase> = {}): LabelCase => ({ label, source: "test", count: 1, expected, ...extra });

describe("scoreLabels", () => {
  const { matcher } = buildModelMatcher({ models: [{ id: "gpt-4o", aliases: [] }, { id: "gpt-4o-mini", aliases: [] }, { id: "o3", aliases: [] }], products: [{ id: "chatgpt", aliases: [] }] });
  it("counts a link to the wrong model, or at the wrong setting, against precision; a family, product or non-model left unlinked as right", () => {
    const report = scoreLabels(
      [
        c("gpt-4o", "gpt-4o", { count: 10 }),
        c("GPT-4o mini", "gpt-4o-mini"),
        c("o3-2025-04-16_high", "o3"), // linked at `high`, but the case says no setting: a wrong link
        c("gpt-4", "absent"),
        c("chatgpt", "product:chatgpt"),
        c("gpt", "family"),
        c("o3-mini", "o3-mini|o3-mini-2"), // not registered: a miss
      ],
      matcher,
    );
    expect(report).toMatchObject({ labels: 7, linked: 3, rightLinks: 2, inRegistry: 4, found: 2, rightlyUnlinked: 3 });
    expect(report.precision).toBeCloseTo(2 / 3);
    expect(report.recall).toBeCloseTo(2 / 4);
    expect(report.mentionPrecision).toBeCloseTo(11 / 12);
    expect(report.wrong.map((w) => [w.case.label, w.got])).toEqual([["o3-2025-04-16_high", "o3 · high"]]);
    expect(report.missed.map((w) => w.case.label)).toEqual(["o3-mini"]);
  });
  it("counts the did-you-means apart from the links: right when they list the label's own model", () => {
    const { matcher: claudes } = buildModelMatcher({ models: [{ id: "claude-opus-4-6", aliases: [] }, { id: "claude-sonnet-4-5", aliases: [] }] });
    const report = scoreLabels([c("claude-3-opus-4.6", "claude-opus-4-6"), c("claude-sonet-4-5", "claude-sonnet-4-5"), c("claude-sonnett-4-5", "absent"), c("claude-3-opus", "absent")], claudes);
    expect(report).toMatchObject({ linked: 0, suggested: 3, rightSuggestions: 2 });
    expect(report.wrongSuggestions.map((w) => [w.case.label, w.got])).toEqual([["claude-sonnett-4-5", "did you mean claude-sonnet-4-5"]]);
  });
  it("refuses a malformed row with its line", () => {
    expect(() => parseLabelCases("label,source,count,expected,setting,why\ngpt-4o,x,two,gpt-4o,,\n", "set.csv")).toThrow(/set\.csv:2: expected a label, a whole count/);
  });
});

describe("the hand-checked label set (issue 10: precision >= 99%, recall >= 90%)", () => {
  const cases = parseLabelCases(readFileSync(join(import.meta.dirname, "fixtures/labelled-labels.csv"), "utf8"), "labelled-labels.csv");
  const dataset = readDataset({ dataDir: join(ROOT, "data"), displayRoot: ROOT });
  const report = scoreLabels(cases, dataset.aliases);

  it("has at least 300 labels from the four kinds of source, and names only registered models and products", () => {
    expect(cases.length).toBeGreaterThanOrEqual(300);
    expect(new Set(cases.map((x) => x.source))).toEqual(new Set(["frontmatter", "body", "epoch", "arena"]));
    const ids = new Set(dataset.models.map((m) => m.id));
    const products = new Set(dataset.products.map((p) => p.id));
    for (const x of cases) {
      if (["family", "absent", "none"].includes(x.expected)) continue;
      if (x.expected.startsWith("product:")) expect(products.has(x.expected.slice(8)), x.label).toBe(true);
      else for (const id of x.expected.split("|")) expect(ids.has(id), `${x.label}: ${id}`).toBe(true);
    }
  });

  it("links no label to a wrong model, a family or a product (precision >= 99%)", () => {
    expect(report.precision, JSON.stringify(report.wrong.map((w) => [w.case.label, w.case.expected, w.got]))).toBeGreaterThanOrEqual(0.99);
    expect(report.mentionPrecision).toBeGreaterThanOrEqual(0.99);
  });

  it("links at least 90% of the labels whose model is registered (recall), counted per label and per mention", () => {
    expect(report.recall, JSON.stringify(report.missed.map((w) => [w.case.label, w.case.expected, w.got]))).toBeGreaterThanOrEqual(0.9);
    expect(report.mentionRecall).toBeGreaterThanOrEqual(0.9);
  });
});
