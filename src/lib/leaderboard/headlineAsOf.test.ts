import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { readDataset } from "../../integrations/readDataset";
import { buildBoard } from "./buildBoard";
import { createBoardIndex } from "./boardIndex";
import { createHeadlineTimeline, sameHeadline } from "./headlineAsOf";
import type { BenchmarkLike, ModelLike, ResultLike } from "./types";

const v = (version: string): BenchmarkLike => ({ id: "idx", name: "Index", version, unit: "points", direction: "higher" });
const benchmarks = [v("v1"), v("v2")];
const models: ModelLike[] = ["a", "b", "c"].map((id) => ({ id, name: id.toUpperCase(), lab: "Lab", open_weights: false }));
let line = 2;
const r = (model: string, version: string, date: string, figures: Partial<ResultLike>): ResultLike => ({
  benchmark: "idx",
  version,
  model,
  evaluated_at: new Date(date),
  source_url: `https://example.org/${model}/${date}`,
  file: "data/results/idx.csv",
  line: line++,
  ...figures,
});
const results = [
  // a: measured on v1, re-reported on v1 later with a new score and a cost, then measured on v2.
  r("a", "v1", "2025-11-01", { score: 60, output_tokens: 10e6 }),
  r("a", "v1", "2025-12-01", { score: 62, cost_usd: 300 }),
  r("a", "v2", "2026-02-01", { score: 45, cost_usd: 500 }),
  // b: first measured in 2026 only.
  r("b", "v2", "2026-03-01", { score: 50 }),
  // c: one report, never superseded.
  r("c", "v1", "2025-11-20", { score: 55 }),
  // A report of another benchmark on the same day must not change the headline.
  { ...r("a", "v1", "2026-04-01", { score: 1 }), benchmark: "other" },
];
const timeline = createHeadlineTimeline({
  benchmarks,
  results,
  models,
  headlineId: "idx",
  boardOf: (benchmark) => buildBoard({ benchmark, results, models }),
});
const day = (d: string) => new Date(d);

describe("headline figures as of a day", () => {
  it("ignore a report dated after the day (same version, newer figure)", () => {
    const { then, current } = timeline.thenAndNow("a", day("2025-11-15"))!;
    expect(then).toMatchObject({ benchmark: { version: "v1" }, entry: { score: { value: 60 }, output_tokens: { value: 10e6 } } });
    expect(then!.entry.score.date).toEqual(day("2025-11-01"));
    // Tokens and cost follow the same rule: no cost had been reported by then.
    expect(then!.entry.cost_usd).toBeUndefined();
    expect(current).toMatchObject({ benchmark: { version: "v2" }, entry: { score: { value: 45 }, cost_usd: { value: 500 } } });
  });

  it("keep the older version on a day before the later version's first report", () => {
    const { then, current } = timeline.thenAndNow("a", day("2026-01-31"))!;
    expect(then).toMatchObject({ benchmark: { version: "v1" }, entry: { score: { value: 62 }, cost_usd: { value: 300 } } });
    expect(current?.benchmark.version).toBe("v2");
  });

  it("count a report of the same day as on or before it", () => {
    const { then, current } = timeline.thenAndNow("a", day("2026-02-01"))!;
    expect(then).toMatchObject({ benchmark: { version: "v2" }, entry: { score: { value: 45 } } });
    expect(current).toBeUndefined();
  });

  it("say there is no score on record (no figure then) and give the latest one when the model had no report before the day", () => {
    const { then, current, asOf } = timeline.thenAndNow("b", day("2026-01-08"))!;
    expect(then).toBeUndefined();
    expect(asOf).toEqual(day("2026-01-08"));
    expect(current).toMatchObject({ benchmark: { version: "v2" }, entry: { score: { value: 50 } } });
  });

  it("give no current figure when nothing changed since the day", () => {
    const { then, current } = timeline.thenAndNow("c", day("2026-06-01"))!;
    expect(then?.entry.score.value).toBe(55);
    expect(current).toBeUndefined();
    expect(timeline.thenAndNow("unknown", day("2026-06-01"))).toBeUndefined();
  });

  it("are nothing before the first report and the current figures after the last", () => {
    expect(timeline.asOf(day("2025-01-01")).size).toBe(0);
    expect(timeline.asOf(day("2027-01-01"))).toBe(timeline.current);
    // Days between two reports share one computation.
    expect(timeline.asOf(day("2025-12-02"))).toBe(timeline.asOf(day("2026-01-31")));
  });

  it("tell a later report of the same value from the same report", () => {
    const now = timeline.current.get("a")!;
    expect(sameHeadline(now, now)).toBe(true);
    const relayed = { ...now, entry: { ...now.entry, score: { ...now.entry.score, line: 999, date: day("2026-05-01") } } };
    expect(sameHeadline(now, relayed)).toBe(false);
  });
});

describe("headline figures as of a day, on the sample data", () => {
  const ROOT = resolve(import.meta.dirname, "../../..");
  const sample = readDataset({ dataDir: join(ROOT, "data"), displayRoot: ROOT });
  const boards = createBoardIndex(sample, { movementDays: 30 });
  const sampleTimeline = createHeadlineTimeline({ ...sample, headlineId: "aa-intelligence-index", boardOf: boards.board });

  it("show gpt-oss-120b on v4.0 in March 2026, and its v4.1 figure of July as current", () => {
    const { then, current } = sampleTimeline.thenAndNow("gpt-oss-120b", day("2026-03-18"))!;
    expect(then).toMatchObject({ benchmark: { version: "v4.0" }, entry: { score: { value: 33 } } });
    expect(then!.entry.score.date).toEqual(day("2026-03-11"));
    expect(current).toMatchObject({ benchmark: { version: "v4.1" }, entry: { score: { value: 24 } } });
    expect(current!.entry.score.date).toEqual(day("2026-07-15"));
  });

  it("agree with the current headline figures on the newest report day", () => {
    const newest = new Date(Math.max(...sample.results.filter((x) => x.benchmark === "aa-intelligence-index").map((x) => x.evaluated_at.getTime())));
    expect(sampleTimeline.asOf(newest)).toBe(sampleTimeline.current);
    expect(sampleTimeline.current.get("claude-sonnet-4-6")).toMatchObject({ benchmark: { version: "v4.0" }, entry: { score: { value: 51 } } });
  });
});

describe("headline figures of a snapshot a recap names (helper-75: gpt-4o-2024-08-06 shown the May snapshot's rating)", () => {
  const arena: BenchmarkLike = { id: "arena", name: "Arena", version: "v1", unit: "elo", direction: "higher" };
  const gpt4o: ModelLike = { id: "gpt-4o", name: "GPT-4o", lab: "OpenAI", open_weights: false, released: new Date("2024-05-13") };
  const at = (date: string, score: number, snapshot: string): ResultLike => ({ benchmark: "arena", version: "v1", model: "gpt-4o", snapshot, evaluated_at: new Date(date), score, source_url: "https://lmarena.ai/", file: "data/results/arena.csv", line: line++ });
  // The May snapshot is rated from June; the August one from mid-August, lower than May's.
  const rows = [at("2024-06-01", 1287, "2024-05-13"), at("2024-08-06", 1286, "2024-05-13"), at("2024-08-20", 1285, "2024-05-13"), at("2024-08-20", 1265, "2024-08-06")];
  const arenaTimeline = createHeadlineTimeline({ benchmarks: [arena], results: rows, models: [gpt4o], headlineId: "arena", boardOf: (benchmark) => buildBoard({ benchmark, results: rows, models: [gpt4o] }) });

  it("gives that snapshot's row, before it was rated none, and never the model's best row in its place", () => {
    const plain = arenaTimeline.thenAndNow("gpt-4o", day("2024-08-07"))!;
    expect(plain.then?.entry.score.value).toBe(1286);
    const named = arenaTimeline.thenAndNow("gpt-4o", day("2024-08-07"), "2024-08-06")!;
    expect(named.then).toBeUndefined();
    expect(named.current?.entry.score.value).toBe(1265);
    expect(named.otherSnapshot).toBeUndefined();
    // The May snapshot named: its own row then and now.
    const may = arenaTimeline.thenAndNow("gpt-4o", day("2024-08-07"), "2024-05-13")!;
    expect([may.then?.entry.score.value, may.current?.entry.score.value]).toEqual([1286, 1285]);
  });

  it("falls back to the model's figures for a snapshot no board ranks: flagged where its rows name snapshots, not on a board that tells none apart", () => {
    const other = arenaTimeline.thenAndNow("gpt-4o", day("2024-08-07"), "2024-11-20")!;
    expect(other.then?.entry.score.value).toBe(1286);
    expect(other.otherSnapshot).toBe(true);
    // An index that lists the model without snapshots: its figure is the model's.
    const index = timeline.thenAndNow("a", day("2025-11-15"), "2025-10-01")!;
    expect(index.then?.entry.score.value).toBe(60);
    expect(index.otherSnapshot).toBeUndefined();
  });
});

describe("the last listed row of a model a whole-board listing dropped (helper-79: GPT-4 shown a bare dash in 2024)", () => {
  const arena: BenchmarkLike = { id: "arena", name: "Arena", version: "v1", unit: "elo", direction: "higher", listing: "whole" };
  const at = (model: string, date: string, score: number, extra: Partial<ResultLike> = {}) => ({ ...r(model, "v1", date, { score, ...extra }), benchmark: "arena" });
  // a is listed on the first day only; b on both.
  const rows = [at("a", "2023-11-16", 1073), at("b", "2023-11-16", 1100), at("b", "2024-02-01", 1110)];
  const arenaTimeline = createHeadlineTimeline({ benchmarks: [arena], results: rows, models, headlineId: "arena", boardOf: (benchmark) => buildBoard({ benchmark, results: rows, models }) });

  it("gives the row's last score when the model has neither a figure of the day nor a current one", () => {
    const later = arenaTimeline.thenAndNow("a", new Date("2024-03-08"))!;
    expect(later.then).toBeUndefined();
    expect(later.current).toBeUndefined();
    expect([later.lastListed?.entry.score.value, later.lastListed?.entry.score.date.toISOString().slice(0, 10), later.lastListed?.benchmark.version]).toEqual([1073, "2023-11-16", "v1"]);
    // On a day it was listed, its figure of that day, and no last listed row.
    expect(arenaTimeline.thenAndNow("a", new Date("2023-11-20"))).toMatchObject({ then: { entry: { score: { value: 1073 } } } });
    expect(arenaTimeline.thenAndNow("a", new Date("2023-11-20"))!.lastListed).toBeUndefined();
    // A model the board never had has nothing.
    expect(arenaTimeline.thenAndNow("c", new Date("2024-03-08"))).toBeUndefined();
  });
});
