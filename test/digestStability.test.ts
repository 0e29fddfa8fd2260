/**
 * A weekly digest in the feeds, replayed on the sample's real recaps and reports as they arrive day
 * by day (each day's site holds what is dated up to it): once its week is over, a digest is the
 * same in every later build; while its week runs, it keeps its date and every change to it moves
 * its `updated`, which the feeds give readers (Atom `updated`, JSON Feed `date_modified`).
 * Reads the content files, not a build.
 */
import { describe, expect, it } from "vitest";
import { readRecaps, sampleData } from "./helpers/sampleContent";
import { buildDigests } from "../src/lib/digests/buildDigests";
import { changesByDigest, dataChanges } from "../src/lib/changes/dataChanges";
import { changeTitle } from "../src/lib/changes/changeText";
import { digestDescription } from "../src/lib/digests/digestText";
import { entryName } from "../src/lib/leaderboard/boardCells";
import { RANK_LAB_CLAIMS } from "../src/config";

const data = sampleData();
const recaps = readRecaps()
  .filter((r) => !r.draft)
  .map((r) => ({ id: r.id, data: { date: r.date } }))
  .sort(
    (a, b) =>
      b.data.date.getTime() - a.data.date.getTime() || b.id.localeCompare(a.id),
  );
const day = (d: Date) => d.toISOString().slice(0, 10);

/** What the digests say on the site built on `upTo` (everything dated up to that day), by key. */
function digestsOn(upTo: string, all: readonly (typeof data.results)[number][] = data.results) {
  const results = all.filter((r) => day(r.evaluated_at) <= upTo);
  const digests = buildDigests({
    recaps: recaps.filter((r) => day(r.data.date) <= upTo),
    benchmarks: data.benchmarks,
    results,
    models: data.models,
    rankLabClaims: RANK_LAB_CLAIMS,
  });
  const changes = changesByDigest(
    digests,
    dataChanges({ benchmarks: data.benchmarks, results, models: data.models }),
  );
  return new Map(
    digests.map((d) => {
      const entries = changes.get(d.key) ?? [];
      const content = JSON.stringify({
        description: digestDescription(d, d.recapIds.length, entries.length),
        recaps: d.recapIds,
        boards: d.changes.map((c) => ({
          board: `${c.benchmark.id} ${c.benchmark.version}`,
          newEntries: c.newEntries.map(
            (e) => `${entryName(e)} ${e.score.value} #${e.rank}`,
          ),
          newLeaders: c.newLeaders.map(entryName),
          previousLeaders: c.previousLeaders.map(entryName),
          movements: c.movements.map(
            (m) =>
              `${entryName(m.entry)} ${m.scoreChange} ${m.previousRank}->${m.entry.rank}`,
          ),
        })),
        data: entries.map((e) => `${e.id} ${changeTitle(e)}`),
      });
      return [
        d.key,
        {
          end: day(d.end),
          date: day(d.date),
          updated: d.updated && day(d.updated),
          content,
          revisedLater: d.changes.flatMap((c) => (c.revisedLater ?? []).map((r) => `${r.value} ${day(r.on)}`)),
        },
      ];
    }),
  );
}

const days = [
  ...new Set([
    ...recaps.map((r) => day(r.data.date)),
    ...data.results.map((r) => day(r.evaluated_at)),
  ]),
].sort();
const builds = days.map((upTo) => ({ upTo, digests: digestsOn(upTo) }));
const final = builds.at(-1)!.digests;

describe("digests as the sample's recaps and reports arrive day by day", () => {
  it("replays enough days and weeks to mean something", () => {
    expect(days.length).toBeGreaterThan(30);
    expect(final.size).toBeGreaterThan(10);
  });

  it("a digest of a closed week is the same in every later build", () => {
    let closed = 0;
    for (const { upTo, digests } of builds) {
      for (const [key, digest] of digests) {
        if (digest.end >= upTo) continue;
        closed++;
        expect(digest, `${key} as built on ${upTo}`).toEqual(final.get(key));
      }
    }
    expect(closed).toBeGreaterThan(100);
  });

  it("a publisher's revision after a week changes none of its digest's figures: the digest notes it, and its updated moves to the revision's day", () => {
    // A score the first closed digest with a new entry shows, revised by the publisher after the sample's last day.
    const [key, digest] = [...final].find(([, d]) => JSON.parse(d.content).boards.some((b: { newEntries: string[] }) => b.newEntries.length))!;
    const shown = buildDigests({ recaps: recaps.filter((r) => day(r.data.date) <= digest.end), benchmarks: data.benchmarks, results: data.results.filter((r) => day(r.evaluated_at) <= digest.end), models: data.models, rankLabClaims: RANK_LAB_CLAIMS })
      .find((d) => d.key === key)!.changes[0].newEntries[0];
    const index = data.results.findIndex((r) => r.file === shown.score.file && r.line === shown.score.line);
    const first = data.results[index];
    const on = "2099-01-05";
    const revised = { ...first, score: first.score! + 7, line: 100_000, revised: on, earlier: [{ line: first.line, source_url: first.source_url, score: first.score }] };
    const results = data.results.map((r, i) => (i === index ? revised : r));
    const after = digestsOn(days.at(-1)!, results);
    for (const [k, d] of final) {
      expect(after.get(k)?.content, k).toBe(d.content);
      if (k !== key) expect(after.get(k), k).toEqual(d);
    }
    expect(after.get(key)!.revisedLater).toEqual([`${first.score! + 7} ${on}`]);
    expect(after.get(key)!.updated).toBe(on);
    expect(final.get(key)!.revisedLater).toEqual([]);
  });

  it("a digest of the current week keeps its date, and says when it changed", () => {
    let grew = 0;
    for (let i = 1; i < builds.length; i++) {
      for (const [key, now] of builds[i].digests) {
        const before = builds[i - 1].digests.get(key);
        if (!before) continue;
        expect(now.date, `${key} on ${builds[i].upTo}`).toBe(before.date);
        if (now.content === before.content) continue;
        grew++;
        // The item changed: its updated is new, and it is the day of this build's new input.
        expect(now.updated, `${key} changed on ${builds[i].upTo}`).not.toBe(
          before.updated,
        );
        expect(now.updated, `${key} changed on ${builds[i].upTo}`).toBe(
          builds[i].upTo,
        );
      }
    }
    // Week 8 (recaps of the 17th, 18th and 20th February), among others.
    expect(grew).toBeGreaterThan(3);
  });
});
