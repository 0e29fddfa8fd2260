import Papa from "papaparse";
import { ResultRowSchema, type Result } from "../../schemas/result";
import type { ColumnMap } from "../csv/columnMap";
import type { CsvRow, CsvTable } from "../csv/readCsv";
import { validateRows } from "../csv/validateRows";
import type { AliasIndex } from "../data/aliasIndex";
import { joinSettings } from "../models/settings";
import type { Benchmark } from "../data/loadDataset";
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
}

/** A row of the publisher's file that was not merged, and why. */
export interface RejectedRow {
  line: number;
  cells: Record<string, string>;
  reason: string;
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
}

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
 * Rows that cannot be mapped (unknown model, bad cell, no date, duplicate) are returned in
 * `rejected`, never dropped silently. Throws `InputError` for header problems (an unmapped or
 * missing column) or a missing version.
 */
export function mergeResults(input: MergeInput): MergeOutcome {
  const { incoming, target, versions, aliases } = input;
  const targetMap = versions[0].columnMap;
  const shared = versions.length > 1;
  if (input.version !== undefined && !versions.some((v) => v.version === input.version)) {
    throw new InputError([{ file: incoming.file, line: 1, message: `--version ${input.version} is not registered for ${versions[0].id}; registered: ${versions.map((v) => v.version).join(", ")}` }], "Cannot import");
  }

  // The publisher's headers: the given map, else the benchmark's own map for the headers present.
  const map: ColumnMap = input.map ?? {
    rename: Object.fromEntries(Object.entries(targetMap.rename).filter(([, h]) => incoming.header.includes(h))),
    ignore: targetMap.ignore.filter((h) => incoming.header.includes(h)),
  };
  const headerOf = (c: Column) => map.rename[c] ?? c;
  validateRows({ ...incoming, rows: [] }, ResultRowSchema, { columnMap: map, allowEmpty: true });
  if (shared && input.version === undefined && !incoming.header.includes(headerOf("version"))) {
    throw new InputError([{ file: incoming.file, line: incoming.headerLine, message: `${target.file} holds several versions (${versions.map((v) => v.version).join(", ")}); pass --version or add a version column` }], "Cannot import");
  }

  const keyOf = (version: string, model: string, setting: string | undefined, snapshot: string | undefined, date: Date) => [version, model, setting ?? "", snapshot ?? "", date.toISOString()].join("\u0000");
  const existingKeys = new Map(input.existing.map((r) => [keyOf(r.version, r.model, r.setting, r.snapshot, r.evaluated_at), r.line]));
  const rows = target.rows.map((r) => ({ ...r.cells }));
  const lineIndex = new Map(target.rows.map((r, i) => [r.line, i]));
  const targetHeaderOf = (c: Column) => targetMap.rename[c] ?? c;
  const canonicalOfTarget = new Map(RESULT_COLUMNS.map((c) => [targetHeaderOf(c), c]));
  const out: MergeOutcome = { text: "", added: [], updated: [], unchanged: [], rejected: [] };
  const seen = new Map<string, number>();

  for (const row of incoming.rows) {
    const reject = (reason: string) => out.rejected.push({ line: row.line, cells: row.cells, reason });
    let parsed;
    try {
      [parsed] = validateRows({ ...incoming, rows: [row] as CsvRow[] }, ResultRowSchema, { columnMap: map });
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      reject(error.problems.map((p) => (p.column ? `column ${JSON.stringify(p.column)}: ${p.message}` : p.message)).join("; "));
      continue;
    }
    const version = parsed.version ?? input.version ?? versions[0].version;
    const owner = versions.find((v) => v.version === version);
    if (!owner) {
      reject(`version ${JSON.stringify(version)} is not registered for ${versions[0].id}; registered: ${versions.map((v) => v.version).join(", ")}`);
      continue;
    }
    const ref = aliases.resolve(parsed.model);
    if (!ref) {
      reject(`unknown model ${JSON.stringify(parsed.model)}${aliases.suggest(parsed.model)}; add it to data/models.csv, or as an alias of a model there`);
      continue;
    }
    const date = parsed.evaluated_at ?? owner.as_of;
    if (!date) {
      reject(`no date: fill ${headerOf("evaluated_at")} or set as_of for ${owner.id} ${owner.version} in data/benchmarks.csv`);
      continue;
    }
    const setting = joinSettings([parsed.setting, ref.setting]);
    const key = keyOf(owner.version, ref.id, setting, ref.snapshot, date);
    const twin = seen.get(key);
    if (twin !== undefined) {
      reject(`the same model, setting, version and date as line ${twin} of this file`);
      continue;
    }
    seen.set(key, row.line);

    // The row in the target's layout; `provided` says which target columns this file fills.
    const cells: Record<string, string> = {};
    const provided = new Set<string>();
    // The model is written as its canonical id only where the setting it carries survives; a dated
    // snapshot stays in the name (`gpt-5-2025-08-07`), so two snapshots remain two rows.
    const canonicalModel = !ref.setting || target.header.includes(targetHeaderOf("setting"));
    const modelCell = ref.snapshot ? `${ref.id}-${ref.snapshot}` : ref.id;
    for (const h of target.header) {
      const c = canonicalOfTarget.get(h);
      if (c === undefined) {
        // A column the target ignores (e.g. the publisher's record id): copied when present.
        if (h in row.cells) (cells[h] = row.cells[h]), provided.add(h);
        continue;
      }
      if (targetMap.rename[c] !== undefined) {
        const raw = row.cells[headerOf(c)];
        if (raw !== undefined) (cells[h] = raw), provided.add(h);
        continue;
      }
      const value =
        c === "model" ? (canonicalModel ? modelCell : parsed.model)
        : c === "setting" ? (canonicalModel ? setting : parsed.setting)
        : c === "version" ? owner.version
        : (parsed as Record<string, unknown>)[c];
      const fromFile = c === "model" || c === "version" || row.cells[headerOf(c)] !== undefined || (c === "setting" && setting !== undefined);
      if (fromFile) (cells[h] = canonicalCell(value)), provided.add(h);
    }
    const report: MergedRow = { line: row.line, model: ref.id, setting, version: owner.version };
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

/** `input.csv:7: reason` for each rejected row. */
export function formatRejected(file: string, rejected: readonly RejectedRow[]): string[] {
  return rejected.map((r) => formatProblem({ file, line: r.line, message: r.reason } satisfies Problem));
}
