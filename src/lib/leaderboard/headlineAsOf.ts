import { buildBoard, type Board, type BoardEntry } from "./buildBoard";
import { headlineFigures, ofSnapshot, rowSnapshot, type HeadlineFigures } from "./headlineFigures";
import { compareVersions } from "./versions";
import type { BenchmarkLike, ModelLike, ResultLike } from "./types";

/**
 * A model's headline figures on a day and now. A recap's models panel shows `then` as the figure
 * of the recap's day, and `current` beside it, labelled as current, when it is another report:
 * a later figure is never shown as the figure of an earlier day.
 */
export interface HeadlineThenAndNow<B extends BenchmarkLike = BenchmarkLike> {
  /** The day asked about (a recap's date). */
  asOf: Date;
  /**
   * The headline figures as they stood on `asOf`: the same rule as the current headline (newest
   * version that ranked the model, its best-ranked row) applied to the reports dated on or before
   * that day (a report of the same day counts). Undefined: no score on record by `asOf`.
   */
  then?: HeadlineFigures<B>;
  /** The current headline figures, set only when they are not `then` (a later report, or a later version). */
  current?: HeadlineFigures<B>;
  /** Asked for a snapshot no board ranks: these are the model's figures on another row, which must be named. */
  otherSnapshot?: true;
  /**
   * Set only when there is neither `then` nor `current`: the model's row (of `snapshot`, when asked)
   * that a whole-board listing (`listing: whole`) no longer lists, on the newest version that has
   * one, with its last score (`Board.delisted`). LMArena's `gpt-4` was last rated 2023-11-16: a
   * recap of 2024 showed a bare dash for it, as if it had never been rated (helper-79).
   */
  lastListed?: { benchmark: B; entry: Omit<BoardEntry, "rank"> };
}

/** What `createHeadlineTimeline` reads: the site's data and its current boards. */
export interface HeadlineTimelineInput<B extends BenchmarkLike> {
  benchmarks: readonly B[];
  results: readonly ResultLike[];
  models: readonly ModelLike[];
  /** The headline benchmark's id; undefined: no headline figures at all. */
  headlineId: string | undefined;
  /** The full (current) board of a version, shared with the rest of the site (`BoardIndex.board`). */
  boardOf: (benchmark: B) => Board;
  /** As `RANK_LAB_CLAIMS`: must match the current boards' setting, or `then` and `current` would rank differently. */
  rankLabClaims?: boolean;
}

/** Headline figures now and on any day, each day's computed once. */
export interface HeadlineTimeline<B extends BenchmarkLike = BenchmarkLike> {
  /** Per model id, the current headline figures (what `headlineFigures` gives). */
  current: Map<string, HeadlineFigures<B>>;
  /** Per model id, the headline figures as they stood on `day` (reports dated after it ignored). */
  asOf(day: Date): Map<string, HeadlineFigures<B>>;
  /**
   * A model's figures on `day` and now; undefined when the model has neither. With `snapshot` (a
   * recap names `gpt-4o-2024-08-06`), the figures of that snapshot's row; when no board has that
   * row, the model's as without, flagged `otherSnapshot` where the model's rows name snapshots,
   * so that the row they are of is named.
   */
  thenAndNow(modelId: string, day: Date, snapshot?: string): HeadlineThenAndNow<B> | undefined;
}

const dayOf = (d: Date) => d.toISOString().slice(0, 10);

/** The figures a panel shows from a row: the score, output tokens and cost to run. */
const SHOWN = ["score", "output_tokens", "cost_usd"] as const;

/**
 * Whether two headline figures are the same reports: same version, same row (model, setting,
 * snapshot), and the score, tokens and cost each from the same line of the same file. A later
 * report of the same value is another report (with another date), so it counts as different.
 */
export function sameHeadline(a: HeadlineFigures, b: HeadlineFigures): boolean {
  if (a.benchmark.id !== b.benchmark.id || a.benchmark.version !== b.benchmark.version || a.entry.key !== b.entry.key) return false;
  const at = (e: BoardEntry, name: (typeof SHOWN)[number]) => {
    const f = e[name];
    return f ? `${f.file}:${f.line}:${f.value}:${dayOf(f.date)}` : "";
  };
  return SHOWN.every((name) => at(a.entry, name) === at(b.entry, name));
}

/**
 * The headline figures over time. A board as it stood on a day is the board as it stood on the
 * newest headline report on or before that day, so days are snapped to report days first: a
 * 700-recap archive builds at most one board per version per report day, not one per recap.
 */
export function createHeadlineTimeline<B extends BenchmarkLike>({ benchmarks, results, models, headlineId, boardOf, rankLabClaims = false }: HeadlineTimelineInput<B>): HeadlineTimeline<B> {
  const current = headlineFigures(benchmarks, headlineId, boardOf);
  const headlineResults = results.filter((r) => r.benchmark === headlineId);
  const reportDays = [...new Set(headlineResults.map((r) => dayOf(r.evaluated_at)))].sort();
  const byDay = new Map<string, Map<string, HeadlineFigures<B>>>();

  const asOf = (day: Date): Map<string, HeadlineFigures<B>> => {
    const wanted = dayOf(day);
    // The newest report day on or before `wanted` (ISO days sort as strings).
    let snapped: string | undefined;
    for (const d of reportDays) {
      if (d > wanted) break;
      snapped = d;
    }
    if (snapped === undefined) return new Map();
    // Nothing reported since: the board of that day is the current board.
    if (snapped === reportDays[reportDays.length - 1]) return current;
    let figures = byDay.get(snapped);
    if (!figures) {
      const at = new Date(`${snapped}T00:00:00Z`);
      figures = headlineFigures(benchmarks, headlineId, (benchmark) => buildBoard({ benchmark, results: headlineResults, models, asOf: at, rankLabClaims }));
      byDay.set(snapped, figures);
    }
    return figures;
  };

  // The headline benchmark's versions, newest first: where a model's last listed row is looked for.
  const newestFirst = benchmarks.filter((b) => b.id === headlineId).sort((a, b) => compareVersions(b.version, a.version));
  const lastListed = (modelId: string, snapshot: string | undefined) => {
    for (const benchmark of newestFirst) {
      const entry = boardOf(benchmark).delisted?.find((e) => e.model.id === modelId && (snapshot === undefined || rowSnapshot(e) === snapshot));
      if (entry) return { benchmark, entry };
    }
    return undefined;
  };

  return {
    current,
    asOf,
    thenAndNow(modelId, day, snapshot) {
      let then = asOf(day).get(modelId);
      let now = current.get(modelId);
      let otherSnapshot = false;
      if (snapshot !== undefined) {
        const [snapThen, snapNow] = [ofSnapshot(then, snapshot), ofSnapshot(now, snapshot)];
        if (snapThen || snapNow) [then, now] = [snapThen, snapNow];
        // Flagged only where the model's rows name snapshots: a board that tells none apart (an
        // index that lists "Claude 3.5 Sonnet") has the model's figure, not another snapshot's.
        else otherSnapshot = [then, now].some((h) => h?.rows.some((e) => rowSnapshot(e) !== undefined));
      }
      if (!then && !now) {
        const last = lastListed(modelId, snapshot);
        return last && { asOf: day, lastListed: last };
      }
      return { asOf: day, then, current: now && (!then || !sameHeadline(then, now)) ? now : undefined, ...(otherSnapshot && { otherSnapshot }) };
    },
  };
}
