/**
 * `npm run import:results -- <csv> --benchmark <id> [--version v1] [--map "score=Accuracy"]
 * [--dry-run] [--skip-unmapped] [--rejected <file>] [--root <dir>]`: appends or merges a
 * publisher's CSV into the benchmark's results file (see src/lib/import/mergeResults.ts).
 * Rows that cannot be mapped are printed with their line; by default nothing is then written and
 * the exit status is 1; with --skip-unmapped the other rows are written and the unmapped ones saved
 * to a .rejected.csv file in the publisher's layout, to fix and import again.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { parseColumnMap } from "../src/schemas/columnMap";
import { decodeUtf8, readCsv } from "../src/lib/csv/readCsv";
import { type Dataset } from "../src/lib/data/loadDataset";
import { readDataset } from "../src/integrations/readDataset";
import { formatProblem, InputError } from "../src/lib/errors";
import { formatRejected, mergeResults, writeCsv } from "../src/lib/import/mergeResults";
import { didYouMean } from "../src/schemas/nearest";
import { parseCommandLine } from "./lib/commandLine";
import { USER_CWD, fail, requireSiteRoot, shownPath, siteRoot, userPath } from "./lib/siteRoot";
import { displayPath } from "../src/lib/format/displayPath";

const USAGE = `usage: npm run import:results -- <publisher.csv> --benchmark <id> [options]
  --version v1         the version the rows belong to (needed when several are registered)
  --map "a=B; ignore=x|y"  how the file's headers map to our columns (default: the benchmark's column_map)
  --dry-run            show what would change; write nothing
  --skip-unmapped      write the rows that map; save the others to a .rejected.csv file
  --rejected <file>    where --skip-unmapped saves them (default: <csv name>.rejected.csv here)
  --root <dir>         the site folder (default: the project)`;

const { values: args, positionals } = parseCommandLine(USAGE, {
  benchmark: { type: "string" },
  version: { type: "string" },
  map: { type: "string" },
  "dry-run": { type: "boolean" },
  "skip-unmapped": { type: "boolean" },
  rejected: { type: "string" },
  root: { type: "string" },
});
if (positionals.length !== 1 || !args.benchmark) fail(`expected one CSV file and --benchmark <id>\n${USAGE}`, 2);
const root = siteRoot(args.root);
requireSiteRoot(root);
const inputPath = userPath(positionals[0]);
if (!existsSync(inputPath)) fail(`${positionals[0]}: no such file`);
const dryRun = args["dry-run"] ?? false;
const printProblems = (error: InputError) => error.problems.forEach((p) => console.error(formatProblem(p)));

// The data must load before anything is merged into it.
const dataDir = join(root, "data");
let dataset: Dataset;
try {
  dataset = readDataset({ dataDir, displayRoot: root });
} catch (error) {
  if (!(error instanceof InputError)) throw error;
  printProblems(error);
  fail("The data has problems (above); fix them first (npm run check), then import again.");
}

// The benchmark version(s), and the file they are stored in.
const id = args.benchmark;
const registered = dataset.benchmarks.filter((b) => b.id === id);
if (registered.length === 0) fail(`unknown benchmark "${id}"${didYouMean(id, [...new Set(dataset.benchmarks.map((b) => b.id))])}; registered in data/benchmarks.csv: ${[...new Set(dataset.benchmarks.map((b) => b.id))].join(", ")}`);
let owner = args.version ? registered.find((b) => b.version === args.version) : undefined;
if (args.version && !owner) fail(`--version ${args.version} is not registered for ${id}; registered: ${registered.map((b) => b.version).join(", ")}`);
if (!owner) {
  const files = new Set(registered.map((b) => b.file));
  if (files.size > 1) fail(`${id} has versions in different files (${registered.map((b) => `${b.version}: ${b.file}`).join(", ")}); choose one with --version`);
  owner = registered[0];
}
const versions = dataset.benchmarks.filter((b) => b.file === owner.file);
const targetPath = join(dataDir, owner.file);
const targetFile = displayPath(root, targetPath);

let outcome;
try {
  const targetText = decodeUtf8(readFileSync(targetPath), targetFile);
  const inputFile = shownPath(inputPath);
  const incoming = readCsv(decodeUtf8(readFileSync(inputPath), inputFile), inputFile);
  const map = args.map === undefined ? undefined : parseColumnMap(args.map);
  if (map && !map.ok) fail(`--map: ${map.message}`);
  outcome = mergeResults({
    incoming,
    target: readCsv(targetText, targetFile),
    // Node's own UTF-8 reading keeps a byte-order mark, which the written file must keep too.
    targetText: readFileSync(targetPath, "utf8"),
    versions,
    version: args.version,
    aliases: dataset.aliases,
    existing: dataset.results.filter((r) => r.file === targetFile),
    map: map?.value,
  });

  for (const line of formatRejected(inputFile, outcome.rejected)) console.error(`${line} (not imported)`);
  const rejectedCount = outcome.rejected.length;
  if (rejectedCount && !args["skip-unmapped"]) {
    fail(`${rejectedCount} of ${incoming.rows.length} rows could not be mapped (above); nothing written. Add the models to data/models.csv (as ids or aliases) and import again, or pass --skip-unmapped to import the other rows and save these to a .rejected.csv file.`);
  }

  // The merged file must load with the build's own loader, together with everything else.
  const check = mkdtempSync(join(tmpdir(), "bd-import-"));
  try {
    cpSync(dataDir, join(check, "data"), { recursive: true });
    writeFileSync(join(check, "data", owner.file), outcome.text);
    readDataset({ dataDir: join(check, "data"), displayRoot: check });
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    printProblems(error);
    fail(`The merged ${targetFile} would not load (problems above); nothing written.`);
  } finally {
    rmSync(check, { recursive: true, force: true });
  }

  const describe = (r: { model: string; setting?: string; version: string; line: number; targetLine?: number }) =>
    `${r.model}${r.setting ? ` (${r.setting})` : ""} ${r.version}, ${inputFile}:${r.line}${r.targetLine ? ` → ${targetFile}:${r.targetLine}` : ""}`;
  for (const r of outcome.added) console.log(`+ ${describe(r)}`);
  for (const r of outcome.updated) console.log(`~ ${describe(r)}`);
  if (!dryRun) {
    writeFileSync(targetPath, outcome.text);
    if (rejectedCount) {
      const rejectedPath = args.rejected ? userPath(args.rejected) : join(USER_CWD, `${basename(inputPath).replace(/\.csv$/i, "")}.rejected.csv`);
      writeFileSync(rejectedPath, writeCsv(incoming.header, outcome.rejected.map((r) => r.cells), readFileSync(inputPath, "utf8")));
      console.log(`saved the ${rejectedCount} unmapped rows to ${shownPath(rejectedPath)}`);
    }
  }
  console.log(
    `${dryRun ? "would merge into" : "merged into"} ${targetFile}: ${outcome.added.length} added, ${outcome.updated.length} updated, ${outcome.unchanged.length} unchanged, ${rejectedCount} not mapped${dryRun ? " (dry run: nothing written)" : ""}`,
  );
} catch (error) {
  if (!(error instanceof InputError)) throw error;
  printProblems(error);
  fail("Nothing written.");
}
