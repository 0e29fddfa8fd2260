import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readDataset } from "../../integrations/readDataset";
import { findBenchmark } from "./boardIndex";
import { buildBoard } from "./buildBoard";
import { boardsOverTime, bridgeListingGaps, cheapestToReach, costFigureOf, gapBetween, niceStep, openClosedFrontier, scoreThresholds } from "./frontierOverTime";
import type { BenchmarkLike, ModelLike, ResultLike } from "./types";

const ROOT = join(import.meta.dirname, "../../..");
const sample = readDataset({ dataDir: join(ROOT, "data"), displayRoot: ROOT });
const v40 = findBenchmark(sample.benchmarks, "aa-intelligence-index", "v4.0");
const boards = boardsOverTime(v40, sample.results, sample.models);
const iso = (d: Date) => d.toISOString().slice(0, 10);

const bench: BenchmarkLike = { id: "b", name: "B", version: "v1", unit: "points", direction: "higher" };
const model = (id: string, open: boolean): ModelLike => ({ id, name: id.toUpperCase(), lab: "Lab", open_weights: open, released: undefined });
const models = [model("o1", true), model("o2", true), model("c1", false), model("c2", false)];
let line = 1;
const result = (m: string, date: string, figures: Partial<Pick<ResultLike, "score" | "cost_usd">>, setting?: string): ResultLike => ({
  benchmark: "b",
  version: "v1",
  model: m,
  setting,
  evaluated_at: new Date(date),
  source_url: `https://example.org/${date}`,
  file: "data/results/b.csv",
  line: ++line,
  ...figures,
});

describe("boardsOverTime", () => {
  it("rebuilds the board after each report day of this version only, oldest first", () => {
    const days = new Set(sample.results.filter((r) => r.benchmark === v40.id && r.version === "v4.0").map((r) => iso(r.evaluated_at)));
    expect(boards.map((b) => iso(b.date))).toEqual([...days].sort());
    // As the page would have shown it on the day: Opus 4.6's 58M tokens before the 157M report.
    const feb = boards.find((b) => iso(b.date) === "2026-02-18")!.board;
    expect(feb.entries.find((e) => e.model.id === "claude-opus-4-6")!.output_tokens!.value).toBe(58e6);
    expect(boards.at(-1)!.board.entries.find((e) => e.model.id === "claude-opus-4-6")!.output_tokens!.value).toBe(157e6);
  });
});

describe("boardsOverTime works every day's board out in one pass (boardsAfterEachDay)", () => {
  // Each day's board as buildBoard makes it alone, with nothing reused.
  const fresh = (b: BenchmarkLike, results: readonly ResultLike[], ms: readonly ModelLike[], rankLabClaims = false) =>
    boardsOverTime(b, results, ms, { rankLabClaims }).map(({ date }) => ({ date, board: buildBoard({ benchmark: b, results, models: ms, asOf: date, rankLabClaims }) }));

  it("gives every day of every sample version the very board buildBoard gives alone", () => {
    for (const b of sample.benchmarks) {
      for (const rankLabClaims of [false, true]) {
        const reused = boardsOverTime(b, sample.results, sample.models, { rankLabClaims });
        expect(reused.length).toBeGreaterThan(0);
        expect(reused).toEqual(fresh(b, sample.results, sample.models, rankLabClaims));
      }
    }
  });

  it("works a row out again when its reports change: a correction, a second snapshot, a lab claim", () => {
    const results = [
      result("o1", "2026-01-01", { score: 40 }),
      result("c1", "2026-01-01", { score: 50, cost_usd: 10 }),
      // A later report of c1 corrects its score and cost.
      result("c1", "2026-01-05", { score: 45, cost_usd: 12 }),
      // A second snapshot of o1 on another day: from then on both rows show their snapshot.
      { ...result("o1", "2026-01-03", { score: 47 }), snapshot: "2026-01-02" },
      { ...result("o1", "2026-01-04", { score: 41 }), snapshot: "2026-01-01" },
      // A lab's own claim: listed, or ranked with rankLabClaims.
      { ...result("c2", "2026-01-06", { score: 60 }), measured_by: "lab" as const },
      // o2's one snapshot shows no date until a second snapshot of it is reported; its own reports stay the same.
      { ...result("o2", "2026-01-01", { score: 30 }), snapshot: "2025-12-01" },
      { ...result("o2", "2026-01-03", { score: 20 }), snapshot: "2026-01-02" },
    ];
    for (const rankLabClaims of [false, true]) {
      const reused = boardsOverTime(bench, results, models, { rankLabClaims });
      expect(reused).toEqual(fresh(bench, results, models, rankLabClaims));
      const day = (d: string) => reused.find((b) => iso(b.date) === d)!.board.entries.map((e) => [e.model.id, e.snapshot ?? "", e.score.value]);
      // Before the correction, with three rows of o1 (its plain run and two snapshots); after it.
      expect(day("2026-01-01")).toEqual([["c1", "", 50], ["o1", "", 40], ["o2", "", 30]]);
      expect(day("2026-01-04")).toEqual([["c1", "", 50], ["o1", "2026-01-02", 47], ["o1", "2026-01-01", 41], ["o1", "", 40], ["o2", "2025-12-01", 30], ["o2", "2026-01-02", 20]]);
      expect(day("2026-01-05")).toEqual([["o1", "2026-01-02", 47], ["c1", "", 45], ["o1", "2026-01-01", 41], ["o1", "", 40], ["o2", "2025-12-01", 30], ["o2", "2026-01-02", 20]]);
      expect(day("2026-01-06")[0]).toEqual(rankLabClaims ? ["c2", "", 60] : ["o1", "2026-01-02", 47]);
    }
    // No two boards share an entry object.
    const entries = boardsOverTime(bench, results, models).flatMap(({ board }) => [...board.entries, ...board.unscored]);
    expect(new Set(entries).size).toBe(entries.length);
  });

  it("ranks a run the publisher re-issued under a new name once, in its newest name's row, and keeps the earlier days' boards as they stood", () => {
    // Epoch's run rec2 of c1: first written as snapshot 2025-08-07, re-issued as 2025-11-13, then
    // (a publisher's slip put right) back under its first name; rec9 is another run, never renamed.
    const results: ResultLike[] = [
      { ...result("c1", "2026-01-01", { score: 50 }, "medium"), snapshot: "2025-08-07", run_id: "rec2" },
      { ...result("o1", "2026-01-01", { score: 40 }), run_id: "rec9" },
      { ...result("c1", "2026-01-03", { score: 50 }, "medium"), snapshot: "2025-11-13", run_id: "rec2" },
      { ...result("c1", "2026-01-05", { score: 51 }, "medium"), snapshot: "2025-08-07", run_id: "rec2" },
      // Two names of rec2 on one day: the later line is the newer report.
      { ...result("c1", "2026-01-07", { score: 52 }, "medium"), snapshot: "2025-08-07", run_id: "rec2" },
      { ...result("c1", "2026-01-07", { score: 53 }, "high"), snapshot: "2025-11-13", run_id: "rec2" },
    ];
    const reused = boardsOverTime(bench, results, models);
    expect(reused).toEqual(fresh(bench, results, models));
    const on = (d: string) => reused.find((b) => iso(b.date) === d)!.board;
    const day = (d: string) => on(d).entries.map((e) => [e.model.id, e.setting ?? "", e.snapshot ?? "", e.score.value]);
    expect(day("2026-01-01")).toEqual([["c1", "medium", "", 50], ["o1", "", "", 40]]);
    // Not [c1 2025-08-07 50, c1 2025-11-13 50]: one run, ranked once, with no other snapshot beside it.
    expect(day("2026-01-03")).toEqual([["c1", "medium", "", 50], ["o1", "", "", 40]]);
    expect(on("2026-01-03").entries[0]!.score.line).toBe(results[2]!.line);
    expect(day("2026-01-05")).toEqual([["c1", "medium", "", 51], ["o1", "", "", 40]]);
    expect(day("2026-01-07")).toEqual([["c1", "high", "", 53], ["o1", "", "", 40]]);
    // The run's first report, in the row it ranks in again from 01-05, still dates the row.
    expect(iso(on("2026-01-05").entries[0]!.firstReported)).toBe("2026-01-01");
  });

  it("gives buildBoard's board for every day of generated histories: out of date order, snapshots, settings, runs, relays, lab claims, unknown releases", () => {
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const pick = <T,>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)]!;
    // Two models share a name: rows tied on name keep the order buildBoard meets them in.
    const many: ModelLike[] = [...models, { ...model("o3", true), name: "O1" }, { ...model("c3", false), released: new Date("2025-06-01T00:00:00Z") }];
    for (let history = 0; history < 12; history++) {
      const results: ResultLike[] = [];
      for (let i = 0; i < 120; i++) {
        const r: ResultLike = {
          ...result(pick(many).id, `2026-01-${String(1 + Math.floor(next() * 20)).padStart(2, "0")}`, next() < 0.85 ? { score: Math.round(next() * 40) + 30 } : { cost_usd: Math.round(next() * 50) }, next() < 0.2 ? pick(["high", "low"]) : undefined),
          ...(next() < 0.25 ? { snapshot: pick(["2025-12-01", "2026-01-02", "002"]) } : {}),
          ...(next() < 0.15 ? { measured_by: pick(["lab", "newsletter", "independent"] as const) } : {}),
          ...(next() < 0.1 ? { run_id: pick(["r1", "r2"]) } : {}),
          ...(next() < 0.3 ? { output_tokens: Math.round(next() * 1e6) } : {}),
        };
        results.push(r);
      }
      for (const b of [bench, { ...bench, direction: "lower" as const }]) {
        for (const rankLabClaims of [false, true]) {
          const reused = boardsOverTime(b, results, many, { rankLabClaims });
          expect(reused.length).toBeGreaterThan(10);
          expect(reused).toEqual(fresh(b, results, many, rankLabClaims));
        }
      }
    }
  });

  it("names the first unknown model of the earliest day, as buildBoard does", () => {
    const results = [result("o1", "2026-01-02", { score: 40 }), result("zz", "2026-01-03", { score: 1 }), result("yy", "2026-01-02", { score: 2 })];
    expect(() => boardsOverTime(bench, results, models)).toThrow(/names unknown model "yy"/);
    expect(() => buildBoard({ benchmark: bench, results, models, asOf: new Date("2026-01-02T00:00:00Z") })).toThrow(/names unknown model "yy"/);
  });
});

describe("openClosedFrontier", () => {
  const steps = openClosedFrontier(boards);
  it("steps through the sample's best open-weights and best closed scores on the Intelligence Index v4.0", () => {
    const rows = steps.map((s) => [iso(s.date), s.open?.model.id, s.open?.score.value, s.closed?.model.id, s.closed?.score.value]);
    expect(rows).toContainEqual(["2026-02-18", "glm-5", 50, "claude-opus-4-6", 53]);
    expect(rows).toContainEqual(["2026-04-24", "kimi-k2-6", 54, "claude-opus-4-7", 57.3]);
    expect(rows.at(-1)).toEqual(["2026-06-09", "kimi-k2-6", 54, "claude-fable-5", 64.9]);
    expect(steps.at(-1)!.gap).toEqual({ leader: "closed", margin: 10.9 });
    // A step only where either side changed.
    for (let i = 1; i < rows.length; i++) expect(rows[i].slice(1)).not.toEqual(rows[i - 1].slice(1));
  });
  it("follows a correction down: the best is the board's, not the highest score ever reported", () => {
    const results = [result("o1", "2026-01-01", { score: 50 }), result("c1", "2026-01-01", { score: 60 }), result("c1", "2026-01-05", { score: 45 }), result("c2", "2026-01-05", { score: 55 })];
    const s = openClosedFrontier(boardsOverTime(bench, results, models));
    expect(s.map((x) => [iso(x.date), x.open?.model.id, x.closed?.model.id, x.closed?.score.value, x.gap])).toEqual([
      ["2026-01-01", "o1", "c1", 60, { leader: "closed", margin: 10 }],
      ["2026-01-05", "o1", "c2", 55, { leader: "closed", margin: 5 }],
    ]);
  });
  it("tells two snapshots of one model apart, as the board keys its rows (model, setting, snapshot)", () => {
    // LMArena's two GPT-4o snapshots as its Elo history has them (rounded as the arena's table
    // shows them): -2024-05-13 leads the closed side; on 2024-08-22 -2024-08-06 appears. On a
    // later day -08-06 takes the lead at the very Elo -05-13 had held: the board's best closed
    // row changes though model, score and setting stay the same.
    const gpt4o: ModelLike = { id: "gpt-4o", name: "GPT-4o", lab: "OpenAI", open_weights: false, released: new Date("2024-05-13") };
    const llama: ModelLike = { id: "llama-3-1-405b", name: "Llama 3.1 405B", lab: "Meta", open_weights: true, released: new Date("2024-07-23") };
    const arena: BenchmarkLike = { id: "arena", name: "Arena", version: "v1", unit: "elo", direction: "higher" };
    const at = (m: string, date: string, score: number, snapshot?: string): ResultLike => ({ ...result(m, date, { score }), benchmark: "arena", ...(snapshot && { snapshot }) });
    const results = [
      at("gpt-4o", "2024-08-01", 1286, "2024-05-13"),
      at("llama-3-1-405b", "2024-08-01", 1262),
      at("gpt-4o", "2024-08-22", 1262, "2024-08-06"),
      at("gpt-4o", "2024-09-04", 1285, "2024-05-13"),
      at("gpt-4o", "2024-09-04", 1286, "2024-08-06"),
    ];
    const dated = boardsOverTime(arena, results, [gpt4o, llama]);
    // The board as it stood on 2024-09-04 ranks -08-06 first.
    expect(dated.at(-1)!.board.entries.map((e) => [e.snapshot, e.score.value])).toEqual([["2024-08-06", 1286], ["2024-05-13", 1285], [undefined, 1262]]);
    const s = openClosedFrontier(dated);
    expect(s.map((x) => [iso(x.date), x.closed?.snapshot, x.closed?.score.value])).toEqual([
      ["2024-08-01", undefined, 1286],
      ["2024-09-04", "2024-08-06", 1286],
    ]);
    expect(s.at(-1)!.closed!.key).toBe(dated.at(-1)!.board.entries[0].key);
    // The same for the cheapest row reaching a score: -08-06 at -05-13's cost is another row.
    const costed = results.map((r) => ({ ...r, cost_usd: 10 }));
    const [series] = cheapestToReach(boardsOverTime(arena, costed, [gpt4o, llama]), [1280], "cost_usd");
    expect(series.steps.map((x) => [iso(x.date), x.entry?.snapshot, x.cost])).toEqual([
      ["2024-08-01", undefined, 10],
      ["2024-09-04", "2024-08-06", 10],
    ]);
  });
  it("reads the gap the benchmark's way round", () => {
    expect(gapBetween(40, 30, "lower")).toEqual({ leader: "closed", margin: 10 });
    expect(gapBetween(30, 40, "lower")).toEqual({ leader: "open", margin: 10 });
    expect(gapBetween(57.3, 51, "higher")).toEqual({ leader: "open", margin: 6.3 });
    expect(gapBetween(5, 5, "higher")).toEqual({ leader: "tie", margin: 0 });
  });
});

describe("the frontier over a whole-board listing with gaps (LMArena's history, a row per date)", () => {
  const arena: BenchmarkLike = { ...bench, unit: "elo", listing: "whole" };
  const at = (m: string, date: string, score: number, extra: Partial<ResultLike> = {}): ResultLike => ({ ...result(m, date, { score, cost_usd: 10 }), ...extra });
  // c1 leads the closed side; the publisher's file leaves it out of 2025-02-01 alone (a one-day
  // gap), then of 2025-05-01 and 2025-06-01 (a sustained absence), then of the newest day.
  const listed: Record<string, string[]> = {
    "2025-01-01": ["o1", "c1", "c2"],
    "2025-02-01": ["o1", "c2"],
    "2025-03-01": ["o1", "c1", "c2"],
    "2025-04-01": ["o1", "c1", "c2"],
    "2025-05-01": ["o1", "c2"],
    "2025-06-01": ["o1", "c2"],
    "2025-07-01": ["o1", "c1", "c2"],
    "2025-08-01": ["o1", "c2"],
  };
  const scores: Record<string, number> = { o1: 1200, c1: 1300, c2: 1250 };
  const results = [
    ...Object.entries(listed).flatMap(([date, ms]) => ms.map((m) => at(m, date, scores[m]!))),
    // A newsletter's relay on a day between the publisher's: not a day of the publisher's board.
    at("o1", "2025-02-10", 1200, { measured_by: "newsletter" }),
  ];
  const boards = boardsOverTime(arena, results, models);

  it("keeps a row on the frontier through one missing day, at its last score; a sustained absence and the newest day's take it off", () => {
    const steps = openClosedFrontier(boards);
    expect(steps.map((s) => [iso(s.date), s.closed?.model.id, s.closed?.score.value, iso(s.closed!.score.date)])).toEqual([
      ["2025-01-01", "c1", 1300, "2025-01-01"],
      // 2025-02-01 and the relay's day 2025-02-10: still c1 at its score of 2025-01-01, so no step until c1 is missing two days.
      ["2025-05-01", "c2", 1250, "2025-05-01"],
      ["2025-07-01", "c1", 1300, "2025-07-01"],
      ["2025-08-01", "c2", 1250, "2025-08-01"],
    ]);
    // Until c1 is listed again, its absence is the publisher's: the frontier of 2025-02-01 follows the board.
    const untilFeb = openClosedFrontier(boards.filter((b) => iso(b.date) <= "2025-02-01"));
    expect(untilFeb.map((s) => [iso(s.date), s.closed?.model.id])).toEqual([["2025-01-01", "c1"], ["2025-02-01", "c2"]]);
    // The boards themselves are as they stood: c1 delisted on 2025-02-01, as the leaderboard page showed it.
    expect(boards.find((b) => iso(b.date) === "2025-02-01")!.board.delisted?.map((e) => e.model.id)).toEqual(["c1"]);
  });

  it("ranks the bridged row among the day's rows, and the cheapest to reach a score keeps it too", () => {
    const bridged = bridgeListingGaps(boards);
    expect(bridged.find((b) => iso(b.date) === "2025-02-10")!.board.entries.map((e) => [e.model.id, e.rank])).toEqual([["c1", 1], ["c2", 2], ["o1", 3]]);
    expect(bridged.find((b) => iso(b.date) === "2025-02-10")!.board.delisted).toEqual([]);
    expect(bridged.find((b) => iso(b.date) === "2025-05-01")!.board.delisted?.map((e) => e.model.id)).toEqual(["c1"]);
    const [series] = cheapestToReach(boards, [1280], "cost_usd");
    expect(series.steps.map((s) => [iso(s.date), s.entry?.model.id])).toEqual([
      ["2025-01-01", "c1"],
      ["2025-05-01", undefined],
      ["2025-07-01", "c1"],
      ["2025-08-01", undefined],
    ]);
  });

  it("leaves a board without the whole-board rule as it is", () => {
    const plain = boardsOverTime(bench, results, models);
    expect(bridgeListingGaps(plain)).toBe(plain);
  });
});

describe("the cost of reaching a score", () => {
  it("picks round thresholds inside the range of costed scores", () => {
    expect(niceStep(23, 3)).toBe(10);
    expect(niceStep(6, 3)).toBe(2);
    expect(scoreThresholds([34, 47, 50, 51, 57], "higher")).toEqual([40, 50]);
    expect(scoreThresholds([53, 54, 56, 57, 59], "higher")).toEqual([54, 56, 58]);
    expect(scoreThresholds([10, 20, 30, 40, 50, 60, 70, 80], "lower")).toEqual([20, 40, 60]);
    expect(scoreThresholds([10, 20, 30, 40, 50, 60, 70, 80, 85, 90, 95], "lower", 2)).toEqual([50]);
    expect(scoreThresholds([5], "higher")).toEqual([5]);
    expect(scoreThresholds([], "higher")).toEqual([]);
  });
  it("uses the cost figure most rows carry, and none below two", () => {
    expect(costFigureOf(boards.at(-1)!.board)).toBe("cost_usd");
    const v41 = boardsOverTime(findBenchmark(sample.benchmarks, "aa-intelligence-index", "v4.1"), sample.results, sample.models);
    expect(costFigureOf(v41.at(-1)!.board)).toBe("cost_per_task_usd");
    const v411 = boardsOverTime(findBenchmark(sample.benchmarks, "aa-intelligence-index", "v4.1.1"), sample.results, sample.models);
    expect(costFigureOf(v411.at(-1)!.board)).toBeUndefined();
  });
  it("follows the cheapest model reaching 50 on v4.0: Sonnet 4.6, then GLM-5, then MiniMax-M2.7", () => {
    const [fifty] = cheapestToReach(boards, [50], "cost_usd");
    expect(fifty.steps.map((s) => [iso(s.date), s.entry?.model.id, s.cost])).toEqual([
      ["2026-02-18", "claude-sonnet-4-6", 2088],
      ["2026-02-19", "glm-5", 547],
      ["2026-03-18", "minimax-m2-7", 176],
    ]);
  });
  it("breaks the line when a correction leaves no costed model reaching the score", () => {
    const results = [result("o1", "2026-01-01", { score: 50, cost_usd: 100 }), result("o1", "2026-01-03", { score: 40 }), result("c1", "2026-01-05", { score: 52, cost_usd: 300 })];
    const [series] = cheapestToReach(boardsOverTime(bench, results, models), [50], "cost_usd");
    expect(series.steps.map((s) => [iso(s.date), s.entry?.model.id, s.cost])).toEqual([
      ["2026-01-01", "o1", 100],
      ["2026-01-03", undefined, undefined],
      ["2026-01-05", "c1", 300],
    ]);
  });
});
