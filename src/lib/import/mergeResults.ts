import Papa from "papaparse";
import { FIGURE_COLUMNS, ResultRowSchema, type Result } from "../../schemas/result";
import { formatColumnMap, headersOfMap, type ColumnMap } from "../../schemas/columnMap";
import { resultKey } from "../data/resultKey";
import type { CsvRow, CsvTable } from "../csv/readCsv";
import { mappedCell, validateRows, validateTable, type MapLocation } from "../csv/validateRows";
import { repeatedRows, repeatOf, type RepeatedRow } from "./repeatedRows";
import { duplicateRowMessage, otherRowProblems, resolveResultRow } from "../data/loadResults";
import type { AliasIndex } from "../data/aliasIndex";
import type { Benchmark } from "../../schemas/benchmark";
import { formatProblem, InputError, type Problem } from "../errors";
import { parseDateCell, parseNumberCell } from "../../schemas/cells";
import { asOfProblem } from "./asOfOption";
import { overrideMap } from "./proposeColumnMap";
import { formatDate } from "../format/formatDate";
import { joinSettings } from "../models/settings";
import { labelKey } from "../models/labelKey";
import { aboveHundred, aboveHundredQuestion, fractionExample, percentCell, scoreValues, type ScoreCell } from "./scoreScale";

type Column = keyof ReturnType<typeof ResultRowSchema.innerType>["shape"];
/** The canonical result columns, in the order of the schema. */
const RESULT_COLUMNS = Object.keys(ResultRowSchema.innerType().shape) as Column[];

/** Everything a merge needs: both files, the registry entries and the alias index. */
export interface MergeInput {
  /** The publisher's CSV. */
  incoming: CsvTable;
  /** The benchmark's results file as it is, and its text (for its byte-order mark and line ends). */
  target: CsvTable;
  targetText: string;
  /** Every registered version stored in the target file (one, or several sharing it). */
  versions: readonly Benchmark[];
  /** `--version`: the version of rows that do not say. */
  version?: string;
  aliases: AliasIndex;
  /** The results already loaded from the target file (for their keys and lines). */
  existing: readonly Result[];
  /** `--map`: how the publisher's headers map to canonical columns; default: the benchmark's own column map. */
  map?: ColumnMap;
  /** Where that map is written, for messages (default: `--map`, or the benchmark's line in data/benchmarks.csv). */
  mapAt?: MapLocation;
  /** Other benchmarks that read the same results file (each row must load for them too). */
  sharers?: readonly Benchmark[];
  /**
   * `--as-of YYYY-MM-DD`: the date of the publisher's table, for its rows without a date of their
   * own. Without it, such rows are dated by the benchmark's `as_of` (the table the file came from),
   * which is only true of rows already in that table: new or changed ones go to `undated` instead.
   */
  asOf?: string;
  /** Today, for an `asOf` still to come. Default: the current time. */
  now?: Date;
  /**
   * `--partial`: the file holds some rows of a table, not the whole table (a rejects file saved by
   * an earlier import): the runs of the target it does not list are not reported in `absent`, since
   * their absence says nothing about the publisher's table.
   */
  partial?: boolean;
  /** `data/benchmarks.csv` and `data/models.csv` as messages name them. */
  benchmarksFile?: string;
  modelsFile?: string;
}

/** A row of the publisher's file that was not merged, and why. */
export interface RejectedRow {
  line: number;
  cells: Record<string, string>;
  reason: string;
  /** The model name as written, when the reason is that it names no registered model. */
  unknownModel?: string;
  /** The row's date (YYYY-MM-DD), when it was read: when the name was rated, for the advice on it. */
  date?: string;
}

/** A merged row, for the report. */
export interface MergedRow {
  /** Line in the publisher's file. */
  line: number;
  model: string;
  setting?: string;
  /** The model's snapshot the row names (`gpt-4o-2024-05-13`: `2024-05-13`), part of its key. */
  snapshot?: string;
  version: string;
  /**
   * For an update in place: the day (YYYY-MM-DD) of the row's report, the rest of its key. Two
   * rows of one model updated in place (a history's row per day, two snapshots) differ by it or
   * by the snapshot, and the `~` line names both (`formatMergedRow`).
   */
  date?: string;
  /** Line of the row it replaced in the target, for updates. */
  targetLine?: number;
  /**
   * For an update of a row without a date of its own: written as a new row dated by `asOf` (a later
   * report), the row it changes kept as it was, so the changelog shows the change; not replaced.
   */
  appended?: true;
  /**
   * For a row added from a part of an older table (`partial`, a rejects file dated before a report
   * the file has of its run since): that newer report, which stays the run's newest. The row is an
   * earlier report of the run, added to its history; nothing is replaced.
   */
  before?: { date: string; line: number };
  /**
   * For a later report appended (`appended`): the file already holds rows dated by a table of this
   * same date, imported before with other figures for this run (its earlier figure, unchanged then,
   * was not re-dated). If this file is a later download of that table, its changes are the
   * publisher's revisions, not reports of that date, and the date given is the earlier download's:
   * the import warns (found in review: a same-date re-download wrote a correction dated months back).
   */
  tableImportedBefore?: true;
  /**
   * For a revision (a row of the same key and date with other figures): each cell it changed, as
   * written before and after (`formatReplaced`).
   */
  replaced?: { column: string; was: string; now: string }[];
  /**
   * For a revision: the day of this import (YYYY-MM-DD), written in the new row's `revised` column.
   * The new row is appended and the earlier one kept, so the changelog lists a correction. Absent
   * for an update in place: a row this day's import had written already as a revision.
   */
  revised?: string;
  /**
   * For a revision this day's import had written, that the table now takes back (its figures are
   * again those of the row it revised): the line of that row. The day's revision row is removed,
   * not left as a revision of nothing (which the loader refuses).
   */
  undone?: number;
}

/**
 * A row of a table without dates that is new, or whose figures changed, when no `asOf` was given:
 * it would take the benchmark's `as_of` (`tableDate`), the date of a table it was not in. Not written.
 */
export interface UndatedRow {
  /** Line in the publisher's file. */
  line: number;
  /** Canonical model id; absent for a row the map skips (no model). */
  model?: string;
  setting?: string;
  version?: string;
  status: "added" | "updated";
  /** The row it would change in the target. */
  targetLine?: number;
  /** The benchmark's `as_of` it would take, YYYY-MM-DD. */
  tableDate: string;
}

/**
 * A run of the file this table does not list. A run is a model at one setting (and source, run
 * id): the table may still name the model, at another setting or in a row it rejected, and the
 * report says so rather than "not in this table" alone.
 */
export interface AbsentRun extends MergedRow {
  /** The run's snapshot (`2025-11-13`, `001`), when its model name carried one. */
  snapshot?: string;
  /** The publisher's id of the run (`run_id`), when the file has one. */
  runId?: string;
  /**
   * The table's rows that name the same model in the same version (another run of it), each with
   * its setting, snapshot, run id and whether it was imported. One with the run's own run id is
   * the run under a new name (a dated snapshot id the publisher adopted), which the board ranks
   * in the run's place once imported (`supersededRuns`).
   */
  sameModel: { line: number; setting?: string; snapshot?: string; runId?: string; imported: boolean }[];
}

/** What a merge does. */
export interface MergeOutcome {
  /** The new text of the target file. */
  text: string;
  added: MergedRow[];
  updated: MergedRow[];
  unchanged: MergedRow[];
  /** Rows that repeat an earlier row of the table cell for cell, which went in: imported once (`repeatOf`). */
  repeated: RepeatedRow[];
  rejected: RejectedRow[];
  /** Rows the map's `skip_empty` skipped: kept in the file as the publisher wrote them (see `SkippedRow`). */
  skipped: SkippedRow[];
  /** New or changed rows without a date when no `asOf` was given: not written (see `UndatedRow`). */
  undated: UndatedRow[];
  /**
   * Runs of the file (of the versions this table holds) that this table no longer lists, each by
   * its newest row: kept, since a refresh never deletes a row, but named, since a withdrawn run
   * still ranks until an editor removes it. A run the table names in a row it rejected (a bad
   * cell, a duplicate) is listed, not absent. Always empty for a `partial` file.
   */
  absent: AbsentRun[];
  /**
   * Rows of the file, of runs this table lists, dated by their own report within the table's own
   * dates (its first to its last), that the table no longer has: a day of LMArena's history the
   * publisher withdrew, or one run's rating on it. Kept, as rows are never deleted, but named:
   * an absent run is named above, and this is the same for one of its days. Always empty for a
   * `partial` file and for a table without dates.
   */
  dropped: (MergedRow & { date: string })[];
  /** Rows of this table (results and rows without a model) with no date of their own: the rows `asOf` dates. */
  withoutDate: number;
  /**
   * A score column whose scale contradicts the benchmark's unit or its board (see `scaleProblems`):
   * each stops the import, since every row of it would be 100 times off while loading fine.
   */
  scaleProblems: Problem[];
}

/**
 * A row the map's `skip_empty` skips (Epoch's agents run on several models, with no model). It is
 * not a result, but it is written to the file as `--new` writes it, so the loader counts it on the
 * board page: appended, updated in place, or already there.
 */
export interface SkippedRow {
  /** Line in the publisher's file. */
  line: number;
  /** The canonical column whose empty cell skips the row. */
  column: string;
  status: "added" | "updated" | "unchanged";
  /** Line of the row it matched in the target, for updates and unchanged rows. */
  targetLine?: number;
  /** The setting and version as written, for the report. */
  setting?: string;
  version?: string;
  /**
   * For a row updated in place: each cell it changed, as written before and after. The row is not
   * a result, so no revision row is written (nothing would show it); the `~` line names what was
   * overwritten instead (`formatSkipped`), so that the change is never silent.
   */
  replaced?: { column: string; was: string; now: string }[];
}

/** The parts of a result's key (see `resultKey`), as the file writes them. */
const KEY_COLUMNS = ["version", "model", "setting", "evaluated_at", "source", "run_id"] as const;

/**
 * A value as the canonical layout writes it: `64.5%` → `64.5`, `74M` → `74000000`, dates as
 * YYYY-MM-DD, or with their time where they have one (`2026-03-01T10:00:00Z`): cut to its day, a
 * report's date no longer matched its own key, and the same table imported again was written as a
 * second row the file then refused as a duplicate (found in review).
 */
function canonicalCell(value: unknown): string {
  if (value === undefined || value === null) return "";
  if (value instanceof Date) return value.getTime() % 86_400_000 === 0 ? formatDate(value, "iso") : value.toISOString().replace(/\.000Z$/, "Z");
  return String(value);
}

/**
 * Whether a cell the merge would write in our own layout says what the file's cell says, written
 * otherwise: the same number (`74M` and 74000000, `"$2,088"` and 2088, `51` and `51.0`), or the
 * model and setting of a row whose key (model id, setting, snapshot) matched already
 * (`claude-3-sonnet-4.6`, an alias, and `claude-sonnet-4-6`). Such a row is unchanged, and keeps
 * the editor's way of writing it: comparing the text counted a row copied verbatim from the file as
 * updated and rewrote its `74M` and `$2,088`.
 * @example sameCanonicalCell("output_tokens", "74000000", "74M") // true
 */
function sameCanonicalCell(column: string, written: string, had: string): boolean {
  if (column === "model" || column === "setting") return true;
  if (!(FIGURE_COLUMNS as readonly string[]).includes(column) && !["score_low", "score_high", "score_se"].includes(column)) return false;
  const [a, b] = [parseNumberCell(written), parseNumberCell(had)];
  return a.ok && b.ok && a.value === b.value;
}

/** Units whose boards are read on a 0 to 100 scale, where a column of fractions of 1 is a slip rather than a measure. */
const HUNDRED_SCALE_UNITS: ReadonlySet<string> = new Set(["percent", "points"]);

/**
 * The checks `import:results --new` makes of a score column (planNewBenchmark.ts), for a refresh,
 * where the unit is the registry's and the board's own rows say what scale it is on. Per version:
 * - a cell written as a percentage (`64.5%`) under another unit: its board would show 64.5 points
 *   (or Elo, minutes); refused, since only the registry's unit or the map can be wrong;
 * - on a percent board, a column with scores above 100 (minutes read through a percent map): the
 *   loader would refuse those rows and load the others as percentages; asked, unless `--map` names
 *   the score column;
 * - on a percent board, a column whose every score is a fraction of 1 (0.645, at least 3): it
 *   would show as 0.645%; asked, unless the board's own scores are all at most 1 too (what it
 *   holds already) or the editor's `--map` names the score column (as `--new` asks);
 * - on a percent or points board, a column on the other scale than every score of the board
 *   (fractions where the board's are above 1, or the reverse): 100 times off; asked the same way.
 * Each problem names the first cell that shows it, the registry's row and a row of the board.
 */
function scaleProblems(args: {
  incoming: CsvTable;
  /** The rows that are results (not skipped by the map). */
  rows: readonly CsvRow[];
  versionOf: (row: CsvRow) => string | undefined;
  versions: readonly Benchmark[];
  map: ColumnMap;
  /** The editor's `--map` names the score column: the scale is what they say. */
  confirmed: boolean;
  existing: readonly Result[];
  benchmarksFile: string;
}): Problem[] {
  const { incoming, map, benchmarksFile } = args;
  const column = map.rename.score ?? "score";
  const problems: Problem[] = [];
  const byVersion = new Map<string, ScoreCell[]>();
  for (const row of args.rows) {
    const version = args.versionOf(row);
    const text = (mappedCell(row, "score", map) ?? "").trim();
    if (version === undefined || text === "") continue;
    byVersion.set(version, [...(byVersion.get(version) ?? []), { line: row.line, text }]);
  }
  for (const [version, cells] of byVersion) {
    const benchmark = args.versions.find((v) => v.version === version);
    if (!benchmark) continue;
    const { unit } = benchmark;
    const registered = `${benchmark.id} ${version} is registered in ${unit} (${benchmarksFile}:${benchmark.line}, column "unit")`;
    const at = (cell: ScoreCell, message: string) => problems.push({ file: incoming.file, line: cell.line, column, message });
    const percent = percentCell(cells);
    if (percent && unit !== "percent") {
      at(percent, `the scores are percentages (${JSON.stringify(percent.text)}), but ${registered}, and its board would show them as ${unit}. If its figures are percentages, set its unit to percent there and import again; if this column is not its score, name the score column with --map`);
      continue;
    }
    if (percent || args.confirmed || !HUNDRED_SCALE_UNITS.has(unit)) continue;
    const board = args.existing.flatMap((r) => (r.version === version && r.score !== undefined ? [{ line: r.line, file: r.file, value: r.score }] : []));
    const boardFractions = fractionExample(board);
    const boardAbove = board.find((r) => r.value > 1);
    const values = scoreValues(cells);
    const fractions = fractionExample(values);
    // The map this import read the file with, the score named in it even where its header is the canonical one.
    const named = formatColumnMap({ ...map, rename: { ...map.rename, score: column } });
    const confirm = (what: string) => `if ${what}, say so with --map ${JSON.stringify(named)} (this file's map, the score named)`;
    // Scores above 100 on a percent board: the loader refuses those rows one by one and would load
    // the others as percentages (minutes read through a percent map): the column is asked about.
    const overHundred = unit === "percent" ? aboveHundred(values) : undefined;
    if (overHundred) {
      const rest = overHundred.within ? `the rows above 100 are refused and the others would show as percentages (${overHundred.within.text}%)` : "every row would be refused";
      at(overHundred.first, `${aboveHundredQuestion(overHundred)} ${registered}: ${rest}. If this column is not its score, name the score column with --map; if it is percentages, fix the scores above 100, or say so with --map ${JSON.stringify(named)} (this file's map, the score named)`);
      continue;
    }
    if (fractions && !(board.length > 0 && board.every((r) => r.value <= 1)) && (unit === "percent" || (board.length > 0 && !board.some((r) => r.value <= 1)))) {
      const against = boardAbove ? `, and its board has scores above 1 (${boardAbove.file}:${boardAbove.line} has ${boardAbove.value})` : "";
      const shown = unit === "percent" ? `${fractions.text}%` : `${fractions.text} ${unit}`;
      const sure = unit === "percent" ? "they are percentages under 1%" : `the board's scale changed (${unit} under 1)`;
      at(fractions, `every score is between 0 and 1 (${JSON.stringify(fractions.text)}), fractions of 1 rather than ${unit === "percent" ? "percentages" : `the board's ${unit}`}? ${registered}${against}: ${fractions.text} would show as ${shown}. Write them as ${unit === "percent" ? "percentages" : `the board's ${unit}`} (${Math.round(fractions.value * 1000) / 10} for ${fractions.text}) and import again; ${confirm(sure)}`);
      continue;
    }
    const above = values.length > 0 && values.every((v) => v.value > 1) ? values[0] : undefined;
    if (boardFractions && above) {
      at(above, `the scores are above 1 (${JSON.stringify(above.text)}), but every score of ${benchmark.id} ${version} on its board is between 0 and 1 (${boardFractions.file}:${boardFractions.line} has ${boardFractions.value}): 100 times the board's scale? Write them as its figures are (${Math.round(above.value * 10) / 1000} for ${above.text}) and import again; ${confirm("they are on the board's scale")}`);
    }
  }
  return problems;
}

/**
 * Serialises rows the way the file was written: same byte-order mark, line ends, trailing blank
 * lines, and quotes around every cell where the file
 * quotes every cell of its header (R's `write.csv`). The line end is the header's: a `\r\n` inside
 * a quoted cell of an LF file made every row CRLF (found in review).
 */
export function writeCsv(header: readonly string[], rows: readonly Record<string, string>[], like: string): string {
  const bom = like.charCodeAt(0) === 0xfeff ? "\uFEFF" : "";
  const firstLine = /^\uFEFF?([^\r\n]*)(\r?\n)?/.exec(like)!;
  const newline = firstLine[2] ?? (like.includes("\r\n") ? "\r\n" : "\n");
  // A file that ends without a line end gets one: a text file's last line ends with one.
  const trailing = /(?:\r?\n)*$/.exec(like)?.[0] || newline;
  const quotedHeader = firstLine[1] !== "" && /^"(?:[^"]|"")*"(?:,"(?:[^"]|"")*")*$/.test(firstLine[1]);
  return bom + Papa.unparse({ fields: [...header], data: rows.map((r) => header.map((h) => r[h] ?? "")) }, { newline, quotes: quotedHeader }) + trailing;
}

/**
 * Appends or merges a publisher's CSV into a benchmark's results file.
 *
 * Each publisher row is validated with the build's own result schema (through the column map)
 * and its model resolved through the alias index. A row whose key (version, model, setting, date)
 * is already in the file with other figures is a revision: appended with the import's day in a
 * `revised` column (added to the header when the file has none; cells the publisher's file does
 * not carry are copied from the row it revises), the earlier row kept; the same figures leave the
 * row as it is; any other row is appended. Rows are written in the target file's own layout:
 * - a column the file keeps under the publisher's header (its column map) gets the publisher's
 *   cell as written (`60.3%`, `gpt-5-2025-08-07_medium`), so the file stays a copy of the
 *   publisher's table and the next refresh diffs cleanly;
 * - a canonical column gets the normalised value: the model's canonical id (with a `_high`-style
 *   suffix moved to `setting`), plain numbers (`64.5%` → `64.5`, `$2,088` → `2088`), ISO dates.
 * Rows the map's `skip_empty` skips (no model) are written too, with the publisher's cells as
 * written, as `--new` writes them (the loader skips and counts them on the board page), and listed
 * in `skipped`. Rows that cannot be mapped (unknown model, bad cell, no date, duplicate) are
 * returned in `rejected`, never dropped silently. Throws `InputError` for header problems (an unmapped or
 * missing column) or a missing version.
 *
 * A row without a date of its own (a publisher table without a date column, dated by the
 * benchmark's `as_of`) is dated by `asOf`, the date of this table. It is matched with the newest
 * row of the file with the same key but any date: the same figures leave that row as it is (rows
 * are never re-dated); changed figures are appended as a new row dated `asOf` (a later report, the
 * old row kept, so the changelog shows what changed); a row the file lacks is appended dated
 * `asOf`. The date goes in the row's `as_of` column, added to the header when the file has none
 * (older rows keep it empty: still dated by the benchmark's `as_of`); the site shows it "as of",
 * the date of a table, not of a report. An `asOf` equal to `as_of` is that
 * table: rows are written without a date, as before. Without `asOf`, new and changed rows are not
 * written but listed in `undated`, never given a date that is not theirs.
 */
export function mergeResults(input: MergeInput): MergeOutcome {
  const { incoming, target, versions, aliases } = input;
  const benchmarksFile = input.benchmarksFile ?? "data/benchmarks.csv";
  const modelsFile = input.modelsFile ?? "data/models.csv";
  const targetMap = versions[0].columnMap;
  const shared = versions.length > 1;
  if (input.version !== undefined && !versions.some((v) => v.version === input.version)) {
    throw new InputError([{ file: incoming.file, line: 1, message: `--version ${input.version} is not registered for ${versions[0].id}; registered: ${versions.map((v) => v.version).join(", ")}` }], "Cannot import");
  }

  // The publisher's headers: the given map, else the benchmark's own map for the headers present.
  const map: ColumnMap = input.map ?? restrictMap(targetMap, incoming.header);
  const mapAt = input.mapAt ?? (input.map ? { file: "--map", line: 1 } : { file: benchmarksFile, line: versions[0].line, column: "column_map" });
  // A file that lost the headers the map reads its figures from would import as rows without a
  // figure, each refused on its own: say once which header is gone.
  const readsFigure = FIGURE_COLUMNS.some((c) => map.constants?.[c] !== undefined || incoming.header.includes(map.rename[c] ?? c));
  const lostFigures = FIGURE_COLUMNS.filter((c) => targetMap.rename[c] !== undefined && !incoming.header.includes(targetMap.rename[c]));
  if (!input.map && !readsFigure && lostFigures.length > 0) {
    const what = lostFigures.map((c) => `${c} from ${JSON.stringify(targetMap.rename[c])}`).join(", ");
    // A --map replaces the benchmark's map for this file: the advice is that whole map, with only
    // the lost headers to fill in (a lone "score=..." would leave every other column unknown).
    const restricted = restrictMap(targetMap, incoming.header);
    const advice = formatColumnMap({ ...restricted, rename: { ...restricted.rename, ...Object.fromEntries(lostFigures.map((c) => [c, "<header>"])) } });
    throw new InputError(
      [{ file: incoming.file, line: incoming.headerLine, message: `the column map of ${versions[0].id} (${benchmarksFile}:${versions[0].line}) reads ${what}, which this file lacks; its columns are ${incoming.header.join(", ")}. Pass --map ${JSON.stringify(advice)} for this file (the benchmark's map, with the file's header in place of <header>), or fix the map` }],
      "Cannot import",
    );
  }
  const headerOf = (c: Column) => map.rename[c] ?? c;
  try {
    validateRows({ ...incoming, rows: [] }, ResultRowSchema, { columnMap: map, allowEmpty: true, mapAt, otherHeaders: (input.sharers ?? []).flatMap((b) => headersOfMap(b.columnMap)) });
  } catch (error) {
    const advice = input.map && error instanceof InputError ? wholeMapAdvice(input.map, versions[0], incoming.header, benchmarksFile) : undefined;
    if (!advice) throw error;
    throw new InputError([...(error as InputError).problems, { file: incoming.file, line: incoming.headerLine, message: advice }], "Cannot import");
  }
  if (shared && input.version === undefined && !incoming.header.includes(headerOf("version"))) {
    throw new InputError([{ file: incoming.file, line: incoming.headerLine, message: `${target.file} holds several versions (${versions.map((v) => v.version).join(", ")}); pass --version or add a version column` }], "Cannot import");
  }
  // The headers the other benchmarks of a shared file read (`--metrics`: their scores).
  const sharerHeaders = new Set((input.sharers ?? []).flatMap((b) => RESULT_COLUMNS.map((c) => b.columnMap.rename[c] ?? c)));
  // The rows as the other benchmarks of a shared file read them: a row that would not load for them is rejected too.
  const sharerReads = (input.sharers ?? []).map((b) => ({
    benchmark: b,
    read: validateTable(incoming, ResultRowSchema, { columnMap: restrictMap(b.columnMap, incoming.header), allowEmpty: true, reportUnknownColumns: false, dateColumns: ["evaluated_at"] }),
  }));
  const owners = versions.map((v) => ({ ...v, columnMap: map }));
  const asOfWrong = asOfProblem(input.asOf, input.now ?? new Date());
  if (asOfWrong) throw new InputError([{ file: incoming.file, line: incoming.headerLine, message: asOfWrong }], "Cannot import");
  const asOfRead = input.asOf === undefined ? undefined : parseDateCell(input.asOf);
  const asOf = asOfRead?.ok ? asOfRead.value : undefined;
  const isoDay = (d: Date) => formatDate(d, "iso");
  const asOfOf = (version: string | undefined) => versions.find((v) => v.version === version)?.as_of;
  // The versions whose table of this date was imported into the file before (rows dated by it): `tableImportedBefore`.
  const asOfImportedBefore = new Set(asOf === undefined || input.partial ? [] : input.existing.filter((r) => r.dated_by_table && isoDay(r.evaluated_at) === isoDay(asOf)).map((r) => r.version));
  /** The date to write for a row without one: `asOf`, unless that is the table's own date (`as_of`) or absent. */
  const dateToWrite = (version: string | undefined) => {
    const table = asOfOf(version);
    return asOf && !(table && isoDay(table) === isoDay(asOf)) ? isoDay(asOf) : undefined;
  };

  // The target's rows its map skips (no model): they have no result key, so a skipped row of the
  // refresh is matched by the key's cells as written (see `placeSkipped`).
  const targetSkipped = new Set(validateTable(target, ResultRowSchema, { columnMap: targetMap, allowEmpty: true, reportUnknownColumns: false }).skipped.map((s) => s.line));
  const incomingSkipped = new Set(validateTable(incoming, ResultRowSchema, { columnMap: map, allowEmpty: true, reportUnknownColumns: false }).skipped.map((s) => s.line));

  const existingKeys = new Map(input.existing.map((r) => [resultKey(r), r.line]));
  /** Each report as loaded, with the rows it revises (`earlier`). */
  const existingByKey = new Map(input.existing.map((r) => [resultKey(r), r]));
  /** Indexes in `rows` of this day's revisions that the table takes back (`MergedRow.undone`): not written. */
  const withdrawn = new Set<number>();
  // A row without a date of its own is matched by its key at any date: the newest such row.
  const undatedKey = (r: Parameters<typeof resultKey>[0]) => resultKey({ ...r, evaluated_at: new Date(0) });
  const newestAnyDate = new Map<string, Result>();
  for (const r of input.existing) {
    const k = undatedKey(r);
    const had = newestAnyDate.get(k);
    if (!had || r.evaluated_at > had.evaluated_at || (r.evaluated_at.getTime() === had.evaluated_at.getTime() && r.line > had.line)) newestAnyDate.set(k, r);
  }
  const rows = target.rows.map((r) => ({ ...r.cells }));
  const header = [...target.header];
  const lineIndex = new Map(target.rows.map((r, i) => [r.line, i]));
  const targetHeaderOf = (c: Column) => targetMap.rename[c] ?? c;
  /**
   * Whether a row of the file and a row of the table that read as one report name the model
   * otherwise (`gemini-2.0-flash` and `gemini-2.0-flash-exp`), not just spelt otherwise. Only where
   * the file keeps the publisher's names (its map renames the model column, so the import copies the
   * cell as written); a file in the site's own layout holds the model's id, written by the import.
   */
  const renamedTwin = (was: Record<string, string>, now: Record<string, string>, provided: ReadonlySet<string>) => {
    const h = targetHeaderOf("model");
    return targetMap.rename.model !== undefined && provided.has(h) && (was[h] ?? "") !== "" && labelKey(was[h]!) !== labelKey(now[h] ?? "");
  };
  const dateHeader = targetHeaderOf("evaluated_at");
  const asOfHeader = targetHeaderOf("as_of");
  const revisedHeader = targetHeaderOf("revised");
  /** The day of this import: a row it revises is marked with it (`revised`). */
  const today = isoDay(input.now ?? new Date());
  /**
   * Puts `date`, the date of this table, in the row's `as_of` column (added to the file when it has
   * none): the row is dated by its table, not by a report of its own, and reads "as of" that date.
   */
  const writeDate = (cells: Record<string, string>, date: string) => {
    if (targetMap.constants?.as_of !== undefined) {
      throw new InputError([{ file: target.file, line: 1, message: `cannot write the --as-of date: the column map of ${versions[0].id} (${benchmarksFile}:${versions[0].line}) gives every row the same as_of; add the rows' dates by hand` }], "Cannot import");
    }
    if (!header.includes(asOfHeader)) header.push(asOfHeader);
    cells[asOfHeader] = date;
  };
  const out: MergeOutcome = { text: "", added: [], updated: [], unchanged: [], repeated: [], rejected: [], skipped: [], undated: [], absent: [], dropped: [], withoutDate: 0, scaleProblems: [] };
  // Runs the table lists in a row it rejects (their dates may be what is wrong), and the table's own dates.
  const rejectedRuns = new Set<string>();
  let tableDays: { first: number; last: number } | undefined;
  const listedKeys = new Set<string>();
  const listedVersions = new Set<string>();
  // The table's rows by version and model, for the runs it does not list (`AbsentRun.sameModel`).
  const modelRows = new Map<string, AbsentRun["sameModel"]>();
  const noteModelRow = (version: string, model: string, row: AbsentRun["sameModel"][number]) => {
    const k = `${version}\u0000${model}`;
    // A row first placed, then refused (figures dated before a newer report), is not imported after all.
    modelRows.set(k, [...(modelRows.get(k) ?? []).filter((r) => r.line !== row.line), row]);
  };
  const canonicalOfTarget = new Map(RESULT_COLUMNS.filter((c) => targetMap.constants?.[c] === undefined).map((c) => [targetHeaderOf(c), c]));
  const seen = new Map<string, { line: number; modelAsWritten: string }>();
  const reasonOf = (p: { column?: string; message: string }) => (p.column ? `column ${JSON.stringify(p.column)}: ${p.message}` : p.message);

  // A skipped row in the target's layout: it was never parsed (the loader does not parse it
  // either), so every cell is the publisher's as written, and the version the one it belongs to.
  const version = (row: CsvRow) => mappedCell(row, "version", map) || input.version || (shared ? undefined : versions[0].version);
  const skippedCells = (row: CsvRow) => {
    const cells: Record<string, string> = {};
    for (const h of target.header) {
      const c = canonicalOfTarget.get(h);
      const raw =
        c === undefined ? row.cells[h]
        : targetMap.rename[c] !== undefined ? (row.cells[h] ?? (map.splits?.[c] ? undefined : mappedCell(row, c, map)))
        : c === "version" ? version(row)
        : mappedCell(row, c, map);
      if (raw !== undefined) cells[h] = raw;
    }
    return cells;
  };
  // Rows of a file without a date column are matched at any date (their date is not the publisher's).
  const incomingDated = map.constants?.evaluated_at !== undefined || incoming.header.includes(headerOf("evaluated_at"));
  const keyHeaders = KEY_COLUMNS.filter((c) => targetMap.constants?.[c] === undefined)
    .map(targetHeaderOf)
    .filter((h) => target.header.includes(h) && (incomingDated || h !== dateHeader));
  const keyOf = (cells: Record<string, string>) => JSON.stringify(keyHeaders.map((h) => cells[h] ?? ""));
  const countKeys = (all: Record<string, string>[]) => all.reduce((m, cells) => m.set(keyOf(cells), (m.get(keyOf(cells)) ?? 0) + 1), new Map<string, number>());
  const targetSkippedKeys = countKeys(target.rows.filter((r) => targetSkipped.has(r.line)).map((r) => r.cells));
  const incomingSkippedKeys = countKeys(incoming.rows.filter((r) => incomingSkipped.has(r.line)).map(skippedCells));
  const claimed = new Set<number>();
  /**
   * Writes a skipped row as `--new` does: unchanged when the same row is in the file; updated in
   * place when one row of the file and one of the refresh share its key (the rule of every other
   * row, with the model empty on both sides); else appended. Never deleted, never guessed: with
   * two candidates, the row is appended and both old ones stay.
   */
  const placeSkipped = (row: CsvRow, column: string) => {
    const provided = skippedCells(row);
    const full = Object.fromEntries(target.header.map((h) => [h, provided[h] ?? ""]));
    const key = keyOf(provided);
    // Without a date of its own, the row's date is not compared: the file's date is when it was first seen.
    const tableDated = (mappedCell(row, "evaluated_at", map) ?? "").trim() === "";
    const compared = target.header.filter((h) => !(tableDated && (h === dateHeader || h === asOfHeader)));
    const candidates = target.rows.filter((r) => targetSkipped.has(r.line) && !claimed.has(r.line) && keyOf(rows[lineIndex.get(r.line)!]) === key);
    // A column the refresh lacks (a publisher that drops its Notes) is no change: only its own cells are compared.
    const same = candidates.find((r) => compared.every((h) => !(h in provided) || rows[lineIndex.get(r.line)!][h] === full[h]));
    const report = { line: row.line, column, setting: mappedCell(row, "setting", map) || undefined, version: version(row) };
    const inPlace = !same && candidates.length === 1 && targetSkippedKeys.get(key) === 1 && incomingSkippedKeys.get(key) === 1;
    const date = tableDated && !same ? dateToWrite(report.version) : undefined;
    if (tableDated && !same && !asOf) {
      const table = asOfOf(report.version);
      out.undated.push({ line: row.line, setting: report.setting, version: report.version, status: inPlace ? "updated" : "added", ...(inPlace && { targetLine: candidates[0].line }), tableDate: table ? isoDay(table) : "" });
      return;
    }
    if (same) {
      claimed.add(same.line);
      out.skipped.push({ ...report, status: "unchanged", targetLine: same.line });
    } else if (inPlace) {
      const index = lineIndex.get(candidates[0].line)!;
      claimed.add(candidates[0].line);
      const was = rows[index];
      rows[index] = Object.fromEntries(target.header.map((h) => [h, h in provided ? provided[h] : rows[index][h]]));
      if (date) writeDate(rows[index], date);
      const replaced = target.header.filter((h) => (rows[index][h] ?? "") !== (was[h] ?? "")).map((h) => ({ column: h, was: was[h] ?? "", now: rows[index][h] ?? "" }));
      out.skipped.push({ ...report, status: "updated", targetLine: candidates[0].line, replaced });
    } else {
      if (date) writeDate(full, date);
      rows.push(full);
      out.skipped.push({ ...report, status: "added" });
    }
  };

  /**
   * The run a rejected row names, read from its key cells alone (its figures may be what is wrong
   * with it): the table lists that run, so it is not absent. Nothing when its model is unknown.
   */
  const listRejected = (row: CsvRow) => {
    const text = (c: Column) => mappedCell(row, c, map)?.trim() || undefined;
    const ref = aliases.resolve(text("model") ?? "");
    const rowVersion = text("version") ?? input.version ?? (shared ? undefined : versions[0].version);
    if (!ref || rowVersion === undefined) return;
    listedVersions.add(rowVersion);
    const setting = joinSettings([text("setting"), ref.setting]);
    const run = undatedKey({ version: rowVersion, model: ref.id, setting, snapshot: ref.snapshot, evaluated_at: new Date(0), source: text("source"), run_id: text("run_id") });
    listedKeys.add(run);
    rejectedRuns.add(run);
    noteModelRow(rowVersion, ref.id, { line: row.line, setting, snapshot: ref.snapshot, runId: text("run_id"), imported: false });
  };

  out.scaleProblems = scaleProblems({
    incoming,
    rows: incoming.rows.filter((r) => !incomingSkipped.has(r.line)),
    versionOf: version,
    versions,
    map,
    confirmed: input.map?.rename.score !== undefined,
    existing: input.existing,
    benchmarksFile,
  });

  const repeats = repeatedRows(incoming.rows);
  // The rows that did not go into the file (refused, or waiting for a date): a repeat of one is read as any row.
  const leftOutRows = new Set<CsvRow>();
  for (const row of incoming.rows) {
    const repeat = repeatOf(row, repeats, (twin) => !leftOutRows.has(twin));
    if (repeat) {
      out.repeated.push(repeat);
      continue;
    }
    // Counted whatever becomes of the row: a table whose every row is rejected is still a table
    // without dates (found in review: --as-of was then said to be unused).
    if ((mappedCell(row, "evaluated_at", map) ?? "").trim() === "") out.withoutDate++;
    const reject = (reason: string, unknownModel?: string, date?: Date) => {
      leftOutRows.add(row);
      out.rejected.push({ line: row.line, cells: row.cells, reason, ...(unknownModel !== undefined ? { unknownModel } : {}), ...(date ? { date: date.toISOString().slice(0, 10) } : {}) });
      if (unknownModel === undefined) listRejected(row);
    };
    const own = validateTable({ ...incoming, rows: [row] as CsvRow[] }, ResultRowSchema, { columnMap: map, allowEmpty: true, reportUnknownColumns: false, mapAt, dateColumns: ["evaluated_at"] });
    const rowProblems = own.problems.filter((p) => p.line === row.line);
    for (const { benchmark, read } of sharerReads) {
      for (const p of read.problems) if (p.line === row.line) rowProblems.push({ ...p, message: `${p.message} (for ${benchmark.id}, which reads this file too)` });
    }
    if (own.skipped.length) {
      // Written to the file (a benchmark sharing it may read the row): only if it loads for them.
      if (rowProblems.length) reject(rowProblems.map(reasonOf).join("; "));
      else placeSkipped(row, own.skipped[0].column);
      continue;
    }
    const context = { owners, aliases, benchmarksFile, modelsFile, defaultVersion: input.version, now: input.now };
    const written = (column: string) => mappedCell(row, column, map);
    if (rowProblems.length || own.rows.length === 0) {
      // The row read without its bad cells: its other problems (an unknown model, a date still to come) with them.
      const others = own.refused.length ? otherRowProblems(own.refused[0], context, written) : [];
      reject([...rowProblems, ...others].map(reasonOf).join("; ") || "the row does not load", others.some((p) => p.unknownModel) ? String(own.refused[0].cells.model) : undefined);
      continue;
    }
    let parsed = own.rows[0];
    let resolved = resolveResultRow(parsed, context, written);
    if (!resolved.ok) {
      reject(resolved.problems.map(reasonOf).join("; "), resolved.unknownModel ? parsed.model : undefined, parsed.evaluated_at);
      continue;
    }
    // A row without a date of its own: dated by `asOf` when that is not the table's own date.
    const tableDated = parsed.evaluated_at === undefined;
    const date = tableDated ? dateToWrite(resolved.owner.version) : undefined;
    if (date) {
      parsed = { ...parsed, as_of: asOf };
      resolved = resolveResultRow(parsed, context, written);
      if (!resolved.ok) {
        reject(resolved.problems.map(reasonOf).join("; "));
        continue;
      }
    }
    const { key, owner } = resolved;
    const { setting, model, snapshot } = resolved.result;
    const twin = seen.get(key);
    if (twin !== undefined) {
      reject(duplicateRowMessage(resolved.result, twin, " of this file"));
      continue;
    }
    seen.set(key, { line: row.line, modelAsWritten: resolved.result.modelAsWritten });
    listedKeys.add(undatedKey(resolved.result));
    if (!tableDated) {
      const day = resolved.result.evaluated_at.getTime();
      tableDays = { first: Math.min(day, tableDays?.first ?? day), last: Math.max(day, tableDays?.last ?? day) };
    }
    listedVersions.add(resolved.result.version);
    noteModelRow(resolved.result.version, resolved.result.model, { line: row.line, setting: resolved.result.setting, snapshot: resolved.result.snapshot, runId: resolved.result.run_id, imported: true });
    const ref = aliases.resolve(parsed.model)!;

    // The row in the target's layout; `provided` says which target columns this file fills.
    const cells: Record<string, string> = {};
    const provided = new Set<string>();
    // The model is written as its canonical id only where the setting it carries survives; a dated
    // snapshot stays in the name (`gpt-5-2025-08-07`), so two snapshots remain two rows.
    const canonicalModel = !ref.setting || target.header.includes(targetHeaderOf("setting"));
    const modelCell = snapshot ? `${model}-${snapshot}` : model;
    for (const h of target.header) {
      const c = canonicalOfTarget.get(h);
      if (c === undefined) {
        // A column the target ignores (e.g. the publisher's record id): copied when present.
        if (h in row.cells) (cells[h] = row.cells[h]), provided.add(h);
        continue;
      }
      if (targetMap.rename[c] !== undefined) {
        const raw = row.cells[h] ?? (map.splits?.[c] ? undefined : mappedCell(row, c, map));
        if (raw !== undefined) (cells[h] = raw), provided.add(h);
        continue;
      }
      const value =
        c === "model" ? (canonicalModel ? modelCell : parsed.model)
        : c === "setting" ? (canonicalModel ? setting : parsed.setting)
        : c === "version" ? owner.version
        : c === "score_low" || c === "score_high" ? (parsed[c] ?? undefined)
        : (parsed as Record<string, unknown>)[c];
      const fromFile = c === "model" || c === "version" || mappedCell(row, c, map) !== undefined || (c === "setting" && setting !== undefined);
      if (fromFile) (cells[h] = canonicalCell(value)), provided.add(h);
    }
    const report: MergedRow = { line: row.line, model, setting, ...(snapshot !== undefined && { snapshot }), version: owner.version };
    const undated = (status: UndatedRow["status"], targetLine?: number) => {
      leftOutRows.add(row);
      out.undated.push({ ...report, status, ...(targetLine !== undefined && { targetLine }), tableDate: owner.as_of ? isoDay(owner.as_of) : "" });
    };
    // A new report is no revision: the `revised` cell of the row its other cells were taken from is not copied.
    const newRow = (cellsOf: Record<string, string>) => (revisedHeader in cellsOf && cellsOf[revisedHeader] !== "" ? { ...cellsOf, [revisedHeader]: "" } : cellsOf);
    const dated = (cellsOf: Record<string, string>) => {
      if (date) writeDate(cellsOf, date);
      return cellsOf;
    };
    const targetLine = existingKeys.get(key);
    // A row without a date of its own is compared with the newest report of its key, at any date:
    // an earlier refresh (--as-of) may have recorded a later figure than the first table's.
    const newest = tableDated ? newestAnyDate.get(undatedKey(resolved.result)) : undefined;
    // A part of an older table (`partial`) given again: its row of that date is what it is compared
    // with, not the run's later report (found in review: the same rejects file imported twice
    // refused the earlier report it had added the first time).
    const olderPart = input.partial && targetLine !== undefined && newest !== undefined && resolved.result.evaluated_at.getTime() < newest.evaluated_at.getTime();
    const matchLine = olderPart ? targetLine : (newest?.line ?? targetLine);
    if (matchLine === undefined) {
      if (tableDated && !asOf) undated("added");
      else rows.push(dated(Object.fromEntries(target.header.map((h) => [h, cells[h] ?? ""]))));
      if (!tableDated || asOf) out.added.push(report);
      continue;
    }
    const index = lineIndex.get(matchLine)!;
    const merged = Object.fromEntries(target.header.map((h) => [h, provided.has(h) ? cells[h] : rows[index][h]]));
    // Each cell of the target's header that `now` writes otherwise than `was`, as written before and after.
    const changedCells = (was: Record<string, string>, now: Record<string, string>) => target.header.filter((h) => now[h] !== was[h]).map((h) => ({ column: h, was: was[h] ?? "", now: now[h] ?? "" }));
    // Cells that read as the loader reads them: around white space (a note ending in a stray `\r`)
    // and a number's way of writing (`64.50%` and `64.5%`, also in the publisher's own columns) make
    // no revision: written as one, it was refused by the loader as revising nothing (found in review).
    // The model and setting of a file in the publisher's layout are compared as written (`renamedTwin`).
    // A column no benchmark reading the file maps (a rank, a record id) is not read by the loader:
    // a change there alone revises nothing (found in review: a refresh whose ranks moved wrote a
    // revision of every row, which the loader then refused as revising nothing). Another metric of
    // a `--metrics` table is read, by the benchmark sharing the file: its change is one.
    const sameAs = (other: Record<string, string>) =>
      target.header.every((h) => {
        const c = canonicalOfTarget.get(h);
        const asWritten = c === "model" || c === "setting";
        return h === revisedHeader || (c === undefined && !sharerHeaders.has(h)) || merged[h] === other[h] || (merged[h] ?? "").trim() === (other[h] ?? "").trim() || (c !== undefined && (targetMap.rename[c] === undefined || !asWritten) && sameCanonicalCell(c, merged[h], other[h]));
      });
    const same = merged[revisedHeader] === rows[index][revisedHeader] && sameAs(rows[index]);
    const writtenDate = resolved.result.evaluated_at;
    if (same) {
      out.unchanged.push({ ...report, targetLine: matchLine });
    } else if (tableDated && !asOf) {
      undated("updated", matchLine);
    } else if (matchLine === targetLine && renamedTwin(rows[index], cells, provided)) {
      // Another name of the table read as the same model, on the same day, with other figures: two
      // rows of one table, not the publisher revising one (found in review: LMArena's
      // gemini-2.0-flash-exp, added to gemini-2-0-flash's aliases as advised and imported from the
      // rejects file, was published as a correction of gemini-2.0-flash's rating).
      const before = rows[index][targetHeaderOf("model")]!;
      // Refused, it is not this file's row of the key: the table's own row under the file's name,
      // further on, is compared with the file's as any other (found in review: LMArena lists
      // gemini-2.0-flash-exp before gemini-2.0-flash, so the plain column's unchanged rating was
      // refused as a duplicate of the refused one and recorded as left out while the board ranked it).
      seen.delete(key);
      reject(`${duplicateRowMessage({ ...resolved.result, modelAsWritten: cells[targetHeaderOf("model")] }, { line: matchLine, modelAsWritten: before }, ` of ${target.file}`)} (not imported as a revision of it: a revision is a later table's other figure under the same name)`);
      continue;
    } else if (matchLine === targetLine) {
      const replaced = changedCells(rows[index], merged);
      // The row a revision of this day revises (the first report, or an earlier day's revision).
      const revisedLine = rows[index][revisedHeader] === today ? existingByKey.get(key)?.earlier?.at(-1)?.line : undefined;
      const revisedIndex = revisedLine === undefined ? undefined : lineIndex.get(revisedLine);
      if (revisedIndex !== undefined && sameAs(rows[revisedIndex])) {
        // This day's revision taken back: the table gives again what the revised row gave. The
        // revision row goes, rather than stay as a revision of nothing.
        withdrawn.add(index);
        out.updated.push({ ...report, date: isoDay(writtenDate), targetLine, replaced, undone: revisedLine });
      } else if (rows[index][revisedHeader] === today) {
        // A row this day's import wrote already as a revision: the figure it first revised stays in
        // its earlier row, so this one is replaced in place, and the `~` line says so.
        rows[index] = merged;
        out.updated.push({ ...report, date: isoDay(writtenDate), targetLine, replaced });
      } else {
        // The publisher gives other figures for a report the file has: a revision. The earlier row
        // is kept as what was first reported; the new one, marked revised today, is the report as it stands.
        if (!header.includes(revisedHeader)) header.push(revisedHeader);
        rows.push({ ...merged, [revisedHeader]: today });
        out.updated.push({ ...report, date: isoDay(writtenDate), targetLine, replaced, revised: today });
      }
    } else if (newest && input.partial && targetLine === undefined && writtenDate.getTime() < newest.evaluated_at.getTime()) {
      // Rows of an older table saved apart (a rejects file imported with the date its import
      // printed) whose run the file has a later report of, imported since: an earlier report of
      // the run, added to its history. The later report stays the newest (the board ranks it);
      // nothing is replaced (found in review: such a row was refused for good, with advice to date
      // it after the later report, which would have ranked the older figure).
      // Its date is its table's: the as_of cell of the later report its other cells were read over is not kept.
      rows.push(dated(newRow(asOfHeader in merged ? { ...merged, [asOfHeader]: "" } : merged)));
      out.added.push({ ...report, before: { date: isoDay(newest.evaluated_at), line: newest.line } });
    } else if (newest && writtenDate.getTime() <= newest.evaluated_at.getTime()) {
      // The figure would be dated on or before a newer report of the same run: writing it would
      // bury that report (or overwrite the first table's figure), so it is refused with both dates.
      reject(`its figures differ from the report of ${isoDay(newest.evaluated_at)} (${target.file}:${newest.line}), and this table would date them ${isoDay(writtenDate)}, not later: pass --as-of with this table's own date, after ${isoDay(newest.evaluated_at)}; rows of a table older than that report (a rejects file saved before it) import as earlier reports with --partial and the date their import printed`);
    } else {
      // Changed figures of a row first seen in an earlier table: a new report, the old row kept.
      const replaced = changedCells(rows[index], merged).filter((c) => c.column !== revisedHeader);
      rows.push(dated(newRow(merged)));
      out.updated.push({ ...report, targetLine: matchLine, appended: true, replaced, ...(asOfImportedBefore.has(owner.version) && tableDated && { tableImportedBefore: true as const }) });
    }
  }
  // Runs of the file that this table no longer lists (at any date), by their newest row.
  const absent = new Map<string, Result>();
  for (const r of input.partial ? [] : input.existing) {
    const k = undatedKey(r);
    if (!listedVersions.has(r.version) || listedKeys.has(k)) continue;
    const had = absent.get(k);
    if (!had || r.evaluated_at >= had.evaluated_at) absent.set(k, r);
  }
  out.absent = [...absent.values()]
    .sort((a, b) => a.line - b.line)
    .map((r) => ({ line: r.line, model: r.model, setting: r.setting, version: r.version, snapshot: r.snapshot, runId: r.run_id, sameModel: modelRows.get(`${r.version}\u0000${r.model}`) ?? [] }));
  const days = tableDays;
  if (days && !input.partial) {
    out.dropped = input.existing
      .filter((r) => {
        const run = undatedKey(r);
        const day = r.evaluated_at.getTime();
        return !r.dated_by_table && listedKeys.has(run) && !rejectedRuns.has(run) && !seen.has(resultKey(r)) && day >= days.first && day <= days.last;
      })
      .map((r) => ({ line: r.line, model: r.model, setting: r.setting, version: r.version, date: isoDay(r.evaluated_at) }));
  }
  out.text = writeCsv(header, withdrawn.size ? rows.filter((_, i) => !withdrawn.has(i)) : rows, input.targetText);
  return out;
}

/** A benchmark's map for a publisher file: only the columns that file has (constants always). */
/**
 * The advice for a `--map` that leaves headers of the file unread which the benchmark's own map
 * reads or ignores: a `--map` replaces that map for the file, so `--map "score=Accuracy"` alone
 * (the publisher renamed one column) left every other column unknown, each listed on its own with
 * no word of why. The advice is the benchmark's map with the editor's pairs on top, restricted to
 * the file's headers. Undefined when the editor's map leaves no such header.
 */
function wholeMapAdvice(editor: ColumnMap, benchmark: Benchmark, header: readonly string[], benchmarksFile: string): string | undefined {
  const own = benchmark.columnMap;
  const readByEditor = new Set([...Object.values(editor.rename), ...editor.ignore, ...Object.keys(ResultRowSchema.innerType().shape)]);
  const readByOwn = new Set([...Object.values(own.rename), ...own.ignore]);
  const left = header.filter((h) => !readByEditor.has(h) && readByOwn.has(h));
  if (left.length === 0) return undefined;
  const whole = restrictMap(overrideMap(restrictMap(own, header), editor), header);
  return `--map replaces the column map of ${benchmark.id} (${benchmarksFile}:${benchmark.line}) for this file, and leaves ${left.map((h) => JSON.stringify(h)).join(", ")} unread, which that map reads or ignores; to change only the pairs you gave, pass the whole map: --map ${JSON.stringify(formatColumnMap(whole))}`;
}

function restrictMap(map: ColumnMap, header: readonly string[]): ColumnMap {
  const keep = (h: string) => header.includes(h);
  return {
    ...map,
    rename: Object.fromEntries(Object.entries(map.rename).filter(([, h]) => keep(h))),
    ignore: map.ignore.filter(keep),
    ...(map.splits ? { splits: Object.fromEntries(Object.entries(map.splits).filter(([c]) => keep(map.rename[c]))) } : {}),
  };
}

/**
 * The line a refresh prints for a run it does not list (`- model (setting) version, file:line: ...`):
 * what is known, and no more. A table that names the model in another run (another setting, source
 * or run id) or only in a row it did not import says so, with those rows: the editor sees why the
 * model is "in the table" and its run is not.
 */
export function formatAbsent(run: AbsentRun, targetFile: string, inputFile: string): string {
  const name = `${run.model}${run.setting ? ` (${run.setting})` : ""} ${run.version}`;
  // A row of the table with the run's own id is the run under a new name: the board ranks the run
  // once, by its newest report (`supersededRuns`), so the old row is history, no longer ranked.
  const renamed = run.runId !== undefined && run.sameModel.some((r) => r.imported && r.runId === run.runId);
  const kept = renamed
    ? `kept in the file, and on the model's page as the run's earlier report; the board ranks run ${run.runId} once, by its newest report, no longer under this row's name`
    : "kept in the file, and still on the board (delete the row by hand if the publisher withdrew it)";
  if (run.sameModel.length === 0) return `- ${name}, ${targetFile}:${run.line}: not in this table: ${kept}`;
  // The snapshot is part of a run's key: a row that differs from the run only by it (the publisher
  // now writes a dated id) must say so, or the line names a setting that is the run's own.
  const rows = run.sameModel.map((r) => {
    const snapshot = r.snapshot !== run.snapshot ? `, ${r.snapshot ? `snapshot ${r.snapshot}` : "no snapshot"}` : "";
    const sameId = run.runId !== undefined && r.runId === run.runId ? `, the same run id ${run.runId}: this run under a new name` : "";
    return `${inputFile}:${r.line} (${r.setting ? `setting ${r.setting}` : "no setting"}${snapshot}${r.imported ? "" : ", not imported"}${sameId})`;
  });
  return `- ${name}, ${targetFile}:${run.line}: this run is not in this table, though the table names ${run.model} ${run.version} in ${rows.length === 1 ? "another row" : "other rows"}, ${rows.join(", ")}, whose setting, snapshot, source or run id differ: ${kept}`;
}

/**
 * A row of the publisher's file as a refresh's `+` and `~` lines name it: the model, its setting and
 * snapshot, the version, the day of an update in place (`MergedRow.date`), its line, and the line
 * of the file's row it updates.
 * @example formatMergedRow({ line: 5, model: "gpt-4o", snapshot: "2024-05-13", version: "v1", date: "2024-09-04", targetLine: 12 }, "pub.csv", "data/results/lmx.csv")
 * // "gpt-4o snapshot 2024-05-13 v1 on 2024-09-04, pub.csv:5 → data/results/lmx.csv:12"
 */
export function formatMergedRow(r: Pick<MergedRow, "model" | "setting" | "snapshot" | "version" | "date" | "line" | "targetLine">, inputFile: string, targetFile: string): string {
  const key = `${r.model}${r.setting ? ` (${r.setting})` : ""}${r.snapshot ? ` snapshot ${r.snapshot}` : ""} ${r.version}${r.date ? ` on ${r.date}` : ""}`;
  return `${key}, ${inputFile}:${r.line}${r.targetLine ? ` → ${targetFile}:${r.targetLine}` : ""}`;
}

/**
 * What a revision changed, for the `~` line: the cells as written before and after. A revision is
 * a new row marked `revised` on the import's day, the earlier row kept (the changelog lists a
 * correction); a row that this day's import had written already as a revision is replaced in
 * place, its first figure still in the row it revised.
 * @example formatReplaced({ revised: "2026-12-02", replaced: [{ column: "score", was: "1268.1", now: "1270" }] }) // ' (revised on 2026-12-02: score "1268.1" → "1270"; written as a new row, the row revised, at that line, kept)'
 */
export function formatReplaced(row: Pick<MergedRow, "replaced" | "revised" | "undone">): string {
  if (!row.replaced?.length) return "";
  const cells = formatCellChanges(row.replaced);
  if (row.revised) return ` (revised on ${row.revised}: ${cells}; written as a new row, the row revised, at that line, kept)`;
  if (row.undone !== undefined) return ` (revised back today: ${cells}, as line ${row.undone} gives; this day's revision row removed)`;
  return ` (replaced in place: ${cells}; this day's revision of the row, revised again: the figure first reported stays in the row it revised)`;
}

/**
 * Cells a row changed, each as written before and after, for the import's `~` lines.
 * @example formatCellChanges([{ column: "score", was: "1270.0", now: "1271.5" }]) // 'score "1270.0" → "1271.5"'
 */
export function formatCellChanges(replaced: NonNullable<MergedRow["replaced"]>): string {
  return replaced.map((c) => `${c.column} ${JSON.stringify(c.was)} → ${JSON.stringify(c.now)}`).join(", ");
}

/**
 * What the line of a skipped row (no model: Epoch's agents) says after its key: kept, and for a
 * row updated in place, each cell overwritten, as written before and after. Such a row is not a
 * result (no board ranks it, the board page counts it), so a publisher's new figure replaces the
 * old one in place rather than being kept as a revision; the line says so, so it is never silent.
 * @example formatSkipped({ status: "updated", replaced: [{ column: "Accuracy mean", was: "50.1%", now: "56.7%" }] }) // ' (skipped: kept in the file, counted on the board page; updated in place: Accuracy mean "50.1%" → "56.7%", the cells it had are not kept, the row being no result)'
 */
export function formatSkipped(r: Pick<SkippedRow, "status" | "replaced">): string {
  const kept = " (skipped: kept in the file, counted on the board page";
  if (r.status !== "updated" || !r.replaced?.length) return `${kept})`;
  const cells = formatCellChanges(r.replaced);
  return `${kept}; updated in place: ${cells}, the cells it had are not kept, the row being no result)`;
}

/**
 * The summary's count of the rows a refresh changed: rows updated (in place, or a later report
 * appended), then the publisher's revisions (a new row marked `revised`, the earlier one kept) and
 * this day's revisions taken back, each named for what it is, the last two only when there are any.
 * A revision is not an update: the file keeps both rows and `/changes/` lists a correction.
 * @example mergeCounts([{ revised: "2026-12-02" }, {}]) // "1 updated, 1 revised"
 */
export function mergeCounts(updated: readonly Pick<MergedRow, "revised" | "undone">[]): string {
  const revised = updated.filter((r) => r.revised !== undefined).length;
  const undone = updated.filter((r) => r.undone !== undefined).length;
  return [`${updated.length - revised - undone} updated`, ...(revised ? [`${revised} revised`] : []), ...(undone ? [`${undone} ${undone === 1 ? "revision" : "revisions"} taken back`] : [])].join(", ");
}

/**
 * The lines a refresh prints for rows of the file that this table, which lists their run, no longer
 * has on their day (`MergeOutcome.dropped`): one line per day, its rows counted and the first lines named.
 * @example formatDropped([{ line: 2765, model: "gpt-4o", version: "v1", date: "2025-02-21" }], "data/results/lmx.csv") // ["- 2025-02-21: 1 row of the file (data/results/lmx.csv:2765 gpt-4o v1) is not in this table on that day, ..."]
 */
export function formatDropped(dropped: readonly (MergedRow & { date: string })[], targetFile: string): string[] {
  const byDay = new Map<string, (MergedRow & { date: string })[]>();
  for (const r of dropped) byDay.set(r.date, [...(byDay.get(r.date) ?? []), r]);
  return [...byDay].map(([day, rows]) => {
    const shown = rows.slice(0, 3).map((r) => `${targetFile}:${r.line} ${r.model}${r.setting ? ` (${r.setting})` : ""} ${r.version}`);
    const more = rows.length > shown.length ? ` and ${rows.length - shown.length} more` : "";
    return `- ${day}: ${rows.length} row${rows.length === 1 ? "" : "s"} of the file (${shown.join(", ")}${more}) ${rows.length === 1 ? "is" : "are"} not in this table on that day, though it lists ${rows.length === 1 ? "that run" : "those runs"} on other days: kept in the file (delete ${rows.length === 1 ? "it" : "them"} by hand if the publisher withdrew ${rows.length === 1 ? "it" : "them"})`;
  });
}

/** `input.csv:7: reason` for each rejected row. */
export function formatRejected(file: string, rejected: readonly RejectedRow[]): string[] {
  return rejected.map((r) => formatProblem({ file, line: r.line, message: r.reason } satisfies Problem));
}
