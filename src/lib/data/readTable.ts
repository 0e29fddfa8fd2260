import { z } from "zod";
import { MAX_CSV_BYTES, MAX_CSV_ROWS } from "../../schemas/limits";
import { decodeUtf8, readCsv, type CsvTable } from "../csv/readCsv";
import { validateTable, type Located, type ValidateOptions } from "../csv/validateRows";
import { InputError, type Problem } from "../errors";
import type { DataFiles } from "./dataFiles";

/**
 * A CSV larger than `MAX_CSV_BYTES` (src/schemas/limits.ts), checked before it is read: a file far
 * beyond the limits would take the memory of the parse, the validation and the build's content
 * store before anything said what was wrong.
 */
export function csvTooBig(file: string, bytes: Uint8Array): Problem | undefined {
  if (bytes.length <= MAX_CSV_BYTES) return undefined;
  return { file, line: 1, message: `the file is ${(bytes.length / 1024 / 1024).toFixed(1)} MB; a CSV may be at most ${MAX_CSV_BYTES / 1024 / 1024} MB (see "Limits" in docs/data-format.md): split it, or keep only the rows the site shows` };
}

/** A parsed CSV with more than `MAX_CSV_ROWS` rows, named at its first row over the limit. */
export function csvTooLong(file: string, table: Pick<CsvTable, "rows">): Problem | undefined {
  if (table.rows.length <= MAX_CSV_ROWS) return undefined;
  const first = table.rows[MAX_CSV_ROWS];
  return { file, line: first.line, message: `the file has ${table.rows.length.toLocaleString("en-US")} rows; a CSV may have at most ${MAX_CSV_ROWS.toLocaleString("en-US")} (see "Limits" in docs/data-format.md), and this is the first row over the limit` };
}

/** A registry table as read: its valid rows, and whether every row was. */
export interface ReadTable<T> {
  /** The file's header as written (a column an older file lacks is read as empty). */
  header: string[];
  rows: Located<T>[];
  /** The rows refused, as written (cells by header), for the checks across rows that need only a cell or two (a duplicate id). */
  refused: { line: number; cells: Record<string, string> }[];
  /** False when some row was refused: checks against the whole table (is this model registered?) would then report rows that are only missing because they are broken. */
  complete: boolean;
}

/**
 * One CSV of `data/` read as the loaders read every file: strict UTF-8, papaparse, then each row
 * validated by header name against `schema`. Its problems are added to `problems` (the caller
 * throws them all at once). A file whose header is right gives its valid rows even when other rows
 * are refused, so that the checks across rows (a duplicate id, a name claimed twice) run in the
 * same pass and an editor sees every problem at once, not one layer per run. Undefined when the
 * file cannot be read as a table (too big, not UTF-8, a broken header); a file that is not there
 * is the caller's to report.
 */
export function readTable<S extends z.ZodTypeAny>(files: DataFiles, path: string, schema: S, problems: Problem[], options: ValidateOptions = {}): ReadTable<z.output<S>> | undefined {
  const file = files.show(path);
  const bytes = files.read(path);
  if (bytes === undefined) return undefined;
  const tooBig = csvTooBig(file, bytes);
  if (tooBig) {
    problems.push(tooBig);
    return undefined;
  }
  try {
    // A short row is told which trailing cells may be left empty, from the schema itself.
    const shape: Record<string, z.ZodTypeAny> | undefined = schema instanceof z.ZodObject ? schema.shape : undefined;
    const table = readCsv(decodeUtf8(bytes, file), file, { emptyAllowed: (c) => shape?.[c]?.safeParse("").success === true });
    const tooLong = csvTooLong(file, table);
    if (tooLong) {
      problems.push(tooLong);
      return undefined;
    }
    const checked = validateTable(table, schema, options);
    problems.push(...checked.problems);
    if (!checked.headerOk) return undefined;
    const kept = new Set([...checked.rows.map((r) => r.line), ...checked.skipped.map((r) => r.line)]);
    const refused = table.rows.filter((r) => !kept.has(r.line)).map((r) => ({ line: r.line, cells: r.cells }));
    return { header: table.header, rows: checked.rows, refused, complete: checked.problems.length === 0 };
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    problems.push(...error.problems);
    return undefined;
  }
}
