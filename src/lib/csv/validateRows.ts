import { z } from "zod";
import { didYouMean } from "../../schemas/nearest";
import { type ColumnMap, EMPTY_COLUMN_MAP } from "../../schemas/columnMap";
import { InputError, type Problem } from "../errors";
import type { CsvTable } from "./readCsv";

/** A validated row: the schema's output plus the line it came from. */
export type Located<T> = T & { line: number };

/** Options for `validateRows`. */
export interface ValidateOptions {
  /** Renames publisher headers to canonical columns and lists ignored ones. */
  columnMap?: ColumnMap;
  /** When false, a header-only file is an error (the default: a data file without rows is a mistake). */
  allowEmpty?: boolean;
  /** Columns that must be present even though their cells may be empty. */
  requireColumns?: string[];
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
 * Validates a parsed table against a zod object schema whose keys are the canonical column names.
 * Headers are matched by name (never by position) through the column map; a missing required
 * column or an unknown column is a header error. Every bad cell of every row is collected, and if
 * there is any problem one `InputError` lists them all. Rows are never dropped.
 */
export function validateRows<S extends z.ZodTypeAny>(
  table: CsvTable,
  schema: S,
  options: ValidateOptions = {},
): Located<z.output<S>>[] {
  const map = options.columnMap ?? EMPTY_COLUMN_MAP;
  const { file, header, headerLine } = table;
  const shape = objectShape(schema);
  const canonical = Object.keys(shape);
  const problems: Problem[] = [];

  // The file's header for each canonical column.
  const headerOf = (column: string) => map.rename[column] ?? column;
  for (const target of Object.keys(map.rename)) {
    if (!canonical.includes(target)) {
      problems.push({ file, line: headerLine, message: `the column map names an unknown column ${JSON.stringify(target)}${didYouMean(target, canonical)}` });
    }
  }
  const canonicalOfHeader = new Map<string, string>();
  for (const column of canonical) canonicalOfHeader.set(headerOf(column), column);
  const ignored = new Set(map.ignore);
  for (const name of header) {
    if (ignored.has(name)) continue;
    if (!canonicalOfHeader.has(name)) {
      const known = canonical.map(headerOf);
      problems.push({
        file,
        line: headerLine,
        column: name,
        message: `unknown column${didYouMean(name, known)}; expected columns are ${known.join(", ")}`,
      });
    }
  }
  const required = new Set(options.requireColumns ?? []);
  for (const column of canonical) {
    // A column the map renames is expected too: a publisher header that vanished would otherwise
    // empty that column silently.
    if ((!isOptionalField(shape[column]) || required.has(column) || map.rename[column] !== undefined) && !header.includes(headerOf(column))) {
      const mapped = headerOf(column) !== column ? ` (mapped from ${JSON.stringify(headerOf(column))})` : "";
      problems.push({ file, line: headerLine, column: column, message: `missing required column${mapped}` });
    }
  }
  if (problems.length) throw new InputError(problems, `Invalid header in ${file}`);
  if (table.rows.length === 0 && !options.allowEmpty) {
    throw new InputError([{ file, line: headerLine, message: "the file has a header but no data rows" }], `Invalid data in ${file}`);
  }

  const out: Located<z.output<S>>[] = [];
  for (const row of table.rows) {
    const input: Record<string, string> = {};
    for (const column of canonical) {
      const cell = row.cells[headerOf(column)];
      if (cell !== undefined) input[column] = cell;
    }
    const parsed = schema.safeParse(input);
    if (parsed.success) {
      out.push({ ...(parsed.data as z.output<S>), line: row.line });
      continue;
    }
    for (const issue of parsed.error.issues) {
      const column = typeof issue.path[0] === "string" ? issue.path[0] : undefined;
      problems.push({ file, line: row.line, column: column === undefined ? undefined : headerOf(column), message: issue.message });
    }
  }
  if (problems.length) throw new InputError(problems, `Invalid data in ${file}`);
  return out;
}
