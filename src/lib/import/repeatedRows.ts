/**
 * Rows of a publisher's table that repeat an earlier row cell for cell (Epoch's and others' files
 * sometimes list a row twice). Such a row holds nothing its first copy does not: where the first
 * went into the results file (imported, unchanged, or kept as a row without a model), the repeat
 * is imported once with it, and neither refused as a duplicate nor recorded as left out. Before,
 * it was refused, and the board then said a row of the table was "refused by the import (a
 * duplicate)" while it ranked that very row (found in review). A repeat of a row that did not go
 * in (refused, or waiting for a date) is read as any row. Two rows of one key whose cells differ in
 * any column (a record id, a figure) are still refused as duplicates.
 *
 * Rows are told apart as objects, not by line: a wide table's rows (`--wide`, a date per line and
 * a model per column) share their date row's line (found in review: a repeated date row dropped
 * the one rating that differed in it).
 */
import type { CsvRow } from "../csv/readCsv";

/** A row that repeats an earlier one, by their lines in the publisher's file. */
export interface RepeatedRow {
  line: number;
  twinLine: number;
}

type Row = Pick<CsvRow, "line" | "cells">;

/**
 * Which row each row repeats: for every row whose cells (every column, every value) are an earlier
 * row's, that earlier row.
 * @example repeatedRows([a, b, aAgain]) // Map { aAgain => a }
 */
export function repeatedRows<T extends Row>(rows: readonly T[]): Map<T, T> {
  const first = new Map<string, T>();
  const repeats = new Map<T, T>();
  for (const row of rows) {
    const key = JSON.stringify(Object.entries(row.cells).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    const twin = first.get(key);
    if (twin === undefined) first.set(key, row);
    else repeats.set(row, twin);
  }
  return repeats;
}

/**
 * The repeat `row` is, when its twin went into the results file (`wentIn`); undefined when the row
 * repeats none, or repeats a row that did not go in (it is then read as any row).
 */
export function repeatOf<T extends Row>(row: T, repeats: ReadonlyMap<T, T>, wentIn: (twin: T) => boolean): RepeatedRow | undefined {
  const twin = repeats.get(row);
  return twin !== undefined && wentIn(twin) ? { line: row.line, twinLine: twin.line } : undefined;
}

/** The report's line for one: `= pub.csv:48: the same row as line 7, cell for cell: imported once`. */
export function repeatedRowLine(file: string, r: RepeatedRow): string {
  return `= ${file}:${r.line}: the same row as line ${r.twinLine}, cell for cell: imported once`;
}
