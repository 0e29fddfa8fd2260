/**
 * `npm run import:results -- <csv> --new <id> --name ... --unit ... --direction ...` registers a
 * new benchmark from a publisher's file and imports every row that resolves;
 * `npm run import:results -- <csv> --benchmark <id>` merges a publisher's refresh into a
 * benchmark's results file (see src/lib/import/planNewBenchmark.ts and mergeResults.ts).
 *
 * Every problem of every stage (the file's structure, the map, cells, models, dates, duplicates)
 * is reported in one run, each with what to type. Rows that cannot be imported are saved, in the
 * publisher's layout, to a rejects file (written first: a crash afterwards never loses them). The
 * data must load as the build loads it before anything is written. The whole command holds the
 * site's lock and writes each file through a temporary file and a rename
 * (src/integrations/safeWrite.ts): two imports at once never lose a row, a full disk never leaves half
 * a file.
 */
import { existsSync, readFileSync, rmSync, statSync } from "node:fs";
import Papa from "papaparse";
import { basename, join, resolve } from "node:path";
import { parseColumnMap, type ColumnMap } from "../src/schemas/columnMap";
import { repeatedRowLine } from "../src/lib/import/repeatedRows";
import { decodeUtf8, parseCsv, type CsvTable } from "../src/lib/csv/readCsv";
import { rejectsFileLoss } from "../src/lib/import/rejectsFile";
import { dataFilesWithChanges } from "../src/lib/data/dataFiles";
import { loadDataset, type Dataset } from "../src/lib/data/loadDataset";
import { dataFilesOnDisk } from "../src/integrations/dataFilesOnDisk";
import { formatProblem, InputError, type Problem } from "../src/lib/errors";
import { formatAbsent, formatCellChanges, formatDropped, formatMergedRow, formatRejected, formatReplaced, formatSkipped, mergeCounts, mergeResults, writeCsv, type RejectedRow } from "../src/lib/import/mergeResults";
import { planNewBenchmark } from "../src/lib/import/planNewBenchmark";
import { noHeadlineMessage } from "../src/lib/data/noHeadline";
import { MODEL_REGISTRY_HEADER, modelsToAddCsv, unknownModelAdvice } from "../src/lib/import/unknownModelAdvice";
import { shellWord } from "../src/lib/format/shellWord";
import { standInNotes } from "../src/lib/import/standInNotes";
import { earlyResults } from "../src/lib/check/resultsBeforeRelease";
import { plural } from "../src/lib/format/plural";
import { fixAdvice, rejectCauses, rejectsCommand } from "../src/lib/import/rejectsCommand";
import { sameColumnOnce, sameMessageOnce, wideColumnName, wideReason, wideRejects, wideToLong } from "../src/lib/import/wideToLong";
import { addRefusals, asCommandLineRefusal, sameDayModel } from "../src/lib/models/planAddedModels";
import { stageTwinModel, type ModelCells } from "../src/lib/models/planModelImport";
import { didYouMean } from "../src/schemas/nearest";
import { parseCommandLine } from "./lib/commandLine";
import { SiteBusyError, withSiteLock, writeFileSafely } from "../src/integrations/safeWrite";
import { USER_CWD, requireSiteRoot, shownPath, siteRoot, userPath } from "./lib/siteRoot";
import { displayPath } from "../src/lib/format/displayPath";
import { formatDate } from "../src/lib/format/formatDate";
import { parseDateCell } from "../src/schemas/cells";
import { leftOutFileOf } from "../src/schemas/leftOut";
import { hasOwnDate, leftOutCsv, leftOutEntries, leftOutEntry, mergeLeftOut, onePerRow, recordedDating, type LeftOutEntry, type LeftOutMerge, type LeftOutReading } from "../src/lib/import/leftOutRecord";

const USAGE = `usage: npm run import:results -- <publisher.csv> --new <id> --name "Name" --unit <unit> --direction higher|lower [options]
       npm run import:results -- <publisher.csv> --benchmark <id> [options]

A new benchmark (--new): proposes a column map from the file's header (printed; change any pair
with --map), registers the benchmark in data/benchmarks.csv, imports every row that resolves into
data/results/<id>.csv and saves the rest to a rejects file.
  --new <id>             the new benchmark's id (kebab-case)
  --name "Name"          its display name
  --unit <unit>          points, percent, minutes, elo, usd or tokens
  --direction <d>        higher or lower: which scores are better
  --source-url <url>     the publisher's page; also each row's source when the file has no link column
  --description "..."    one sentence (default: "<name>, as published at <host>.")
  --license "..."        the licence of the figures
  --metrics "A,B"        one benchmark per score column: <id>-a, <id>-b (or "x=A,y=B" to name them)
  --metric-unit x=points a metric's unit when it differs from --unit; repeatable
  --listing whole        each date's rows are the publisher's whole board that day (a history
                         such as LMArena's, a row per date): a model not listed on the newest
                         day is shown under the board with its last score, not ranked
  --headline             make it the site's headline benchmark (recap panels, home page, models
                         index); with --metrics, the first. Refused when another benchmark is
                         the headline already
A refresh (--benchmark):
  --benchmark <id>       the registered benchmark the rows belong to
  --skip-unmapped        write the rows that map; save the others to the rejects file
  --partial              the file holds some rows of a table, not the whole table (a rejects
                         file): the runs of the results file it does not list are not reported
                         as no longer listed. The command printed for a rejects file has it
Both:
  --as-of YYYY-MM-DD     the date of the publisher's table (the day it was dated or you
                         downloaded it), for rows without a date. With --new it becomes the
                         benchmark's as_of. A refresh of a table without a date column needs it
                         when rows are new or changed: they are written with this date (in an
                         as_of column); rows already in the file keep theirs
  --version v1           the version the rows belong to (default v1 for --new)
  --map "a=B; ..."       column-map pairs (with --new: on top of the proposed map)
  --wide                 the file has one row per date and one column per model (LMArena's history)
  --missing <value>      with --wide: a cell meaning "no rating" (LMArena writes 0.0); repeatable
  --rejected <file>      where rows that cannot be imported go (default: <csv name>.rejected.csv here)
  --dry-run              report every problem and what would change; write nothing in the site (with
                         --rejected, the rows it would reject are saved to that file and the models to add beside it)
  --root <dir>           the site folder (default: the project)`;

const { values: args, positionals } = parseCommandLine(USAGE, {
  benchmark: { type: "string" },
  new: { type: "string" },
  name: { type: "string" },
  unit: { type: "string" },
  direction: { type: "string" },
  description: { type: "string" },
  "source-url": { type: "string" },
  "as-of": { type: "string" },
  license: { type: "string" },
  metrics: { type: "string" },
  "metric-unit": { type: "string", multiple: true },
  headline: { type: "boolean" },
  listing: { type: "string" },
  version: { type: "string" },
  map: { type: "string" },
  wide: { type: "boolean" },
  missing: { type: "string", multiple: true },
  "dry-run": { type: "boolean" },
  "skip-unmapped": { type: "boolean" },
  partial: { type: "boolean" },
  rejected: { type: "string" },
  root: { type: "string" },
});

/** Ends the command with a message and an exit status (the lock is released on the way out). */
class Stop extends Error {
  constructor(
    message: string,
    readonly code = 1,
  ) {
    super(message);
  }
}

const dryRun = args["dry-run"] ?? false;
const say = (line = "") => console.log(line);
const warn = (line: string) => console.error(line);
const printProblems = (problems: readonly Problem[]) => problems.forEach((p) => warn(formatProblem(p)));

if (positionals.length !== 1 || (!args.benchmark && !args.new) || (args.benchmark && args.new)) {
  console.error(`expected one CSV file and either --new <id> (a new benchmark) or --benchmark <id> (a registered one)\n${USAGE}`);
  process.exit(2);
}
// Options that only make sense with the other form are refused, not silently ignored.
const NEW_ONLY = ["name", "unit", "direction", "description", "source-url", "license", "metrics", "metric-unit", "headline", "listing"] as const;
const REFRESH_ONLY = ["skip-unmapped", "partial"] as const;
const misplaced: string[] = args.benchmark ? NEW_ONLY.filter((o) => args[o] !== undefined) : REFRESH_ONLY.filter((o) => args[o] !== undefined);
if (misplaced.length) {
  console.error(
    `${misplaced.map((o) => `--${o}`).join(", ")} ${misplaced.length === 1 ? "goes" : "go"} with ${args.benchmark ? "--new (registering a benchmark); --benchmark adds rows to a registered one" : `--benchmark; ${misplaced.includes("skip-unmapped") ? "--new always saves the rows it cannot import to the rejects file" : "--new registers a benchmark from a whole table"}`}\n${USAGE}`,
  );
  process.exit(2);
}
const root = siteRoot(args.root);
requireSiteRoot(root);
const inputPath = userPath(positionals[0]);
if (!existsSync(inputPath)) {
  console.error(`${positionals[0]}: no such file`);
  process.exit(1);
}
if (statSync(inputPath).isDirectory()) {
  console.error(`${positionals[0]}: a folder, not a file: give the publisher's CSV file`);
  process.exit(1);
}
const dataDir = join(root, "data");
const inputFile = shownPath(inputPath);
// A rejects file imported again keeps its own name (what still fails replaces it), rather than
// growing a second `.rejected`.
const rejectsPath = args.rejected ? userPath(args.rejected) : join(USER_CWD, `${basename(inputPath).replace(/(\.rejected)?\.csv$/i, "")}.rejected.csv`);
/** Whether the file read is the rejects file: the same path, or the same file under another (a link; a name differing in case on a file system that ignores it). */
const importingRejects = resolve(inputPath) === resolve(rejectsPath) || sameFile(inputPath, rejectsPath);

function sameFile(a: string, b: string): boolean {
  try {
    const [x, y] = [statSync(a), statSync(b)];
    return x.dev === y.dev && x.ino === y.ino;
  } catch {
    return false;
  }
}

/**
 * The rows not imported are saved before the imported ones are written, so that a write that fails
 * (a full disk) leaves them in the rejects file and the publisher's file; except when the file read
 * is the rejects file itself: its fixed rows are then written into data/ first, and the rejects
 * file replaced after, so that a failed write leaves it whole rather than without them.
 */
const rejectsFirst = !importingRejects;

/**
 * A dry run saves the rows it would reject only when asked (`--rejected`), and never over the file
 * it reads: importing a rejects file again, the editor's fixes are in it, and a dry run that
 * replaced it with the rows that still fail would lose the fixed rows without importing them.
 */
function saveRejectsOfDryRun(input: ReturnType<typeof readInput>, rejected: readonly RejectedRow[]): void {
  if (!args.rejected) return;
  if (importingRejects) {
    say(`${shownPath(rejectsPath)} is the file this command reads: a dry run leaves it as it is (run without --dry-run to import its rows and keep in it only those that still fail)`);
    return;
  }
  saveRejects(input, rejected);
}

/** The publisher's file's bytes, read once; a failed read names the file (Node's read error does not). */
function readPublisherFile(): Buffer {
  try {
    return readFileSync(inputPath);
  } catch (error) {
    const e = error as NodeJS.ErrnoException;
    if (typeof e.code === "string" && e.path === undefined) e.path = inputPath;
    throw error;
  }
}

/** The publisher's file as a table (long, when --wide), with its structural problems. */
function readInput(): { table: CsvTable; wide?: CsvTable; dateHeader: string; text: string; problems: Problem[]; skippedCells: number } {
  const bytes = readPublisherFile();
  const text = bytes.toString("utf8");
  let decoded: string;
  try {
    decoded = decodeUtf8(bytes, inputFile);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    printProblems(error.problems);
    throw new Stop(`${inputFile} is not UTF-8 text; save it as UTF-8 and import again.`);
  }
  const parsed = parseCsv(decoded, inputFile, { emptyFirstHeader: args.wide ? "date" : undefined });
  if (!parsed.table) {
    printProblems(parsed.problems);
    // A wide table's date column is often unnamed (LMArena's history, and the rejects file saved from it).
    const wideHint = !args.wide && parsed.problems.some((p) => p.message.startsWith("header cell 1 is empty")) ? ` If it is a wide table (one row per date, one column per model, the first column the dates), pass --wide (and --missing for its "no rating" cells).` : "";
    throw new Stop(`${inputFile} has no usable header (above); nothing written.${wideHint}`);
  }
  if (!args.wide) return { table: parsed.table, dateHeader: "", text, problems: parsed.problems, skippedCells: 0 };
  const long = wideToLong(parsed.table, args.missing ?? []);
  return { table: long.table, wide: parsed.table, dateHeader: firstHeader(text), text, problems: parsed.problems, skippedCells: long.skipped };
}

/**
 * The first header cell as the publisher wrote it (a wide table's date column: LMArena leaves it
 * empty, which parseCsv names "date"). Read once per import: parsing even one row makes Papa Parse
 * guess the line endings and delimiter over the whole text, and the messages of a wide table's
 * 11,000 rejected cells each need it (33 s of CPU on LMArena's history when read per message).
 */
function firstHeader(text: string): string {
  return (Papa.parse<string[]>(text.replace(/^\uFEFF/, ""), { preview: 1 }).data[0]?.[0] ?? "").trim();
}

/**
 * The rejects file already there, as a table; undefined when it cannot be one of this input's
 * (not a regular file, larger than the input could make it, not UTF-8 text, no header), which
 * `rejectsFileLoss` counts as a loss: never read whole when it is a pipe, a device or a huge file
 * (found in review: a link to /dev/zero waited for ever holding the site's lock).
 */
function keptRejects(input: ReturnType<typeof readInput>): CsvTable | undefined {
  const shown = shownPath(rejectsPath);
  const stat = statSync(rejectsPath);
  // Its rows are some of the input's: a file larger than the input's text (with room for quoting) is not its own.
  if (!stat.isFile() || stat.size > 2 * Buffer.byteLength(input.text) + 65_536) return undefined;
  try {
    return parseCsv(decodeUtf8(readFileSync(rejectsPath), shown), shown, { emptyFirstHeader: input.wide ? "date" : undefined }).table;
  } catch (error) {
    if (error instanceof InputError) return undefined;
    throw error;
  }
}

/**
 * Stops the import, before it prints or writes anything more, when it would write its rows not
 * imported over a rejects file with rows its input does not hold (`rejectsFileLoss`); when
 * this run saves nothing (a dry run, a refresh without --skip-unmapped), says so instead.
 */
function guardRejectsFile(input: ReturnType<typeof readInput>, rejected: readonly RejectedRow[], saves: boolean): void {
  if (rejected.length === 0 || importingRejects || !existsSync(rejectsPath)) return;
  const loss = rejectsFileLoss(keptRejects(input), input.wide ?? input.table);
  if (loss.kind === "none") return;
  const rows = loss.kind === "rows" ? `${loss.rows === 1 ? "a row" : `${loss.rows} rows`} that ${inputFile} does not hold as written (rows you fixed in it, an older table's rows the publisher has changed since, or another file's rows)` : "content no import of it could have written (not a file, larger than this file, not UTF-8 text, or no header)";
  const inTheWay = `${shownPath(rejectsPath)} is there already, from an earlier import, with ${rows}: this import ${saves ? "would write" : "would stop rather than write"} its own ${rejected.length === 1 ? "row" : `${rejected.length} rows`} not imported over it. If you fixed rows in it, import it first (the command its import printed); if not, delete it or move it aside; or name another rejects file with --rejected <file>. Then run this import again`;
  if (saves) throw new Stop(`${inTheWay}; nothing written.`);
  warn(`! ${inTheWay}`);
}

/** The rows that were not imported, saved in the publisher's layout before anything else is written. */
function saveRejects(input: ReturnType<typeof readInput>, rejected: readonly RejectedRow[]): void {
  if (rejected.length === 0) {
    if (importingRejects) say(`every row of ${shownPath(rejectsPath)} is imported now: the file can be deleted`);
    return;
  }
  const { header, rows } = input.wide ? wideRejects(input.wide, new Set(rejected.map((r) => r.cells.model)), input.dateHeader) : { header: input.table.header, rows: rejected.map((r) => r.cells) };
  writeFileSafely(rejectsPath, writeCsv(header, rows, input.text));
  say(`saved the ${rejected.length} rows that were not imported to ${shownPath(rejectsPath)} (in the publisher's layout; import it again once they are fixed)`);
}


/** The left-out record of a results file after this import, before anything is written. */
interface LeftOutPlan {
  /** Path inside data/ (`results/<name>.left-out.csv`). */
  file: string;
  /** Its new text; undefined when it is to be deleted (every row it listed is imported now). */
  text?: string;
  merge: LeftOutMerge;
  /** Whether the file is there now. */
  existed: boolean;
}

/**
 * The record in data/ of the publisher's rows this import leaves out (src/lib/import/leftOutRecord.ts):
 * the rows it rejects are added (a row already there is replaced, never doubled), the rows it imports
 * are removed from it, and nothing else changes. Undefined when there is no record and nothing to
 * record. The rejects file stays where it was (the editor's copy to fix and import again); this
 * record is the site's: the board and the digest read it, so a partial board says it is partial.
 */
function planLeftOut(input: ReturnType<typeof readInput>, rejected: readonly RejectedRow[], resultsFile: string, reading: LeftOutReading): LeftOutPlan | undefined {
  const file = leftOutFileOf(resultsFile);
  const path = join(dataDir, file);
  const existed = existsSync(path);
  if (!existed && rejected.length === 0) return undefined;
  const existing = existed ? leftOutEntries(parseCsv(decodeUtf8(readFileSync(path), displayPath(root, path)), displayPath(root, path)).table?.rows.map((r) => r.cells) ?? []) : [];
  const rejectedCells = new Set(rejected.map((r) => r.cells));
  // A row without a date of its own that the record holds with the same figure is that row, whatever --as-of says (recordedDating).
  const dating = recordedDating(existing);
  const recorded = (e: LeftOutEntry, cells: Record<string, string>) => (hasOwnDate(cells, reading) ? e : dating(e));
  const leftOut = onePerRow(
    rejected.map((r) => ({ line: r.line, entry: recorded(leftOutEntry(r.cells, reading, input.wide ? wideReason(r.reason, r.cells.model, input.dateHeader) : r.reason, r.unknownModel), r.cells) })),
    basename(inputPath),
  );
  const imported = input.table.rows.filter((r) => !rejectedCells.has(r.cells)).map((r) => recorded(leftOutEntry(r.cells, reading, ""), r.cells));
  const merge = mergeLeftOut(existing, { leftOut, imported });
  return { file, text: merge.entries.length ? leftOutCsv(merge.entries) : undefined, merge, existed };
}

/** Writes (or deletes, once empty) the left-out record, under the site's lock like every other file. */
function writeLeftOut(plan: LeftOutPlan | undefined): void {
  if (!plan) return;
  const path = join(dataDir, plan.file);
  if (plan.text !== undefined) writeFileSafely(path, plan.text);
  else if (plan.existed) rmSync(path, { force: true });
}

/** What the import did to the left-out record, in one line. */
function leftOutSummary(plan: LeftOutPlan | undefined): string | undefined {
  if (!plan) return undefined;
  const { merge } = plan;
  const shown = displayPath(root, join(dataDir, plan.file));
  const would = dryRun ? "would " : "";
  const n = (x: number) => x.toLocaleString("en-US");
  if (plan.text === undefined) return `${dryRun ? "would delete" : "deleted"} ${shown}: the ${n(merge.removed)} rows it listed as left out are imported now`;
  const changes = [merge.added && `${n(merge.added)} added`, merge.replaced && `${n(merge.replaced)} recorded again${merge.rescored ? `, ${n(merge.rescored)} of them with a new score, which replaces the one recorded` : ""}`, merge.removed && `${n(merge.removed)} removed (imported now)`, merge.folded && `${n(merge.folded)} ${merge.folded === 1 ? "line" : "lines"} written before the run_id column folded into the line of the same row (their scores in its reason)`, merge.kept && (args.partial ? `${n(merge.kept)} kept (rows of the table this file does not hold)` : `${n(merge.kept)} kept that this table does not list (rows of an earlier table: of a model registered since, import that table's rejects file with --partial; of a label the publisher renamed or a day it withdrew, the board counts them until you delete their lines)`)].filter(Boolean).join(", ");
  return `${would}record${dryRun ? "" : "ed"} ${n(merge.entries.length)} left-out rows in ${shown}${changes ? ` (${changes})` : ""}: the board says it does not rank them, and names those that would place in its top 10`;
}

/** Rows whose reasons are printed one by one; beyond, a count by kind (every row is in the rejects file). */
const PRINTED_REJECTS = 200;

/**
 * The command that imports the saved rows again, with every option the rows need to be read as
 * this import read them (src/lib/import/rejectsCommand.ts), copy-pasteable from where the editor ran this one.
 */
function rejectsFollowUp(id: string, skipUnmapped: boolean): string {
  // What still fails then replaces the same file: --rejected only when its default would be another file.
  const defaultOfRejects = join(USER_CWD, `${basename(rejectsPath).replace(/(\.rejected)?\.csv$/i, "")}.rejected.csv`);
  return rejectsCommand({
    file: shownPath(rejectsPath),
    benchmark: id,
    version: args.version,
    wide: args.wide,
    missing: args.missing,
    // After --new the registered column map holds the --map pairs; with --benchmark, --map replaces the map.
    map: args.benchmark ? args.map : undefined,
    asOf: args["as-of"],
    skipUnmapped,
    rejected: resolve(defaultOfRejects) === resolve(rejectsPath) ? undefined : shownPath(rejectsPath),
    root: args.root === undefined ? undefined : shownPath(root),
  });
}

/**
 * Prints the rows not imported and, for unknown models, what to add. `saved`: the rows are in the
 * rejects file, and the command that imports them again is printed; `retry`, when they are not,
 * what to run next (it differs for --new and --benchmark).
 */
function printRejected(input: ReturnType<typeof readInput>, dataset: Dataset, rejected: readonly RejectedRow[], id: string, saved: boolean, retry: string, ratedInFile?: ReadonlyMap<string, ReadonlySet<string>>): void {
  if (rejected.length === 0) return;
  // A wide table's cells are named by the columns of the publisher's file, not of the long shape.
  const lines = formatRejected(inputFile, input.wide ? rejected.map((r) => ({ ...r, reason: wideReason(r.reason, r.cells.model, input.dateHeader) })) : rejected);
  // A wide row's bad date rejects each rating on it in the same words: said once, with the models.
  const shown = input.wide ? sameColumnOnce(sameMessageOnce(lines.map((text, i) => ({ text, model: rejected[i].cells.model })))) : lines.map((text) => ({ text, models: [] as string[], rows: 1 }));
  const ratings = (models: string[]) => (models.length > 1 ? `: the ratings of ${models.length} models on that row, ${models.slice(0, 3).join(", ")}${models.length > 3 ? ` and ${models.length - 3} more` : ""}` : "");
  for (const g of shown.slice(0, PRINTED_REJECTS)) warn(`${g.text} (not imported${ratings(g.models)})`);
  const causes = rejectCauses(rejected);
  if (shown.length > PRINTED_REJECTS) {
    const unprinted = shown.slice(PRINTED_REJECTS).reduce((n, g) => n + g.rows, 0);
    warn(`… and ${unprinted} more rows not imported (every one is saved in the rejects file; --dry-run --rejected <file> saves them without importing): ${causes.unknownModels} name an unknown model, ${causes.duplicates} are duplicates, ${causes.other} have other problems`);
  }
  const header = modelsHeader();
  const released = new Map(dataset.models.flatMap((m) => (m.released ? [[m.id, m.released.toISOString().slice(0, 10)] as const] : [])));
  // The days each model is rated on in this benchmark's table (the file's rows and those already
  // imported), and each unknown name's: a stage twin rated beside its model on the same days is
  // two rows of one table, not the model's other name (found in review: aliased as advised,
  // LMArena's gemini-2.0-flash-exp made two rows of one model and day).
  const rated = new Map<string, Set<string>>();
  const addDay = (map: Map<string, Set<string>>, key: string, day: string) => map.set(key, (map.get(key) ?? new Set<string>()).add(day));
  for (const r of dataset.results) if (r.benchmark === id) addDay(rated, r.model, r.evaluated_at.toISOString().slice(0, 10));
  for (const [model, days] of ratedInFile ?? []) for (const day of days) addDay(rated, model, day);
  const unknownDays = new Map<string, Set<string>>();
  for (const r of rejected) if (r.unknownModel !== undefined && r.date) addDay(unknownDays, r.unknownModel, r.date);
  const stageTwin = (name: string) => {
    const twin = stageTwinModel(name, dataset.aliases);
    const days = unknownDays.get(name);
    const beside = twin && days ? [...days].filter((day) => rated.get(twin.id)?.has(day)).length : 0;
    return twin && beside > 0 ? { ...twin, sameDays: beside } : twin;
  };
  // When each unknown name was first rated: a month-and-day suffix is the model's release day only if then.
  const firstRated = new Map<string, string>();
  for (const r of rejected) {
    if (r.unknownModel === undefined || !r.date) continue;
    const seen = firstRated.get(r.unknownModel);
    if (seen === undefined || r.date < seen) firstRated.set(r.unknownModel, r.date);
  }
  const likelyModel = (name: string) => sameDayModel(name, dataset.aliases, (model) => released.get(model), firstRated.get(name));
  // The same suffix on a name first rated over a year after that release: a later snapshot.
  const laterSnapshot = (name: string) => {
    const first = firstRated.get(name);
    const sameDay = first === undefined || likelyModel(name) ? undefined : sameDayModel(name, dataset.aliases, (model) => released.get(model));
    return sameDay && first ? { ...sameDay, firstRated: first } : undefined;
  };
  // The add's own checks (addRefusals), run on the models-to-add file as the add reads it, row after
  // row, once for the file's notes and the console's advice both (worded for the command line
  // there): found in review, claude-2 was refused in the file, as a family of the rows above it,
  // and not on the console.
  const registry = { rows: modelRegistryRows(), matcher: dataset.aliases, products: dataset.products };
  const fileRows = modelsToAddCsv(rejected, dataset.models, likelyModel, stageTwin, laterSnapshot)?.rows ?? [];
  const fileRefusals = addRefusals(fileRows, registry, { inFile: true });
  const fileNames = new Set(fileRows.map((r) => r.name));
  const refusalOf = (name: string) => (fileNames.has(name) ? fileRefusals.get(name) : addRefusals([{ name, force: laterSnapshot(name) !== undefined }], registry, { inFile: true }).get(name));
  const advice = unknownModelAdvice(rejected, header, likelyModel, stageTwin, (name) => {
    const why = refusalOf(name);
    return why === undefined ? undefined : asCommandLineRefusal(why);
  });
  if (advice.length) {
    warn("");
    warn(`${advice.length} model name${advice.length === 1 ? " is" : "s are"} not in data/models.csv. For each, add a line to data/models.csv (${header.join(",")}; the cells left empty may stay so) such as the one below, or add the name to the aliases cell of the model it is${rejected.some((r) => r.reason.includes("did you mean")) ? " (see the did-you-mean above)" : ""}:`);
    for (const a of advice) warn(`  ${a}`);
  }
  if (!saved) {
    if (advice.length) warn(retry);
    return;
  }
  // The models to add, in the layout `npm run models -- add --from` reads: one file to fill in
  // instead of a line each to retype (LMArena's history has 153 unknown names).
  const toAdd = advice.length ? modelsToAddCsv(rejected, dataset.models, likelyModel, stageTwin, laterSnapshot, () => fileRefusals) : undefined;
  if (toAdd) {
    const toAddPath = rejectsPath.replace(/(\.rejected)?\.csv$/i, "") + ".models-to-add.csv";
    // The editor may have filled in (or cut down) the file an earlier run wrote: never written over
    // (helper-97: a dry run run again lost the labs filled in for 148 LMArena models; helper-98: a
    // file saved with semicolons, or only cut down, read as not filled in). A file that differs
    // from this run's list in any way is kept, and this run's list goes beside it.
    // The `.new.csv` beside a kept file is a reference copy each run rewrites: never the file the
    // editor is told to fill in (helper-100: edits made there, as the message said, were lost).
    const count = toAdd.models;
    // 153 names and 148 models read as a miscount (helper-80): say why they differ.
    const folded = count === advice.length ? "" : ` (of the ${advice.length} names: a model's snapshots and settings are one row, and a name that is a registered model's but for its release day is left out, for its aliases cell)`;
    if (existsSync(toAddPath) && readFileSync(toAddPath, "utf8") !== toAdd.text) {
      const copy = toAddPath.replace(/\.csv$/i, ".new.csv");
      writeFileSafely(copy, toAdd.text);
      warn(`${shownPath(toAddPath)} differs from this run's list of the ${count} model${count === 1 ? "" : "s"} to add${folded} (your edits, or an earlier run's list): kept as it is. This run's list is in ${shownPath(copy)}, a copy every run rewrites: copy the rows you still need from it into yours (do not edit it), or delete yours and the next run writes its list there. Then run: npm run models -- add --from ${shellWord(shownPath(toAddPath))}`);
    } else {
      writeFileSafely(toAddPath, toAdd.text);
      warn(`the ${count} model${count === 1 ? "" : "s"} to add${folded} ${count === 1 ? "is" : "are"} also in ${shownPath(toAddPath)}, as npm run models -- add --from reads them: fill in each row's lab and open_weights (its note has the rows and any likely lab), delete the rows of names that are another model's spelling (add those to its aliases cell instead), then run: npm run models -- add --from ${shellWord(shownPath(toAddPath))}`);
    }
  }
  const fix = fixAdvice(causes, shownPath(rejectsPath));
  warn(`${advice.length ? "then" : fix.charAt(0).toUpperCase() + fix.slice(1) + ", then"} import the saved rows (the command repeats the options they need${causes.unknownModels ? "; with --skip-unmapped, the rows of models you have not added yet stay in the file" : ""}): ${rejectsFollowUp(id, causes.unknownModels > 0)}`);
}

/** data/models.csv's rows as written (the site loaded: the file reads), for the checks of `models -- add`. */
function modelRegistryRows(): ModelCells[] {
  const path = join(dataDir, "models.csv");
  if (!existsSync(path)) return [];
  return parseCsv(decodeUtf8(readFileSync(path), displayPath(root, path)), displayPath(root, path)).table?.rows.map((r) => ({ ...r.cells })) ?? [];
}

/** The header data/models.csv really has, so that a suggested line has its cell count (the site loaded: the file reads). */
function modelsHeader(): readonly string[] {
  const path = join(dataDir, "models.csv");
  if (!existsSync(path)) return MODEL_REGISTRY_HEADER;
  return parseCsv(decodeUtf8(readFileSync(path), displayPath(root, path)), displayPath(root, path)).table?.header ?? MODEL_REGISTRY_HEADER;
}

/**
 * After an import, before the summary, what the file's rows tell about the registry: names read as
 * a stand-in row for want of their own (`standInNotes`), and models rated before their release
 * date there (`earlyResults`: the groups `npm run check` warns of one by one, through
 * `resultsBeforeRelease`; found in review: a new user saw "the site builds with it" and none of the
 * catalog dates that put models' ratings a year before their release).
 */
function printStandIns(dataset: Dataset, file: string): void {
  const labOf = new Map(dataset.models.map((m) => [m.id, m.lab]));
  for (const note of standInNotes(dataset.results, file, (label) => dataset.aliases.match(label), (id) => labOf.get(id))) warn(`! ${note}`);
  const early = earlyResults(dataset.results.filter((r) => r.file === file), dataset.models);
  if (early.length > 0) {
    const names = early.map((g) => g.model.id);
    warn(
      `! ${plural(early.length, "model")} of ${file} ${early.length === 1 ? "has" : "have"} results dated before ${early.length === 1 ? "its" : "their"} release date in data/models.csv (${names.slice(0, 5).join(", ")}${names.length > 5 ? ` and ${names.length - 5} more` : ""}): a catalog's date may be late, or the rows another model's. npm run check lists each, with its lines and what to fix`,
    );
  }
}

function loadSite(): Dataset {
  try {
    return loadDataset(dataFilesOnDisk(dataDir, root));
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    printProblems(error.problems);
    throw new Stop("The site's data has problems (above); fix them first (npm run check), then import again.");
  }
}

function editorMap(): ColumnMap | undefined {
  if (args.map === undefined) return undefined;
  const map = parseColumnMap(args.map);
  if (!map.ok) throw new Stop(`--map: ${map.message}`, 2);
  return map.value;
}

/** `--new`: register the benchmark and import the file. */
function importNew(): void {
  const dataset = loadSite();
  const input = readInput();
  const files = dataFilesOnDisk(dataDir, root);
  const plan = planNewBenchmark(files, dataset, input.table, input.text, {
    id: args.new!,
    name: args.name,
    unit: args.unit,
    direction: args.direction,
    description: args.description,
    sourceUrl: args["source-url"],
    asOf: args["as-of"],
    license: args.license,
    version: args.version,
    metrics: args.metrics,
    metricUnits: args["metric-unit"],
    editorMap: editorMap(),
    headline: args.headline,
    listing: args.listing,
    // A wide table is read long: messages name its columns as the publisher's file has them.
    headerAs: input.wide ? (h) => wideColumnName(h, input.dateHeader) : undefined,
    // Found in review: the command printed for an id already registered lacked --wide and
    // --missing (LMArena's 0.0 cells would then import as Elo 0), --map, --root and the file's folder.
    importCommand: (benchmark, version) =>
      rejectsCommand({ file: inputFile, benchmark, version: version ?? args.version, wide: args.wide, missing: args.missing, map: args.map, asOf: args["as-of"], partial: false, root: args.root === undefined ? undefined : shownPath(root) }),
  });

  say(`Column map proposed from the header of ${inputFile}${args.map ? " (with your --map pairs)" : ""}:`);
  // A wide table's model, score and date are its header, its cells and its first column, not headers that read like them.
  const longColumn = (n: (typeof plan.proposal.notes)[number]) => input.wide && n.from === n.column && wideColumnName(n.column, input.dateHeader) !== n.column;
  for (const n of plan.proposal.notes) say(`  ${n.column.padEnd(22)} ${longColumn(n) ? `${wideColumnName(n.column, input.dateHeader)}  (--wide)` : `${n.from}  (${n.why})`}`);
  if (plan.proposal.map.ignore.length) say(`  ${"ignore".padEnd(22)} ${plan.proposal.map.ignore.join(" | ")}  (not loaded)`);
  for (const b of plan.benchmarks) say(`column_map of ${b.id}: ${b.mapText}`);
  say(`Change any pair with --map "column=Header" (a constant: column='value'), or edit the column_map cell in data/benchmarks.csv afterwards.`);
  say();
  if (input.skippedCells) say(`${input.skippedCells} cells of the wide table hold no rating${args.missing?.length ? ` (empty or ${args.missing.join(", ")})` : ""}: not rows`);
  printProblems(input.problems);
  const savesRejects = !dryRun || (Boolean(args.rejected) && !importingRejects);
  guardRejectsFile(input, plan.rejected, savesRejects);
  printRejected(input, dataset, plan.rejected, plan.benchmarks[0]?.id ?? args.new!, savesRejects, `then run the same command without --dry-run: it registers the benchmark, imports the rows that map and saves these to ${shownPath(rejectsPath)}`, plan.ratedDays);
  for (const b of plan.blocking) warn(b);
  printProblems(plan.loadProblems);
  const stopped = plan.blocking.length + plan.loadProblems.length + input.problems.length;
  const skippedText = plan.skipped.length ? `, ${plan.skipped.length} skipped (${[...new Set(plan.skipped.map((s) => `no ${s.column}`))].join(", ")})` : "";
  for (const r of plan.repeated) say(repeatedRowLine(inputFile, r));
  const repeatedText = plan.repeated.length ? `, ${plan.repeated.length} repeated (imported once)` : "";
  const counts = (verb: string) => `${plan.imported.length} rows ${verb}${skippedText}${repeatedText}, ${plan.rejected.length} rejected`;
  if (stopped) {
    throw new Stop(`${stopped} problem${stopped === 1 ? "" : "s"} above stop the import (${counts("to import")}); nothing written. Fix them (each says what to type) and run the command again; --dry-run shows the same report.`);
  }
  const resultsPath = join(dataDir, plan.resultsFile);
  const leftOut = plan.benchmarks[0] ? planLeftOut(input, plan.rejected, plan.resultsFile, { benchmark: plan.benchmarks[0].id, map: plan.benchmarks[0].map, version: args.version ?? "v1", asOf: args["as-of"] }) : undefined;
  if (leftOut?.text !== undefined) {
    // The record must load as the build loads it, with the new registry row and results file.
    try {
      loadDataset(dataFilesWithChanges(files, { "benchmarks.csv": plan.registryText!, [plan.resultsFile]: plan.resultsText!, [leftOut.file]: leftOut.text }));
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      printProblems(error.problems);
      throw new Stop(`The record of the rows left out, ${displayPath(root, join(dataDir, leftOut.file))}, would not load (problems above); nothing written.`);
    }
  }
  if (dryRun) {
    saveRejectsOfDryRun(input, plan.rejected);
    // The warnings of the site the import would make, as the import itself prints them (found in
    // review: the dry run an editor decides by left out the rows read as a host's copy of a model).
    let planned: Dataset;
    try {
      planned = loadDataset(dataFilesWithChanges(files, { "benchmarks.csv": plan.registryText!, [plan.resultsFile]: plan.resultsText!, ...(leftOut?.text !== undefined && { [leftOut.file]: leftOut.text }) }));
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      printProblems(error.problems);
      throw new Stop(`${displayPath(root, resultsPath)} would not load with the site's data (problems above); nothing written.`);
    }
    printStandIns(planned, displayPath(root, resultsPath));
    const summary = leftOutSummary(leftOut);
    if (summary) say(summary);
    if (plan.registryColumnsAdded) say(`would add the ${plan.registryColumnsAdded.join(", ")} column to the end of data/benchmarks.csv's header, with an empty cell on its other rows`);
    say(`would register ${plan.benchmarks.map((b) => `${b.id} (${b.loaded} rows)`).join(", ")} in data/benchmarks.csv and write ${displayPath(root, resultsPath)}: ${counts("to import")} (dry run: nothing written)`);
    warnNoHeadline(dataset, plan.benchmarks.map((b) => b.id), true);
    return;
  }
  // Each row is in a file at every moment (rejectsFirst).
  if (rejectsFirst) saveRejects(input, plan.rejected);
  writeFileSafely(resultsPath, plan.resultsText!);
  try {
    writeFileSafely(join(dataDir, "benchmarks.csv"), plan.registryText!);
  } catch (error) {
    // Without its registry row the results file would break the build: take it back.
    rmSync(resultsPath, { force: true });
    throw error;
  }
  if (!rejectsFirst) saveRejects(input, plan.rejected);
  // After the registry row: the record of a results file no benchmark reads would not load.
  writeLeftOut(leftOut);
  if (plan.registryColumnsAdded) say(`added the ${plan.registryColumnsAdded.join(", ")} column to the end of data/benchmarks.csv's header, with an empty cell on its other rows`);
  for (const b of plan.benchmarks) {
    const skipped = Object.entries(b.skipped).map(([c, n]) => `${n} without ${c === "score" ? "a score" : `a ${c}`}`);
    say(`registered ${b.id} v${(args.version ?? "v1").replace(/^v/, "")}: ${b.loaded} rows loaded${skipped.length ? `, ${skipped.join(", ")} skipped` : ""}`);
  }
  printStandIns(loadSite(), displayPath(root, resultsPath));
  const leftOutLine = leftOutSummary(leftOut);
  if (leftOutLine) say(leftOutLine);
  say(`imported into ${displayPath(root, resultsPath)}: ${counts("imported")}. The site builds with it: npm run build`);
  warnNoHeadline(dataset, plan.benchmarks.map((b) => b.id), false);
}

/**
 * After --new without --headline on a site with no headline benchmark: what the site will miss and
 * what to set (the same words as npm run check's warning). No benchmark is made the headline unasked.
 */
function warnNoHeadline(dataset: Dataset, newIds: readonly string[], beforeWriting: boolean): void {
  const registry = [...dataset.benchmarks, ...newIds.map((id, i) => ({ id, headline: Boolean(args.headline) && i === 0 }))];
  const message = noHeadlineMessage(registry, "data/benchmarks.csv");
  if (!message) return;
  warn(`warning: ${message}${beforeWriting ? `; or add --headline to this command to feature ${newIds[0]}` : ""}.`);
}

/** `--benchmark`: merge a refresh into the benchmark's file. */
function importRefresh(): void {
  const dataset = loadSite();
  const id = args.benchmark!;
  const ids = [...new Set(dataset.benchmarks.map((b) => b.id))];
  const registered = dataset.benchmarks.filter((b) => b.id === id);
  if (registered.length === 0) throw new Stop(`unknown benchmark "${id}"${didYouMean(id, ids)}; registered in data/benchmarks.csv: ${ids.join(", ")}; to register a new one, use --new ${id} --name "..." --unit ... --direction ...`);
  let owner = args.version ? registered.find((b) => b.version === args.version) : undefined;
  if (args.version && !owner) throw new Stop(`--version ${args.version} is not registered for ${id}; registered: ${registered.map((b) => b.version).join(", ")}`);
  if (!owner) {
    const files = new Set(registered.map((b) => b.file));
    if (files.size > 1) throw new Stop(`${id} has versions in different files (${registered.map((b) => `${b.version}: ${b.file}`).join(", ")}); choose one with --version`);
    owner = registered[0];
  }
  const versions = dataset.benchmarks.filter((b) => b.file === owner.file && b.id === id);
  const sharers = dataset.benchmarks.filter((b) => b.file === owner.file && b.id !== id);
  const targetPath = join(dataDir, owner.file);
  const targetFile = displayPath(root, targetPath);
  const input = readInput();
  const targetText = readFileSync(targetPath, "utf8");
  const target = parseCsv(decodeUtf8(readFileSync(targetPath), targetFile), targetFile);
  if (!target.table) throw new Stop(`${targetFile} cannot be read; run npm run check`);

  let outcome;
  try {
    outcome = mergeResults({
      incoming: input.table,
      target: target.table,
      targetText,
      versions,
      version: args.version,
      aliases: dataset.aliases,
      existing: dataset.results.filter((r) => r.file === targetFile),
      map: editorMap(),
      sharers,
      asOf: args["as-of"],
      partial: args.partial,
    });
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    printProblems([...input.problems, ...error.problems]);
    throw new Stop("Nothing written.");
  }
  printProblems(input.problems);
  // A dry run that has --skip-unmapped already needs only to be run for real.
  const retry =
    dryRun && args["skip-unmapped"] ? `then run the same command without --dry-run: it imports the other rows and saves these to ${shownPath(rejectsPath)}` : `then run the same command again (or pass --skip-unmapped to import the other rows now and save these to ${shownPath(rejectsPath)})`;
  const savesRejects = dryRun ? Boolean(args.rejected) && !importingRejects : Boolean(args["skip-unmapped"]);
  guardRejectsFile(input, outcome.rejected, savesRejects);
  printRejected(input, dataset, outcome.rejected, id, savesRejects, retry);
  const rejectedCount = outcome.rejected.length;
  if (input.problems.length) throw new Stop(`${inputFile} has rows that cannot be read (above); nothing written.`);
  if (dryRun) saveRejectsOfDryRun(input, outcome.rejected);
  const stops: string[] = [];
  // A score column on the wrong scale loads row by row: only the whole column shows it.
  printProblems(outcome.scaleProblems);
  if (outcome.scaleProblems.length) {
    stops.push(`${outcome.scaleProblems.length === 1 ? "The score column above does" : `${outcome.scaleProblems.length} score columns above do`} not fit the unit or the board of ${id}; nothing written (--skip-unmapped or not: every row of it would load, at the wrong size).`);
  }
  if (rejectedCount && !args["skip-unmapped"]) {
    const fix = fixAdvice(rejectCauses(outcome.rejected), inputFile);
    stops.push(`${rejectedCount} of ${input.table.rows.length} rows could not be mapped (above); nothing written. ${fix.charAt(0).toUpperCase()}${fix.slice(1)} and import again, or pass --skip-unmapped to import the other rows and save these to a rejects file.`);
  }
  // Rows of a table without dates take the benchmark's as_of: the date of the table first
  // imported. A row new in this file, or changed since, needs the date of the table it comes from:
  // that same table (a row left out then, a rejects file) or a later one. Only the editor knows which.
  if (outcome.undated.length) {
    for (const r of outcome.undated) {
      warn(`${inputFile}:${r.line}: ${r.model ?? "no model"}${r.setting ? ` (${r.setting})` : ""} ${r.version ?? ""}: ${r.status === "added" ? "new in this table" : `figures differ from ${targetFile}:${r.targetLine}`}, and the file gives no date (needs --as-of)`);
    }
    const tableDates = [...new Set(outcome.undated.map((r) => r.tableDate))].join(", ");
    stops.push(
      `${outcome.undated.length} rows of ${inputFile} are new or changed (above) and the file has no date column: they would take ${tableDates}, the as_of of ${id} in data/benchmarks.csv, the date of the table first imported, and nothing says they were in it; nothing written. Run the same command again with the date of the table these rows come from: --as-of ${tableDates.includes(",") ? "<the as_of of their version>" : tableDates} if they are rows of that same table (rows it left out, a rejects file: they are written without a date, as that table's), else the day the publisher dated this table, or the day you downloaded it (--as-of YYYY-MM-DD: those rows are then written with that date; rows already in the file keep theirs).`,
    );
  }
  // --as-of dates only rows without a date of their own; a table whose every row has one leaves it unused.
  if (args["as-of"] && outcome.withoutDate === 0 && input.table.rows.length > 0) {
    warn(`--as-of ${args["as-of"]} is not used: every row of ${inputFile} has a date of its own, and keeps it (--as-of dates only rows without one)`);
  }
  if (stops.length) throw new Stop(stops.join("\n"));
  // The merged file must load with the build's own loader, together with everything else.
  // A row without a date of its own is the benchmark's as_of table's unless --as-of says otherwise,
  // as --new records it: the same row left out by --new and by a refresh without --as-of is one row
  // of the record, and the rows a refresh imports leave the record whichever way it was dated.
  const recordAsOf = args["as-of"] ?? (owner.as_of && formatDate(owner.as_of, "iso"));
  const leftOut = planLeftOut(input, outcome.rejected, owner.file, { benchmark: id, map: editorMap() ?? owner.columnMap, version: args.version ?? owner.version, asOf: recordAsOf });
  let merged: Dataset;
  try {
    merged = loadDataset(dataFilesWithChanges(dataFilesOnDisk(dataDir, root), { [owner.file]: outcome.text, ...(leftOut?.text !== undefined && { [leftOut.file]: leftOut.text }) }));
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    printProblems(error.problems);
    throw new Stop(`The merged ${targetFile} would not load (problems above); nothing written.`);
  }
  const describe = (r: Parameters<typeof formatMergedRow>[0]) => formatMergedRow(r, inputFile, targetFile);
  for (const r of outcome.added) say(`+ ${describe(r)}${r.before ? ` (an earlier report of the run, dated ${args["as-of"]}: the report of ${r.before.date}, ${targetFile}:${r.before.line}, stays its newest)` : ""}`);
  for (const r of outcome.updated) say(`~ ${describe(r)}${r.appended ? ` (a new row dated ${args["as-of"]}${r.replaced?.length ? `: ${formatCellChanges(r.replaced)}` : ""}; the earlier row is kept)` : formatReplaced(r)}`);
  const again = outcome.updated.filter((r) => r.tableImportedBefore).length;
  if (again > 0) {
    warn(
      `${again} ${again === 1 ? "row's figures differ" : "rows' figures differ"} from what ${targetFile} holds, and a table dated ${args["as-of"]} was imported into it before: they ${dryRun ? "would be" : "are"} written as reports of ${args["as-of"]}. If this file is a later download of that table, the publisher changed ${again === 1 ? "that row" : "those rows"} since: ${dryRun ? "run it" : `undo this import (git checkout ${targetFile}) and import it again`} with --as-of the day you downloaded it, so that the changes are dated when they were made, not ${args["as-of"]}`,
    );
  }
  // Rows without a model are kept in the file (as --new keeps them) and counted on the board page.
  for (const r of outcome.skipped.filter((s) => s.status !== "unchanged")) {
    say(`${r.status === "added" ? "+" : "~"} ${describe({ ...r, model: `no ${r.column}`, version: r.version ?? "" })}${formatSkipped(r)}`);
  }
  for (const r of outcome.repeated) say(repeatedRowLine(inputFile, r));
  // Runs this table no longer lists: kept (a refresh deletes nothing), named for the editor to judge.
  for (const r of outcome.absent) say(formatAbsent(r, targetFile, inputFile));
  for (const line of formatDropped(outcome.dropped, targetFile)) say(line);
  if (!dryRun) {
    // Each row is in a file at every moment (rejectsFirst).
    if (rejectsFirst) saveRejects(input, outcome.rejected);
    writeFileSafely(targetPath, outcome.text);
    // After the results: a failure before leaves the record as it was, beside the results as they were.
    writeLeftOut(leftOut);
    if (!rejectsFirst) saveRejects(input, outcome.rejected);
  }
  // --as-of equal to the benchmark's as_of says "that same table": its rows are written without a date, as that table's.
  const asOfRead = args["as-of"] === undefined ? undefined : parseDateCell(args["as-of"]);
  const sameTable = owner.as_of !== undefined && asOfRead?.ok === true && formatDate(asOfRead.value, "iso") === formatDate(owner.as_of, "iso");
  const asOfNote = sameTable
    ? `; new and changed rows without a date of their own are rows of the table of ${args["as-of"]} (--as-of, the as_of of ${id}): written without a date, as its rows are`
    : `; new and changed rows without a date of their own are dated ${args["as-of"]} (--as-of)`;
  const skippedKept = (["added", "updated", "unchanged"] as const).map((status) => [status, outcome.skipped.filter((s) => s.status === status).length] as const).filter(([, n]) => n > 0);
  const skipped = outcome.skipped.length
    ? `, ${outcome.skipped.length} skipped (${[...new Set(outcome.skipped.map((s) => `no ${s.column}`))].join(", ")}; kept in the file: ${skippedKept.map(([status, n]) => `${n} ${status}`).join(", ")})`
    : "";
  printStandIns(merged, targetFile);
  const leftOutLine = leftOutSummary(leftOut);
  if (leftOutLine) say(leftOutLine);
  say(
    `${dryRun ? "would merge into" : "merged into"} ${targetFile}: ${outcome.added.length} added, ${mergeCounts(outcome.updated)}, ${outcome.unchanged.length} unchanged, ${outcome.repeated.length ? `${outcome.repeated.length} repeated (imported once), ` : ""}${rejectedCount} not mapped${skipped}${outcome.absent.length ? `, ${outcome.absent.length} no longer listed (kept)` : ""}${outcome.dropped.length ? `, ${outcome.dropped.length} no longer listed on their day (kept)` : ""}${args["as-of"] && outcome.withoutDate > 0 && outcome.added.length + outcome.updated.length + outcome.skipped.filter((r) => r.status !== "unchanged").length ? asOfNote : ""}${dryRun ? " (dry run: nothing written)" : ""}`,
  );
}

withSiteLock(root, "import:results", () => (args.new ? importNew() : importRefresh())).then(
  () => {},
  (error) => {
    if (error instanceof Stop) {
      warn(error.message);
      process.exitCode = error.code;
    } else if (error instanceof SiteBusyError) {
      warn(error.message);
      process.exitCode = 1;
    } else if (typeof (error as NodeJS.ErrnoException).code === "string" && (error as NodeJS.ErrnoException).syscall) {
      warn(systemErrorMessage(error as NodeJS.ErrnoException));
      process.exitCode = 1;
    } else {
      throw error;
    }
  },
);

/**
 * What a failed system call tells the editor: a read said as a read (the publisher's file on a
 * failing disk: EIO), a write as a write (a full disk, ENOSPC, or EFBIG past a size limit; a
 * read-only folder), each with the advice its error calls for. Every file this command writes is
 * written whole or not at all (safeWrite.ts), so a failed write leaves the previous content.
 */
function systemErrorMessage(e: NodeJS.ErrnoException): string {
  const what = e.path ? shownPath(e.path) : "a file";
  const reading = ["read", "scandir", "stat", "lstat", "fstat", "readlink"].includes(e.syscall ?? "");
  const advice = ["ENOSPC", "EFBIG", "EDQUOT"].includes(e.code ?? "")
    ? "Free some space and run the command again."
    : ["EACCES", "EPERM", "EROFS"].includes(e.code ?? "")
      ? `Check that you may ${reading ? "read" : "write"} there and run the command again.`
      : "Run the command again once that is mended.";
  return reading
    ? `could not read ${what}: ${e.code} (${e.message}); nothing was written. ${advice}`
    : `could not write ${what}: ${e.code} (${e.message}); the file keeps its previous content. ${advice}`;
}
