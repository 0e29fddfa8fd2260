import { FIGURE_COLUMNS } from "../../schemas/result";
import type { ResultLike } from "./types";

/** The results as they had been reported by one day, and what was revised after it. */
export interface ResultsRevisedBy<R extends ResultLike> {
  /**
   * Every result, a report that a later revision changed given as it stood on the day: the figures,
   * source, note and line of the newest of its rows revised on or before the day (the first report
   * when none was). The input array itself when nothing was revised after the day.
   */
  results: readonly R[];
  /**
   * For each result given as it stood (by its `file:line`, that of the row it now shows), the result
   * as it stands: a page that shows the earlier figure can say what it was revised to, and when.
   */
  revisedAfter: ReadonlyMap<string, R>;
}

/** `data/results/x.csv:12`: the key of `ResultsRevisedBy.revisedAfter`. */
export const rowKey = (r: { file: string; line: number }): string => `${r.file}:${r.line}`;

/**
 * The results as they had been reported by `day` (YYYY-MM-DD): a revision (a row's `revised`) counts
 * when its day is on or before `day`, so that a page of a past day (a weekly digest, up to its
 * Sunday) says what that day had, whatever a publisher revised later. A revision day is the day of
 * the import that found it, never earlier than the report's own date, so a report of the day always
 * has a row that stood then (its first report).
 * @example resultsRevisedBy([{ score: 1341, revised: "2026-12-02", earlier: [{ score: 1333, line: 5 }], line: 9 }], "2024-11-17")
 * // { results: [{ score: 1333, line: 5, ... }], revisedAfter: Map { "data/results/arena.csv:5" => { score: 1341, line: 9, ... } } }
 */
export function resultsRevisedBy<R extends ResultLike>(results: readonly R[], day: string): ResultsRevisedBy<R> {
  const revisedAfter = new Map<string, R>();
  const out = results.map((r) => {
    if (r.revised === undefined || r.revised <= day || !r.earlier?.length) return r;
    // `earlier` is oldest first: the first report (no `revised`), then each revision before this row.
    let at = r.earlier.length - 1;
    while (at > 0 && r.earlier[at].revised !== undefined && r.earlier[at].revised! > day) at--;
    const stood = r.earlier[at];
    const figures = Object.fromEntries(FIGURE_COLUMNS.map((c) => [c, stood[c]]));
    // The interval belongs to the score that row gave, not to the revision's.
    const interval = { score_low: stood.score_low, score_high: stood.score_high };
    const then = { ...r, ...figures, ...interval, source_url: stood.source_url, note: stood.note, line: stood.line, revised: stood.revised, earlier: r.earlier.slice(0, at) } as R;
    for (const key of ["revised", "note", "score_low", "score_high"] as const) if (then[key] === undefined) delete then[key];
    if (!then.earlier?.length) delete then.earlier;
    for (const c of FIGURE_COLUMNS) if ((then as Record<string, unknown>)[c] === undefined) delete (then as Record<string, unknown>)[c];
    revisedAfter.set(rowKey(then), r);
    return then;
  });
  return revisedAfter.size === 0 ? { results, revisedAfter } : { results: out, revisedAfter };
}
