import { describe, expect, it } from "vitest";
import { buildDigests, outrankedByLeftOut } from "./buildDigests";
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

  it("makes one digest per ISO week with recaps, newest first, dated by its first recap and updated by its newest input", () => {
    const day = (d?: Date) => d?.toISOString().slice(0, 10);
    expect(digests.map((d) => [d.key, d.recapIds, day(d.date), day(d.updated)])).toEqual([
      // Recaps of the 17th and 20th, reports of the 18th and 19th: the newest is the recap.
      ["2026-w08", ["r3", "r2"], "2026-02-17", "2026-02-20"],
      // Reports of the 10th belong to the first digest, but are older than its recap.
      ["2026-w07", ["r1"], "2026-02-11", undefined],
    ]);
  });

  it("keeps a delivered digest's date as later recaps and reports of its week arrive, and says when it grew", () => {
    // The site as built on the 17th: week 8's digest is delivered with one recap and no report.
    const early = buildDigests({ recaps: [recap("r2", "2026-02-17"), recap("r1", "2026-02-11")], benchmarks: [bench], results: results.filter((r) => r.evaluated_at <= new Date("2026-02-17")), models });
    expect(early[0].date).toEqual(new Date("2026-02-17"));
    expect(early[0].updated).toBeUndefined();
    // On the 19th, a report of the 18th and one of the 19th: the same date, updated on the 19th.
    const later = buildDigests({ recaps: [recap("r2", "2026-02-17"), recap("r1", "2026-02-11")], benchmarks: [bench], results, models });
    expect(later[0].date).toEqual(new Date("2026-02-17"));
    expect(later[0].updated).toEqual(new Date("2026-02-19"));
  });

  it("leaves a closed week's digest as it was when later recaps and reports arrive", () => {
    const before = buildDigests({ recaps: [recap("r3", "2026-02-20"), recap("r2", "2026-02-17"), recap("r1", "2026-02-11")], benchmarks: [bench], results, models });
    const after = buildDigests({
      recaps: [recap("r4", "2026-02-24"), recap("r3", "2026-02-20"), recap("r2", "2026-02-17"), recap("r1", "2026-02-11")],
      benchmarks: [bench],
      results: [...results, result("a", 60, "2026-02-23"), result("c", 40, "2026-02-24")],
      models,
    });
    expect(after.map((d) => d.key)).toEqual(["2026-w09", ...before.map((d) => d.key)]);
    expect(after.slice(1)).toEqual(before);
    expect(after[0].changes[0].newLeaders.map((e) => e.model.id)).toEqual(["a"]);
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

  it("says when a board's change comes from a publisher's table dated as of a day, not from reports of the week", () => {
    const tabled = { ...result("c", 60, "2026-02-15"), dated_by_table: true as const };
    const [week7] = buildDigests({ recaps: [recap("r1", "2026-02-11")], benchmarks: [bench], results: [result("a", 50, "2026-02-10"), tabled], models });
    expect(week7.changes[0].newLeaders.map((e) => e.model.id)).toEqual(["c"]);
    expect(week7.changes[0].asOf?.toISOString().slice(0, 10)).toBe("2026-02-15");
    // Reports with dates of their own: no such note.
    expect(digests.every((d) => d.changes.every((c) => c.asOf === undefined))).toBe(true);
  });

  it("does not call a first row the leader in a week where a left-out row (its model not registered) was rated above it that day", () => {
    const whole: BenchmarkLike = { ...bench, listing: "whole" };
    const rows = [result("a", 50, "2026-02-10"), result("b", 48, "2026-02-10"), result("a", 51, "2026-02-12"), result("b", 49, "2026-02-12")];
    const leftOut = [
      { benchmark: "idx", version: "v1", date: new Date("2026-02-12"), model: "gemini-exp", score: "53", scoreValue: 53, cause: "unknown-model" as const },
      // Rated higher on an earlier day only: not on the day the week's board reads.
      { benchmark: "idx", version: "v1", date: new Date("2026-02-10"), model: "older", score: "60", scoreValue: 60, cause: "unknown-model" as const },
    ];
    const [week7] = buildDigests({ recaps: [recap("r1", "2026-02-11")], benchmarks: [whole], results: rows, models, leftOutOf: () => leftOut });
    expect(week7.changes[0].newLeaders.map((e) => e.model.id)).toEqual(["a"]);
    expect(week7.changes[0].outscoredBy?.contenders.map((c) => [c.model, c.score])).toEqual([["gemini-exp", 53]]);
    expect(week7.changes[0].outscoredBy?.day).toEqual(new Date("2026-02-12"));
    // Without a left-out row above it, the first row is the leader, as before.
    const [plain] = buildDigests({ recaps: [recap("r1", "2026-02-11")], benchmarks: [whole], results: rows, models, leftOutOf: () => leftOut.slice(1) });
    expect(plain.changes[0].outscoredBy).toBeUndefined();
  });

  it("marks every row a left-out row outscored that day, not the first row only: a rank below it is among the registered models", () => {
    const whole: BenchmarkLike = { ...bench, listing: "whole" };
    const rows = [result("a", 50, "2026-02-12"), result("b", 48, "2026-02-12"), result("c", 45, "2026-02-12")];
    // Rated between b and c: the first two ranks are the publisher's, the third is not (it would be 4th).
    const leftOut = [{ benchmark: "idx", version: "v1", date: new Date("2026-02-12"), model: "mid", score: "47", scoreValue: 47, cause: "unknown-model" as const }];
    const [week7] = buildDigests({ recaps: [recap("r1", "2026-02-11")], benchmarks: [whole], results: rows, models, leftOutOf: () => leftOut });
    const change = week7.changes[0];
    expect(change.outscoredBy).toBeUndefined();
    expect(change.leftOutBest?.contender).toMatchObject({ model: "mid", score: 47, wouldRank: 3 });
    expect(change.newEntries.map((e) => [e.model.id, e.rank, outrankedByLeftOut(change, e)])).toEqual([
      ["a", 1, false],
      ["b", 2, false],
      ["c", 3, true],
    ]);
    // A tie shares the rank: not outranked.
    expect(outrankedByLeftOut(change, { score: { value: 47 } })).toBe(false);
  });
});

describe("buildDigests and a figure the publisher revised", () => {
  const first = { ...result("b", 48, "2026-02-10"), line: 40 };
  // The publisher's table, imported on 2026-03-04, gives b 55 for the 10th: above a.
  const revised: ResultLike = { ...first, score: 55, line: 41, revised: "2026-03-04", earlier: [{ line: 40, source_url: first.source_url, score: 48 }] };
  const a = result("a", 50, "2026-02-10");
  const recaps = [recap("r1", "2026-02-11")];
  const build = (rows: ResultLike[]) => buildDigests({ recaps, benchmarks: [bench], results: rows, models });

  it("gives a week's figures as the week had them (a revision after its Sunday is not applied), noting the revision and moving `updated` to its day", () => {
    const [then] = build([a, first]);
    const [now] = build([a, revised]);
    const shown = (d: typeof now) => d.changes[0].newEntries.map((e) => `${e.model.id} ${e.score.value} #${e.rank}`);
    expect(shown(now)).toEqual(shown(then));
    expect(shown(now)).toEqual(["a 50 #1", "b 48 #2"]);
    expect(now.changes[0].newLeaders.map((e) => e.model.id)).toEqual(["a"]);
    expect(then.changes[0].revisedLater).toBeUndefined();
    expect(now.changes[0].revisedLater).toEqual([
      { key: now.changes[0].newEntries[1].key, value: 55, on: new Date("2026-03-04"), correction: { id: "correction-idx-v1-b-default-score-2026-02-10-revised-2026-03-04", date: new Date("2026-03-04") } },
    ]);
    expect(then.updated).toBeUndefined();
    expect(now.updated).toEqual(new Date("2026-03-04"));
    // Everything else is as it was.
    const { changes: _c, updated: _u, ...rest } = now;
    const { changes: _c2, updated: _u2, ...restThen } = then;
    expect(rest).toEqual(restThen);
  });

  it("applies a revision made by the digest's Sunday", () => {
    const early: ResultLike = { ...revised, revised: "2026-02-15" };
    const [digest] = build([a, early]);
    expect(digest.changes[0].newLeaders.map((e) => `${e.model.id} ${e.score.value}`)).toEqual(["b 55"]);
    expect(digest.changes[0].revisedLater).toBeUndefined();
  });
});

describe("buildDigests and the week of a revision", () => {
  it("shows a revision in the digest of the week it was found: the score change and the new leader, and grows by it", () => {
    const first = { ...result("b", 48, "2026-02-10"), line: 60 };
    const revised: ResultLike = { ...first, score: 55, line: 61, revised: "2026-03-04", earlier: [{ line: 60, source_url: first.source_url, score: 48 }] };
    const [march, february] = buildDigests({ recaps: [recap("r2", "2026-03-03"), recap("r1", "2026-02-11")], benchmarks: [bench], results: [result("a", 50, "2026-02-10"), revised], models });
    expect(february.changes[0].newLeaders.map((e) => `${e.model.id} ${e.score.value}`)).toEqual(["a 50"]);
    expect(march.key).toBe("2026-w10");
    expect(march.changes[0].newLeaders.map((e) => `${e.model.id} ${e.score.value}`)).toEqual(["b 55"]);
    expect(march.changes[0].movements.map((m) => [m.entry.model.id, m.scoreChange, m.previousRank, m.entry.rank])).toEqual([["b", 7, 2, 1]]);
    expect(march.changes[0].revisedLater).toBeUndefined();
    expect(march.updated).toEqual(new Date("2026-03-04"));
  });
});
