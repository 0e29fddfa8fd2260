import { readFileSync, existsSync } from "node:fs";
import { parseCsv } from "../csv/readCsv";
import { describe, expect, it } from "vitest";
import { shiftedDecimalFindings, type ScoredResult } from "./shiftedDecimals";

const aa = { id: "aa", name: "Intelligence Index", version: "v3", unit: "points" };
const rows = (scores: number[], benchmark = "aa", version = "v3"): ScoredResult[] => scores.map((score, i) => ({ benchmark, version, score, file: "data/results/aa.csv", line: i + 2 }));

describe("shiftedDecimalFindings", () => {
  it("warns of a score typed without its decimal point (510 among 12.5 to 73.2), at its line, with what it would be", () => {
    const findings = shiftedDecimalFindings(rows([73.2, 61.4, 12.5, 45, 510, 38.9, 50.1]), [aa]);
    expect(findings).toEqual([
      {
        file: "data/results/aa.csv",
        line: 6,
        column: "score",
        severity: "warning",
        code: "shifted-decimal",
        message: "the score 510 of Intelligence Index v3 is 6 times the highest of its other 6 scores (73.2), and it would be among them as 51: if a decimal point was left out, write 51; if the score is right, leave it",
      },
    ]);
    // Two places: 5100 is 51.00.
    expect(shiftedDecimalFindings(rows([73.2, 61.4, 12.5, 45, 5100, 38.9]), [aa])[0]?.message).toContain("write 51;");
  });

  it("finds two typos at once, and is not stopped by a zero (0% on a hard benchmark)", () => {
    const two = shiftedDecimalFindings(rows([73.2, 61.4, 12.5, 45, 510, 38.9, 50.1, 614]), [aa]);
    expect(two.map((f) => [f.line, /write ([\d.]+);/.exec(f.message)?.[1]])).toEqual([
      [9, "61.4"],
      [6, "51"],
    ]);
    expect(two[0].message).toContain("is 8 times the highest of its other 6 scores (73.2) (not counting 1 more score as far above them)");
    expect(shiftedDecimalFindings(rows([73.2, 61.4, 12.5, 45, 510, 38.9, 0]), [aa]).map((f) => f.line)).toEqual([6]);
  });

  it("names the score column of the file and formats by unit", () => {
    const elo = { id: "arena", name: "Arena", version: "v1", unit: "elo", scoreColumn: "Arena Score" };
    const [f] = shiftedDecimalFindings(rows([1300, 1250, 1210, 1190, 1150, 12800], "arena", "v1"), [elo]);
    expect(f).toMatchObject({ column: "Arena Score", line: 7 });
    expect(f.message).toContain("the score 12,800 of Arena v1 is 9 times the highest of its other 5 scores (1,300)");
  });

  it("says nothing of a real jump, a score that falls among no others when shifted, few scores, or another version's scores", () => {
    // 5.4 times the next, but 740 / 10 = 74 and 740 / 100 = 7.4 are below every other.
    expect(shiftedDecimalFindings(rows([137, 113, 110, 105, 100, 740]), [aa])).toEqual([]);
    // Best 1.5 times the next: a jump, not a typo.
    expect(shiftedDecimalFindings(rows([90, 60, 55, 50, 45, 40]), [aa])).toEqual([]);
    // Five scores in all: too few to judge.
    expect(shiftedDecimalFindings(rows([73.2, 61.4, 12.5, 45, 510]), [aa])).toEqual([]);
    // A negative score: the scale is not a ratio one.
    expect(shiftedDecimalFindings(rows([73.2, 61.4, 12.5, 45, 510, 38.9, -2]), [aa])).toEqual([]);
    // Put back, below the lower quartile of the rest: 45 among 60 to 80 (and one 0.5) is not taken for a typo.
    expect(shiftedDecimalFindings(rows([80, 75, 70, 65, 60, 0.5, 450]), [aa])).toEqual([]);
    expect(shiftedDecimalFindings([...rows([73.2, 61.4, 12.5, 45, 38.9]), ...rows([510], "aa", "v4")], [aa, { ...aa, version: "v4" }])).toEqual([]);
  });

  it("finds nothing on Epoch AI's four real files (skipped without ../shared/fixtures)", (ctx) => {
    const dir = `${import.meta.dirname}/../../../../shared/fixtures/epoch`;
    if (!existsSync(dir)) ctx.skip("../shared/fixtures/epoch is not here");
    const files = { metr: "Time horizon", gso_bench: "Score OPT@1", simple_bench: "Score (AVG@5)", terminal_bench: "Accuracy mean" };
    for (const [name, column] of Object.entries(files)) {
      const table = parseCsv(readFileSync(`${dir}/external_benchmark_${name}.csv`, "utf8"), name).table!;
      const scores = table.rows.map((r) => Number.parseFloat(r.cells[column] ?? "")).filter((v) => Number.isFinite(v));
      expect(scores.length, name).toBeGreaterThanOrEqual(14);
      expect(shiftedDecimalFindings(rows(scores, name, "v1"), [{ ...aa, id: name, version: "v1" }]), name).toEqual([]);
    }
  });
});
