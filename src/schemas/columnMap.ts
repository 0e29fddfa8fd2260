import { z } from "zod";
import { checkDateFormat } from "./dateFormat";

/**
 * A column map lets a CSV keep its publisher's own header. It is one cell of
 * `data/benchmarks.csv`, `;`-separated pairs:
 *
 * - `score=Accuracy mean`: our column `score` is read from the publisher's column `Accuracy mean`;
 * - `source_url='https://lmarena.ai/'`: a value in single quotes is a constant for every row (it
 *   cannot hold a `;`); headers may hold an apostrophe (`Humanity's Last Exam`);
 * - `setting=Model before ' + '` and `model=Model after ' + '`: one cell split in two at the first
 *   ` + ` (SWE-bench's `Agentless + GPT-4o`); with no separator in the cell, `before` is empty and
 *   `after` is the whole cell;
 * - `ignore=id|Source`: publisher columns deliberately not loaded (any other unknown column is an
 *   error, so nothing is dropped without someone having said so);
 * - `skip_empty=model`: rows whose `model` is empty are skipped and counted, not refused;
 * - `date_format=D/M/Y`: how the date column is written (see `dateFormat.ts`).
 */
export const ColumnMapSchema = z.object({
  /** canonical column -> header in the file (plain and split columns) */
  rename: z.record(z.string()),
  /** headers in the file that are not loaded */
  ignore: z.array(z.string()),
  /** canonical column -> the same value for every row */
  constants: z.record(z.string()).optional(),
  /** canonical column -> which part of its header's cell it takes */
  splits: z.record(z.object({ part: z.enum(["before", "after"]), separator: z.string() })).optional(),
  /** canonical columns whose empty cell skips the row (counted) instead of refusing it */
  skipEmpty: z.array(z.string()).optional(),
  /** how `evaluated_at` is written, e.g. `D/M/Y`; default ISO `YYYY-MM-DD` */
  dateFormat: z.string().optional(),
});

/** A parsed column map (see `ColumnMapSchema`). */
export type ColumnMap = z.output<typeof ColumnMapSchema>;

/** The map of a file without one. */
export const EMPTY_COLUMN_MAP: ColumnMap = Object.freeze({ rename: {}, ignore: [] }) as ColumnMap;

/** The keys of a map that are instructions, not columns. */
export const MAP_KEYWORDS = ["ignore", "skip_empty", "date_format"] as const;

const SPLIT_RE = /^(.*?)\s+(before|after)\s+'(.+)'$/s;

/**
 * Parses `a=B; c='constant'; d=E before ' + '; ignore=x|y; skip_empty=model; date_format=D/M/Y`.
 * Returns the map, or a message saying what is wrong and what to write instead.
 * @example parseColumnMap("model=Model version; ignore=id") // { ok: true, value: { rename: { model: "Model version" }, ignore: ["id"] } }
 */
export function parseColumnMap(text: string | undefined): { ok: true; value: ColumnMap } | { ok: false; message: string } {
  const map: ColumnMap = { rename: {}, ignore: [] };
  if (text === undefined || text.trim() === "") return { ok: true, value: map };
  const constants: Record<string, string> = {};
  const splits: NonNullable<ColumnMap["splits"]> = {};
  const skipEmpty: string[] = [];
  const seen = new Set<string>();
  for (const part of text.split(";")) {
    const pair = part.trim();
    if (pair === "") continue;
    const eq = pair.indexOf("=");
    if (eq <= 0 || eq === pair.length - 1) {
      return { ok: false, message: `expected "column=Header" pairs separated by ";", found ${JSON.stringify(pair)}` };
    }
    const key = pair.slice(0, eq).trim();
    const value = pair.slice(eq + 1).trim();
    if (key === "ignore") {
      map.ignore.push(...value.split("|").map((s) => s.trim()).filter(Boolean));
      continue;
    }
    if (key === "skip_empty") {
      skipEmpty.push(...value.split("|").map((s) => s.trim()).filter(Boolean));
      continue;
    }
    if (key === "date_format") {
      const problem = checkDateFormat(value);
      if (problem) return { ok: false, message: `date_format: ${problem}` };
      map.dateFormat = value;
      continue;
    }
    if (seen.has(key)) return { ok: false, message: `column ${JSON.stringify(key)} is mapped twice` };
    seen.add(key);
    if (value.length >= 2 && value.startsWith("'") && value.endsWith("'")) {
      constants[key] = value.slice(1, -1).trim();
      continue;
    }
    const split = SPLIT_RE.exec(value);
    if (split) {
      map.rename[key] = split[1].trim();
      splits[key] = { part: split[2] as "before" | "after", separator: split[3] };
      continue;
    }
    map.rename[key] = value;
  }
  if (Object.keys(constants).length) map.constants = constants;
  if (Object.keys(splits).length) map.splits = splits;
  if (skipEmpty.length) map.skipEmpty = skipEmpty;
  return { ok: true, value: map };
}

/** The order in which `formatColumnMap` writes canonical columns (others follow, alphabetically). */
const ORDER = ["model", "version", "setting", "source", "score", "score_low", "score_high", "score_se", "score_ci"];

/**
 * Writes a map back as the one-line text `parseColumnMap` reads, in a stable order: columns,
 * then `skip_empty`, `date_format` and `ignore`.
 * @example formatColumnMap({ rename: { model: "Model" }, ignore: ["id"] }) // "model=Model; ignore=id"
 */
export function formatColumnMap(map: ColumnMap): string {
  const columns = [...new Set([...Object.keys(map.rename), ...Object.keys(map.constants ?? {})])].sort(
    (a, b) => rankOf(a) - rankOf(b) || a.localeCompare(b),
  );
  const pairs = columns.map((c) => {
    const constant = map.constants?.[c];
    if (constant !== undefined) return `${c}='${constant}'`;
    const split = map.splits?.[c];
    return split ? `${c}=${map.rename[c]} ${split.part} '${split.separator}'` : `${c}=${map.rename[c]}`;
  });
  if (map.skipEmpty?.length) pairs.push(`skip_empty=${map.skipEmpty.join("|")}`);
  if (map.dateFormat) pairs.push(`date_format=${map.dateFormat}`);
  if (map.ignore.length) pairs.push(`ignore=${map.ignore.join("|")}`);
  return pairs.join("; ");
}

function rankOf(column: string): number {
  const i = ORDER.indexOf(column);
  return i < 0 ? ORDER.length : i;
}

/** The headers of the file a map reads (mapped, split or ignored). */
export function headersOfMap(map: ColumnMap): string[] {
  return [...new Set([...Object.values(map.rename), ...map.ignore])];
}
