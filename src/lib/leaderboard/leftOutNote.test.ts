import { describe, expect, it } from "vitest";
import { buildBoard } from "./buildBoard";
import { contendersLead, contenderText, leftOutNote, leftOutText, outranksRow, outscoredText, type LeftOutRowLike } from "./leftOutNote";
import type { BenchmarkLike, ModelLike, ResultLike } from "./types";

const arena: BenchmarkLike = { id: "arena", name: "Arena", version: "v1", unit: "elo", direction: "higher", listing: "whole" };
const models: ModelLike[] = ["gpt", "o1", "mini"].map((id) => ({ id, name: id.toUpperCase(), lab: "Lab", open_weights: false }));
let line = 1;
const result = (model: string, score: number, day: string, benchmark = arena): ResultLike => ({
  benchmark: benchmark.id,
  version: "v1",
  model,
  score,
  evaluated_at: new Date(day),
  source_url: "https://example.org/",
  file: "data/results/arena.csv",
  line: ++line,
});
const leftOut = (model: string, score: number, day: string | undefined, more: Partial<LeftOutRowLike> = {}): LeftOutRowLike => ({
  benchmark: "arena",
  version: "v1",
  ...(day && { date: new Date(day) }),
  model,
  score: String(score),
  scoreValue: score,
  cause: "unknown-model",
  ...more,
});
// LMArena's week of 2024-11-13: Gemini-Exp-1114 (not registered) rated above ChatGPT-4o-Latest.
const results = [result("gpt", 1340.1, "2024-11-12"), result("o1", 1333.5, "2024-11-12"), result("gpt", 1339.5, "2024-11-13"), result("o1", 1333.1, "2024-11-13"), result("mini", 1307.6, "2024-11-13")];
const rows = [leftOut("gemini-exp-1114", 1344.2, "2024-11-13"), leftOut("yi-lightning", 1320, "2024-11-13"), leftOut("old-model", 1400, "2024-11-12"), leftOut("llama-1", 900, "2024-11-13"), leftOut("bad", 0, "2024-11-13", { cause: "other", score: "n/a", scoreValue: undefined })];

describe("leftOutNote", () => {
  const board = buildBoard({ benchmark: arena, results, models });
  const note = leftOutNote(board, rows, { top: 4 })!;

  it("counts the rows left out of the version, by cause, and the names not registered", () => {
    expect([note.rows, note.unknownModelRows, note.unknownModelNames, note.otherRows]).toEqual([5, 4, 4, 1]);
    // Rows of two days: counted over the table's history, and on the board's day (a whole listing) so many.
    expect([note.days, note.dayRows]).toEqual([2, 4]);
    expect(leftOutText(note, "Arena")).toBe("Not ranked here: 5 rows of Arena's table over its history (4 on 2024-11-13, the board's day), 4 for 4 model names not in the model registry, and 1 refused by the import (a bad cell, a duplicate).");
    expect(leftOutText({ ...note, dayRows: 0 }, "Arena")).toContain("over its history (none on 2024-11-13, the board's day),");
    // One day's rows: nothing to misread.
    expect(leftOutText({ ...note, days: 1 }, "Arena")).toBe("Not ranked here: 5 rows of Arena's table, 4 for 4 model names not in the model registry, and 1 refused by the import (a bad cell, a duplicate).");
    expect(leftOutText({ rows: 8933, unknownModelRows: 8933, unknownModelNames: 153, otherRows: 0 }, "LMArena")).toBe("Not ranked here: 8,933 rows of LMArena's table, for 153 model names not in the model registry.");
  });

  it("places the left-out rows of the board's own day among its rows: those in its top rows, and those above its first row", () => {
    expect(note.day).toEqual(new Date("2024-11-13"));
    // old-model's 1,400 is of an earlier day (the board ranks only its newest day's); llama-1 would rank 5th of 5, past the top 4.
    expect(note.contenders.map((c) => [c.model, c.wouldRank])).toEqual([
      ["gemini-exp-1114", 1],
      ["yi-lightning", 4],
    ]);
    expect(note.aboveLeader.map((c) => c.model)).toEqual(["gemini-exp-1114"]);
    // The best row of the day, which every board row it outscores is ranked below.
    expect(note.best).toMatchObject({ model: "gemini-exp-1114", wouldRank: 1 });
    expect(outranksRow(note.best, 1339.5, "higher")).toBe(true);
    expect(outranksRow(note.best, 1344.2, "higher")).toBe(false);
    expect(outranksRow(undefined, 1, "higher")).toBe(false);
    expect(contendersLead(note, 4)).toBe("On 2024-11-13, the board's day, 2 of them would place in its top 4, one above its first row:");
    expect(contenderText(note.contenders[0], "elo")).toBe("gemini-exp-1114: 1,344, would rank 1");
    expect(outscoredText(note.aboveLeader, "elo", note.day)).toBe("gemini-exp-1114 (1,344), not in the model registry, rated higher than the first row here on 2024-11-13");
  });

  it("reads the board as it stood: rows dated after its day are not counted", () => {
    const earlier = buildBoard({ benchmark: arena, results, models, asOf: new Date("2024-11-12") });
    const then = leftOutNote(earlier, rows)!;
    expect(then.rows).toBe(1);
    expect(then.aboveLeader.map((c) => [c.model, c.wouldRank])).toEqual([["old-model", 1]]);
  });

  it("on a board that ranks each model by its newest report, compares each left-out label's newest row", () => {
    const table: BenchmarkLike = { ...arena, listing: undefined };
    const own = buildBoard({ benchmark: table, results: results.map((r) => ({ ...r })), models });
    const n = leftOutNote(own, [leftOut("x", 1400, "2024-11-01"), leftOut("x", 1300, "2024-11-10"), leftOut("y", 1335, undefined)])!;
    expect(n.contenders.map((c) => [c.model, c.score, c.wouldRank])).toEqual([
      ["y", 1335, 2],
      ["x", 1300, 5],
    ]);
    expect(n.aboveLeader).toEqual([]);
    // Two runs of one label on one day (told apart by their run id, Epoch's gpt-5-mini with Terminus 2): the better one, whichever line is first.
    const runs = [leftOut("z", 1300, "2024-11-10", { setting: "T2", run_id: "recB" }), leftOut("z", 1336, "2024-11-10", { setting: "T2", run_id: "recA" })];
    expect(leftOutNote(own, runs)!.contenders.map((c) => [c.model, c.score, c.wouldRank])).toEqual([["z", 1336, 2]]);
  });

  it("is undefined when nothing of the version is left out; on a board where lower is better, a lower score is above", () => {
    expect(leftOutNote(board, [leftOut("z", 1, "2024-11-13", { version: "v2" })])).toBeUndefined();
    const lower: BenchmarkLike = { ...arena, direction: "lower" };
    const n = leftOutNote(buildBoard({ benchmark: lower, results, models }), [leftOut("fast", 1000, "2024-11-13")])!;
    expect(n.aboveLeader.map((c) => c.model)).toEqual(["fast"]);
  });
});
