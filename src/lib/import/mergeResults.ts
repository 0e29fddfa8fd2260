import Papa from "papaparse";
import { FIGURE_COLUMNS, ResultRowSchema, type Result } from "../../schemas/result";
import { headersOfMap, type ColumnMap } from "../../schemas/columnMap";
import { resultKey } from "../data/resultKey";
import type { CsvRow, CsvTable } from "../csv/readCsv";
import { mappedCell, validateRows, validateTable, type MapLocation } from "../csv/validateRows";
import { duplicateRowMessage, resolveResultRow } from "../data/loadResults";
import type { AliasIndex } from "../data/aliasIndex";
import type { Benchmark } from "../../schemas/benchmark";
import { formatProblem, InputError, type Problem } from "../errors";

type Column = keyof ReturnType<typeof ResultRowSchema.innerType>["shape"];
/** The canonical result columns, in the order of the schema. */
export const RESULT_COLUMNS = Object.keys(ResultRowSchema.innerType().shape) as Column[];

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
}

/** A merged row, for the report. */
export interface MergedRow {
  /** Line in the publisher's file. */
  line: number;
  model: string;
  setting?: string;
  version: string;
  /** Line of the row it replaced in the target, for updates. */
  targetLine?: number;
}

/** What a merge does. */
export interface MergeOutcome {
  /** The new text of the target file. */
  text: string;
  added: MergedRow[];
  updated: MergedRow[];
  unchanged: MergedRow[];
  rejected: RejectedRow[];
  /** Rows the map's `skip_empty` skipped: kept in the file as the publisher wrote them (see `SkippedRow`). */
  skipped: SkippedRow[];
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
}

/** The parts of a result's key (see `resultKey`), as the file writes them. */
const KEY_COLUMNS = ["version", "model", "setting", "evaluated_at", "source", "run_id"] as const;

/** A value as the canonical layout writes it: `64.5%` → `64.5`, `74M` → `74000000`, dates as YYYY-MM-DD. */
function canonicalCell(value: unknown): string {
  if (value === undefined || value === null) return "";
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value);
}

/** Serialises rows the way the file was written: same byte-order mark, line ends and trailing blank lines. */
export function writeCsv(header: readonly string[], rows: readonly Record<string, string>[], like: string): string {
  const bom = like.charCodeAt(0) === 0xfeff ? "\uFEFF" : "";
  const newline = like.includes("\r\n") ? "\r\n" : "\n";
  const trailing = /(?:\r?\n)*$/.exec(like)?.[0] ?? newline;
  return bom + Papa.unparse({ fields: [...header], data: rows.map((r) => header.map((h) => r[h] ?? "")) }, { newline }) + (trailing || newline);
}

/**
 * Appends or merges a publisher's CSV into a benchmark's results file.
 *
 * Each publisher row is validated with the build's own result schema (through the column map)
 * and its model resolved through the alias index. A row whose key (version, model, setting, date)
 * is already in the file replaces that row in place (cells the publisher's file does not carry
 * are kept); any other row is appended. Rows are written in the target file's own layout:
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
    throw new InputError(
      [{ file: incoming.file, line: incoming.headerLine, message: `the column map of ${versions[0].id} (${benchmarksFile}:${versions[0].line}) reads ${what}, which this file lacks; its columns are ${incoming.header.join(", ")}. Pass --map "score=<header>" for this file, or fix the map` }],
      "Cannot import",
    );
  }
  const headerOf = (c: Column) => map.rename[c] ?? c;
  validateRows({ ...incoming, rows: [] }, ResultRowSchema, { columnMap: map, allowEmpty: true, mapAt, otherHeaders: (input.sharers ?? []).flatMap((b) => headersOfMap(b.columnMap)) });
  if (shared && input.version === undefined && !incoming.header.includes(headerOf("version"))) {
    throw new InputError([{ file: incoming.file, line: incoming.headerLine, message: `${target.file} holds several versions (${versions.map((v) => v.version).join(", ")}); pass --version or add a version column` }], "Cannot import");
  }
  // The rows as the other benchmarks of a shared file read them: a row that would not load for them is rejected too.
  const sharerReads = (input.sharers ?? []).map((b) => ({
    benchmark: b,
    read: validateTable(incoming, ResultRowSchema, { columnMap: restrictMap(b.columnMap, incoming.header), allowEmpty: true, reportUnknownColumns: false, dateColumns: ["evaluated_at"] }),
  }));
  const owners = versions.map((v) => ({ ...v, columnMap: map }));

  // The target's rows its map skips (no model): they have no result key, so a skipped row of the
  // refresh is matched by the key's cells as written (see `placeSkipped`).
  const targetSkipped = new Set(validateTable(target, ResultRowSchema, { columnMap: targetMap, allowEmpty: true, reportUnknownColumns: false }).skipped.map((s) => s.line));
  const incomingSkipped = new Set(validateTable(incoming, ResultRowSchema, { columnMap: map, allowEmpty: true, reportUnknownColumns: false }).skipped.map((s) => s.line));

  const existingKeys = new Map(input.existing.map((r) => [resultKey(r), r.line]));
  const rows = target.rows.map((r) => ({ ...r.cells }));
  const lineIndex = new Map(target.rows.map((r, i) => [r.line, i]));
  const targetHeaderOf = (c: Column) => targetMap.rename[c] ?? c;
  const canonicalOfTarget = new Map(RESULT_COLUMNS.filter((c) => targetMap.constants?.[c] === undefined).map((c) => [targetHeaderOf(c), c]));
  const out: MergeOutcome = { text: "", added: [], updated: [], unchanged: [], rejected: [], skipped: [] };
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
  const keyHeaders = KEY_COLUMNS.filter((c) => targetMap.constants?.[c] === undefined)
    .map(targetHeaderOf)
    .filter((h) => target.header.includes(h));
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
    const candidates = target.rows.filter((r) => targetSkipped.has(r.line) && !claimed.has(r.line) && keyOf(rows[lineIndex.get(r.line)!]) === key);
    const same = candidates.find((r) => target.header.every((h) => rows[lineIndex.get(r.line)!][h] === full[h]));
    const report = { line: row.line, column, setting: mappedCell(row, "setting", map) || undefined, version: version(row) };
    if (same) {
      claimed.add(same.line);
      out.skipped.push({ ...report, status: "unchanged", targetLine: same.line });
    } else if (candidates.length === 1 && targetSkippedKeys.get(key) === 1 && incomingSkippedKeys.get(key) === 1) {
      const index = lineIndex.get(candidates[0].line)!;
      claimed.add(candidates[0].line);
      rows[index] = Object.fromEntries(target.header.map((h) => [h, h in provided ? provided[h] : rows[index][h]]));
      out.skipped.push({ ...report, status: "updated", targetLine: candidates[0].line });
    } else {
      rows.push(full);
      out.skipped.push({ ...report, status: "added" });
    }
  };

  for (const row of incoming.rows) {
    const reject = (reason: string, unknownModel?: string) => out.rejected.push({ line: row.line, cells: row.cells, reason, ...(unknownModel !== undefined ? { unknownModel } : {}) });
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
    if (rowProblems.length || own.rows.length === 0) {
      reject(rowProblems.map(reasonOf).join("; ") || "the row does not load");
      continue;
    }
    const parsed = own.rows[0];
    const resolved = resolveResultRow(parsed, { owners, aliases, benchmarksFile, modelsFile, defaultVersion: input.version });
    if (!resolved.ok) {
      reject(reasonOf(resolved), resolved.unknownModel ? parsed.model : undefined);
      continue;
    }
    const { key, owner } = resolved;
    const { setting, model, snapshot } = resolved.result;
    const twin = seen.get(key);
    if (twin !== undefined) {
      reject(duplicateRowMessage(resolved.result, twin, " of this file"));
      continue;
    }
    seen.set(key, { line: row.line, modelAsWritten: resolved.result.modelAsWritten });
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
    const report: MergedRow = { line: row.line, model, setting, version: owner.version };
    const targetLine = existingKeys.get(key);
    if (targetLine === undefined) {
      rows.push(Object.fromEntries(target.header.map((h) => [h, cells[h] ?? ""])));
      out.added.push(report);
      continue;
    }
    const index = lineIndex.get(targetLine)!;
    const merged = Object.fromEntries(target.header.map((h) => [h, provided.has(h) ? cells[h] : rows[index][h]]));
    const same = target.header.every((h) => merged[h] === rows[index][h]);
    rows[index] = merged;
    (same ? out.unchanged : out.updated).push({ ...report, targetLine });
  }
  out.text = writeCsv(target.header, rows, input.targetText);
  return out;
}

/** A benchmark's map for a publisher file: only the columns that file has (constants always). */
export function restrictMap(map: ColumnMap, header: readonly string[]): ColumnMap {
  const keep = (h: string) => header.includes(h);
  return {
    ...map,
    rename: Object.fromEntries(Object.entries(map.rename).filter(([, h]) => keep(h))),
    ignore: map.ignore.filter(keep),
    ...(map.splits ? { splits: Object.fromEntries(Object.entries(map.splits).filter(([c]) => keep(map.rename[c]))) } : {}),
  };
}

/** `input.csv:7: reason` for each rejected row. */
export function formatRejected(file: string, rejected: readonly RejectedRow[]): string[] {
  return rejected.map((r) => formatProblem({ file, line: r.line, message: r.reason } satisfies Problem));
}
