import Papa from "papaparse";
import { BENCHMARK_UNITS, isBenchmarkVersion } from "../../schemas/benchmark";
import { formatColumnMap, type ColumnMap } from "../../schemas/columnMap";
import { parseUrlCell } from "../../schemas/cells";
import { asOfProblem } from "./asOfOption";
import { FIGURE_COLUMNS, ResultRowSchema } from "../../schemas/result";
import { slugify } from "../content/slugify";
import { sourceHost } from "../format/sourceHost";
import { decodeUtf8, readCsv, type CsvTable } from "../csv/readCsv";
import { type DataFiles, dataFilesWithChanges } from "../data/dataFiles";
import { loadBenchmarks } from "../data/loadBenchmarks";
import { loadDataset, type Dataset } from "../data/loadDataset";
import { repeatedRows, repeatOf, type RepeatedRow } from "./repeatedRows";
import type { CsvRow } from "../csv/readCsv";
import { duplicateRowMessage, otherRowProblems, readResultsFile, resolveResultRow } from "../data/loadResults";
import { mappedCell, validateTable } from "../csv/validateRows";
import { InputError, type Problem } from "../errors";
import { writeCsv, type RejectedRow } from "./mergeResults";
import { overrideMap, proposeColumnMap, type MapProposal } from "./proposeColumnMap";
import { aboveHundred, aboveHundredQuestion, fractionExample, percentCell, scoreValues } from "./scoreScale";
import { shellWord } from "../format/shellWord";

/** What the editor typed after `--new`. */
export interface NewBenchmarkRequest {
  /** `--new`: the benchmark's id, kebab-case. With `metrics`, the prefix of each metric's id. */
  id: string;
  name?: string;
  unit?: string;
  direction?: string;
  description?: string;
  /** `--source-url`: the publisher's page (registry), and each row's source when the file has no link column. */
  sourceUrl?: string;
  /** `--as-of YYYY-MM-DD`: the date of rows that have none. */
  asOf?: string;
  /** Today, for an `asOf` still to come. Default: the current time. */
  now?: Date;
  license?: string;
  /** `--version`, default `v1`. */
  version?: string;
  /** `--metrics "IFEval,BBH"` or `"ifeval=IFEval,bbh=BBH"`: one benchmark per score column. */
  metrics?: string;
  /** `--metric-unit aa-index=points`: a metric's unit when it differs from `unit`. */
  metricUnits?: readonly string[];
  /** `--map`: pairs that replace the proposed ones. */
  editorMap?: ColumnMap;
  /** Where the new results file goes, inside data/; default `results/<id>.csv`. */
  file?: string;
  /** `--headline`: the new benchmark (with `metrics`, the first) becomes the site's headline one. */
  headline?: boolean;
  /** `--listing whole`: each date's rows are the publisher's whole board that day (`BenchmarkRowSchema.listing`). */
  listing?: string;
  /** How messages name a column of `incoming` in the publisher's file (a wide table read long: see wideColumnName). */
  headerAs?: (header: string) => string;
  /**
   * The command that imports this file into a registered benchmark, with the options the file
   * needs to read as this one does (`--wide`, `--missing`, `--map`, `--root`) and its path as the
   * editor typed it; without it, the file's name and `--benchmark` alone.
   */
  importCommand?: (benchmark: string, version?: string) => string;
}

/** One benchmark the plan registers. */
export interface PlannedBenchmark {
  id: string;
  name: string;
  map: ColumnMap;
  /** The map as written in data/benchmarks.csv. */
  mapText: string;
  /** Rows it would load, and rows its map skips, by column. */
  loaded: number;
  skipped: Record<string, number>;
}

/** Everything `import:results --new` would do, computed before anything is written. */
export interface NewBenchmarkPlan {
  proposal: MapProposal;
  benchmarks: PlannedBenchmark[];
  /** Problems that stop the import (the request, the map, the header), each saying what to type. */
  blocking: string[];
  /** The new text of data/benchmarks.csv and of the results file (path inside data/). */
  registryText?: string;
  /** Columns added to the end of data/benchmarks.csv's header (with an empty cell on its rows) for the new row. */
  registryColumnsAdded?: string[];
  resultsFile: string;
  resultsText?: string;
  /** Lines of the publisher's file that are imported. */
  imported: number[];
  /** The days (YYYY-MM-DD) each registered model is rated on in the file, by model id: what a name rejected on the same days is rated beside. */
  ratedDays?: Map<string, Set<string>>;
  /** Rows that repeat an earlier row of the table cell for cell, which went in: imported once (`repeatOf`). */
  repeated: RepeatedRow[];
  /** Rows that are not, with every reason. */
  rejected: RejectedRow[];
  /** Rows every benchmark's map skips (no model), with the column. */
  skipped: { line: number; column: string }[];
  /** What loading the whole site with the new files says (empty when it loads). */
  loadProblems: Problem[];
}

const FIGURES_OF_THE_FIRST = FIGURE_COLUMNS.filter((c) => c !== "score");

/** `"IFEval,BBH"` or `"ifeval=IFEval, bbh=BBH"` as (id, header) pairs; ids default to `<prefix>-<slug>`. */
export function parseMetrics(prefix: string, text: string): { id: string; header: string }[] {
  return text
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const eq = part.indexOf("=");
      return eq > 0 ? { id: part.slice(0, eq).trim(), header: part.slice(eq + 1).trim() } : { id: `${prefix}-${slugify(part)}`, header: part };
    });
}

/** The most frequent non-empty value of a column. */
function mostCommon(table: CsvTable, header: string): string | undefined {
  const counts = new Map<string, number>();
  for (const r of table.rows) {
    const v = (r.cells[header] ?? "").trim();
    if (v) counts.set(v, (counts.get(v) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
}

/**
 * Appends rows to a CSV text without touching its existing lines: same byte-order mark, line
 * ends and trailing blank lines, cells quoted only where needed.
 */
export function appendCsvRows(text: string, header: readonly string[], rows: readonly Record<string, string>[]): string {
  const newline = text.includes("\r\n") ? "\r\n" : "\n";
  const body = text.replace(/(?:\r?\n)+$/, "");
  const trailing = text.slice(body.length) || newline;
  const lines = rows.map((r) => Papa.unparse([header.map((h) => r[h] ?? "")], { newline }));
  return `${body}${newline}${lines.join(newline)}${trailing}`;
}

/**
 * A CSV text with `columns` added at the end of its header and an empty cell for them on every
 * row, or undefined when the text would not be written back byte for byte by the same writer
 * (quoting or line ends of its own): an optional registry column the import needs (`listing`)
 * is added to a registry that lacks it, and a file the writer cannot reproduce is left to the
 * editor rather than rewritten.
 * @example widenCsvHeader("id,name\na,A\n", ["listing"]) // "id,name,listing\na,A,\n"
 */
export function widenCsvHeader(text: string, columns: readonly string[]): string | undefined {
  const bom = text.startsWith("\uFEFF") ? "\uFEFF" : "";
  const newline = text.includes("\r\n") ? "\r\n" : "\n";
  const body = text.slice(bom.length).replace(/(?:\r?\n)+$/, "");
  const trailing = text.slice(bom.length + body.length);
  const parsed = Papa.parse<string[]>(body, { newline });
  if (parsed.errors.length > 0 || Papa.unparse(parsed.data, { newline }) !== body) return undefined;
  const widened = parsed.data.map((cells, i) => [...cells, ...columns.map((c) => (i === 0 ? c : ""))]);
  return `${bom}${Papa.unparse(widened, { newline })}${trailing}`;
}

/**
 * Plans the registration and first import of a new benchmark from a publisher's file, without
 * writing: proposes the column map from the header and cells (the editor's `--map` pairs on top),
 * registers one benchmark (or one per `--metrics` column, all reading one file), reads every row
 * as the build will, and splits the rows into imported, skipped (the map says so) and rejected
 * (every reason of every row, in one pass). The new data must then load as the build loads it.
 */
export function planNewBenchmark(files: DataFiles, dataset: Dataset, incoming: CsvTable, incomingText: string, request: NewBenchmarkRequest): NewBenchmarkPlan {
  const blocking: string[] = [];
  const version = request.version ?? "v1";
  const metrics = request.metrics ? parseMetrics(request.id, request.metrics) : [];
  // A new version of a registered benchmark (`--new <its id> --version <a version it lacks>`, a
  // publisher's new edition) gets a results file of its own: its board is never mixed with the others'.
  const newVersionOf = request.version !== undefined && !request.metrics && dataset.benchmarks.some((b) => b.id === request.id) && !dataset.benchmarks.some((b) => b.id === request.id && b.version === request.version);
  const resultsFile = request.file ?? (newVersionOf ? `results/${request.id}-${slugify(version)}.csv` : `results/${request.id}.csv`);
  const plan: NewBenchmarkPlan = { proposal: { map: { rename: {}, ignore: [] }, notes: [], problems: [] }, benchmarks: [], blocking, resultsFile, imported: [], repeated: [], rejected: [], skipped: [], loadProblems: [] };

  // The request itself.
  const ids = metrics.length ? metrics.map((m) => m.id) : [request.id];
  for (const id of ids) {
    if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)) blocking.push(`--new ${id}: expected a kebab-case id such as ${slugify(id) || "my-benchmark"}`);
    const registered = dataset.benchmarks.filter((b) => b.id === id);
    if (registered.length && !newVersionOf) {
      // What makes a new version: --version, but not with --metrics (whose benchmarks share one
      // file: `newVersionOf` is never set for them), and not a version it has already; the advice
      // "add --version" sent an editor of --metrics round in a loop (found in review).
      const newVersion = request.metrics
        ? `--version makes no new version of benchmarks read with --metrics from one file; for another edition of the table, choose another --new id than ${request.id}`
        : request.version !== undefined
          ? `${id} has ${request.version} already: for a new version of it, give --version a version it lacks`
          : "for a new version of it, add --version <that version> to this command";
      // The command last, with this file's name, so that the line pastes as printed (found in review).
      const newest = registered.at(-1)!.version;
      blocking.push(
        `--new ${id}: ${id} is already registered in ${files.show("benchmarks.csv")} (versions ${registered.map((b) => b.version).join(", ")}); ${newVersion}; to add rows to it${registered.length > 1 ? ` (to ${newest} here; another version with --version)` : ""}, run: ${request.importCommand?.(id, registered.length > 1 ? newest : undefined) ?? `npm run import:results -- ${shellWord(incoming.file)} --benchmark ${id}${registered.length > 1 ? ` --version ${newest}` : ""}`}`,
      );
    }
  }
  if (!request.name) blocking.push(`--name is required with --new: the benchmark's display name, e.g. --name "${request.id}"`);
  if (!request.unit || !(BENCHMARK_UNITS as readonly string[]).includes(request.unit)) blocking.push(`--unit: expected one of ${BENCHMARK_UNITS.join(", ")}${request.unit ? `, found ${JSON.stringify(request.unit)}` : ""}`);
  if (request.direction !== "higher" && request.direction !== "lower") blocking.push(`--direction: expected higher or lower (which scores are better)${request.direction ? `, found ${JSON.stringify(request.direction)}` : ""}`);
  const asOfWrong = asOfProblem(request.asOf, request.now ?? new Date());
  if (asOfWrong) blocking.push(asOfWrong);
  if (!isBenchmarkVersion(version)) blocking.push(`--version: expected a version such as v1 or v4.0, found ${JSON.stringify(version)}`);
  if (files.exists(resultsFile)) blocking.push(`${files.show(resultsFile)} exists already; choose another id, or import into its benchmark with --benchmark`);
  for (const m of metrics) if (!incoming.header.includes(m.header)) blocking.push(`--metrics: ${incoming.file} has no column ${JSON.stringify(m.header)}; its columns are ${incoming.header.join(", ")}`);
  const unitOf = new Map<string, string>();
  for (const pair of request.metricUnits ?? []) {
    const [id, unit] = pair.split("=").map((x) => x.trim());
    if (!ids.includes(id)) blocking.push(`--metric-unit ${pair}: ${JSON.stringify(id)} is not one of the metrics (${ids.join(", ")})`);
    else if (!(BENCHMARK_UNITS as readonly string[]).includes(unit)) blocking.push(`--metric-unit ${pair}: expected one of ${BENCHMARK_UNITS.join(", ")}`);
    else unitOf.set(id, unit);
  }

  // The map: proposed, then the editor's pairs; the proposal's open questions the editor answered are closed.
  const proposal = proposeColumnMap(incoming, { sourceUrl: request.sourceUrl, asOf: request.asOf !== undefined, metricHeaders: metrics.map((m) => m.header), headerAs: request.headerAs });
  plan.proposal = proposal;
  const map = request.editorMap ? overrideMap(proposal.map, request.editorMap) : proposal.map;
  const answered = (problem: string) =>
    (problem.includes('"model=') && map.rename.model) ||
    (problem.startsWith("the column read as the score") ? request.editorMap?.rename.score !== undefined : problem.includes('"score=') && map.rename.score) ||
    (problem.includes("--source-url") && (map.rename.source_url || map.constants?.source_url)) ||
    (problem.startsWith("no column holds the date") && map.rename.evaluated_at) ||
    (problem.includes("date_format") && map.dateFormat) ||
    [...Object.values(request.editorMap?.rename ?? {}), ...(request.editorMap?.ignore ?? [])].some((h) => problem.startsWith(`${h} reads like the source's name`));
  blocking.push(...proposal.problems.filter((p) => !answered(p)));

  // One benchmark, or one per metric: the first keeps the file's other figures, the others skip rows without their score.
  const planned = (metrics.length ? metrics : [{ id: request.id, header: map.rename.score }]).map((m, i) => {
    const own: ColumnMap = structuredClone(map);
    if (metrics.length) {
      own.rename.score = m.header;
      own.ignore = own.ignore.filter((h) => h !== m.header);
      if (i > 0) {
        for (const c of FIGURES_OF_THE_FIRST) delete own.rename[c];
        for (const c of ["score_low", "score_high", "score_ci", "score_se"]) delete own.rename[c];
        own.skipEmpty = [...new Set([...(own.skipEmpty ?? []), "score"])];
      }
    }
    const name = metrics.length ? `${request.name}: ${m.header}` : (request.name ?? request.id);
    return { id: m.id, name, map: own, mapText: formatColumnMap(own), loaded: 0, skipped: {} as Record<string, number> };
  });
  plan.benchmarks = planned;
  // Scores written as percentages (`64.5%`) read as plain numbers in any unit: registered in
  // points or elo, the board would show 64.5 points. The unit chosen is the likelier mistake.
  // The other way round, scores that are all fractions of 1 (0.645) on a percent board would show
  // as 0.6%: asked, since a board of scores under 1% exists too (the editor then says so).
  for (const b of planned) {
    const unit = unitOf.get(b.id) ?? request.unit;
    const header = b.map.rename.score;
    if (!unit || !(BENCHMARK_UNITS as readonly string[]).includes(unit) || !header) continue;
    const cells = incoming.rows.flatMap((r) => {
      const text = (mappedCell(r, "score", b.map) ?? "").trim();
      return text === "" ? [] : [{ line: r.line, text }];
    });
    const percent = percentCell(cells);
    if (unit !== "percent") {
      if (!percent) continue;
      const option = metrics.length ? `--metric-unit ${b.id}=percent` : "--unit percent";
      blocking.push(`${incoming.file}:${percent.line} column ${JSON.stringify(header)}: the scores are percentages (${JSON.stringify(percent.text)}), but ${b.id} would be registered in ${unit}, and its board would show them as ${unit}; pass ${option}`);
      continue;
    }
    // Cells that are no number (`n/a`) are the loader's to refuse; the others decide.
    const values = percent ? [] : scoreValues(cells);
    const example = fractionExample(values);
    const confirmed = metrics.length ? unitOf.get(b.id) === "percent" : request.editorMap?.rename.score !== undefined;
    // What says "these are percentages" for this column, in either question below.
    const sure = metrics.length ? `--metric-unit ${b.id}=percent` : `--map "score=${header}"`;
    // Scores above 100 without `%` (METR's minutes): the loader refuses those rows one by one, and
    // would take the others as percentages; the unit is the likelier mistake, so the column is asked about.
    const above = aboveHundred(values);
    if (above && !confirmed) {
      const unitOption = metrics.length ? `--metric-unit ${b.id}=minutes, points, elo...` : "--unit minutes, points, elo...";
      const rest = above.within ? `they are refused and the others would show as percentages (${above.within.text}%)` : "every row would be refused";
      blocking.push(
        `${incoming.file}:${above.first.line} column ${JSON.stringify(header)}: ${aboveHundredQuestion(above)} On ${b.id}, in percent, ${rest}. Pass the unit it is in (${unitOption}); if it is percentages, fix the scores above 100, or say so with ${sure} (they then go to the rejects file)`,
      );
      continue;
    }
    if (example && !confirmed) {
      const other = metrics.length ? `--metric-unit ${b.id}=points` : "--unit points";
      blocking.push(`${incoming.file}:${example.line} column ${JSON.stringify(header)}: every score is between 0 and 1 (${JSON.stringify(example.text)}), fractions rather than percentages? On ${b.id}, in percent, ${example.text} would show as ${example.text}%. For fractions, pass ${other} (the board shows them as written); if they are percentages under 1%, say so with ${sure}`);
    }
  }
  if (blocking.length) return plan;

  // The registry rows, appended to data/benchmarks.csv as it is.
  const registryPath = "benchmarks.csv";
  const registryBytes = files.read(registryPath);
  // Strict, and with its byte-order mark: the registry is written back with the new rows (and
  // maybe a new column), every existing byte in place.
  const registryText = registryBytes ? decodeUtf8(registryBytes, files.show(registryPath), { keepBom: true }) : "";
  const registryHeader = registryText ? readCsv(registryText, files.show(registryPath)).header : [];
  const publisherPage = request.sourceUrl ?? (map.rename.source_url ? mostCommon(incoming, map.rename.source_url) : map.constants?.source_url);
  if (!publisherPage || !parseUrlCell(publisherPage).ok) {
    blocking.push("pass --source-url https://... (the publisher's page, shown on the board)");
    return plan;
  }
  const host = sourceHost(publisherPage);
  // One headline per site (the loader refuses two): --headline does not take it from another benchmark silently.
  const currentHeadline = dataset.benchmarks.find((b) => b.headline);
  if (request.headline && currentHeadline) {
    blocking.push(`--headline: ${currentHeadline.id} is the headline benchmark already (${files.show(registryPath)}:${currentHeadline.line}, column headline); empty its headline cell first to feature ${planned[0].id} instead, or leave out --headline`);
    return plan;
  }
  const rows = planned.map((b, i) => ({
    id: b.id,
    name: b.name,
    version,
    unit: unitOf.get(b.id) ?? request.unit!,
    direction: request.direction!,
    description: request.description ?? `${b.name}, as published at ${host}.`,
    source_url: publisherPage,
    license: request.license ?? "",
    file: resultsFile,
    as_of: request.asOf ?? "",
    headline: request.headline && i === 0 ? "true" : "",
    column_map: b.mapText,
    listing: request.listing ?? "",
  }));
  const missingColumns = ["column_map", "as_of", "license", "headline", "listing"].filter((c) => rows.some((r) => r[c as keyof typeof r]) && !registryHeader.includes(c));
  // A registry older than `listing` gains the column (an empty cell on its rows), when it can be written back as it is.
  const widened = missingColumns.length === 1 && missingColumns[0] === "listing" && registryText ? widenCsvHeader(registryText, ["listing"]) : undefined;
  if (missingColumns.length && !widened) {
    blocking.push(`${files.show(registryPath)} has no ${missingColumns.join(", ")} column; add ${missingColumns.length === 1 ? "it" : "them"} to the end of its header, and a comma to the end of each of its rows`);
    return plan;
  }
  if (widened) plan.registryColumnsAdded = ["listing"];
  plan.registryText = appendCsvRows(widened ?? registryText, widened ? [...registryHeader, "listing"] : registryHeader, rows);

  // The benchmarks as the loader will see them, then every row read for each of them.
  const withRegistry = dataFilesWithChanges(files, { [registryPath]: plan.registryText, [resultsFile]: incomingText });
  const registryProblems: Problem[] = [];
  const owners = loadBenchmarks(withRegistry, registryProblems).benchmarks.filter((b) => ids.includes(b.id) && b.version === version);
  // The header and the maps once; then each row on its own (a wide table's long rows share their date row's line).
  const headerProblems: Problem[] = [];
  const readers = readResultsFile({ ...incoming, rows: [] }, owners, files.show(registryPath), headerProblems);
  const mapProblems = [...registryProblems, ...headerProblems.filter((p) => p.message !== "the file has a header but no data rows")];
  if (mapProblems.length) {
    blocking.push(...mapProblems.map((p) => `${p.file}:${p.line}${p.column ? ` column ${JSON.stringify(p.column)}` : ""}: ${p.message}`));
    return plan;
  }
  const reasonOf = (p: { column?: string; message: string }) => (p.column ? `column ${JSON.stringify(p.column)}: ${p.message}` : p.message);
  const seen = readers.map(() => new Map<string, { line: number; modelAsWritten: string }>());
  const kept: Record<string, string>[] = [];
  const repeats = repeatedRows(incoming.rows);
  // The rows written to the results file (imported, or kept without a model): a repeat of another is read as any row.
  const wentIn = new Set<CsvRow>();
  for (const row of incoming.rows) {
    const repeat = repeatOf(row, repeats, (twin) => wentIn.has(twin));
    if (repeat) {
      plan.repeated.push(repeat);
      continue;
    }
    const reasons: string[] = [];
    let unknownModel: string | undefined;
    let unknownDate: Date | undefined;
    let skippedColumn: string | undefined;
    let skippedBy = 0;
    readers.forEach((reader, i) => {
      const one = validateTable({ ...incoming, rows: [row] }, ResultRowSchema, {
        columnMap: reader.owners[0].columnMap,
        allowEmpty: true,
        reportUnknownColumns: false,
        requireColumns: reader.owners.length > 1 ? ["version"] : [],
        dateColumns: ["evaluated_at"],
      });
      if (one.skipped.length) {
        const mine = planned.find((b) => b.id === reader.owners[0].id)!;
        mine.skipped[one.skipped[0].column] = (mine.skipped[one.skipped[0].column] ?? 0) + 1;
        skippedColumn = one.skipped[0].column;
        skippedBy++;
        return;
      }
      reasons.push(...one.problems.map(reasonOf));
      const context = { owners: reader.owners, aliases: dataset.aliases, benchmarksFile: files.show(registryPath), modelsFile: files.show("models.csv"), now: request.now };
      const written = (column: string) => mappedCell(row, column, reader.owners[0].columnMap);
      // A row refused for a bad cell, read without it: its other problems too (an unknown model, a date still to come).
      for (const refused of one.refused) {
        const others = otherRowProblems(refused, context, written);
        reasons.push(...others.map(reasonOf));
        if (others.some((p) => p.unknownModel)) unknownModel = String(refused.cells.model);
      }
      for (const parsed of one.rows) {
        const resolved = resolveResultRow(parsed, context, written);
        if (!resolved.ok) {
          reasons.push(...resolved.problems.map(reasonOf));
          if (resolved.unknownModel) {
            unknownModel = parsed.model;
            unknownDate = parsed.evaluated_at;
          }
          continue;
        }
        const prior = seen[i].get(resolved.key);
        if (prior !== undefined) reasons.push(duplicateRowMessage(resolved.result, prior));
        else seen[i].set(resolved.key, { line: row.line, modelAsWritten: resolved.result.modelAsWritten });
        if (resolved.result.evaluated_at) {
          plan.ratedDays ??= new Map();
          const days = plan.ratedDays.get(resolved.result.model) ?? new Set<string>();
          days.add(resolved.result.evaluated_at.toISOString().slice(0, 10));
          plan.ratedDays.set(resolved.result.model, days);
        }
      }
    });
    if (reasons.length) {
      plan.rejected.push({ line: row.line, cells: row.cells, reason: [...new Set(reasons)].join("; "), ...(unknownModel !== undefined ? { unknownModel } : {}), ...(unknownDate ? { date: unknownDate.toISOString().slice(0, 10) } : {}) });
      continue;
    }
    // Skipped rows stay in the file (the loader skips and counts them again); a row every benchmark skips is not imported.
    if (skippedBy === readers.length) plan.skipped.push({ line: row.line, column: skippedColumn! });
    else plan.imported.push(row.line);
    kept.push(row.cells);
    wentIn.add(row);
  }
  if (plan.imported.length === 0) {
    blocking.push(`no row of ${incoming.file} can be imported (${plan.rejected.length} rejected, ${plan.skipped.length} skipped); see the reasons above`);
    return plan;
  }
  plan.resultsText = writeCsv(incoming.header, kept, incomingText);

  // The site as it would be: every file must load, as the build loads it.
  try {
    const after = loadDataset(dataFilesWithChanges(files, { [registryPath]: plan.registryText, [resultsFile]: plan.resultsText }));
    for (const b of planned) b.loaded = after.benchmarks.filter((x) => x.id === b.id && x.version === version).reduce((a, x) => a + x.resultCount, 0);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    plan.loadProblems = error.problems;
  }
  return plan;
}
