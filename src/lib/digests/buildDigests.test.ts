import { describe, expect, it } from "vitest";
import { buildDigests } from "./buildDigests";
import type { BenchmarkLike, ModelLike, ResultLike } from "../leaderboard/types";

const bench: BenchmarkLike = { id: "idx", name: "Index", version: "v1", unit: "points", direction: "higher" };
const models: ModelLike[] = ["a", "b", "c"].map((id) => ({ id, name: id.toUpperCase(), lab: "Lab", open_weights: false }));
let line = 1;
const result = (model: string, score: number, day: string): ResultLike => ({
  benchmark: "idx",
  version: "v1",
  model,
  score,
  evaluated_at: new Date(day),
  source_url: "https://example.org/",
  file: "data/results/idx.csv",
  line: ++line,
});
const recap = (id: string, day: string) => ({ id, data: { date: new Date(day) } });

describe("buildDigests", () => {
  const results = [result("a", 50, "2026-02-10"), result("b", 48, "2026-02-10"), result("c", 52, "2026-02-18"), result("b", 49, "2026-02-19")];
  const digests = buildDigests({
    recaps: [recap("r3", "2026-02-20"), recap("r2", "2026-02-17"), recap("r1", "2026-02-11")],
    benchmarks: [bench],
    results,
    models,
  });

  it("makes one digest per ISO week with recaps, newest first, dated by its newest recap", () => {
    expect(digests.map((d) => [d.key, d.recapIds, d.date.toISOString().slice(0, 10)])).toEqual([
      ["2026-w08", ["r3", "r2"], "2026-02-20"],
      ["2026-w07", ["r1"], "2026-02-11"],
    ]);
  });

  it("reports new entries, new leaders and score movements of the week", () => {
    const [w8, w7] = digests;
    expect(w7.changes).toHaveLength(1);
    expect(w7.changes[0].newEntries.map((e) => e.model.id)).toEqual(["a", "b"]);
    expect(w7.changes[0].newLeaders.map((e) => e.model.id)).toEqual(["a"]);
    expect(w7.changes[0].previousLeaders).toEqual([]);

    const change = w8.changes[0];
    expect(change.newEntries.map((e) => e.model.id)).toEqual(["c"]);
    expect(change.newLeaders.map((e) => e.model.id)).toEqual(["c"]);
    expect(change.previousLeaders.map((e) => e.model.id)).toEqual(["a"]);
    expect(change.movements.map((m) => [m.entry.model.id, m.scoreChange, m.previousRank])).toEqual([["b", 1, 2]]);
  });

  it("leaves out boards nothing happened to since the previous digest", () => {
    const quiet = buildDigests({ recaps: [recap("r", "2026-03-04"), recap("r3", "2026-02-20")], benchmarks: [bench], results, models });
    expect(quiet.map((d) => [d.key, d.changes.length])).toEqual([
      ["2026-w10", 0],
      ["2026-w08", 1],
    ]);
  });

  it("covers the weeks without a recap in the next digest: their new entries, leaders and moves are not lost (v4.1.1's weeks 32-33)", () => {
    // Recaps in weeks 7 and 9 only; the reports of week 8 belong to week 9's digest.
    const digests = buildDigests({ recaps: [recap("r9", "2026-02-25"), recap("r1", "2026-02-11")], benchmarks: [bench], results, models });
    const [w9, w7] = digests;
    expect(w9.key).toBe("2026-w09");
    expect(w9.since!.toISOString().slice(0, 10)).toBe("2026-02-15");
    expect(w7.since).toBeUndefined();
    expect(w9.changes[0].newEntries.map((e) => e.model.id)).toEqual(["c"]);
    expect(w9.changes[0].newLeaders.map((e) => e.model.id)).toEqual(["c"]);
    expect(w9.changes[0].movements.map((m) => [m.entry.model.id, m.scoreChange])).toEqual([["b", 1]]);
  });

  it("the first digest covers everything before it: every ranked row of a board is new there", () => {
    const [only] = buildDigests({ recaps: [recap("r", "2026-03-04")], benchmarks: [bench], results, models });
    expect(only.since).toBeUndefined();
    expect(only.changes[0].newEntries.map((e) => e.model.id)).toEqual(["c", "a", "b"]);
    expect(only.changes[0].previousLeaders).toEqual([]);
  });
});
