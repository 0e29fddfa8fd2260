import { describe, expect, it } from "vitest";
import { noHeadlineMessage } from "./noHeadline";

describe("noHeadlineMessage", () => {
  it("says what is missing and lists the candidates, without picking one", () => {
    expect(noHeadlineMessage([{ id: "tidy-eval", headline: false }, { id: "aa", headline: false }, { id: "aa", headline: false }], "data/benchmarks.csv")).toBe(
      "no benchmark in data/benchmarks.csv is the headline one (its headline column is empty on every row): recap panels show no scores, the home page has no leaderboard and the models index shows none. Set headline to true on the row of the benchmark to feature (one of tidy-eval, aa)",
    );
  });

  it("is silent when a benchmark is the headline, or when there is none at all", () => {
    expect(noHeadlineMessage([{ id: "a", headline: false }, { id: "b", headline: true }], "data/benchmarks.csv")).toBeUndefined();
    expect(noHeadlineMessage([], "data/benchmarks.csv")).toBeUndefined();
  });
});

describe("npm run check's no-headline warning", () => {
  it("is a warning at the registry's header, column headline", async () => {
    const { noHeadlineFindings } = await import("../check/checkSite");
    expect(noHeadlineFindings([{ id: "tidy-eval", headline: false }], "data/benchmarks.csv")).toEqual([
      {
        file: "data/benchmarks.csv",
        line: 1,
        column: "headline",
        severity: "warning",
        code: "no-headline",
        message: noHeadlineMessage([{ id: "tidy-eval", headline: false }], "data/benchmarks.csv"),
      },
    ]);
    expect(noHeadlineFindings([{ id: "tidy-eval", headline: true }], "data/benchmarks.csv")).toEqual([]);
  });
});
