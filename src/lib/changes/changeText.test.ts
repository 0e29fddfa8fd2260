import { describe, expect, it } from "vitest";
import { revisedReportText } from "./changeText";

describe("revisedReportText: the model page's note on a revised report", () => {
  const on = new Date("2026-12-02T00:00:00.000Z");
  it("gives each figure first reported, written apart from the figure as it stands", () => {
    expect(revisedReportText({ on, first: { score: 1376.9918848883822 } }, { score: 1395.25 }, { unit: "elo" })).toBe("Revised on 2 Dec 2026 in the publisher's table; first reported as score 1,377");
    // LMArena re-scoring by less than a point: the two never read as one number.
    expect(revisedReportText({ on, first: { score: 1333.0761334393283 } }, { score: 1333.48 }, { unit: "elo" })).toBe("Revised on 2 Dec 2026 in the publisher's table; first reported as score 1,333.1");
    expect(revisedReportText({ on, first: { score: 53, output_tokens: 58e6 } }, { score: 54, output_tokens: 60e6 }, { unit: "points" })).toBe("Revised on 2 Dec 2026 in the publisher's table; first reported as score 53 and output tokens 58M");
  });
  it("says the figures are as first reported when the revision changed other cells only (Epoch restating a run's standard error and note): never an empty 'first reported as'", () => {
    expect(revisedReportText({ on, first: {} }, { score: 60.3 }, { unit: "percent" })).toBe("Revised on 2 Dec 2026 in the publisher's table; its figures are as first reported");
  });
  it("says which figures the revision added, never that they are as first reported (a restated row that now gives output tokens)", () => {
    expect(revisedReportText({ on, first: {}, without: ["output_tokens"] }, { score: 53, output_tokens: 58e6 }, { unit: "points" })).toBe("Revised on 2 Dec 2026 in the publisher's table; first reported without output tokens");
    expect(revisedReportText({ on, first: { score: 52 }, without: ["output_tokens"] }, { score: 53, output_tokens: 58e6 }, { unit: "points" })).toBe("Revised on 2 Dec 2026 in the publisher's table; first reported as score 52; first reported without output tokens");
  });
});
