import { buildBoard, type BoardEntry } from "../leaderboard/buildBoard";
import { boardMovement, daysBefore } from "../leaderboard/movement";
import { compareVersions } from "../leaderboard/versions";
import type { BenchmarkLike, ModelLike, ResultLike } from "../leaderboard/types";
import { isoWeek, weekKey, weekRange, type IsoWeek } from "./isoWeek";

/** What changed on one leaderboard (one benchmark version) during a week. */
export interface BoardChange {
  benchmark: BenchmarkLike;
  /** Models ranked on this version for the first time this week, best first. */
  newEntries: BoardEntry[];
  /** The rank-1 rows at the end of the week, when they differ from those at its start. */
  newLeaders: BoardEntry[];
  /** The rank-1 rows before the week (empty when the board was empty). */
  previousLeaders: BoardEntry[];
  /** Models already ranked whose score changed this week, with the change (current minus before). */
  movements: { entry: BoardEntry; scoreChange: number; previousRank: number }[];
}

/** One week's digest: its recaps and what the leaderboards did. */
export interface Digest {
  /** `2026-w08`, the URL segment. */
  key: string;
  week: IsoWeek;
  /** Monday and Sunday of the week (UTC days). */
  start: Date;
  end: Date;
  /** The date a feed gives the digest: its newest recap's (never later than what it covers). */
  date: Date;
  /** Ids of the week's recaps, in input order (newest first). */
  recapIds: string[];
  /** Boards that changed this week, in registry order. */
  changes: BoardChange[];
}

/** What `buildDigests` reads. */
export interface DigestInput {
  /** Published recaps, newest first (drafts already filtered by `getSortedRecaps`). */
  recaps: readonly { id: string; data: { date: Date } }[];
  benchmarks: readonly BenchmarkLike[];
  results: readonly ResultLike[];
  models: readonly ModelLike[];
  /** Rank labs' claims about their own models (`RANK_LAB_CLAIMS`), as the boards do. */
  rankLabClaims?: boolean;
}

/**
 * One digest per ISO week that has at least one recap, newest first. A board "changed" in a week
 * when a report dated in that week moved it: the board as it stood on the Sunday is compared with
 * the board as it stood on the Sunday before (the same rules as the leaderboard pages, through
 * `buildBoard`). Only boards with a report dated in the week are rebuilt.
 */
export function buildDigests({ recaps, benchmarks, results, models, rankLabClaims = false }: DigestInput): Digest[] {
  const weeks = new Map<string, { week: IsoWeek; recapIds: string[]; date: Date }>();
  for (const recap of recaps) {
    const week = isoWeek(recap.data.date);
    const key = weekKey(week);
    const entry = weeks.get(key);
    if (entry) {
      entry.recapIds.push(recap.id);
      if (recap.data.date > entry.date) entry.date = recap.data.date;
    } else weeks.set(key, { week, recapIds: [recap.id], date: recap.data.date });
  }

  // Which benchmark versions have a report dated in which week.
  const reported = new Map<string, Set<string>>();
  for (const r of results) {
    const key = weekKey(isoWeek(r.evaluated_at));
    if (!weeks.has(key)) continue;
    const set = reported.get(key) ?? new Set<string>();
    set.add(`${r.benchmark}\u0000${r.version}`);
    reported.set(key, set);
  }
  const ordered = [...benchmarks].sort((a, b) => {
    const first = (id: string) => benchmarks.findIndex((x) => x.id === id);
    return first(a.id) - first(b.id) || compareVersions(b.version, a.version);
  });

  return [...weeks.entries()]
    .sort(([a], [b]) => b.localeCompare(a))
    .map(([key, { week, recapIds, date }]) => {
      const { start, end } = weekRange(week);
      const versions = reported.get(key) ?? new Set<string>();
      const changes: BoardChange[] = [];
      for (const benchmark of ordered) {
        if (!versions.has(`${benchmark.id}\u0000${benchmark.version}`)) continue;
        const after = buildBoard({ benchmark, results, models, asOf: end, rankLabClaims });
        const before = buildBoard({ benchmark, results, models, asOf: daysBefore(start, 1), rankLabClaims });
        const movement = boardMovement(after, before);
        const newEntries = after.entries.filter((e) => movement.get(e.key)?.kind === "new");
        const movements = after.entries.flatMap((entry) => {
          const m = movement.get(entry.key);
          // A change within the score's interval is not a move (see boardMovement).
          return m && m.kind !== "new" && m.scoreChange !== 0 && !m.withinInterval ? [{ entry, scoreChange: m.scoreChange, previousRank: m.previousRank }] : [];
        });
        const leaders = (entries: BoardEntry[]) => entries.filter((e) => e.rank === 1);
        const previousLeaders = leaders(before.entries);
        const currentLeaders = leaders(after.entries);
        const sameLeaders = previousLeaders.map((e) => e.key).sort().join() === currentLeaders.map((e) => e.key).sort().join();
        if (newEntries.length === 0 && movements.length === 0 && sameLeaders) continue;
        changes.push({ benchmark, newEntries, newLeaders: sameLeaders ? [] : currentLeaders, previousLeaders, movements });
      }
      return { key, week, start, end, date, recapIds, changes };
    });
}
