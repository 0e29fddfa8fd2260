import { describe, expect, it } from "vitest";
import { dataFilesInMemory } from "../data/dataFiles";
import { bareFractionFindings, type ScaleBenchmark } from "./bareFractions";

const simple: ScaleBenchmark = { id: "simplebench", name: "SimpleBench", version: "v1", unit: "percent", file: "results/simplebench.csv", scoreColumn: "Score (AVG@5)" };
const header = "id,Model version,Score (AVG@5),Source\n";
const rows = (...scores: string[]) => header + scores.map((s, i) => `rec${i},model-${i},${s},Epoch\n`).join("");
const find = (text: string, b: ScaleBenchmark = simple) => bareFractionFindings(dataFilesInMemory({ [b.file]: text }), [b], () => text.split("\n").slice(1, -1).map((_, i) => i + 2));

describe("bareFractionFindings", () => {
  it("warns of a score between 0 and 1 written without % among percentages, at its line (helper-74: 0.645 typed into SimpleBench's file passed the check)", () => {
    const [f, ...more] = find(rows("62.4%", "61.6%", "55.0%", "0.645"));
    expect(more).toEqual([]);
    expect(f).toEqual({
      file: "data/results/simplebench.csv",
      line: 5,
      column: "Score (AVG@5)",
      severity: "warning",
      code: "bare-fraction",
      message: "the score 0.645 of SimpleBench v1 is written without %, where its other scores in this file are percentages (62.4% at line 2): the board shows 0.645%. If it is a fraction of 1, write it as a percentage (64.5%)",
    });
  });

  it("warns once of a hand-typed file in our own columns whose every score is a fraction of 1, at the first; written with % it is percentages under 1%", () => {
    const zeta: ScaleBenchmark = { id: "zeta-qa", name: "Zeta QA", version: "v1", unit: "percent", file: "results/zeta-qa.csv" };
    const own = (...scores: string[]) => "model,score,evaluated_at,source_url\n" + scores.map((s, i) => `model-${i},${s},2026-08-15,https://example.org/\n`).join("");
    expect(find(own("0.715", "0.78", "0.69"), zeta)).toEqual([
      {
        file: "data/results/zeta-qa.csv",
        line: 2,
        column: "score",
        severity: "warning",
        code: "bare-fraction",
        message: "every score of Zeta QA v1 in this file is between 0 and 1 (0.715 at line 2), on a percent benchmark: the board shows 0.715%. If they are fractions of 1, write them as percentages (71.5%); if they are percentages under 1%, write them with % (0.715%)",
      },
    ]);
    expect(find(own("0.715%", "0.78%", "0.69%"), zeta)).toEqual([]);
    expect(find(own("71.5", "78", "0.69"), zeta)).toEqual([]);
    expect(find(own("0.715", "0.78"), zeta)).toEqual([]);
    expect(find(own("0", "1", "1"), zeta)).toEqual([]);
  });

  it("warns of each score written with % on a benchmark in another unit, which the board shows as that many points", () => {
    const aa: ScaleBenchmark = { id: "aa-intelligence-index", name: "Artificial Analysis Intelligence Index", version: "v4.1.1", unit: "points", file: "results/aa-intelligence-index.csv" };
    const text = "model,score,evaluated_at,source_url\nalpha,63,2026-08-13,https://a.org/\nzeta,38%,2026-08-19,https://a.org/\n";
    expect(find(text, aa)).toEqual([
      {
        file: "data/results/aa-intelligence-index.csv",
        line: 3,
        column: "score",
        severity: "warning",
        code: "percent-off-unit",
        message: "the score 38% of Artificial Analysis Intelligence Index v4.1.1 is written as a percentage, but aa-intelligence-index is in points in data/benchmarks.csv: the board shows 38 points. Write the score on the board's scale, without %, or fix the benchmark's unit",
      },
    ]);
  });

  it("says nothing of a column written one way, of bare scores of 1 and more, of too few percentages, or of another unit", () => {
    expect(find(rows("0.624", "0.616", "0.55"))).toEqual([]);
    expect(find(rows("62.4", "61.6", "55", "0.6%"))).toEqual([]);
    expect(find(rows("62.4%", "61.6%", "55.0%", "12", "0"))).toEqual([]);
    expect(find(rows("62.4%", "61.6%", "0.645"))).toEqual([]);
    expect(find(rows("62.4", "61.6", "55.0", "0.645"), { ...simple, unit: "points" })).toEqual([]);
  });
});
