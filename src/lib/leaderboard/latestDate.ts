import type { Board } from "./buildBoard";

/** A board's newest date and the word it reads with. */
export interface LatestDate {
  date: Date;
  /**
   * "as of" when the newest date is the publisher's table's (`as_of`: the rows have no date of
   * their own, so it is when the table stood so, not when anything was reported), else
   * "newest report".
   */
  word: "as of" | "newest report";
}

/**
 * The newest date of a board, and whether it is a report's or the publisher's table's.
 * @example latestDate(terminalBenchBoard) // { date: 2025-11-30, word: "as of" }
 */
export function latestDate(board: Pick<Board, "entries" | "latest">): LatestDate | undefined {
  if (!board.latest) return undefined;
  const at = board.latest.getTime();
  const table = board.entries.some((e) => e.score.datedByTable && e.score.date.getTime() === at);
  return { date: board.latest, word: table ? "as of" : "newest report" };
}
