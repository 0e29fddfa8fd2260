import { buildBoard, type BoardEntry } from "../leaderboard/buildBoard";
import { boardMovement } from "../leaderboard/movement";
import { compareVersions } from "../leaderboard/versions";
import type { BenchmarkLike, ModelLike, ResultLike } from "../leaderboard/types";
import { isoWeek, weekKey, weekRange, type IsoWeek } from "./isoWeek";
import { digestIndexOn, revisionCorrectionId } from "../changes/dataChanges";
import { figureRevision } from "../leaderboard/buildBoard";
import { resultsRevisedBy, rowKey, type ResultsRevisedBy } from "../leaderboard/revisedBy";
import { leftOutNote, outranksRow, type LeftOutContender, type LeftOutRowLike } from "../leaderboard/leftOutNote";

/** What changed on one leaderboard (one benchmark version) during a week. */
export interface BoardChange {
  benchmark: BenchmarkLike;
  /** Models ranked on this version for the first time since the previous digest, best first. */
  newEntries: BoardEntry[];
  /** The rank-1 rows at the end of the digest's week, when they differ from those of the previous digest (`since`). */
  newLeaders: BoardEntry[];
  /** The rank-1 rows at `since` (empty when the board was empty, or for the first digest). */
  previousLeaders: BoardEntry[];
  /** Models already ranked whose score changed since the previous digest, with the change (current minus before). */
  movements: { entry: BoardEntry; scoreChange: number; previousRank: number }[];
  /**
   * The newest publisher's table date among the rows above whose score is dated by its table
   * (`as_of`), when any is: such a row first appears in the data on that day, but its result may be
   * older, so the digest says so instead of presenting it as the week's report.
   */
  asOf?: Date;
  /**
   * Rows of the publisher's table that an import left out (no registry row for their model) and
   * that outscored this board's first row on the day the digest's board reads, with that day: the
   * digest then calls the first row first among the models registered here, never the leader
   * (src/lib/leaderboard/leftOutNote.ts). Absent when no left-out row did.
   */
  outscoredBy?: { contenders: LeftOutContender[]; day?: Date };
  /**
   * The best-scored left-out row on that day (`LeftOutNote.best`), with the day: every row of the
   * board it outscores, not the first only, has its rank among the registered models only
   * (`outrankedByLeftOut`). Absent when no left-out row is compared that day.
   */
  leftOutBest?: { contender: LeftOutContender; day?: Date };
  /**
   * The scores this change shows (new entries, new leaders, movements) that the publisher revised
   * after the digest's Sunday, by the entry's `key`: the digest gives the score the week had and
   * says what it was revised to (`value`; undefined when the revision gave no score), on which day
   * (`on`, the import that found it), with the correction entry on /changes/ (`correction`). Absent
   * when none was.
   */
  revisedLater?: RevisedLater[];
}

/** A score a digest shows as its week had it, which the publisher revised after the week (`BoardChange.revisedLater`). */
export interface RevisedLater {
  /** The board entry's `key`. */
  key: string;
  value?: number;
  on: Date;
  /** The /changes/ entry of that revision: its anchor id and day (`changePath`). */
  correction: { id: string; date: Date };
}

/**
 * Whether a left-out row outscored a board row on the digest's day, so that its rank is among
 * the models registered here (a rank 3 below an unregistered model rated higher is not the
 * publisher's rank 3).
 * @example outrankedByLeftOut(change, entry) // true when change.leftOutBest scored above entry
 */
export function outrankedByLeftOut(change: Pick<BoardChange, "benchmark" | "leftOutBest">, entry: { score: { value: number } }): boolean {
  return outranksRow(change.leftOutBest?.contender, entry.score.value, change.benchmark.direction);
}

/** One week's digest: its recaps and what the leaderboards did. */
export interface Digest {
  /** `2026-w08`, the URL segment. */
  key: string;
  week: IsoWeek;
  /** Monday and Sunday of the week (UTC days). */
  start: Date;
  end: Date;
  /**
   * The Sunday of the previous digest's week: the digest covers what changed after it, up to
   * `end`, weeks without a recap included. Undefined for the first digest, which covers everything
   * before its end.
   */
  since?: Date;
  /**
   * The date a feed gives the digest: its first recap's, the day the digest first appeared. It
   * stays put as later recaps and reports of the week arrive (the newest recap's date moved the
   * item in a subscriber's reader each time one did); `updated` says that it grew.
   */
  date: Date;
  /**
   * The newest day of what the digest is built from (its recaps, and the reports in its window),
   * when later than `date`: a digest of the current week grows until its Sunday, and a feed item
   * must say that it changed (Atom `updated`, JSON Feed `date_modified`). Derived from the input,
   * never from the build's clock, so a closed week's item is the same in every later build, but
   * for a note that a score it shows was revised later (`BoardChange.revisedLater`): the item
   * changed, on the day of that revision.
   */
  updated?: Date;
  /** Ids of the week's recaps, in input order (newest first). */
  recapIds: string[];
  /** Boards that changed since the previous digest (`since`), in registry order. */
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
  /** The rows an import left out of a benchmark version (data/results/<name>.left-out.csv); none by default. */
  leftOutOf?: (benchmark: BenchmarkLike) => readonly LeftOutRowLike[];
}

/**
 * One digest per ISO week that has at least one recap, newest first. A digest covers what changed
 * since the previous digest: a week without a recap has no digest of its own, so its reports go
 * to the next digest (as its data changes do, `changesByDigest`), and nothing a board did is left
 * out of every digest. A board "changed" when a report dated after the previous digest's Sunday
 * and up to this digest's Sunday moved it: the board as it stood on this Sunday is compared with
 * the board as it stood on the previous digest's Sunday (the first digest: with no board), by the
 * same rules as the leaderboard pages, through `buildBoard`. Only boards with such a report are
 * rebuilt. Nothing dated after a digest's Sunday goes into it, so the digest of a closed week is
 * the same in every later build, whatever arrives after it; the current week's grows until its
 * Sunday, and its `updated` says so. A board whose first row a left-out row outscored that week
 * says so (`BoardChange.outscoredBy`).
 *
 * A publisher's revision of a report's figures (a results row's `revised`, the day of the import
 * that found it) counts for a digest when that day is on or before the digest's Sunday: each board
 * is built from the results as they had been reported by its day (`resultsRevisedBy`), so a later
 * revision changes no figure, rank or leader of a closed week; where a score the digest shows was
 * revised later, the digest says so (`BoardChange.revisedLater`) and its `updated` moves to that day.
 * A revision is input of its own day, as a report is of its date: the digest whose window holds the
 * revision's day rebuilds that board, so a revision that moved a score or a leader shows there.
 */
export function buildDigests({ recaps, benchmarks, results, models, rankLabClaims = false, leftOutOf = () => [] }: DigestInput): Digest[] {
  const weeks = new Map<string, { week: IsoWeek; recapIds: string[]; date: Date; newest: Date }>();
  for (const recap of recaps) {
    const week = isoWeek(recap.data.date);
    const key = weekKey(week);
    const entry = weeks.get(key);
    if (entry) {
      entry.recapIds.push(recap.id);
      if (recap.data.date < entry.date) entry.date = recap.data.date;
      if (recap.data.date > entry.newest) entry.newest = recap.data.date;
    } else weeks.set(key, { week, recapIds: [recap.id], date: recap.data.date, newest: recap.data.date });
  }
  const ascending = [...weeks.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([key, w]) => ({ key, ...w, ...weekRange(w.week) }));
  const day = (d: Date) => d.toISOString().slice(0, 10);
  const ends = ascending.map((w) => day(w.end));

  // Which benchmark versions have a report dated in which digest's window: the first digest whose
  // Sunday is on or after the report's day (a report after the newest digest waits for the next).
  // The newest report day in each digest's window goes into its `updated`.
  const reported = new Map<string, Set<string>>();
  const newestReport = new Map<string, Date>();
  // A publisher's revision is input of the day it was found (its `revised` day), as a report is of
  // its date: the digest of that day's week compares the boards with it, and grows by it.
  const note = (r: ResultLike, on: Date) => {
    const lo = digestIndexOn(ends, day(on));
    if (lo === ends.length) return;
    const key = ascending[lo].key;
    const set = reported.get(key) ?? new Set<string>();
    set.add(`${r.benchmark}\u0000${r.version}`);
    reported.set(key, set);
    const newest = newestReport.get(key);
    if (!newest || on > newest) newestReport.set(key, on);
  };
  for (const r of results) {
    note(r, r.evaluated_at);
    for (const revised of [r.revised, ...(r.earlier ?? []).map((e) => e.revised)]) if (revised !== undefined) note(r, new Date(`${revised}T00:00:00.000Z`));
  }
  // The results as they stood on a digest's Sunday, which is the next digest's `since`: the two
  // newest days are kept, not every digest's copy of the results (a large archive has hundreds).
  const standing = new Map<string, ResultsRevisedBy<ResultLike>>();
  const revisedBy = (d: Date) => {
    const key = day(d);
    let out = standing.get(key);
    if (!out) {
      standing.set(key, (out = resultsRevisedBy(results, key)));
      if (standing.size > 2) standing.delete(standing.keys().next().value!);
    }
    return out;
  };
  const ordered = [...benchmarks].sort((a, b) => {
    const first = (id: string) => benchmarks.findIndex((x) => x.id === id);
    return first(a.id) - first(b.id) || compareVersions(b.version, a.version);
  });

  return ascending
    .map(({ key, week, recapIds, date, newest, start, end }, i) => {
      const since = i > 0 ? ascending[i - 1].end : undefined;
      const versions = reported.get(key) ?? new Set<string>();
      const changes: BoardChange[] = [];
      const atEnd = versions.size > 0 ? revisedBy(end) : undefined;
      let noted: Date | undefined;
      for (const benchmark of ordered) {
        if (!atEnd || !versions.has(`${benchmark.id}\u0000${benchmark.version}`)) continue;
        const after = buildBoard({ benchmark, results: atEnd.results, models, asOf: end, rankLabClaims });
        // The first digest compares with the board before any report: every ranked row is new.
        const before = buildBoard({ benchmark, results: since ? revisedBy(since).results : [], models, asOf: since ?? end, rankLabClaims });
        const movement = boardMovement(after, before);
        const newEntries = after.entries.filter((e) => movement.get(e.key)?.kind === "new");
        const movements = after.entries.flatMap((entry) => {
          const m = movement.get(entry.key);
          // A change within the score's interval is not a move (see boardMovement).
          return m && m.kind !== "new" && m.kind !== "back" && m.scoreChange !== 0 && !m.withinInterval ? [{ entry, scoreChange: m.scoreChange, previousRank: m.previousRank }] : [];
        });
        const leaders = (entries: BoardEntry[]) => entries.filter((e) => e.rank === 1);
        const previousLeaders = leaders(before.entries);
        const currentLeaders = leaders(after.entries);
        const sameLeaders = previousLeaders.map((e) => e.key).sort().join() === currentLeaders.map((e) => e.key).sort().join();
        if (newEntries.length === 0 && movements.length === 0 && sameLeaders) continue;
        const newLeaders = sameLeaders ? [] : currentLeaders;
        const tableDays = [...newEntries, ...newLeaders, ...movements.map((m) => m.entry)].filter((e) => e.score.datedByTable).map((e) => e.score.date.getTime());
        const asOf = tableDays.length > 0 ? new Date(Math.max(...tableDays)) : undefined;
        // A left-out row rated above the first row that day: the digest must not call that row the
        // leader; above any other row, that row's rank is among the registered models only.
        const leftOut = leftOutOf(benchmark);
        const note = leftOut.length && after.entries.length ? leftOutNote(after, leftOut) : undefined;
        const outscoredBy = note?.aboveLeader.length && currentLeaders.length ? { contenders: note.aboveLeader, ...(note.day && { day: note.day }) } : undefined;
        const leftOutBest = note?.best ? { contender: note.best, ...(note.day && { day: note.day }) } : undefined;
        const revisedLater = revisedAfter(atEnd, [...newEntries, ...newLeaders, ...movements.map((m) => m.entry)]);
        for (const r of revisedLater) if (!noted || r.on > noted) noted = r.on;
        changes.push({ benchmark, newEntries, newLeaders, previousLeaders, movements, ...(asOf && { asOf }), ...(outscoredBy && { outscoredBy }), ...(leftOutBest && { leftOutBest }), ...(revisedLater.length && { revisedLater }) });
      }
      const report = newestReport.get(key);
      let updated = report && report > newest ? report : newest;
      if (noted && noted > updated) updated = noted;
      return { key, week, start, end, ...(since && { since }), date, ...(updated > date && { updated }), recapIds, changes };
    })
    .reverse();
}

/**
 * The entries (each once) whose score, as the digest's week had it, the publisher revised after the
 * week: what it is now and when it became so (`figureRevision`: the revision that last changed it).
 */
function revisedAfter(standing: ResultsRevisedBy<ResultLike>, entries: readonly BoardEntry[]): RevisedLater[] {
  const out = new Map<string, RevisedLater>();
  for (const entry of entries) {
    const now = standing.revisedAfter.get(rowKey(entry.score));
    if (!now || out.has(entry.key) || now.score === entry.score.value) continue;
    const on = figureRevision(now, "score")?.on ?? new Date(`${now.revised}T00:00:00.000Z`);
    const revised = on.toISOString().slice(0, 10);
    out.set(entry.key, { key: entry.key, ...(now.score !== undefined && { value: now.score }), on, correction: { id: revisionCorrectionId(now, "score", revised), date: on } });
  }
  return [...out.values()];
}
