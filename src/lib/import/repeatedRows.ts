/**
 * Lines of a publisher's table that repeat an earlier line cell for cell (Epoch's and others' files
 * sometimes list a row twice). Such a line holds nothing its first copy does not: where the first
 * is imported, it is imported once, and neither refused as a duplicate nor recorded as left out (a
 * repeat of a refused line is refused with it). Before, it was refused, and
 * the board then said a row of the table was "refused by the import (a duplicate)" while it ranked
 * that very row (found in review). Two rows of one key whose cells differ in any column (a record
 * id, a figure) are still refused as duplicates.
 */
import type { CsvRow } from "../csv/readCsv";

/** A line that repeats an earlier one, and the earlier one's line. */
export interface RepeatedRow {
  line: number;
  twinLine: number;
}

/**
 * For every line that repeats an earlier line exactly (every cell the same, in every column), the
 * first such line.
 * @example repeatedLines([{ line: 2, cells: { a: "1" } }, { line: 3, cells: { a: "1" } }]) // Map { 3 => 2 }
 */
export function repeatedLines(rows: readonly Pick<CsvRow, "line" | "cells">[]): Map<number, number> {
  const first = new Map<string, number>();
  const repeats = new Map<number, number>();
  for (const row of rows) {
    const key = JSON.stringify(Object.entries(row.cells).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    const twin = first.get(key);
    if (twin === undefined) first.set(key, row.line);
    else repeats.set(row.line, twin);
  }
  return repeats;
}

/** The report's line for one: `pub.csv:48: the same row as line 7, listed twice in the table: imported once`. */
export function repeatedRowLine(file: string, r: RepeatedRow): string {
  return `= ${file}:${r.line}: the same row as line ${r.twinLine}, cell for cell: imported once`;
}
