import { describe, expect, it } from "vitest";
import { resultsRevisedBy } from "./revisedBy";
import type { ResultLike } from "./types";

const base = { benchmark: "arena", version: "v1", model: "o1", evaluated_at: new Date("2024-11-13"), file: "data/results/arena.csv" };
const plain: ResultLike = { ...base, model: "gpt", score: 1339.5, source_url: "https://a.example/", line: 3 };
// Reported on 2024-11-13 as 1,333 (line 5), revised on 2026-11-20 to 1,338 (line 8), on 2026-12-02 to 1,341 (line 9).
const twice: ResultLike = {
  ...base,
  score: 1341,
  score_low: 1336,
  score_high: 1346,
  source_url: "https://a.example/v3",
  note: "re-scored",
  line: 9,
  revised: "2026-12-02",
  earlier: [
    { line: 5, source_url: "https://a.example/", score: 1333, score_low: 1328, score_high: 1338 },
    { line: 8, source_url: "https://a.example/v2", revised: "2026-11-20", score: 1338 },
  ],
};

describe("resultsRevisedBy", () => {
  it("gives a report as it stood on a day: the revisions on or before it count, later ones do not", () => {
    const results = [plain, twice];
    const on = (day: string) => resultsRevisedBy(results, day).results[1];
    // Before any revision: the first report, its interval and source, no revision left.
    expect(on("2024-11-17")).toEqual({ ...base, score: 1333, score_low: 1328, score_high: 1338, source_url: "https://a.example/", line: 5 });
    // On the first revision's day it counts (on or before), the second does not.
    expect(on("2026-11-20")).toEqual({ ...base, score: 1338, source_url: "https://a.example/v2", line: 8, revised: "2026-11-20", earlier: [twice.earlier![0]] });
    // From the second revision's day on: the result as it stands, the same object.
    expect(on("2026-12-02")).toBe(twice);
    expect(resultsRevisedBy(results, "2027-01-01").results).toBe(results);
  });

  it("maps each report given as it stood, by the line it shows, to the report as it stands", () => {
    const { results, revisedAfter } = resultsRevisedBy([plain, twice], "2024-11-17");
    expect(results[0]).toBe(plain);
    expect([...revisedAfter.entries()]).toEqual([["data/results/arena.csv:5", twice]]);
    expect(resultsRevisedBy([plain, twice], "2026-11-30").revisedAfter.get("data/results/arena.csv:8")).toBe(twice);
  });
});
