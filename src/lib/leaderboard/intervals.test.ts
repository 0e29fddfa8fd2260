import { describe, expect, it } from "vitest";
import { formatInterval } from "../format/formatNumber";
import { movementCell } from "./boardCells";
import { boardKey, buildBoard } from "./buildBoard";
import { getModelHistory } from "./modelHistory";
import { boardMovement } from "./movement";
import { statisticalTies } from "./statisticalTies";
import type { BenchmarkLike, ModelLike, ResultLike } from "./types";

const bench: BenchmarkLike = { id: "arena", name: "Arena", version: "v1", unit: "elo", direction: "higher" };
const models: ModelLike[] = ["a", "b", "c", "d"].map((id) => ({ id, name: `Model ${id.toUpperCase()}`, lab: "Lab", open_weights: false }));
let line = 2;
const r = (model: string, date: string, score: number, low?: number, high?: number, source?: string): ResultLike => ({
  benchmark: "arena",
  version: "v1",
  model,
  score,
  score_low: low,
  score_high: high,
  source,
  evaluated_at: new Date(date),
  source_url: `https://example.org/${model}`,
  file: "data/results/arena.csv",
  line: line++,
});

describe("intervals on the board", () => {
  const results = [r("a", "2025-06-01", 1400, 1395, 1405), r("b", "2025-06-01", 1398, 1392, 1404), r("c", "2025-06-01", 1380, 1376, 1384), r("d", "2025-06-01", 1300)];
  const board = buildBoard({ benchmark: bench, results, models });

  it("carries the score's interval on the board's score figure", () => {
    expect(board.entries.map((e) => [e.model.id, e.rank, e.score.low ?? null, e.score.high ?? null])).toEqual([
      ["a", 1, 1395, 1405],
      ["b", 2, 1392, 1404],
      ["c", 3, 1376, 1384],
      ["d", 4, null, null],
    ]);
  });

  it("marks rows whose intervals overlap as statistically tied, and no others", () => {
    const ties = statisticalTies(board.entries);
    expect(board.entries.map((e) => ties.get(e) ?? null)).toEqual([{ ranks: [1, 2], first: 1, last: 2 }, { ranks: [1, 2], first: 1, last: 2 }, null, null]);
  });

  it("does not count a change inside the interval as a move", () => {
    const before = buildBoard({ benchmark: bench, results: [r("a", "2025-05-01", 1396, 1390, 1402), r("b", "2025-05-01", 1401, 1396, 1406), r("c", "2025-05-01", 1360, 1355, 1365)], models });
    const moves = boardMovement(board, before);
    expect(moves.get(boardKey({ model: "a" }))).toEqual({ kind: "same", rankChange: 1, scoreChange: 4, previousRank: 2, withinInterval: true });
    expect(moves.get(boardKey({ model: "c" }))).toEqual({ kind: "same", rankChange: 0, scoreChange: 20, previousRank: 3 });
    expect(movementCell(moves.get(boardKey({ model: "a" })), "elo", new Date("2025-05-02"))).toEqual({
      symbol: "≈",
      change: "score +4",
      label: "rank 2 → 1 since 2025-05-02, score +4: within the score's interval, not a move",
      kind: "same",
    });
  });

  it("formats an interval as ± when symmetric, else as +a/−b", () => {
    expect(formatInterval(64.5, 63.324, 65.676, "percent")).toBe("±1.2%");
    expect(formatInterval(54.2, 27.8, 89.8, "minutes")).toBe("+36 min/−26 min");
    expect(formatInterval(1400, undefined, undefined, "elo")).toBe("");
  });
});

describe("two sources on one day", () => {
  const results = [r("a", "2025-06-01", 50, undefined, undefined, "Paper"), r("a", "2025-06-01", 52, undefined, undefined, "HELM")];
  it("the board takes the better score; the model's history keeps both reports with their sources", () => {
    const board = buildBoard({ benchmark: bench, results, models });
    expect(board.entries.map((e) => [e.model.id, e.score.value, e.score.source])).toEqual([["a", 52, "HELM"]]);
    expect(getModelHistory(results, "a")[0].reports.map((rep) => [rep.figures.score?.value, rep.source])).toEqual([
      [52, "HELM"],
      [50, "Paper"],
    ]);
  });
});
