import { z } from "zod";
import { didYouMean, nearest } from "../../schemas/nearest";
import { type ColumnMap, EMPTY_COLUMN_MAP, MAP_KEYWORDS } from "../../schemas/columnMap";
import { parseDateWithFormat } from "../../schemas/dateFormat";
import { InputError, type Problem } from "../errors";
import type { CsvRow, CsvTable } from "./readCsv";

/** A validated row: the schema's output plus the line it came from. */
export type Located<T> = T & { line: number };

/** Where a column map is written, so that its mistakes are reported there. */
export interface MapLocation {
  /** `data/benchmarks.csv`, or `--map` for a map typed on the command line. */
  file: string;
  line: number;
  /** The registry's column, `column_map`. */
  column?: string;
}

/** Options for `validateRows`. */
export interface ValidateOptions {
  /** Renames publisher headers to canonical columns, gives constants, splits and ignored columns. */
  columnMap?: ColumnMap;
  /** When false, a header-only file is an error (the default: a data file without rows is a mistake). */
  allowEmpty?: boolean;
  /** Columns that must be present even though their cells may be empty. */
  requireColumns?: string[];
  /** What to type when a required column is missing, per column (appended to the message). */
  missingHints?: Record<string, string>;
  /**
   * Where the column map is written (its line in data/benchmarks.csv): a map naming an unknown
   * column, a header the file lacks or a bad constant is reported there. Default: the file's header.
   */
  mapAt?: MapLocation;
  /** Headers that other readers of the same file use (a file shared by several benchmarks): not unknown here. */
  otherHeaders?: readonly string[];
  /** Report the file's unknown columns (default true; off for the second reader of a shared file, which would repeat them). */
  reportUnknownColumns?: boolean;
  /** Columns read through the map's `date_format` when it has one. */
  dateColumns?: readonly string[];
}

/** Everything `validateTable` found: the good rows, every problem, and the rows the map skipped. */
export interface ValidatedTable<T> {
  rows: Located<T>[];
  problems: Problem[];
  /** Rows skipped by the map's `skip_empty`, with the (canonical) column that was empty. */
  skipped: { line: number; column: string }[];
  /** False when the header itself has problems. */
  headerOk: boolean;
  /** Canonical columns the header lacks (each reported once, at the header or the map). */
  missingColumns: string[];
  /**
   * The refused rows, each read without its bad cells (the cells that parse, by column), and
   * those bad columns: what a caller needs to check the rest of the row too (an unknown model
   * beside a bad score), so that every bad cell of a row is reported, not those of the first
   * layer only. Not a row to load: it lacks cells.
   */
  refused: { line: number; cells: Partial<Record<string, unknown>>; badColumns: string[] }[];
}

/** The object shape behind a schema, looking through `.superRefine`/`.transform` wrappers. */
function objectShape(schema: z.ZodTypeAny): Record<string, z.ZodTypeAny> {
  let inner: z.ZodTypeAny = schema;
  while (inner instanceof z.ZodEffects) inner = inner.innerType();
  if (!(inner instanceof z.ZodObject)) throw new TypeError("validateRows needs a z.object schema");
  return inner.shape as Record<string, z.ZodTypeAny>;
}

function isOptionalField(schema: z.ZodTypeAny): boolean {
  return schema.safeParse(undefined).success;
}

/**
 * A cell as the map reads it: a constant, a header's cell, or the part of a header's cell before
 * or after a separator. Undefined when the file has no such column.
 */
export function mappedCell(row: Pick<CsvRow, "cells">, column: string, map: ColumnMap): string | undefined {
  const constant = map.constants?.[column];
  if (constant !== undefined) return constant;
  const cell = row.cells[map.rename[column] ?? column];
  const split = map.splits?.[column];
  if (cell === undefined || !split) return cell;
  const at = cell.indexOf(split.separator);
  if (at < 0) return split.part === "after" ? cell : "";
  return split.part === "before" ? cell.slice(0, at) : cell.slice(at + split.separator.length);
}

/**
 * Validates a parsed table against a zod object schema whose keys are the canonical column names,
 * and returns what it can: the good rows, every problem of every row, the skipped rows. Headers
 * are matched by name (never by position) through the column map; a missing required column or
 * an unknown column is a header error, and the rows are still checked (minus the missing column),
 * so that one run shows every problem. Rows are never dropped silently: a row is valid, or it has
 * a problem, or the map's `skip_empty` skipped it (listed in `skipped`).
 */
export function validateTable<S extends z.ZodTypeAny>(table: CsvTable, schema: S, options: ValidateOptions = {}): ValidatedTable<z.output<S>> {
  const map = options.columnMap ?? EMPTY_COLUMN_MAP;
  const { file, header, headerLine } = table;
  const shape = objectShape(schema);
  const canonical = Object.keys(shape);
  const headerProblems: Problem[] = [];
  const mapAt = options.mapAt ?? { file, line: headerLine };
  const mapProblem = (message: string) => headerProblems.push({ file: mapAt.file, line: mapAt.line, column: mapAt.column, message });
  const inRegistry = options.mapAt !== undefined && options.mapAt.file !== file;

  // The file's header for each canonical column (constants have none).
  const headerOf = (column: string) => map.rename[column] ?? column;
  const constants = map.constants ?? {};
  const mappedTargets = [...Object.keys(map.rename), ...Object.keys(constants), ...(map.skipEmpty ?? [])];
  let unknownTargets = 0;
  for (const target of new Set(mappedTargets)) {
    if (!canonical.includes(target)) {
      unknownTargets++;
      mapProblem(`the column map names an unknown column ${JSON.stringify(target)}${didYouMean(target, [...canonical, ...MAP_KEYWORDS])}; our columns are ${canonical.join(", ")}`);
    }
  }
  // Constants are checked once, where they are written, not on every row.
  const badConstants = new Set<string>();
  for (const [column, value] of Object.entries(constants)) {
    if (!canonical.includes(column)) continue;
    const parsed = shape[column].safeParse(value);
    if (!parsed.success) {
      badConstants.add(column);
      mapProblem(`${column}='${value}': ${parsed.error.issues[0]?.message ?? "not a valid value"}`);
    }
  }

  const known = new Set<string>([...canonical.filter((c) => constants[c] === undefined).map(headerOf), ...map.ignore, ...Object.values(map.rename), ...(options.otherHeaders ?? [])]);
  if (options.reportUnknownColumns !== false) {
    // Our columns, each renamed one with the header the map reads it from: the publisher's own
    // header listed among ours (`--map score=Score` gave "expected columns are model, version,
    // setting, Score, ...") read as one more column of ours.
    const ours = canonical.filter((c) => constants[c] === undefined);
    const expected = ours.map((c) => (map.rename[c] === undefined ? c : `${c} (read from ${JSON.stringify(map.rename[c])})`)).join(", ");
    for (const name of header) {
      if (known.has(name)) continue;
      // In a publisher's layout (a map that renames), a header close to one of our columns the map
      // does not read yet is likely that column: the pair is suggested. In our own layout, a typo of
      // the header is the fix, which the did-you-mean says.
      const near = Object.keys(map.rename).length > 0 ? nearest(name, ours.map(headerOf), 3) : [];
      const suggested = near.find((h) => ours.includes(h) && map.rename[h] === undefined);
      const pairs = `${suggested ? `${suggested}=${name}, or ` : ""}ignore=...|${name}`;
      const hint = !inRegistry ? "" : mapAt.file === "--map" ? `; map or ignore it in --map (${pairs})` : `; map or ignore it in the column map on ${mapAt.file}:${mapAt.line} (${pairs})`;
      headerProblems.push({ file, line: headerLine, column: name, message: `unknown column${didYouMean(name, ours.map(headerOf))}; expected columns are ${expected}${hint}` });
    }
  }
  const required = new Set(options.requireColumns ?? []);
  const missing = new Set<string>();
  for (const column of canonical) {
    if (constants[column] !== undefined) continue;
    const h = headerOf(column);
    if (header.includes(h)) continue;
    const renamed = map.rename[column] !== undefined;
    // A column the map names is expected too: a publisher header that vanished would otherwise
    // empty that column silently. That is a mistake in the map (or a changed file): reported at the map.
    if (renamed) {
      missing.add(column);
      const near = didYouMean(h, header);
      if (inRegistry) mapProblem(`maps ${column} to ${JSON.stringify(h)}, but ${file} has no such column${near}; its columns are ${header.join(", ")}`);
      else headerProblems.push({ file, line: headerLine, column, message: `missing required column (mapped from ${JSON.stringify(h)})${near}` });
    } else if (!isOptionalField(shape[column]) || required.has(column)) {
      missing.add(column);
      const hint = column === "source_url" ? `; add a ${column} column, or give one URL for the whole file in the column map: source_url='https://...'` : (options.missingHints?.[column] ?? "");
      headerProblems.push({ file, line: headerLine, column, message: `missing required column${hint}` });
    }
  }
  const problems: Problem[] = [...headerProblems];
  // Rows parseCsv could not read were reported there, by line: the file is not header-only.
  if (table.rows.length === 0 && !table.unreadLines?.length && !options.allowEmpty) {
    problems.push({ file, line: headerLine, message: "the file has a header but no data rows" });
  }

  const skipEmpty = (map.skipEmpty ?? []).filter((c) => canonical.includes(c));
  const dateColumns = map.dateFormat ? (options.dateColumns ?? []).filter((c) => canonical.includes(c)) : [];
  const rows: Located<z.output<S>>[] = [];
  const skipped: { line: number; column: string }[] = [];
  const refused: ValidatedTable<z.output<S>>["refused"] = [];
  for (const row of table.rows) {
    const input: Record<string, string> = {};
    for (const column of canonical) {
      const cell = mappedCell(row, column, map);
      if (cell !== undefined) input[column] = cell;
    }
    const empty = skipEmpty.find((c) => (input[c] ?? "").trim() === "");
    if (empty !== undefined) {
      skipped.push({ line: row.line, column: empty });
      continue;
    }
    const badDates = new Set<string>();
    for (const column of dateColumns) {
      const raw = input[column];
      if (raw === undefined || raw.trim() === "") continue;
      const parsed = parseDateWithFormat(raw, map.dateFormat!);
      if (parsed.ok) {
        const iso = parsed.value.toISOString();
        input[column] = iso.endsWith("T00:00:00.000Z") ? iso.slice(0, 10) : iso;
      } else {
        badDates.add(column);
        problems.push({ file, line: row.line, column: headerOf(column), message: `expected ${parsed.expected}, found ${JSON.stringify(raw)}` });
        delete input[column];
      }
    }
    const parsed = schema.safeParse(input);
    if (parsed.success && badDates.size === 0) {
      rows.push({ ...(parsed.data as z.output<S>), line: row.line });
      continue;
    }
    const bad = new Set(badDates);
    if (!parsed.success) for (const issue of parsed.error.issues) if (typeof issue.path[0] === "string") bad.add(issue.path[0]);
    const cells: Partial<Record<string, unknown>> = {};
    for (const column of canonical) {
      if (bad.has(column) || input[column] === undefined) continue;
      const one = shape[column].safeParse(input[column]);
      if (one.success && one.data !== undefined) cells[column] = one.data;
    }
    refused.push({ line: row.line, cells, badColumns: [...bad] });
    if (parsed.success) continue;
    for (const issue of parsed.error.issues) {
      const column = typeof issue.path[0] === "string" ? issue.path[0] : undefined;
      // A missing column or a bad constant is reported once, above, not on every row.
      if (column !== undefined && (missing.has(column) || badConstants.has(column) || badDates.has(column))) continue;
      // Row-wide rules (at least one figure) say nothing new while the map itself is broken.
      if (column === undefined && (missing.size > 0 || unknownTargets > 0)) continue;
      problems.push({ file, line: row.line, column: column === undefined ? undefined : headerOf(column), message: issue.message });
    }
  }
  return { rows, problems, skipped, headerOk: headerProblems.length === 0, missingColumns: [...missing], refused };
}

/**
 * `validateTable` for callers that want all or nothing: the rows, or one `InputError` listing
 * every problem (header problems first).
 */
export function validateRows<S extends z.ZodTypeAny>(table: CsvTable, schema: S, options: ValidateOptions = {}): Located<z.output<S>>[] {
  const { rows, problems, headerOk } = validateTable(table, schema, options);
  if (problems.length) throw new InputError(problems, `${headerOk ? "Invalid data" : "Invalid header"} in ${table.file}`);
  return rows;
}
