import { describe, expect, it } from "vitest";
import { dataChanges } from "../changes/dataChanges";
import type { BenchmarkLike, ModelLike, ResultLike } from "../leaderboard/types";
import { digestDataSummary } from "./digestData";
import { boardDataText } from "./digestText";

const a: BenchmarkLike = { id: "a", name: "A", version: "v1", unit: "elo", direction: "higher" };
const b: BenchmarkLike = { id: "b", name: "B", version: "v2", unit: "points", direction: "higher" };
const models: ModelLike[] = ["m", "n"].map((id) => ({ id, name: id.toUpperCase(), lab: "Lab", open_weights: false }));
let line = 1;
const row = (benchmark: BenchmarkLike, model: string, day: string, score: number, run_id?: string): ResultLike => ({
  benchmark: benchmark.id,
  version: benchmark.version,
  model,
  score,
  evaluated_at: new Date(day),
  source_url: `https://${benchmark.id}.example/`,
  file: `data/results/${benchmark.id}.csv`,
  line: ++line,
  ...(run_id && { run_id }),
});

describe("digestDataSummary", () => {
  // Thirty daily ratings of two models on A (an imported history), and one run of B re-scored.
  const days = Array.from({ length: 30 }, (_, i) => new Date(Date.UTC(2025, 10, 1 + i)).toISOString().slice(0, 10));
  const results = [...days.flatMap((d, i) => [row(a, "m", d, 1200 + i), row(a, "n", d, 1100)]), row(b, "m", "2025-11-02", 50, "r1"), row(b, "m", "2025-11-03", 51, "r1")];
  const changes = dataChanges({ benchmarks: [a, b], results, models });

  it("counts every change per board and lists only the newest few, naming the first one left out", () => {
    const summary = digestDataSummary(changes, 20);
    expect(summary.total).toBe(changes.length);
    expect(summary.total).toBe(30 + 1 + 2 + 1 + 1);
    expect(summary.shown).toEqual(changes.slice(0, 20));
    expect(summary.firstHidden).toBe(changes[20]);
    expect(summary.boards.map((c) => [`${c.benchmark.name} ${c.benchmark.version}`, boardDataText(c)])).toEqual([
      ["A v1", "new version; 30 reports, 60 rows (29 figures updated)"],
      ["B v2", "new version; 2 reports, 2 rows; 1 correction"],
    ]);
    const counted = summary.boards.reduce((n, c) => n + c.versions + c.reports + c.corrections, 0);
    expect(counted).toBe(summary.total);
  });

  it("lists everything, with nothing left out, when there are few", () => {
    const summary = digestDataSummary(changes.slice(0, 3), 20);
    expect(summary.shown).toHaveLength(3);
    expect(summary.firstHidden).toBeUndefined();
  });
});
