import type { Benchmark } from "../../schemas/benchmark";
import { headersOfMap } from "../../schemas/columnMap";
import { magnitudeSuffix } from "../../schemas/cells";
import { FIGURE_COLUMNS, ResultRowSchema, type Result, type ResultRow } from "../../schemas/result";
import { decodeUtf8, parseCsv, type CsvTable } from "../csv/readCsv";
import { mappedCell, validateTable, type ValidatedTable } from "../csv/validateRows";
import { InputError, type Problem } from "../errors";
import type { AliasIndex } from "./aliasIndex";
import type { DataFiles } from "./dataFiles";
import { resultKey } from "./resultKey";
import { joinSettings } from "../models/settings";
import { csvTooBig, csvTooLong } from "./readTable";
import { FUTURE_SLACK_MS, MAX_RESULT_ROWS } from "../../schemas/limits";
import { isLeftOutFile } from "../../schemas/leftOut";

/** What `loadResults` needs besides the files. */
export interface LoadResultsInput {
  benchmarks: Benchmark[];
  /** Whether the benchmark registry loaded (else every results file would look unlisted). */
  benchmarksLoaded: boolean;
  aliases: AliasIndex;
  /** Whether the model registry loaded (else every model would look unknown). */
  modelsLoaded: boolean;
  /** "Now", for rows dated on a day still to come. Default: the current time. */
  now?: Date;
}

/** How to resolve the rows of one benchmark's part of a results file. */
export interface ResolveContext {
  /** The versions of one benchmark stored in the file (one, or several sharing it through a `version` column). */
  owners: readonly Benchmark[];
  aliases: AliasIndex;
  /** `data/benchmarks.csv` and `data/models.csv` as messages name them. */
  benchmarksFile: string;
  modelsFile: string;
  /** The version of rows that do not say (an import's `--version`); default: the only owner. */
  defaultVersion?: string;
  /** "Now", for a row dated on a day still to come. Default: the current time. */
  now?: Date;
}

/** One thing wrong with a row, at its column (the file's own header) when it is one cell's. */
export interface RowProblem {
  column?: string;
  message: string;
  /** The model is not registered (the import suggests the registry line to add). */
  unknownModel?: boolean;
}

/** A row resolved to a result (without its file and line), with its key; or why it cannot be. */
export type ResolvedRow =
  | { ok: true; result: Omit<Result, "file" | "line">; key: string; owner: Benchmark }
  | { ok: false; column?: string; message: string; unknownModel?: boolean; problems: RowProblem[] };

const isoDay = (d: Date) => d.toISOString().slice(0, 10);
const INTERVAL_COLUMNS = ["score", "score_low", "score_high", "score_ci", "score_se"];

/**
 * The problems of a row refused for bad cells (`ValidatedTable.refused`) beyond those cells: the
 * row read without them, through `resolveResultRow`'s checks (an unknown model, a date still to
 * come, a percentage past 100...), so that every bad cell of the row is reported in one run.
 * Problems at a bad column, and the interval's when the score or a bound is bad, are left out:
 * they would restate the bad cell. Nothing when the model cell itself is bad or empty.
 */
export function otherRowProblems(refused: { line: number; cells: Partial<Record<string, unknown>>; badColumns: readonly string[] }, ctx: ResolveContext, written?: CellsAsWritten): RowProblem[] {
  if (typeof refused.cells.model !== "string") return [];
  const resolved = resolveResultRow({ ...refused.cells, line: refused.line } as ResultRow, ctx, written);
  if (resolved.ok) return [];
  const map = ctx.owners[0].columnMap;
  const columnOf = (c: string) => map.rename[c] ?? c;
  const bad = new Set(refused.badColumns.map(columnOf));
  const intervalBad = refused.badColumns.some((c) => INTERVAL_COLUMNS.includes(c));
  const interval = new Set(INTERVAL_COLUMNS.map(columnOf));
  return resolved.problems.filter((p) => p.column !== undefined && !bad.has(p.column) && !(intervalBad && interval.has(p.column)));
}

/** A refused row: its first problem as `column` and `message`, every one in `problems`. */
function refused(problems: RowProblem[]): ResolvedRow & { ok: false } {
  return { ok: false, column: problems[0].column, message: problems[0].message, ...(problems.some((p) => p.unknownModel) && { unknownModel: true }), problems };
}

/**
 * A row's cells as the file wrote them, by our column (`mappedCell` of the row's raw cells), for
 * messages that quote a cell whose parsed value alone would mislead: `1,005` read as 1005.
 */
export type CellsAsWritten = (column: string) => string | undefined;

/**
 * A cell quoted as written, with the number it was read as when the two differ beyond a `%`
 * and spaces.
 * @example quotedCell("1,005", 1005) // '"1,005" (read as 1005)'
 * @example quotedCell("645%", 645) // '"645%"'
 */
export function quotedCell(written: string | undefined, value: number): string {
  if (written === undefined) return String(value);
  const bare = written.trim().replace(/%$/, "").trim();
  return bare === String(value) ? JSON.stringify(written) : `${JSON.stringify(written)} (read as ${value})`;
}

/** The 95% interval of a normal estimate is its value ± 1.96 standard errors. */
const Z95 = 1.96;

/**
 * One validated results row resolved as the build reads it: its version (and so its benchmark
 * version), its model through the alias index (a `_high`-style suffix becomes the setting, beside
 * a mapped setting: `Droid, medium`), its date (the row's, else its table's: the row's `as_of`, else the benchmark's), its
 * interval (the publisher's bounds, its `+a/-b`, or ± 1.96 standard errors) and its key. The
 * loader and `import:results` both call it, so a row is accepted, and explained when it is not,
 * the same way by both. Columns in messages are the file's own headers; `written` gives the
 * row's cells as written, for a message to quote a cell rather than the number read from it.
 */
export function resolveResultRow(row: ResultRow, ctx: ResolveContext, written?: CellsAsWritten): ResolvedRow {
  const { owners, aliases } = ctx;
  const map = owners[0].columnMap;
  const columnOf = (c: string) => map.rename[c] ?? c;
  const versions = owners.map((o) => o.version);
  const version = row.version ?? ctx.defaultVersion ?? (owners.length === 1 ? owners[0].version : undefined);
  if (version === undefined) {
    return refused([{ column: columnOf("version"), message: `expected one of ${versions.join(", ")} (the file is shared by several versions), found an empty cell` }]);
  }
  const owner = owners.find((o) => o.version === version);
  if (!owner) {
    return refused([{ column: columnOf("version"), message: `expected ${versions.length > 1 ? "one of " : ""}${versions.join(", ")} as registered in ${ctx.benchmarksFile}, found ${JSON.stringify(version)}` }]);
  }
  // Every bad cell of the row is reported, not the first only: a 101% dated 2031 is two fixes.
  const problems: RowProblem[] = [];
  const ref = aliases.resolve(row.model);
  if (!ref) {
    problems.push({
      unknownModel: true,
      column: columnOf("model"),
      message: `unknown model ${JSON.stringify(row.model)}${aliases.suggest(row.model)}; add it to ${ctx.modelsFile} or as an alias of a model there (its aliases cell, separated by |)`,
    });
  }
  if (row.evaluated_at !== undefined && row.as_of !== undefined) {
    problems.push({ column: columnOf("as_of"), message: `expected an empty cell: the row has a date of its own (${columnOf("evaluated_at")}), and as_of is the date of the table a row without one was read from` });
  }
  // A row without a date of its own is dated by its table: its own as_of, else the benchmark's.
  const evaluatedAt = row.evaluated_at ?? row.as_of ?? owner.as_of;
  if (!evaluatedAt) {
    problems.push({ column: columnOf("evaluated_at"), message: `expected a date: fill ${columnOf("evaluated_at")} or set as_of for ${owner.id} ${owner.version} in ${ctx.benchmarksFile}` });
  }
  // A date of the row's own still to come is a typo (2031 for 2025) that would sort the figure
  // first everywhere; a date from the table's as_of is reported once, where it is written (futureDates).
  const now = ctx.now ?? new Date();
  if (row.evaluated_at !== undefined && row.evaluated_at.getTime() > now.getTime() + FUTURE_SLACK_MS) {
    problems.push({ column: columnOf("evaluated_at"), message: `the row is dated ${isoDay(row.evaluated_at)}, after today (${isoDay(now)}): a figure cannot be reported on a day still to come; fix the date` });
  }
  // A percentage past 100 is a typo (64.5 written 645) or a fraction's scale read wrong: it would
  // top the board. The cell is quoted as written: "found 1005" of a cell `1,005` (a decimal comma,
  // read as a thousands separator) left the editor looking for a 1005 the file does not hold.
  if (owner.unit === "percent" && row.score !== undefined && row.score > 100) {
    problems.push({ column: columnOf("score"), message: `expected a percentage from 0 to 100 (${owner.id} ${owner.version} is in percent in ${ctx.benchmarksFile}), found ${quotedCell(written?.("score"), row.score)}` });
  }
  // A score written with a k, M, B or T reads in thousands, millions...: a count's way of writing
  // (74M tokens), not a score's, but for a benchmark scored in tokens or dollars. On one in minutes
  // `12m` (twelve minutes) read as 12,000,000 (found in review).
  if (owner.unit !== "tokens" && owner.unit !== "usd") {
    for (const c of ["score", "score_low", "score_high", "score_se", "score_ci"] as const) {
      const cell = written?.(c)?.trim() ?? "";
      const suffix = magnitudeSuffix(cell);
      if (suffix && row[c] !== undefined) {
        problems.push({ column: columnOf(c), message: `expected a score in ${owner.unit} as a plain number such as 51, 60.3% or 1,344.5 (${owner.id} ${owner.version} is in ${owner.unit} in ${ctx.benchmarksFile}), found ${JSON.stringify(cell)}: a "${suffix.suffix}" after it reads as ${suffix.reads}; write the number in the benchmark's unit${owner.unit === "minutes" ? " (12 for 12 minutes)" : ""}` });
      }
    }
  }
  const interval = resolveInterval(row, columnOf);
  if (!interval.ok) problems.push({ column: interval.column, message: interval.message });
  // A revision dated before the report it revises, or on a day still to come, is a typo.
  if (row.revised !== undefined && evaluatedAt && isoDay(row.revised) < isoDay(evaluatedAt)) {
    problems.push({ column: columnOf("revised"), message: `expected the day the figures were revised, on or after the report's date (${isoDay(evaluatedAt)}), found ${isoDay(row.revised)}` });
  }
  if (row.revised !== undefined && row.revised.getTime() > now.getTime() + FUTURE_SLACK_MS) {
    problems.push({ column: columnOf("revised"), message: `the row is marked revised on ${isoDay(row.revised)}, after today (${isoDay(now)}): expected the day of the import that revised it` });
  }
  if (problems.length || !ref || !evaluatedAt || !interval.ok) return refused(problems);
  // A mapped setting (agent) and a suffix setting (effort, thinking budget) are both kept: "Droid,
  // medium". Two dated snapshots of one model are two reports, not a duplicate.
  const setting = joinSettings([row.setting, ref.setting]);
  // The editors' note stays in the file: nothing past this point can show it to a reader.
  const { line: _line, model, version: _v, setting: _s, evaluated_at: _e, as_of: _a, score_ci: _ci, score_low: _lo, score_high: _hi, editor_note: _en, revised, ...figures } = row;
  return {
    ok: true,
    owner,
    key: resultKey({ version: owner.version, model: ref.id, setting, snapshot: ref.snapshot, evaluated_at: evaluatedAt, source: row.source, run_id: row.run_id }),
    result: { ...figures, ...interval.value, benchmark: owner.id, version: owner.version, model: ref.id, modelAsWritten: model, setting, snapshot: ref.snapshot, evaluated_at: evaluatedAt, ...(row.evaluated_at === undefined && { dated_by_table: true as const }), ...(revised !== undefined && { revised: isoDay(revised) }) },
  };
}

/** A row's interval from its bounds, its `+a/-b` cell or its standard error; checked against the score. */
function resolveInterval(row: ResultRow, columnOf: (c: string) => string): { ok: true; value: { score_low?: number; score_high?: number } } | { ok: false; column?: string; message: string } {
  const given = (["score_low", "score_high", "score_ci", "score_se"] as const).filter((c) => row[c] !== undefined);
  if (given.length === 0) return { ok: true, value: {} };
  if (row.score === undefined) return { ok: false, column: columnOf(given[0]), message: `an interval needs a score; ${columnOf("score")} is empty` };
  let low = row.score_low;
  let high = row.score_high;
  if ((low === undefined) !== (high === undefined)) {
    return { ok: false, column: columnOf(low === undefined ? "score_low" : "score_high"), message: "an interval needs both bounds (score_low and score_high)" };
  }
  if (low === undefined && row.score_ci) {
    low = row.score - row.score_ci.minus;
    high = row.score + row.score_ci.plus;
  } else if (low === undefined && row.score_se !== undefined) {
    low = row.score - Z95 * row.score_se;
    high = row.score + Z95 * row.score_se;
  }
  const round = (v: number | undefined) => (v === undefined ? undefined : Math.round(v * 1e6) / 1e6);
  if (low !== undefined && high !== undefined && !(low <= row.score && row.score <= high)) {
    return { ok: false, column: columnOf("score_low"), message: `expected an interval around the score ${row.score}, found ${round(low)} to ${round(high)}` };
  }
  return { ok: true, value: { score_low: round(low), score_high: round(high) } };
}

/** One benchmark's reading of a results file: its versions, and the rows they hold. */
export interface FileReader {
  owners: Benchmark[];
  validated: ValidatedTable<Omit<ResultRow, "line">>;
}

/**
 * Reads one results file for every benchmark that lists it. A file usually holds one benchmark
 * (one or several versions of it, told apart by a `version` column); it may also feed several
 * benchmarks (an Artificial Analysis export with one column per evaluation, the Open LLM
 * Leaderboard's six subscores), each reading its own columns through its own column map. A
 * header is then unknown only when no benchmark's map names or ignores it. Map mistakes are
 * reported at the map's line in data/benchmarks.csv.
 */
export function readResultsFile(table: CsvTable, owners: readonly Benchmark[], benchmarksFile: string, problems: Problem[]): FileReader[] {
  const groups = new Map<string, Benchmark[]>();
  for (const o of owners) groups.set(o.id, [...(groups.get(o.id) ?? []), o]);
  const allHeaders = [...groups.values()].flatMap((g) => headersOfMap(g[0].columnMap));
  const readers: FileReader[] = [];
  let first = true;
  for (const group of groups.values()) {
    const maps = new Set(group.map((o) => JSON.stringify(o.columnMap)));
    if (maps.size > 1) {
      problems.push({ file: benchmarksFile, line: group[1].line, column: "column_map", message: `versions sharing ${group[0].file} must have the same column map (see line ${group[0].line})` });
      continue;
    }
    // Without as_of, every row needs its own date: a file without the column is one problem, not one per row.
    const undated = group.filter((o) => !o.as_of);
    const validated = validateTable(table, ResultRowSchema, {
      columnMap: group[0].columnMap,
      requireColumns: [...(group.length > 1 ? ["version"] : []), ...(undated.length > 0 ? ["evaluated_at"] : [])],
      missingHints: { evaluated_at: `; add an evaluated_at column, or set as_of for ${undated.map((o) => `${o.id} ${o.version}`).join(", ")} in ${benchmarksFile}` },
      mapAt: { file: benchmarksFile, line: group[0].line, column: "column_map" },
      otherHeaders: allHeaders,
      reportUnknownColumns: first,
      dateColumns: ["evaluated_at"],
      // One benchmark of a shared file may have no rows of its own (all skipped); the file has rows.
      allowEmpty: !first,
    });
    first = false;
    problems.push(...validated.problems);
    readers.push({ owners: group, validated });
  }
  return readers;
}

/**
 * Every results file listed in the benchmark registry, read through its column maps, each row's
 * version and model resolved (`resolveResultRow`); keys unique per benchmark. Also refuses results
 * files that no benchmark lists. Counts each version's rows in its `resultCount` and the rows its
 * map skipped in `skipped`. Every problem of every row goes to `problems`: a bad cell does not
 * hide the unknown model of the next row.
 */
export function loadResults(files: DataFiles, { benchmarks, benchmarksLoaded, aliases, modelsLoaded, now }: LoadResultsInput, problems: Problem[]): Result[] {
  const benchmarksFile = files.show("benchmarks.csv");
  const modelsFile = files.show("models.csv");
  const byFile = new Map<string, Benchmark[]>();
  for (const b of benchmarks) byFile.set(b.file, [...(byFile.get(b.file) ?? []), b]);
  const results: Result[] = [];
  for (const [relFile, owners] of byFile) {
    const bytes = files.read(relFile);
    if (bytes === undefined) continue; // reported by loadBenchmarks
    const file = files.show(relFile);
    const tooBig = csvTooBig(file, bytes);
    if (tooBig) {
      problems.push(tooBig);
      continue;
    }
    let text: string;
    try {
      text = decodeUtf8(bytes, file);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      problems.push(...error.problems);
      continue;
    }
    const parsed = parseCsv(text, file);
    problems.push(...parsed.problems);
    if (!parsed.table) continue;
    const tooLong = csvTooLong(file, parsed.table);
    if (tooLong) {
      problems.push(tooLong);
      continue;
    }
    // The rows' cells as written, by line, for messages that quote a cell (`quotedCell`).
    const rawRows = new Map(parsed.table.rows.map((r) => [r.line, r]));
    // A revision row of a file several benchmarks read (`--metrics`) may revise one benchmark's
    // figure and give the other's again: it revises nothing only if it does so for every benchmark
    // that reads it (found in review: a same-day refresh of one metric was refused for the other).
    const readBy = new Map<number, number>();
    const revisesNothing = new Map<number, { count: number; problem: Problem }>();
    for (const { owners: group, validated } of readResultsFile(parsed.table, owners, benchmarksFile, problems)) {
      const ctx: ResolveContext = { owners: group, aliases, benchmarksFile, modelsFile, now };
      for (const s of validated.skipped) {
        const skipped = (group[0].skipped ??= {});
        skipped[s.column] = (skipped[s.column] ?? 0) + 1;
      }
      const seenKeys = new Map<string, { line: number; modelAsWritten: string }>();
      // The rows of each key in file order: a report, and the rows that revise it (`foldRevisions`).
      const reports = new Map<string, { result: Result; owner: Benchmark }[]>();
      const columnOfRevised = group[0].columnMap.rename.revised ?? "revised";
      const writtenAt = (line: number): CellsAsWritten => (column) => {
        const raw = rawRows.get(line);
        return raw && mappedCell(raw, column, group[0].columnMap);
      };
      for (const r of validated.rows) {
        const resolved = resolveResultRow(r, ctx, writtenAt(r.line));
        if (!resolved.ok) {
          for (const p of resolved.problems) {
            // A column the header lacks is reported once, at the header.
            if (p.column !== undefined && validated.missingColumns.some((c) => (group[0].columnMap.rename[c] ?? c) === p.column)) continue;
            // With a broken model registry every model would look unknown: its own problems are reported instead.
            if (p.unknownModel && !modelsLoaded) continue;
            problems.push({ file, line: r.line, column: p.column, message: p.message });
          }
          continue;
        }
        // Rows of one key are one report and its revisions: a duplicate only with the same `revised` (or none on both).
        const revisionKey = `${resolved.key}\u0000${resolved.result.revised ?? ""}`;
        const prior = seenKeys.get(revisionKey);
        if (prior !== undefined) {
          problems.push({ file, line: r.line, message: duplicateRowMessage(resolved.result, prior) + (resolved.result.revised ? ` with the same revised day ${resolved.result.revised}` : "") });
          continue;
        }
        seenKeys.set(revisionKey, { line: r.line, modelAsWritten: resolved.result.modelAsWritten });
        const report = { result: { ...resolved.result, file, line: r.line }, owner: resolved.owner };
        const same = reports.get(resolved.key);
        if (same) same.push(report);
        else reports.set(resolved.key, [report]);
      }
      for (const rows of reports.values()) {
        for (const { result } of rows) readBy.set(result.line, (readBy.get(result.line) ?? 0) + 1);
        const folded = foldRevisions(rows.map((x) => x.result), columnOfRevised, file, problems, (row, message) => {
          const same = revisesNothing.get(row.line);
          if (same) same.count++;
          else revisesNothing.set(row.line, { count: 1, problem: { file, line: row.line, column: columnOfRevised, message } });
        });
        if (!folded) continue;
        results.push(folded);
        rows[0].owner.resultCount++;
      }
      // A row refused for a bad cell is read without it too: its other bad cells are reported with it.
      for (const r of validated.refused) {
        for (const p of otherRowProblems(r, ctx, writtenAt(r.line))) {
          if (validated.missingColumns.some((c) => (group[0].columnMap.rename[c] ?? c) === p.column)) continue;
          if (p.unknownModel && !modelsLoaded) continue;
          problems.push({ file, line: r.line, column: p.column, message: p.message });
        }
      }
    }
    for (const [line, same] of revisesNothing) if (same.count === readBy.get(line)) problems.push(same.problem);
  }
  // Every results file within its own limit can still add up to more rows than the build holds.
  if (results.length > MAX_RESULT_ROWS) {
    const over = results[MAX_RESULT_ROWS];
    problems.push({ file: over.file, line: over.line, message: `the results files have ${results.length.toLocaleString("en-US")} rows together; the site may have at most ${MAX_RESULT_ROWS.toLocaleString("en-US")} (see "Limits" in docs/data-format.md), and this is the first row over the limit` });
  }

  // A results CSV that no benchmark lists would be silently ignored: refuse it. (Not while the
  // registry itself is broken: then every file would look unlisted, burying the real problem.)
  if (benchmarksLoaded) {
    for (const name of files.list("results")) {
      // A left-out record (results/<name>.left-out.csv) is read by loadLeftOut, beside its results file.
      if (name.endsWith(".csv") && !isLeftOutFile(name) && !byFile.has(`results/${name}`)) {
        problems.push({ file: files.show(`results/${name}`), line: 1, message: `this results file is not listed in ${benchmarksFile}; add a row whose file is results/${name}` });
      }
    }
  }
  return results;
}

/**
 * The rows of one report key as one result: the row with the latest `revised` day (a row without
 * one is the first report) is the report as it stands, and carries the others, oldest first, in
 * `earlier`, so that a board ranks one row per report and the changelog can say what was revised.
 * A `revised` row with no earlier row of its key revises nothing the file shows: an error at its
 * cell (undefined is returned when no row is left to load). A `revised` row that gives this
 * benchmark's figures again is no revision of them: the report it repeats stands at its line, and
 * the row goes to `unchanged` with the error it makes unless another benchmark of the file reads
 * it as a revision (the caller decides).
 */
export function foldRevisions(rows: readonly Result[], revisedColumn: string, file: string, problems: Problem[], unchanged: (row: Result, message: string) => void): Result | undefined {
  const sorted = [...rows].sort((a, b) => (a.revised ?? "").localeCompare(b.revised ?? "") || a.line - b.line);
  const first = sorted[0];
  if (first.revised !== undefined) {
    problems.push({ file, line: first.line, column: revisedColumn, message: `expected an earlier row of ${describeKey(first)} for this row to revise (the first report, without ${revisedColumn}), found none: empty the cell if this is the first report` });
    return undefined;
  }
  // A revision that gives what the row it revises gave (a copied line, a day's revision undone by
  // hand) revises nothing: the model page would say "revised" with nothing to show for it.
  const cellsOf = ({ line: _l, revised: _r, earlier: _e, modelAsWritten: _m, ...rest }: Result) => JSON.stringify(rest);
  const ordered = [first];
  for (const row of sorted.slice(1)) {
    const before = ordered[ordered.length - 1];
    if (cellsOf(row) === cellsOf(before)) {
      // The same report, written again on a later line (the line an import compares with next).
      ordered[ordered.length - 1] = { ...before, line: row.line };
      unchanged(row, `expected other figures than line ${before.line}, the row of ${describeKey(row)} that this row revises, found the same: delete this row, which revises nothing`);
      continue;
    }
    ordered.push(row);
  }
  const current = ordered[ordered.length - 1];
  if (ordered.length === 1) return current;
  const earlier = ordered.slice(0, -1).map((r) => ({
    line: r.line,
    source_url: r.source_url,
    ...(r.revised !== undefined && { revised: r.revised }),
    ...Object.fromEntries(FIGURE_COLUMNS.flatMap((c) => (r[c] === undefined ? [] : [[c, r[c]]]))),
    ...(r.score_low !== undefined && r.score_high !== undefined && { score_low: r.score_low, score_high: r.score_high }),
    ...(r.note !== undefined && { note: r.note }),
  }));
  return { ...current, earlier };
}

/**
 * The message of a row whose key another row has already: which line, and, where the two rows
 * wrote the model apart (`gemini-1.5-flash-002` and `gemini-1.5-flash-001`, both read as
 * gemini-flash-1-5), both names. Without them the editor sees "duplicate row" of two different
 * scores, and in a wide table (one line per date) "is already on line 4" on line 4 itself.
 * @example duplicateRowMessage({ model: "alpha", version: "v1", evaluated_at, modelAsWritten: "alpha" }, { line: 2, modelAsWritten: "alpha-2025" })
 * // 'duplicate row: alpha v1 on 2025-11-30 is already on line 2 as "alpha-2025" ("alpha" here): both names read as alpha; if the two names are two models or two snapshots, give one of them its own row in data/models.csv'
 */
export function duplicateRowMessage(
  r: Pick<Result, "model" | "setting" | "snapshot" | "version" | "evaluated_at" | "source" | "run_id"> & { modelAsWritten?: string },
  prior: { line: number; modelAsWritten?: string },
  where = "",
): string {
  const message = `duplicate row: ${describeKey(r)} is already on line ${prior.line}${where}`;
  if (r.modelAsWritten === undefined || prior.modelAsWritten === undefined || r.modelAsWritten === prior.modelAsWritten) return message;
  return `${message} as ${JSON.stringify(prior.modelAsWritten)} (${JSON.stringify(r.modelAsWritten)} here): both names read as ${r.model}; if the two names are two models or two snapshots, give one of them its own row in data/models.csv`;
}

/** `claude-opus-4-6 (max) v4.0 on 2026-02-18 from HELM`: a result's key in words. */
function describeKey(r: Pick<Result, "model" | "setting" | "snapshot" | "version" | "evaluated_at" | "source" | "run_id">): string {
  return `${r.model}${r.setting ? ` (${r.setting})` : ""}${r.snapshot ? ` snapshot ${r.snapshot}` : ""} ${r.version} on ${isoDay(r.evaluated_at)}${r.source ? ` from ${r.source}` : ""}${r.run_id ? `, run ${r.run_id}` : ""}`;
}
