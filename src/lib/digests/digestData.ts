import type { ChangeEntry } from "../changes/dataChanges";
import { updatedFigures } from "../changes/changeText";
import type { BenchmarkLike } from "../leaderboard/types";

/** What one benchmark version's data changes in a digest add up to. */
export interface BoardDataCount {
  benchmark: BenchmarkLike;
  /** 1 when the version first appears in the data within the digest. */
  versions: number;
  reports: number;
  /** Result rows those reports carry. */
  rows: number;
  /** Figures in those reports that update an earlier figure of another measurement (`updatedFigures`). */
  updated: number;
  corrections: number;
}

/** A digest's data changes, summed up: counts per board and the first few entries. */
export interface DigestDataSummary {
  /** Every change since the previous digest. */
  total: number;
  /** One count per benchmark version, in the order of their newest change. */
  boards: BoardDataCount[];
  /** The newest `limit` changes, listed on the digest. */
  shown: ChangeEntry[];
  /** The newest change not listed (the rest are on /changes/ from there), if any. */
  firstHidden?: ChangeEntry;
}

/**
 * A digest's data changes (newest first, as `changesByDigest` gives them) summed up so that a
 * digest stays a summary: LMArena's Elo history put 3,270 changes and 1.4 MB into one digest.
 * Every change is counted; only the newest `limit` are listed.
 * @example digestDataSummary(changes, 20) // { total: 98, boards: [{ benchmark, reports: 98, ... }], shown: [20 entries], firstHidden }
 */
export function digestDataSummary(changes: readonly ChangeEntry[], limit: number): DigestDataSummary {
  const boards = new Map<string, BoardDataCount>();
  for (const e of changes) {
    const key = `${e.benchmark.id}\u0000${e.benchmark.version}`;
    let count = boards.get(key);
    if (!count) boards.set(key, (count = { benchmark: e.benchmark, versions: 0, reports: 0, rows: 0, updated: 0, corrections: 0 }));
    if (e.kind === "version") count.versions++;
    else if (e.kind === "correction") count.corrections++;
    else {
      count.reports++;
      count.rows += e.rows.length;
      count.updated += updatedFigures(e);
    }
  }
  return { total: changes.length, boards: [...boards.values()], shown: changes.slice(0, limit), ...(changes.length > limit && { firstHidden: changes[limit] }) };
}
