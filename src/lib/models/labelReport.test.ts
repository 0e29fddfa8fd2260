import { describe, expect, it } from "vitest";
import { linkRates, summariseLabels, type LabelUse } from "./labelReport";
import { buildModelMatcher } from "./modelMatcher";

const { matcher } = buildModelMatcher({ models: [{ id: "claude-opus-4-6", aliases: [] }], products: [{ id: "chatgpt", aliases: [] }] });
const use = (label: string, where: LabelUse["where"], line = 1): LabelUse => ({ label, file: where === "results" ? "data/results/x.csv" : "content/recaps/a.md", line, where });

describe("linkRates", () => {
  it("counts the recaps' uses and the results' rows apart: rows linked by construction do not lift the recaps' rate", () => {
    const uses = [
      use("claude-opus-4-6", "recap"),
      use("claude-3-opus-4.6", "recap", 2),
      use("chatgpt", "recap", 3),
      use("claude-3-opus-4.6", "component", 9),
      ...[2, 3, 4, 5, 6, 7].map((line) => use("claude-opus-4-6", "results", line)),
    ];
    expect(linkRates(summariseLabels(uses, matcher))).toEqual({
      recaps: { uses: 4, linked: 1, products: 1 },
      results: { uses: 6, linked: 6, products: 0 },
    });
  });

  it("is zero uses of each kind for a site with none", () => {
    expect(linkRates([])).toEqual({ recaps: { uses: 0, linked: 0, products: 0 }, results: { uses: 0, linked: 0, products: 0 } });
  });
});
