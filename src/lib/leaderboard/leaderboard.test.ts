import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { readDataset } from "../../integrations/readDataset";
import { boardKey, boardsAfterEachDay, buildBoard } from "./buildBoard";
import { entryName, figureCell, ratioCell, cellFormats } from "./boardCells";
import { boardMovement, daysBefore } from "./movement";
import { createBoardIndex } from "./boardIndex";
import { getModelHistory, reportRunLabel, scoreSeries } from "./modelHistory";
import { paretoFrontier } from "./paretoFrontier";
import { rankByScore } from "./rank";
import { compareVersions, versionsOf } from "./versions";
import type { BenchmarkLike, ModelLike, ResultLike } from "./types";

const ROOT = resolve(import.meta.dirname, "../../..");
const sample = readDataset({ dataDir: join(ROOT, "data"), displayRoot: ROOT });

const bench: BenchmarkLike = { id: "b", name: "B", version: "v1", unit: "points", direction: "higher" };
const models: ModelLike[] = ["a", "b", "c", "d", "e"].map((id) => ({ id, name: `Model ${id.toUpperCase()}`, lab: id < "c" ? "Lab 1" : "Lab 2", open_weights: id === "e" }));
let line = 2;
const r = (model: string, date: string, figures: Partial<ResultLike>): ResultLike => ({
  benchmark: "b",
  version: "v1",
  model,
  evaluated_at: new Date(date),
  source_url: `https://example.org/${model}/${date}`,
  file: "data/results/b.csv",
  line: line++,
  ...figures,
});

describe("rankByScore", () => {
  it("gives ties a shared rank and skips the next (1, 2, 2, 4)", () => {
    const ranked = rankByScore([57, 60, 57, 55], (x) => x);
    expect(ranked.map((x) => [x.item, x.rank])).toEqual([
      [60, 1],
      [57, 2],
      [57, 2],
      [55, 4],
    ]);
  });
  it("ranks lower-is-better boards from the lowest score", () => {
    expect(rankByScore([3, 1, 1, 2], (x) => x, "lower").map((x) => x.rank)).toEqual([1, 1, 3, 4]);
  });
  it("ties at the top share rank 1", () => {
    expect(rankByScore([5, 5, 5], (x) => x).map((x) => x.rank)).toEqual([1, 1, 1]);
  });
});

describe("buildBoard", () => {
  const results = [
    r("a", "2026-01-01", { score: 50, output_tokens: 10e6 }),
    r("a", "2026-02-01", { score: 52 }),
    r("a", "2026-03-01", { output_tokens: 30e6 }),
    r("b", "2026-01-15", { score: 52, setting: "max", cost_usd: 100 }),
    r("c", "2026-01-20", { score: 48, setting: "low" }),
    r("c", "2026-01-20", { score: 49, setting: "high" }),
    r("d", "2026-02-10", { cost_usd: 5 }),
    { ...r("e", "2026-02-10", { score: 99 }), version: "v2" },
  ];
  const board = buildBoard({ benchmark: bench, results, models });

  it("ranks each model at each setting once, by its newest report with a score; ties share a rank", () => {
    expect(board.entries.map((e) => [e.rank, e.model.id, e.setting, e.score.value])).toEqual([
      [1, "a", undefined, 52],
      [1, "b", "max", 52],
      [3, "c", "high", 49],
      [4, "c", "low", 48],
    ]);
    expect(board.entries.map((e) => e.key)).toEqual([boardKey({ model: "a" }), boardKey({ model: "b", setting: "max" }), boardKey({ model: "c", setting: "high" }), boardKey({ model: "c", setting: "low" })]);
  });
  it("keeps a thinking-budget run and the plain run as two rows, and two snapshots as two rows labelled with their date", () => {
    const runs = [
      r("a", "2025-11-30", { score: 58.8, setting: "12K thinking", snapshot: "2025-05-14" }),
      r("a", "2025-11-30", { score: 50, snapshot: "2025-05-14" }),
      r("b", "2025-11-30", { score: 41.4, snapshot: "2024-10-22" }),
      r("b", "2025-11-30", { score: 27.5, snapshot: "2024-06-20" }),
    ];
    const both = buildBoard({ benchmark: bench, results: runs, models });
    expect(both.entries.map((e) => [e.rank, e.model.id, e.setting, e.snapshot, e.score.value])).toEqual([
      [1, "a", "12K thinking", undefined, 58.8],
      [2, "a", undefined, undefined, 50],
      [3, "b", undefined, "2024-10-22", 41.4],
      [4, "b", undefined, "2024-06-20", 27.5],
    ]);
  });
  it("tells Google's stable versions of one model apart by their number, and names a lone one only beside another (its day is not known)", () => {
    const gemini: ModelLike[] = [{ id: "gemini-flash-1-5", name: "Gemini 1.5 Flash", lab: "Google", open_weights: false, released: new Date("2024-05-14") }];
    const two = buildBoard({
      benchmark: bench,
      models: gemini,
      results: [r("gemini-flash-1-5", "2024-11-01", { score: 1271, snapshot: "002" }), r("gemini-flash-1-5", "2024-11-01", { score: 1227, snapshot: "001" })],
    });
    expect(two.entries.map((e) => [e.rank, e.model.id, e.snapshot, e.score.value])).toEqual([
      [1, "gemini-flash-1-5", "002", 1271],
      [2, "gemini-flash-1-5", "001", 1227],
    ]);
    const lone = buildBoard({ benchmark: bench, models: gemini, results: [r("gemini-flash-1-5", "2024-11-01", { score: 1271, snapshot: "002" })] });
    expect(lone.entries.map((e) => [e.model.id, e.snapshot])).toEqual([["gemini-flash-1-5", undefined]]);
  });
  it("names a row without a snapshot as its source wrote the model, beside the model's snapshots (LMArena's bare gemini-2.0-flash beside gemini-2.0-flash-001)", () => {
    const flash: ModelLike[] = [{ id: "gemini-2-0-flash", name: "Gemini 2.0 Flash", lab: "Google", open_weights: false, released: new Date("2024-12-11") }];
    const board = buildBoard({
      benchmark: bench,
      models: flash,
      results: [
        r("gemini-2-0-flash", "2025-02-06", { score: 1356.7, modelAsWritten: "gemini-2.0-flash" }),
        r("gemini-2-0-flash", "2025-02-27", { score: 1359, snapshot: "001", modelAsWritten: "gemini-2.0-flash-001" }),
      ],
    });
    expect(board.entries.map((e) => [e.rank, e.snapshot, e.writtenAs, entryName(e)])).toEqual([
      [1, "001", undefined, "Gemini 2.0 Flash (001)"],
      [2, undefined, "gemini-2.0-flash", "Gemini 2.0 Flash (gemini-2.0-flash)"],
    ]);
    // Alone on its board, the row is the model: nothing to tell apart.
    const lone = buildBoard({ benchmark: bench, models: flash, results: [r("gemini-2-0-flash", "2025-02-06", { score: 1356.7, modelAsWritten: "gemini-2.0-flash" })] });
    expect(lone.entries.map((e) => [e.snapshot, e.writtenAs, entryName(e)])).toEqual([[undefined, undefined, "Gemini 2.0 Flash"]]);
    // A setting's rows are apart already: the plain run beside a snapshot at another setting is not named.
    const settings = buildBoard({
      benchmark: bench,
      models: flash,
      results: [r("gemini-2-0-flash", "2025-02-06", { score: 1356.7, modelAsWritten: "gemini-2.0-flash" }), r("gemini-2-0-flash", "2025-02-27", { score: 1359, snapshot: "001", setting: "high" })],
    });
    expect(settings.entries.map((e) => e.writtenAs)).toEqual([undefined, undefined]);
  });
  it("names a lone snapshot dated after its model's release, never one of the release day or before (LMArena's qwen-max-2025-01-25: Qwen2.5-Max, not the Qwen Max of 2024-04-03)", () => {
    const dated: ModelLike[] = [
      { id: "qwen-max", name: "Qwen Max", lab: "Alibaba", open_weights: false, released: new Date("2024-04-03") },
      { id: "opus", name: "Opus", lab: "Anthropic", open_weights: false, released: new Date("2025-05-14") },
      { id: "undated", name: "Undated", lab: "Lab", open_weights: false },
    ];
    const lone = buildBoard({
      benchmark: bench,
      models: dated,
      results: [r("qwen-max", "2025-02-27", { score: 1332, snapshot: "2025-01-25" }), r("opus", "2025-06-01", { score: 1300, snapshot: "2025-05-14" }), r("undated", "2025-06-01", { score: 1200, snapshot: "2025-03-01" })],
    });
    expect(lone.entries.map((e) => [e.model.id, e.snapshot])).toEqual([
      ["qwen-max", "2025-01-25"],
      ["opus", undefined],
      ["undated", undefined],
    ]);
  });
  it("takes every other figure from the newest report that carries it, with its own date and source", () => {
    const a = board.entries[0];
    expect(a.output_tokens).toMatchObject({ value: 30e6, source_url: "https://example.org/a/2026-03-01" });
    expect(a.output_tokens?.date.toISOString().slice(0, 10)).toBe("2026-03-01");
    expect(a.score.date.toISOString().slice(0, 10)).toBe("2026-02-01");
    expect(a.cost_usd).toBeUndefined();
  });
  it("prefers the better score of one setting reported twice on the same day", () => {
    const twice = buildBoard({ benchmark: bench, results: [r("c", "2026-01-20", { score: 48 }), r("c", "2026-01-20", { score: 49 })], models });
    expect(twice.entries.map((e) => [e.model.id, e.score.value])).toEqual([["c", 49]]);
    // Dated with a time of day, the later report of the day is the newer one and ranks, as the docs say.
    const timed = buildBoard({ benchmark: bench, results: [r("c", "2026-01-20T15:00:00Z", { score: 48 }), r("c", "2026-01-20T09:00:00Z", { score: 49 })], models });
    expect(timed.entries.map((e) => [e.model.id, e.score.value])).toEqual([["c", 48]]);
  });
  it("ranks the better of a publisher's runs (run ids) when a later table adds a worse one, and a run's own newer report over its older one", () => {
    // Terminal-Bench: two Apex2 runs on one model; the second came with a later table (--as-of).
    const runs = buildBoard({
      benchmark: bench,
      models,
      results: [r("c", "2025-11-30", { score: 64.5, run_id: "run-1", setting: "Apex2" }), r("c", "2026-01-15", { score: 49.3, run_id: "run-2", setting: "Apex2" })],
    });
    expect(runs.entries.map((e) => [e.model.id, e.score.value])).toEqual([["c", 64.5]]);
    // One run revised by a later table: its newer figure counts, even when lower.
    const revised = buildBoard({
      benchmark: bench,
      models,
      results: [r("c", "2025-11-30", { score: 64.5, run_id: "run-1" }), r("c", "2026-01-15", { score: 60, run_id: "run-1" }), r("c", "2026-01-15", { score: 49.3, run_id: "run-2" })],
    });
    expect(revised.entries.map((e) => e.score.value)).toEqual([60]);
    // Without a run id on every report, the newest report leads, as before.
    const mixed = buildBoard({ benchmark: bench, models, results: [r("c", "2025-11-30", { score: 64.5, run_id: "run-1" }), r("c", "2026-01-15", { score: 49.3 })] });
    expect(mixed.entries.map((e) => e.score.value)).toEqual([49.3]);
  });
  it("credits a relayed repeat of a measured score to the report that measured it; a relay of another figure is a new report (found in review)", () => {
    // Grok 4.6 in the sample: AA's own 61 on 2026-08-12, a newsletter's relay of the same 61 on 08-13.
    const measured = r("a", "2026-08-12", { score: 61, measured_by: "independent" });
    const relay = r("a", "2026-08-13", { score: 61, measured_by: "newsletter" });
    const board = buildBoard({ benchmark: bench, results: [measured, relay], models });
    expect([board.entries[0].score.line, board.entries[0].score.measured_by, board.entries[0].score.date.toISOString().slice(0, 10)]).toEqual([measured.line, "independent", "2026-08-12"]);
    // A relay of a different figure is the newest report: it ranks.
    const changed = r("a", "2026-08-14", { score: 63, measured_by: "newsletter" });
    expect(buildBoard({ benchmark: bench, results: [measured, relay, changed], models }).entries[0].score.line).toBe(changed.line);
    // A relay after another figure does not reach back past it: 61 measured, 64 measured, 61 relayed -> the relay.
    const between = r("b", "2026-08-13", { score: 64, measured_by: "independent" });
    const back = r("b", "2026-08-14", { score: 61, measured_by: "newsletter" });
    const first = r("b", "2026-08-12", { score: 61, measured_by: "independent" });
    expect(buildBoard({ benchmark: bench, results: [first, between, back], models }).entries[0].score.line).toBe(back.line);
  });

  it("computes cost and tokens per point only when both figures exist", () => {
    const b = board.entries.find((e) => e.model.id === "b")!;
    expect(b.costPerPoint).toBeCloseTo(100 / 52);
    expect(b.tokensPerPoint).toBeUndefined();
    expect(board.entries[0].tokensPerPoint).toBeCloseTo(30e6 / 52);
  });
  it("lists models without any score below the board instead of ranking them", () => {
    expect(board.unscored.map((u) => [u.model.id, u.cost_usd?.value])).toEqual([["d", 5]]);
  });
  it("never mixes versions", () => {
    expect(board.entries.map((e) => e.model.id)).not.toContain("e");
    const v2 = buildBoard({ benchmark: { ...bench, version: "v2" }, results, models });
    expect(v2.entries.map((e) => [e.rank, e.model.id])).toEqual([[1, "e"]]);
  });
  it("builds the board as it stood on an earlier day", () => {
    const earlier = buildBoard({ benchmark: bench, results, models, asOf: new Date("2026-01-16") });
    expect(earlier.entries.map((e) => [e.rank, e.model.id, e.score.value])).toEqual([
      [1, "b", 52],
      [2, "a", 50],
    ]);
    expect(earlier.entries[1].output_tokens?.value).toBe(10e6);
  });
  it("counts every report of the asOf day (UTC), whatever its hour, and none of the next day", () => {
    const timed = [
      { ...r("a", "2026-03-01", { score: 40 }), evaluated_at: new Date("2026-03-01T23:59:59.999Z") },
      { ...r("b", "2026-03-02", { score: 45 }), evaluated_at: new Date("2026-03-02T00:00:00.000Z") },
    ];
    const on = (asOf: string) => buildBoard({ benchmark: bench, results: timed, models, asOf: new Date(asOf) }).entries.map((e) => e.model.id);
    expect(on("2026-03-01T00:00:00Z")).toEqual(["a"]);
    expect(on("2026-03-01T12:00:00Z")).toEqual(["a"]);
    expect(on("2026-03-02T00:00:00Z")).toEqual(["b", "a"]);
    expect(on("2026-02-28T23:59:59Z")).toEqual([]);
  });
  it("does not compute per-point ratios on lower-is-better boards", () => {
    const lower = buildBoard({ benchmark: { ...bench, direction: "lower" }, results, models });
    expect(lower.entries.map((e) => [e.rank, e.model.id, e.setting])).toEqual([
      [1, "c", "low"],
      [2, "c", "high"],
      [3, "a", undefined],
      [3, "b", "max"],
    ]);
    expect(lower.entries.every((e) => e.costPerPoint === undefined)).toBe(true);
  });
});

describe("boardMovement", () => {
  const results = [
    r("a", "2026-01-01", { score: 50 }),
    r("b", "2026-01-01", { score: 55 }),
    r("a", "2026-03-01", { score: 58 }),
    r("c", "2026-03-01", { score: 40 }),
    r("b", "2026-03-02", { score: 54 }),
  ];
  const current = buildBoard({ benchmark: bench, results, models });
  const previous = buildBoard({ benchmark: bench, results, models, asOf: daysBefore(current.latest!, 30) });
  const moves = boardMovement(current, previous);
  it("follows a run the publisher re-issued under a new name into its new row: moved, not new (found by hand: the Terminal-Bench board called it a new entry)", () => {
    const runs = [
      r("a", "2026-01-01", { score: 50, run_id: "rec2", snapshot: "2025-08-07" }),
      r("b", "2026-01-01", { score: 55, run_id: "rec3" }),
      r("a", "2026-03-01", { score: 56, run_id: "rec2", snapshot: "2025-11-13" }),
      r("c", "2026-03-01", { score: 40, run_id: "rec4" }),
    ];
    const now = buildBoard({ benchmark: bench, results: runs, models });
    const then = buildBoard({ benchmark: bench, results: runs, models, asOf: new Date("2026-01-31") });
    const moved = boardMovement(now, then);
    expect(now.entries.map((e) => [e.model.id, e.rank, moved.get(e.key)?.kind])).toEqual([["a", 1, "up"], ["b", 2, "down"], ["c", 3, "new"]]);
    expect(moved.get(now.entries[0]!.key)).toMatchObject({ previousRank: 2, scoreChange: 6 });
  });
  it("marks new entries, rank changes and score changes", () => {
    expect(daysBefore(new Date("2026-03-02"), 30).toISOString().slice(0, 10)).toBe("2026-01-31");
    expect(moves.get(boardKey({ model: "a" }))).toEqual({ kind: "up", rankChange: 1, scoreChange: 8, previousRank: 2 });
    expect(moves.get(boardKey({ model: "b" }))).toEqual({ kind: "down", rankChange: -1, scoreChange: -1, previousRank: 1 });
    expect(moves.get(boardKey({ model: "c" }))).toEqual({ kind: "new" });
  });
});

describe("paretoFrontier", () => {
  type P = { id: string; cost?: number; score: number };
  const frontierOf = (points: P[], direction: "higher" | "lower" = "higher") => {
    const { frontier, excluded } = paretoFrontier(points, { cost: (p) => p.cost, score: (p) => p.score, direction });
    return { frontier: frontier.map((p) => p.id), excluded: excluded.map((p) => p.id) };
  };
  it("keeps the points no other point beats, cheapest first", () => {
    expect(frontierOf([
      { id: "cheap", cost: 10, score: 40 },
      { id: "dominated", cost: 20, score: 39 },
      { id: "mid", cost: 30, score: 50 },
      { id: "top", cost: 100, score: 60 },
    ])).toEqual({ frontier: ["cheap", "mid", "top"], excluded: [] });
  });
  it("keeps only the cheapest of equal scores, and both of exact duplicates", () => {
    expect(frontierOf([
      { id: "a", cost: 25, score: 51 },
      { id: "b", cost: 74, score: 51 },
      { id: "c", cost: 25, score: 51 },
    ]).frontier).toEqual(["a", "c"]);
  });
  it("leaves out points with missing, zero or non-finite costs and says which", () => {
    expect(frontierOf([
      { id: "a", cost: 25, score: 43 },
      { id: "no-tokens", score: 99 },
      { id: "zero", cost: 0, score: 99 },
      { id: "nan", cost: Number.NaN, score: 99 },
    ])).toEqual({ frontier: ["a"], excluded: ["no-tokens", "zero", "nan"] });
  });
  it("handles lower-is-better scores", () => {
    expect(frontierOf([
      { id: "a", cost: 1, score: 10 },
      { id: "b", cost: 2, score: 5 },
      { id: "c", cost: 3, score: 6 },
    ], "lower").frontier).toEqual(["a", "b"]);
  });
  it("is empty for no points", () => {
    expect(frontierOf([])).toEqual({ frontier: [], excluded: [] });
  });
});

describe("getModelHistory", () => {
  it("names every report's run where one setting has several runs, on any day: a later report says which run it is of (found in review: a corrected 66.1% beside two Apex2 runs)", () => {
    const first = r("c", "2025-11-30", { score: 64.5, run_id: "rec1", setting: "Apex2" });
    const second = r("c", "2025-11-30", { score: 49.3, run_id: "rec2", setting: "Apex2" });
    const later = r("c", "2025-12-15", { score: 66.1, run_id: "rec1", setting: "Apex2" });
    const alone = r("c", "2025-11-30", { score: 40, run_id: "rec7", setting: "Droid" });
    const labels = getModelHistory([first, second, later, alone], "c")[0]!.reports.map((rep) => [rep.line, rep.twinLabel]);
    expect(labels).toEqual([
      [first.line, "run rec1"],
      [second.line, "run rec2"],
      [alone.line, undefined],
      [later.line, "run rec1"],
    ]);
    // One run reported twice: nothing to tell apart.
    expect(getModelHistory([first, later], "c")[0]!.reports.map((rep) => rep.twinLabel)).toEqual([undefined, undefined]);
  });
  it("keeps a day's reports of several snapshots in snapshot order, whatever the file's order (found in review: LMArena's ChatGPT-4o snapshots of one day in column order)", () => {
    const day = "2025-02-27";
    const results = [r("c", day, { score: 1365, snapshot: "2024-11-20" }), r("c", day, { score: 1377, snapshot: "2025-01-29" }), r("c", day, { score: 1339, snapshot: "2024-09-03" }), r("c", day, { score: 1316, snapshot: "2024-08-08" })];
    expect(getModelHistory(results, "c")[0]!.reports.map((rep) => rep.snapshot)).toEqual(["2024-08-08", "2024-09-03", "2024-11-20", "2025-01-29"]);
  });
  it("says of a run's report under an earlier name where the board ranks the run now (Epoch's rec2 re-issued as a later snapshot)", () => {
    const first = r("c", "2025-11-30", { score: 49.6, run_id: "rec2", setting: "Terminus 2, medium", snapshot: "2025-08-07" });
    const again = r("c", "2026-01-15", { score: 49.6, run_id: "rec2", setting: "Terminus 2, medium", snapshot: "2025-11-13" });
    const other = r("c", "2025-11-30", { score: 40, run_id: "rec7", setting: "Droid" });
    const reports = getModelHistory([first, other, again], "c")[0]!.reports;
    expect(reports.map((rep) => [rep.line, rep.renamed && { ...rep.renamed, date: rep.renamed.date.toISOString().slice(0, 10) }])).toEqual([
      [other.line, undefined],
      [first.line, { runId: "rec2", date: "2026-01-15", label: "Terminus 2, medium, snapshot 2025-11-13" }],
      [again.line, undefined],
    ]);
    // The board agrees: the run is ranked once, in the new name's row (no snapshot shown: none other is on the board, and c has no release date).
    expect(buildBoard({ benchmark: bench, results: [first, other, again], models }).entries.map((e) => [e.setting, e.snapshot, e.score.line])).toEqual([
      ["Terminus 2, medium", undefined, again.line],
      ["Droid", undefined, other.line],
    ]);
  });
  it("draws a renamed run as one line of the sparkline, named by its newest name and noted as renamed", () => {
    const first = r("c", "2025-11-30", { score: 47, run_id: "rec2", setting: "medium", snapshot: "2025-08-07" });
    const again = r("c", "2026-01-15", { score: 49.6, run_id: "rec2", setting: "medium", snapshot: "2025-11-13" });
    const other = r("c", "2025-11-30", { score: 40, run_id: "rec7", setting: "Droid" });
    const series = scoreSeries(getModelHistory([first, other, again], "c")[0]!);
    expect(series.map((p) => [p.value, p.setting])).toEqual([
      [40, "Droid"],
      [47, "medium, snapshot 2025-11-13 (run rec2, renamed)"],
      [49.6, "medium, snapshot 2025-11-13 (run rec2, renamed)"],
    ]);
  });
  it("names a run listed twice on one day under two names as the board does: by the later line in the results", () => {
    const a = r("c", "2026-01-15", { score: 49, run_id: "rec2", setting: "medium", snapshot: "2025-08-07" });
    const b = r("c", "2026-01-15", { score: 50, run_id: "rec2", setting: "medium", snapshot: "2025-11-13" });
    for (const results of [[a, b], [b, a]]) {
      const later = results[1];
      const ranked = buildBoard({ benchmark: bench, results, models }).entries.map((e) => e.score.line);
      expect(ranked).toEqual([later.line]);
      const reports = getModelHistory(results, "c")[0]!.reports;
      expect(reports.filter((rep) => !rep.renamed).map((rep) => rep.line)).toEqual([later.line]);
    }
  });
  it("names the figures a revision added to a report as first reported without them", () => {
    const revised = r("d", "2026-02-18", { score: 53, output_tokens: 58e6, revised: "2026-03-02", earlier: [{ line: 90, source_url: "https://example.org/d", score: 53 }] });
    expect(getModelHistory([revised], "d")[0]!.reports[0].revised?.first).toEqual({ figures: {}, without: ["output_tokens"], source_url: "https://example.org/d", line: 90 });
  });
  it("lists a revised report once, as it stands, with the day of the revision and the figure first reported; the board ranks the revision", () => {
    const revised = r("d", "2026-02-18", { score: 54, output_tokens: 58e6, revised: "2026-03-02", earlier: [{ line: 90, source_url: "https://example.org/d", score: 53, output_tokens: 58e6 }] });
    const reports = getModelHistory([revised], "d")[0]!.reports;
    expect(reports.map((rep) => [rep.line, rep.figures.score?.value, rep.revised && { ...rep.revised, on: rep.revised.on.toISOString().slice(0, 10) }])).toEqual([
      [revised.line, 54, { on: "2026-03-02", first: { figures: { score: 53 }, source_url: "https://example.org/d", line: 90 } }],
    ]);
    expect(buildBoard({ benchmark: bench, results: [revised], models }).entries.map((e) => [e.model.id, e.score.value, e.score.line])).toEqual([["d", 54, revised.line]]);
  });
  it("keeps superseded figures with both dates and sources (Opus 4.6: 58M, later 157M)", () => {
    const history = getModelHistory(sample.results, "claude-opus-4-6");
    const v4 = history.find((g) => g.benchmark === "aa-intelligence-index" && g.version === "v4.0")!;
    const days = v4.reports.map((rep) => rep.date.toISOString().slice(0, 10));
    expect(days).toEqual(["2026-02-18", "2026-02-20", "2026-04-08"]);
    expect(v4.reports[0].figures.output_tokens).toEqual({
      value: 58e6,
      supersededBy: { value: 157e6, date: new Date("2026-04-08"), source_url: "https://news.smol.ai/issues/26-04-08-not-much", setting: undefined },
    });
    expect(v4.reports[0].source_url).toBe("https://news.smol.ai/issues/26-02-18-not-much");
    expect(v4.reports[2].figures.output_tokens).toEqual({ value: 157e6 });
    expect(v4.reports[0].figures.score).toEqual({ value: 53 });
    expect(scoreSeries(v4)).toEqual([{ date: new Date("2026-02-18"), value: 53, setting: undefined }]);
  });
  it("tells two snapshots of one model apart, in the table and the sparkline (LMArena's gpt-4o-2024-05-13 and -08-06)", () => {
    const history = getModelHistory(
      [
        r("a", "2024-09-04", { score: 1285, snapshot: "2024-05-13" }),
        r("a", "2024-09-04", { score: 1265, snapshot: "2024-08-06" }),
        r("a", "2024-09-15", { score: 1286, snapshot: "2024-05-13" }),
        r("a", "2024-09-15", { score: 1263, snapshot: "2024-08-06" }),
      ],
      "a",
    );
    expect(history[0].reports.map(reportRunLabel)).toEqual(["snapshot 2024-05-13", "snapshot 2024-08-06", "snapshot 2024-05-13", "snapshot 2024-08-06"]);
    const series = scoreSeries(history[0]);
    expect(new Set(series.map((p) => p.setting))).toEqual(new Set(["snapshot 2024-05-13", "snapshot 2024-08-06"]));
    expect(reportRunLabel({ setting: "high", snapshot: "2025-08-07" })).toBe("high, snapshot 2025-08-07");
    expect(reportRunLabel({ setting: "high" })).toBe("high");
    expect(reportRunLabel({})).toBeUndefined();
  });
  it("names a report of no snapshot as its source wrote the model, beside the model's snapshots at its setting (LMArena's bare gemini-2.0-flash)", () => {
    const history = getModelHistory(
      [
        r("a", "2025-02-05", { score: 1356.8, snapshot: "001", modelAsWritten: "gemini-2.0-flash-001" }),
        r("a", "2025-02-06", { score: 1356.7, modelAsWritten: "gemini-2.0-flash" }),
        r("a", "2025-02-06", { score: 1300, setting: "high", modelAsWritten: "gemini-2.0-flash_high" }),
      ],
      "a",
    );
    expect(history[0].reports.map(reportRunLabel)).toEqual(["snapshot 001", "named gemini-2.0-flash", "high"]);
    expect(new Set(scoreSeries(history[0]).map((p) => p.setting))).toEqual(new Set(["snapshot 001", "named gemini-2.0-flash", "high"]));
    // Without a snapshot beside it, a report is the model's: nothing to name.
    expect(getModelHistory([r("a", "2025-02-06", { score: 1356.7, modelAsWritten: "gemini-2.0-flash" })], "a")[0].reports.map(reportRunLabel)).toEqual([undefined]);
  });
  it("orders groups by benchmark, newest version first", () => {
    const groups = getModelHistory(sample.results, "claude-fable-5").map((g) => `${g.benchmark} ${g.version}`);
    expect(groups).toEqual(["aa-intelligence-index v4.1.1", "aa-intelligence-index v4.1", "aa-intelligence-index v4.0"]);
  });
});

describe("versions", () => {
  it("compares dotted versions numerically", () => {
    expect(["v4.1", "v3.0", "v4.1.1", "v10", "v4.0"].sort(compareVersions)).toEqual(["v3.0", "v4.0", "v4.1", "v4.1.1", "v10"]);
    expect(versionsOf(sample.benchmarks, "aa-intelligence-index")).toEqual(["v4.1.1", "v4.1", "v4.0", "v3.0"]);
  });
});

describe("the sample Intelligence Index v4.0 board", () => {
  const boards = createBoardIndex(sample, { movementDays: 30 });
  const view = boards.view("aa-intelligence-index", "v4.0");
  const entry = (id: string, setting?: string) => view.board.entries.find((e) => e.model.id === id && e.setting === setting)!;
  it("carries the seed figures exactly", () => {
    expect(entry("claude-opus-4-6").score.value).toBe(53);
    expect(entry("claude-sonnet-4-6", "max")).toMatchObject({ setting: "max", score: { value: 51 }, output_tokens: { value: 74e6 }, cost_usd: { value: 2088 } });
    expect(entry("claude-sonnet-4-5")).toMatchObject({ score: { value: 43 }, output_tokens: { value: 25e6 } });
  });
  it("shows Opus 4.6's newer token count on its plain run, and keeps its cost at max apart (a run without a score)", () => {
    const opus = entry("claude-opus-4-6");
    expect(opus.output_tokens).toMatchObject({ value: 157e6, source_url: "https://news.smol.ai/issues/26-04-08-not-much" });
    expect(opus.cost_usd).toBeUndefined();
    expect(view.board.unscored.find((u) => u.model.id === "claude-opus-4-6")).toMatchObject({ setting: "max", cost_usd: { value: 2486, source_url: "https://news.smol.ai/issues/26-02-20-not-much" } });
  });
  it("ranks the leader first and shares ranks on ties", () => {
    expect(view.board.entries[0]).toMatchObject({ rank: 1, model: { id: "claude-fable-5" }, score: { value: 64.9 } });
    const at51 = view.board.entries.filter((e) => e.score.value === 51);
    expect(at51.length).toBeGreaterThan(1);
    expect(new Set(at51.map((e) => e.rank)).size).toBe(1);
    const ranks = view.board.entries.map((e) => e.rank);
    ranks.forEach((rank, i) => expect(rank).toBe(i === 0 || view.board.entries[i - 1].score.value !== view.board.entries[i].score.value ? i + 1 : ranks[i - 1]));
  });
  it("compares with the board 30 days before the newest report", () => {
    expect(view.comparedWith?.toISOString().slice(0, 10)).toBe("2026-05-10");
    expect(view.movement.get(boardKey({ model: "claude-fable-5" }))).toEqual({ kind: "new" });
    expect(view.movement.get(boardKey({ model: "claude-opus-4-6" }))?.kind).toMatch(/^(down|same)$/);
  });
  it("measures movement from the newest ranked score: a later report that ranks nothing moves neither it nor the current board's day", () => {
    // helper-74: a lab's own claim for an unregistered model, kept out of the ranks, dated months
    // after the version's newest score, made every row of v4.0 show "=".
    const claim = { ...sample.results.find((r) => r.benchmark === "aa-intelligence-index" && r.version === "v4.0")!, model: "claude-opus-4-6", setting: "lab run", score: 55, measured_by: "lab" as const, evaluated_at: new Date("2026-11-25T00:00:00Z"), output_tokens: undefined, cost_usd: undefined };
    const withClaim = createBoardIndex({ ...sample, results: [...sample.results, claim] }, { movementDays: 30 }).view("aa-intelligence-index", "v4.0");
    expect(withClaim.board.latest?.toISOString().slice(0, 10)).toBe("2026-11-25");
    expect(withClaim.board.unscored.some((u) => u.claim?.value === 55)).toBe(true);
    expect(withClaim.board.latestRanked).toEqual(view.board.latestRanked);
    expect(withClaim.comparedWith).toEqual(view.comparedWith);
    expect([...withClaim.movement]).toEqual([...view.movement]);
  });
  it("shows no movement when the version had no board on the earlier day", () => {
    expect(view.hasPrevious).toBe(true);
    const newest = boards.view("aa-intelligence-index");
    expect(newest.board.benchmark.version).toBe("v4.1.1");
    expect(newest.comparedWith?.toISOString().slice(0, 10)).toBe("2026-07-19");
    expect(newest.hasPrevious).toBe(false);
    expect(newest.movement.size).toBe(0);
  });
  it("gives the board's own page for its newest version, the versioned page for an older one", () => {
    expect(boards.pagePath("aa-intelligence-index", "v4.1.1")).toBe("/leaderboards/aa-intelligence-index/");
    expect(boards.pagePath("aa-intelligence-index", "v4.0")).toBe("/leaderboards/aa-intelligence-index/v4.0/");
  });
  it("finds the newest Index version with token figures for the efficiency plot", () => {
    expect(boards.newestVersionWith("aa-intelligence-index", "output_tokens")).toBe("v4.0");
  });
  it("summarises every benchmark's newest board", () => {
    const summary = boards.summaries();
    const aa = summary.find((s) => s.benchmark.id === "aa-intelligence-index")!;
    expect(aa.benchmark.version).toBe("v4.1.1");
    expect(aa.leaders.map((l) => l.model.id)).toEqual(["claude-opus-5"]);
    expect(summary.map((s) => s.benchmark.id)).toEqual(["aa-intelligence-index", "terminal-bench", "metr-time-horizon", "simplebench", "gso-bench"]);
  });
  it("builds each board once and shares it between views, summaries and callers", () => {
    expect(boards.view("aa-intelligence-index", "v4.0")).toBe(view);
    expect(boards.board(view.board.benchmark)).toBe(view.board);
    expect(boards.summaries().find((s) => s.benchmark.id === "aa-intelligence-index")!.leaders[0]).toBe(boards.view("aa-intelligence-index").board.entries[0]);
  });
  it("names an unknown benchmark with a did-you-mean", () => {
    expect(() => boards.view("aa-inteligence-index")).toThrow('unknown benchmark "aa-inteligence-index" (did you mean "aa-intelligence-index"?)');
  });
});

describe("board cells", () => {
  it("format one way, with exact values and provenance, and a dash when missing", () => {
    const fig = { value: 74e6, date: new Date("2026-02-18"), source_url: "https://x.org/a", setting: "max", file: "f.csv", line: 3 };
    expect(figureCell(fig, "output tokens", cellFormats.tokens)).toEqual({ text: "74M", value: "74000000", title: "74000000 output tokens · setting max · reported 2026-02-18 · https://x.org/a" });
    expect(figureCell({ ...fig, value: 2088, setting: undefined }, "US dollars", cellFormats.usd).text).toBe("$2,088");
    expect(figureCell({ ...fig, value: 60.3 }, "", cellFormats.score("percent")).text).toBe("60.3%");
    expect(figureCell({ ...fig, value: 720 }, "", cellFormats.score("minutes")).text).toBe("12 h 0 min");
    expect(figureCell(undefined, "x", cellFormats.tokens)).toEqual({ text: "—", value: "", title: "" });
    expect(figureCell({ ...fig, note: "tier: reddit-post" }, "output tokens", cellFormats.tokens).title).toBe("74000000 output tokens · setting max · reported 2026-02-18 · https://x.org/a · note: tier: reddit-post");
    expect(ratioCell(Number.NaN, "x", cellFormats.usd).text).toBe("—");
    expect(ratioCell(2088 / 51, "US dollars per point", cellFormats.usdPerPoint)).toMatchObject({ text: "$40.94", value: "40.941176" });
  });
});

describe("movementCell", () => {
  const since = new Date("2026-05-10");
  it("describes new entries, climbs, falls and unchanged ranks", async () => {
    const { movementCell } = await import("./boardCells");
    expect(movementCell({ kind: "new" }, "points", since)).toEqual({ symbol: "new", change: "", label: "new entry since 2026-05-10", kind: "new" });
    expect(movementCell({ kind: "up", rankChange: 2, scoreChange: 3, previousRank: 5 }, "points", since)).toMatchObject({ symbol: "▲ 2", change: "score +3", label: "up 2 places since 2026-05-10, score +3" });
    expect(movementCell({ kind: "down", rankChange: -1, scoreChange: -0.3, previousRank: 1 }, "percent", since)).toMatchObject({ symbol: "▼ 1", change: "score −0.3 pts" });
    expect(movementCell({ kind: "same", rankChange: 0, scoreChange: 0, previousRank: 1 }, "points", since)).toMatchObject({ symbol: "=", change: "", label: "same rank since 2026-05-10" });
    expect(movementCell({ kind: "back" }, "points", since)).toEqual({ symbol: "back", change: "", label: "back on the board, not listed on 2026-05-10", kind: "back" });
    expect(movementCell(undefined, "points", since).symbol).toBe("");
  });
});

describe("a whole-board listing (listing: whole, LMArena's Elo history)", () => {
  const history: BenchmarkLike = { ...bench, unit: "elo", listing: "whole" };
  // Three days of the publisher's whole board: c is listed on the first two only, d on the first.
  const days = [
    r("a", "2025-01-01", { score: 1200 }),
    r("c", "2025-01-01", { score: 1300 }),
    r("d", "2025-01-01", { score: 1250 }),
    r("a", "2025-02-01", { score: 1210 }),
    r("b", "2025-02-01", { score: 1190 }),
    r("c", "2025-02-01", { score: 1310 }),
    r("a", "2025-03-01", { score: 1220 }),
    r("b", "2025-03-01", { score: 1230 }),
  ];

  it("ranks only the rows listed on its newest day; the others are listed with their last score, newest first, never ranked", () => {
    const board = buildBoard({ benchmark: history, results: days, models });
    expect(board.entries.map((e) => [e.model.id, e.rank, e.score.value])).toEqual([
      ["b", 1, 1230],
      ["a", 2, 1220],
    ]);
    expect(board.delisted?.map((e) => [e.model.id, e.score.value, e.score.date.toISOString().slice(0, 10)])).toEqual([
      ["c", 1310, "2025-02-01"],
      ["d", 1250, "2025-01-01"],
    ]);
    expect(board.latestRanked?.toISOString().slice(0, 10)).toBe("2025-03-01");
    // Without the rule, c's rating of February ranks first on March's board: the guess this rule removes.
    const plain = buildBoard({ benchmark: bench, results: days, models });
    expect(plain.entries[0].model.id).toBe("c");
    expect(plain.delisted).toBeUndefined();
  });

  it("holds on each day's board as it stood, as built day by day", () => {
    const byDay = boardsAfterEachDay(history, days, models);
    for (const { date, board } of byDay) {
      const alone = buildBoard({ benchmark: history, results: days, models, asOf: date });
      expect(board.entries.map((e) => [e.key, e.rank])).toEqual(alone.entries.map((e) => [e.key, e.rank]));
      expect(board.delisted?.map((e) => e.key)).toEqual(alone.delisted?.map((e) => e.key));
    }
    expect(byDay.map(({ board }) => board.delisted?.map((e) => e.model.id))).toEqual([[], ["d"], ["c", "d"]]);
  });

  it("reads its newest day from the publisher's own rows: a later relay or lab claim does not delist the day's board", () => {
    const relayed = [...days, r("c", "2025-03-05", { score: 1315, measured_by: "newsletter" }), r("d", "2025-03-06", { score: 1260, measured_by: "lab" })];
    const board = buildBoard({ benchmark: history, results: relayed, models, rankLabClaims: true });
    // a and b, listed on the publisher's newest day, stay ranked; the relay and the claim, newer than that day, are listed with them.
    expect(board.entries.map((e) => [e.model.id, e.rank])).toEqual([
      ["c", 1],
      ["d", 2],
      ["b", 3],
      ["a", 4],
    ]);
    expect(board.delisted).toEqual([]);
    expect(board.listedDay?.toISOString().slice(0, 10)).toBe("2025-03-01");
    // A relay older than the publisher's newest day does not bring its row back.
    const old = buildBoard({ benchmark: history, results: [...days, r("d", "2025-02-15", { score: 1255, measured_by: "newsletter" })], models });
    expect(old.entries.map((e) => e.model.id)).toEqual(["b", "a"]);
    expect(old.delisted?.map((e) => e.model.id)).toEqual(["d", "c"]);
    // A later relay of the figure the publisher last listed is credited to that listing (its day), so the row stays delisted.
    const repeat = buildBoard({ benchmark: history, results: [...days, r("c", "2025-03-05", { score: 1310, measured_by: "newsletter" })], models });
    expect(repeat.entries.map((e) => e.model.id)).toEqual(["b", "a"]);
    expect(repeat.delisted?.map((e) => [e.model.id, e.score.date.toISOString().slice(0, 10)])).toEqual([["c", "2025-02-01"], ["d", "2025-01-01"]]);
  });

  it("builds an empty whole board without a day", () => {
    const board = buildBoard({ benchmark: history, results: [], models });
    expect(board.entries).toEqual([]);
    expect(board.delisted).toEqual([]);
    expect(board.listedDay).toBeUndefined();
  });

  it("says a row is back, not new, when the board it is compared with had delisted it", () => {
    // c is missing from the publisher's board of 2025-02-01 only (a one-day gap in a history).
    const gap = [r("a", "2025-01-01", { score: 1200 }), r("c", "2025-01-01", { score: 1300 }), r("a", "2025-02-01", { score: 1210 }), r("a", "2025-03-01", { score: 1220 }), r("c", "2025-03-01", { score: 1305 }), r("b", "2025-03-01", { score: 1100 })];
    const [, feb, mar] = boardsAfterEachDay(history, gap, models);
    expect(feb.board.delisted?.map((e) => e.model.id)).toEqual(["c"]);
    const moves = boardMovement(mar.board, feb.board);
    expect(moves.get(mar.board.entries.find((e) => e.model.id === "c")!.key)).toEqual({ kind: "back" });
    expect(moves.get(mar.board.entries.find((e) => e.model.id === "b")!.key)).toEqual({ kind: "new" });
  });
});
