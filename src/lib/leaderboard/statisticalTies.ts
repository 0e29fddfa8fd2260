import type { BoardEntry } from "./buildBoard";

/** A ranked row whose score interval overlaps other rows' intervals: they are statistically tied. */
export interface StatisticalTie {
  /** The ranks of the rows it is tied with, itself included, best first. */
  ranks: number[];
  /** The best and the worst of those ranks: `2–5`. */
  first: number;
  last: number;
}

/** Whether two intervals overlap (touching counts). */
const overlap = (a: { low: number; high: number }, b: { low: number; high: number }) => a.low <= b.high && b.low <= a.high;

/**
 * The statistical ties of a board: two ranked rows are tied when both scores carry an interval
 * (the publisher's, usually 95%: LMArena's CI, METR's CI_low/CI_high, Epoch's ± 1.96 standard
 * errors) and the intervals overlap, so that the data cannot tell which is better. Rows without
 * an interval are tied only on equal scores (their shared rank says so already). Keyed by the
 * board's own entry objects, whatever makes a row (a model, or a model and setting).
 * @example statisticalTies(board.entries).get(entry) // { ranks: [2, 3, 5], first: 2, last: 5 }
 */
export function statisticalTies(entries: readonly BoardEntry[]): Map<BoardEntry, StatisticalTie> {
  const withInterval = entries.filter((e) => e.score.low !== undefined && e.score.high !== undefined);
  const ties = new Map<BoardEntry, StatisticalTie>();
  for (const e of withInterval) {
    const mine = { low: e.score.low!, high: e.score.high! };
    const tied = withInterval.filter((o) => overlap(mine, { low: o.score.low!, high: o.score.high! }));
    if (tied.length < 2) continue;
    const ranks = [...new Set(tied.map((o) => o.rank))].sort((a, b) => a - b);
    ties.set(e, { ranks, first: ranks[0], last: ranks.at(-1)! });
  }
  return ties;
}
