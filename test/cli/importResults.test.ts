/**
 * `npm run import:results` as an editor runs it: the Epoch publisher files from the team's shared
 * fixtures (../shared/fixtures/epoch/, skipped with a message when absent) into a copy of the
 * sample data, and a file in another layout into the minimal fixture site through --map.
 */
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parseCsv, readCsv } from "../../src/lib/csv/readCsv";
import { writeCsv } from "../../src/lib/import/mergeResults";
import { readDataset } from "../../src/integrations/readDataset";
import { dataChanges, type ReportEntry } from "../../src/lib/changes/dataChanges";
import { boardsAfterEachDay, buildBoard } from "../../src/lib/leaderboard/buildBoard";
import { getModelHistory } from "../../src/lib/leaderboard/modelHistory";
import { copyFixture, ROOT } from "../helpers/astro";
import { runNpm, runScript } from "../helpers/cli";

const EPOCH = resolve(ROOT, "../shared/fixtures/epoch");
const epochPresent = existsSync(join(EPOCH, "external_benchmark_terminal_bench.csv"));
if (!epochPresent) console.warn(`[import:results] ${EPOCH} is absent: the Epoch import tests are skipped`);

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
/** A site with the sample site's data (and no recaps). */
function sampleData(): string {
  const dir = mkdtempSync(join(tmpdir(), "bd-results-"));
  dirs.push(dir);
  cpSync(join(ROOT, "data"), join(dir, "data"), { recursive: true });
  mkdirSync(join(dir, "content/recaps"), { recursive: true });
  return dir;
}
const rowsOf = (path: string) => readCsv(readFileSync(path, "utf8"), path).rows;

describe.skipIf(!epochPresent)("npm run import:results, Epoch's Terminal-Bench file", () => {
  const input = join(EPOCH, "external_benchmark_terminal_bench.csv");
  const inputRows = epochPresent ? rowsOf(input) : [];

  it("lists every row it cannot map with its line and writes nothing", () => {
    const dir = sampleData();
    const target = join(dir, "data/results/terminal-bench.csv");
    const before = readFileSync(target, "utf8");
    const r = runNpm("import:results", [input, "--benchmark", "terminal-bench", "--root", dir]);
    expect(r.status).toBe(1);
    const rejected = r.stderr.split("\n").filter((l) => l.endsWith("(not imported)"));
    expect(rejected.length).toBeGreaterThan(0);
    expect(rejected).toContain(`${input}:39: column "Model version": unknown model "glaive-swe-v1"; add it to data/models.csv or as an alias of a model there (its aliases cell, separated by |) (not imported)`);
    expect(r.stderr).toContain(`${rejected.length} of ${inputRows.length} rows could not be mapped (above); nothing written.`);
    expect(readFileSync(target, "utf8")).toBe(before);
  });

  it("refuses a refresh of the dateless table without --as-of: the new rows would take the date of the first table, which nothing says they were in", () => {
    const dir = sampleData();
    const target = join(dir, "data/results/terminal-bench.csv");
    const before = readFileSync(target, "utf8");
    const r = runScript("import-results", [input, "--benchmark", "terminal-bench", "--root", dir, "--skip-unmapped", "--rejected", join(dir, "r.csv")]);
    expect(r.status, r.output).toBe(1);
    // Each new row is named with its line; then why, and what to type.
    expect(r.stderr).toMatch(/external_benchmark_terminal_bench\.csv:\d+: claude-sonnet-4 \(Mini SWE-Agent\) v1: new in this table, and the file gives no date \(needs --as-of\)$/m);
    expect(r.stderr).toMatch(/^29 rows of .*external_benchmark_terminal_bench\.csv are new or changed \(above\) and the file has no date column: they would take 2025-11-30, the as_of of terminal-bench in data\/benchmarks\.csv, the date of the table first imported, and nothing says they were in it; nothing written\. Run the same command again with the date of the table these rows come from: --as-of 2025-11-30 if they are rows of that same table \(rows it left out, a rejects file: they are written without a date, as that table's\), else the day the publisher dated this table, or the day you downloaded it \(--as-of YYYY-MM-DD/m);
    expect(r.stdout).not.toMatch(/^merged into/m);
    expect(readFileSync(target, "utf8")).toBe(before);
    expect(runScript("import-results", ["--help"]).stdout).toContain("--as-of YYYY-MM-DD     the date of the publisher's table");
  });

  it("--dry-run --skip-unmapped says what it would do and writes nothing", () => {
    const dir = sampleData();
    const target = join(dir, "data/results/terminal-bench.csv");
    const before = readFileSync(target, "utf8");
    const r = runScript("import-results", [input, "--benchmark", "terminal-bench", "--root", dir, "--dry-run", "--skip-unmapped", "--as-of", "2026-01-15"], { cwd: dir });
    expect(r.status, r.output).toBe(0);
    // The sample's map skips the publisher's rows without a model (skip_empty=model), counts them, and would keep them in the file.
    expect(r.stdout).toMatch(/^would merge into data\/results\/terminal-bench\.csv: \d+ added, 0 updated, \d+ unchanged, \d+ not mapped, 2 skipped \(no model; kept in the file: 2 added\); new and changed rows without a date of their own are dated 2026-01-15 \(--as-of\) \(dry run: nothing written\)$/m);
    expect(readFileSync(target, "utf8")).toBe(before);
    expect(existsSync(join(dir, "external_benchmark_terminal_bench.rejected.csv"))).toBe(false);
    // Found in review: the advice said to pass --skip-unmapped, which this command has.
    expect(r.stderr).toContain("then run the same command without --dry-run: it imports the other rows and saves these to external_benchmark_terminal_bench.rejected.csv");
    expect(r.stderr).not.toContain("pass --skip-unmapped");
  });

  it("--skip-unmapped --as-of merges the rest dated by --as-of, keeps the publisher's layout, saves the unmapped rows; the data still loads", () => {
    const dir = sampleData();
    const target = join(dir, "data/results/terminal-bench.csv");
    const beforeText = readFileSync(target, "utf8");
    const before = rowsOf(target);
    const r = runScript("import-results", [input, "--benchmark", "terminal-bench", "--root", dir, "--skip-unmapped", "--as-of", "2026-01-15"], { cwd: dir });
    expect(r.status, r.output).toBe(0);
    const m = /^merged into data\/results\/terminal-bench\.csv: (\d+) added, (\d+) updated, (\d+) unchanged, (\d+) not mapped, (\d+) skipped \(no model; kept in the file: \5 added\); new and changed rows without a date of their own are dated 2026-01-15 \(--as-of\)$/m.exec(r.stdout);
    expect(m, r.stdout).not.toBeNull();
    const [added, updated, unchanged, unmapped, skipped] = m!.slice(1).map(Number);
    // Every publisher row is accounted for: merged, already there, saved as rejected, or counted as skipped (no model).
    expect(skipped).toBe(inputRows.filter((row) => row.cells["Model version"].trim() === "").length);
    expect(added + updated + unchanged + unmapped + skipped).toBe(inputRows.length);
    const after = rowsOf(target);
    // The rows without a model are written too, as --new writes them (docs/editing.md: rows are never deleted).
    expect(after).toHaveLength(before.length + added + skipped);
    // Existing rows are untouched (an empty as_of: still dated by the table of 2025-11-30) and the
    // file keeps its byte-order mark; new rows are the publisher's own cells, dated by --as-of in as_of.
    const afterText = readFileSync(target, "utf8");
    expect(afterText.startsWith("\uFEFF")).toBe(beforeText.startsWith("\uFEFF"));
    expect(afterText.split("\n")[0]).toBe(`${beforeText.split("\n")[0]},as_of`);
    expect(after.slice(0, before.length).map((row) => row.cells)).toEqual(before.map((row) => ({ ...row.cells, as_of: "" })));
    const inputIds = new Map(inputRows.map((row) => [row.cells.id, row.cells]));
    for (const row of after.slice(before.length)) expect(row.cells).toEqual({ ...inputIds.get(row.cells.id), as_of: "2026-01-15" });
    expect(r.stdout).toContain("; new and changed rows without a date of their own are dated 2026-01-15 (--as-of)");
    const noModel = after.filter((row) => row.cells["Model version"] === "").map((row) => row.cells);
    expect(noModel.map((cells) => cells.id)).toEqual(["rechvU3SZ3Qs8wXWX", "recFWex768BAyAaDV"]);
    // Each is said as kept, with its line.
    expect(r.stdout).toMatch(/^\+ no model \(OB-1\) v1, .*external_benchmark_terminal_bench\.csv:\d+ \(skipped: kept in the file, counted on the board page\)$/m);
    // The unmapped rows, in the publisher's layout, ready to import again once the models exist.
    const rejectedPath = join(dir, "external_benchmark_terminal_bench.rejected.csv");
    expect(r.stdout).toContain(`saved the ${unmapped} rows that were not imported to external_benchmark_terminal_bench.rejected.csv`);
    const rejected = rowsOf(rejectedPath);
    expect(rejected).toHaveLength(unmapped);
    for (const row of rejected) expect(row.cells).toEqual(inputIds.get(row.cells.id));
    expect(rejected.map((row) => row.cells["Model version"])).toContain("glaive-swe-v1");
    expect(readCsv(readFileSync(rejectedPath, "utf8"), "x").header).toEqual(readCsv(readFileSync(input, "utf8"), "x").header);
    // The models to add, beside it, in the layout `npm run models -- add --from` reads (helper-79):
    // filled in, the file adds them; left empty, it is refused at its lines.
    const toAddPath = join(dir, "external_benchmark_terminal_bench.models-to-add.csv");
    const proposed = readFileSync(toAddPath, "utf8");
    const toAdd = readCsv(proposed, "x");
    expect(toAdd.header).toEqual(["name", "lab", "open_weights", "released", "display_name", "force", "note"]);
    const unknown = new Set(rejected.map((row) => row.cells["Model version"]));
    expect(toAdd.rows.length).toBeGreaterThan(0);
    for (const row of toAdd.rows) expect(unknown.has(row.cells.name) || [...unknown].some((name) => row.cells.note.includes(name)), row.cells.name).toBe(true);
    expect(r.stderr).toContain("npm run models -- add --from external_benchmark_terminal_bench.models-to-add.csv");
    const empty = runScript("models", ["add", "--from", toAddPath, "--root", dir, "--dry-run"]);
    expect(empty.status).not.toBe(0);
    expect(empty.stderr).toContain("every row of");
    expect(empty.stderr).toContain("has its lab and open_weights empty: fill them in for the models to add, then run the command again; nothing written.");
    // One row filled in: it is added, the others wait, said once with their lines (found in review:
    // one empty row refused the whole file). A row half filled in stops the file at its line.
    const oneRow = proposed.split("\r\n")[1]!.split(",")[0]!;
    writeFileSync(toAddPath, proposed.replace(`\r\n${oneRow},,,`, `\r\n${oneRow},Glaive,true,`));
    const some = runScript("models", ["add", "--from", toAddPath, "--root", dir, "--dry-run", "--new-lab"]);
    expect(some.status, some.output).toBe(0);
    expect(some.stdout).toMatch(new RegExp(`note: ${toAdd.rows.length - 1} rows? of .*models-to-add\\.csv left for later, lab and open_weights empty \\(lines? 3`));
    expect(some.stdout).toContain("(1 model would be added)");
    writeFileSync(toAddPath, proposed.replace(`\r\n${oneRow},,,`, `\r\n${oneRow},Glaive,,`));
    const half = runScript("models", ["add", "--from", toAddPath, "--root", dir, "--dry-run", "--new-lab"]);
    expect(half.status).not.toBe(0);
    expect(half.stderr).toContain('external_benchmark_terminal_bench.models-to-add.csv:2 column "open_weights"');
    writeFileSync(toAddPath, proposed);
    const filled = readFileSync(toAddPath, "utf8").replace(/^([^,\r\n]+),,,/gm, (line, name) => (name === "name" ? line : `${name},Glaive,true,`));
    writeFileSync(toAddPath, filled);
    // A name that is a registered model but for a release stage (grok-3-beta beside grok-3) is the
    // editor's to decide, as its note says: refused at its line until its force cell says it is a model of its own.
    const staged = toAdd.rows.filter((row) => row.cells.note.includes("but for the release stage"));
    expect(staged.map((row) => row.cells.name)).toEqual(["grok-3-beta"]);
    const refused = runScript("models", ["add", "--from", toAddPath, "--root", dir, "--dry-run", "--new-lab"]);
    expect(refused.stdout).toMatch(/models-to-add\.csv:\d+: "grok-3-beta" not added: it is grok-3 but for the release stage "beta"/);
    expect(refused.stdout).toContain(`(${toAdd.rows.length - 1} model${toAdd.rows.length === 2 ? "" : "s"} would be added, 1 refused)`);
    // Each row the add refuses says so in its note, with what to set (found in review: 8 of
    // LMArena's 149 proposed rows were refused with no word of it in the file).
    const refusedNames = [...refused.stdout.matchAll(/models-to-add\.csv:\d+: "([^"]+)" not added/g)].map((m) => m[1]);
    expect(refusedNames).toEqual(["grok-3-beta"]);
    for (const name of refusedNames) expect(toAdd.rows.find((row) => row.cells.name === name)?.cells.note).toContain("set its force cell to true (the add refuses it otherwise)");
    writeFileSync(toAddPath, filled.replace(/^(grok-3-beta,Glaive,true,,,)(,)/m, "$1true$2"));
    const add = runScript("models", ["add", "--from", toAddPath, "--root", dir, "--dry-run", "--new-lab"]);
    expect(add.status, add.output).toBe(0);
    expect(add.stdout).toContain(`(${toAdd.rows.length} model${toAdd.rows.length === 1 ? "" : "s"} would be added)`);
    // The same import run again (a dry run saving its rejects) keeps the file the editor filled in,
    // and writes its own list beside it, saying so (found in review: it was written over).
    const filledIn = readFileSync(toAddPath, "utf8");
    const rerun = runScript("import-results", [input, "--benchmark", "terminal-bench", "--root", dir, "--skip-unmapped", "--as-of", "2026-01-15", "--dry-run", "--rejected", rejectedPath], { cwd: dir });
    expect(rerun.status, rerun.output).toBe(0);
    expect(readFileSync(toAddPath, "utf8")).toBe(filledIn);
    expect(readFileSync(toAddPath.replace(/\.csv$/, ".new.csv"), "utf8")).toBe(proposed);
    expect(rerun.stderr).toContain("(your edits, or an earlier run's list): kept as it is. This run's list is in external_benchmark_terminal_bench.models-to-add.new.csv, a copy every run rewrites");
    // The command to run names the editor's file, never the copy (found in review: edits made in the copy were lost on the next run).
    expect(rerun.stderr).toContain("Then run: npm run models -- add --from external_benchmark_terminal_bench.models-to-add.csv");
    expect(rerun.stderr).not.toContain("--from external_benchmark_terminal_bench.models-to-add.new.csv");
    const check = runScript("check", ["--root", dir]);
    expect(check.status, check.output).toBe(0);

    // The data changelog has a report on 2026-01-15 listing exactly the rows new in this table (no
    // figure of an old row changed), and the report of 2025-11-30 as it was.
    const data = readDataset({ dataDir: join(dir, "data"), displayRoot: dir });
    const reports = dataChanges(data).filter((e): e is ReportEntry => e.kind === "report" && e.benchmark.id === "terminal-bench");
    const lines = (e: ReportEntry) => e.rows.map((row) => row.line).sort((a, b) => a - b);
    expect(reports.map((e) => e.date.toISOString().slice(0, 10))).toEqual(["2026-01-15", "2025-11-30"]);
    const resultLines = after.slice(before.length).filter((row) => row.cells["Model version"] !== "").map((row) => row.line);
    expect(resultLines).toHaveLength(added);
    expect(lines(reports[0])).toEqual(resultLines);
    expect(lines(reports[1])).toEqual(before.map((row) => row.line));
    // Dated by a table, not by a report of their own: the site shows them "as of 15 Jan 2026".
    const newRows = data.results.filter((x) => x.file === "data/results/terminal-bench.csv" && resultLines.includes(x.line));
    expect(newRows.map((x) => [x.evaluated_at.toISOString().slice(0, 10), x.dated_by_table])).toEqual(resultLines.map(() => ["2026-01-15", true]));
    expect(dataChanges(data).filter((e) => e.kind === "correction" && e.benchmark.id === "terminal-bench")).toEqual([]);

    // Importing the same file again, even with a later date, changes nothing: no row is re-dated, the rows without a model already there are matched, not appended again.
    const merged = readFileSync(target, "utf8");
    const again = runScript("import-results", [input, "--benchmark", "terminal-bench", "--root", dir, "--skip-unmapped", "--as-of", "2026-02-01", "--rejected", join(dir, "again.csv")]);
    expect(again.stdout).toContain(`: 0 added, 0 updated, ${added + updated + unchanged} unchanged, ${unmapped} not mapped, ${skipped} skipped (no model; kept in the file: ${skipped} unchanged)`);
    expect(readFileSync(target, "utf8")).toBe(merged);

    // Epoch re-scores OB-1 (an agent row, no model: not a result): updated in place, and the `~` line
    // says which cell it overwrote, before and after, rather than overwriting it silently (found in review).
    const rescored = join(dir, "rescored.csv");
    writeFileSync(rescored, readFileSync(input, "utf8").replace("rechvU3SZ3Qs8wXWX,OB-1,,56.7%,", "rechvU3SZ3Qs8wXWX,OB-1,,57.2%,"));
    const third = runScript("import-results", [rescored, "--benchmark", "terminal-bench", "--root", dir, "--skip-unmapped", "--as-of", "2026-02-01", "--rejected", join(dir, "third.csv")]);
    expect(third.status, third.output).toBe(0);
    expect(third.stdout).toMatch(/^~ no model \(OB-1\) v1, .*rescored\.csv:\d+ → data\/results\/terminal-bench\.csv:\d+ \(skipped: kept in the file, counted on the board page; updated in place: Accuracy mean "56\.7%" → "57\.2%"(, as_of "2026-01-15" → "2026-02-01")?, the cells it had are not kept, the row being no result\)$/m);
    expect(third.stdout).toContain(`skipped (no model; kept in the file: 1 updated, ${skipped - 1} unchanged)`);
  });

  it("a refresh keeps the rows without a model as --new does: the same rows, counted the same on the board", () => {
    const refreshed = sampleData();
    // --as-of the table's own date (the benchmark's as_of): the rows are written undated, as --new writes them.
    const r = runScript("import-results", [input, "--benchmark", "terminal-bench", "--root", refreshed, "--skip-unmapped", "--as-of", "2025-11-30", "--rejected", join(refreshed, "r.csv")]);
    expect(r.status, r.output).toBe(0);
    // The same file registered from scratch in a site without the benchmark.
    const fresh = sampleData();
    const registry = readFileSync(join(fresh, "data/benchmarks.csv"), "utf8");
    writeFileSync(join(fresh, "data/benchmarks.csv"), registry.split("\n").filter((l) => !l.startsWith("terminal-bench,")).join("\n"));
    rmSync(join(fresh, "data/results/terminal-bench.csv"));
    const n = runScript("import-results", [input, "--new", "terminal-bench", "--name", "Terminal-Bench", "--unit", "percent", "--direction", "higher", "--as-of", "2025-11-30", "--root", fresh, "--rejected", join(fresh, "r.csv")]);
    expect(n.status, n.output).toBe(0);
    const cellsOf = (dir: string) => rowsOf(join(dir, "data/results/terminal-bench.csv")).map((row) => JSON.stringify(row.cells)).sort();
    expect(cellsOf(refreshed)).toEqual(cellsOf(fresh));
    // The board page says "2 rows of the publisher's file without a model" from the loader's count (test/publishers.test.ts).
    const board = (dir: string) => readDataset({ dataDir: join(dir, "data"), displayRoot: dir }).benchmarks.filter((b) => b.id === "terminal-bench").map((b) => ({ results: b.resultCount, skipped: b.skipped }));
    expect(board(refreshed)).toEqual([{ results: expect.any(Number), skipped: { model: 2 } }]);
    expect(board(refreshed)).toEqual(board(fresh));
  });

  it("the same table imported again without --as-of records its left-out rows once: a row without a date is the benchmark's as_of table's, as --as-of of that date records it", () => {
    // Found in review: the record keyed these rows by an empty date without --as-of and by 2025-11-30
    // with it, so each left-out row was listed twice (the board said 8 rows for 4), and a row imported
    // later under one date stayed recorded under the other, as "not in the model registry".
    const dir = sampleData();
    const record = join(dir, "data/results/terminal-bench.left-out.csv");
    const first = runScript("import-results", [input, "--benchmark", "terminal-bench", "--root", dir, "--skip-unmapped", "--as-of", "2025-11-30", "--rejected", join(dir, "r.csv")]);
    expect(first.status, first.output).toBe(0);
    const recorded = rowsOf(record).map((row) => row.cells);
    expect(recorded.length).toBeGreaterThan(0);
    expect(new Set(recorded.map((cells) => cells.date))).toEqual(new Set(["2025-11-30"]));
    const again = runScript("import-results", [input, "--benchmark", "terminal-bench", "--root", dir, "--skip-unmapped", "--rejected", join(dir, "r2.csv")]);
    expect(again.status, again.output).toBe(0);
    expect(again.stdout).toContain(`recorded ${recorded.length} left-out rows in data/results/terminal-bench.left-out.csv (${recorded.length} recorded again)`);
    expect(rowsOf(record).map((row) => row.cells)).toEqual(recorded);
    // The same file downloaded again later, unchanged, with that day's --as-of: the same rows, not new ones.
    const later = runScript("import-results", [input, "--benchmark", "terminal-bench", "--root", dir, "--skip-unmapped", "--as-of", "2026-01-15", "--rejected", join(dir, "r3.csv")]);
    expect(later.status, later.output).toBe(0);
    expect(rowsOf(record).map((row) => row.cells)).toEqual(recorded);
    // A table that no longer lists a row of the record: its line is kept, and the import says so
    // (found in review: a renamed label or a withdrawn day left lines the board counts, unsaid).
    const dropped = join(dir, "dropped.csv");
    writeFileSync(dropped, readFileSync(input, "utf8").split("\n").filter((line) => !line.includes(",glaive-swe-v1,")).join("\n"));
    const fewer = runScript("import-results", [dropped, "--benchmark", "terminal-bench", "--root", dir, "--skip-unmapped", "--as-of", "2026-01-15", "--rejected", join(dir, "r4.csv")]);
    expect(fewer.status, fewer.output).toBe(0);
    expect(fewer.stdout).toContain(`(${recorded.length - 1} recorded again, 1 kept that this table does not list (rows of an earlier table: of a model registered since, import that table's rejects file with --partial; of a label the publisher renamed or a day it withdrew, the board counts them until you delete their lines))`);
    expect(rowsOf(record).map((row) => row.cells)).toEqual(recorded);
  });

  it("records Epoch's two runs of gpt-5-mini with Terminus 2 (told apart only by their run id) as two lines, and the same import run again writes the record byte for byte", () => {
    // Found in review: the record had no run id, so the two runs were one key on two lines.
    const dir = sampleData();
    const models = join(dir, "data/models.csv");
    writeFileSync(models, readFileSync(models, "utf8").replace(/^gpt-5-mini,.*\n/m, ""));
    const record = join(dir, "data/results/terminal-bench.left-out.csv");
    const importOnce = (n: number) => runScript("import-results", [input, "--benchmark", "terminal-bench", "--root", dir, "--skip-unmapped", "--as-of", "2025-11-30", "--rejected", join(dir, `r${n}.csv`)]);
    const first = importOnce(1);
    expect(first.status, first.output).toBe(0);
    const written = readFileSync(record, "utf8");
    expect(written.split("\n")[0]).toBe("benchmark,version,date,model,setting,run_id,score,cause,reason");
    const runs = rowsOf(record).filter((row) => row.cells.model === "gpt-5-mini-2025-08-07_medium").map((row) => [row.cells.setting, row.cells.run_id, row.cells.score]);
    expect(runs).toEqual([
      ["Terminus 2", "recKvbUh4oTmehdz6", "30.8%"],
      ["Terminus 2", "reccP5RKLXt7AfwRD", "30.0%"],
    ]);
    expect(first.stdout).toContain(`recorded ${rowsOf(record).length} left-out rows in data/results/terminal-bench.left-out.csv (${rowsOf(record).length} added)`);
    const again = importOnce(2);
    expect(again.status, again.output).toBe(0);
    expect(again.stdout).toContain(`(${rowsOf(record).length} recorded again)`);
    expect(readFileSync(record, "utf8")).toBe(written);
    expect(runScript("check", ["--root", dir]).status).toBe(0);
    // The board counts both runs: the loader reads two rows, each with its run id.
    const leftOut = readDataset({ dataDir: join(dir, "data"), displayRoot: dir }).leftOut.filter((r) => r.model === "gpt-5-mini-2025-08-07_medium");
    expect(leftOut.map((r) => r.run_id)).toEqual(["recKvbUh4oTmehdz6", "reccP5RKLXt7AfwRD"]);
    // A record written before the run_id column (the two runs one key twice) loads, and the next import rewrites it with the run ids, no line doubled.
    const old = rowsOf(record).map((row) => ({ ...row.cells }));
    writeFileSync(record, ["benchmark,version,date,model,setting,score,cause,reason", ...old.map((c) => [c.benchmark, c.version, c.date, c.model, c.setting, c.score, c.cause, `"${c.reason.replace(/"/g, '""')}"`].join(","))].join("\n") + "\n");
    // It loads; the check warns that its two lines of one key cannot say they are two runs, and says what to do.
    const legacy = runScript("check", ["--root", dir]);
    expect(legacy.status, legacy.output).toBe(0);
    expect(legacy.output).toMatch(/data\/results\/terminal-bench\.left-out\.csv:\d+: warning: gpt-5-mini-2025-08-07_medium \(Terminus 2\) v1 on 2025-11-30 is on lines \d+, \d+, and this record has no run_id column/);
    const upgraded = importOnce(3);
    expect(upgraded.status, upgraded.output).toBe(0);
    expect(readFileSync(record, "utf8")).toBe(written);
    expect(runScript("check", ["--root", dir]).output).not.toContain("left-out-without-run-ids");
    // Found in review: such an old record, then a later table (--as-of) that re-scores both runs:
    // the kept old lines were one key twice in a record now written with the column, and the import
    // was refused by its own record, telling the editor to delete a run. They are one line now.
    writeFileSync(record, ["benchmark,version,date,model,setting,score,cause,reason", ...old.map((c) => [c.benchmark, c.version, c.date, c.model, c.setting, c.score, c.cause, `"${c.reason.replace(/"/g, '""')}"`].join(","))].join("\n") + "\n");
    const rescored = join(dir, "tb-2026-01-15.csv");
    writeFileSync(rescored, readFileSync(input, "utf8").replace("recKvbUh4oTmehdz6,Terminus 2,gpt-5-mini-2025-08-07_medium,30.8%", "recKvbUh4oTmehdz6,Terminus 2,gpt-5-mini-2025-08-07_medium,31.5%").replace("reccP5RKLXt7AfwRD,Terminus 2,gpt-5-mini-2025-08-07_medium,30.0%", "reccP5RKLXt7AfwRD,Terminus 2,gpt-5-mini-2025-08-07_medium,30.4%"));
    const later = runScript("import-results", [rescored, "--benchmark", "terminal-bench", "--root", dir, "--skip-unmapped", "--as-of", "2026-01-15", "--rejected", join(dir, "r4.csv")]);
    expect(later.status, later.output).toBe(0);
    expect(later.stdout).toContain("1 line written before the run_id column folded into the line of the same row (their scores in its reason)");
    const miniLines = rowsOf(record).filter((row) => row.cells.model === "gpt-5-mini-2025-08-07_medium" && row.cells.setting === "Terminus 2").map((row) => [row.cells.date, row.cells.run_id, row.cells.score]);
    expect(miniLines).toEqual([
      ["2025-11-30", "", "30.8%"],
      ["2026-01-15", "recKvbUh4oTmehdz6", "31.5%"],
      ["2026-01-15", "reccP5RKLXt7AfwRD", "30.4%"],
    ]);
    expect(rowsOf(record).find((row) => row.cells.date === "2025-11-30" && row.cells.model === "gpt-5-mini-2025-08-07_medium" && row.cells.setting === "Terminus 2")!.cells.reason).toContain("recorded 2 times before the record had a run_id column (scores 30.8%, 30.0%)");
    const after = runScript("check", ["--root", dir]);
    expect(after.status, after.output).toBe(0);
  });

  it("a rejects file imported again keeps its name; advice names only files that were written", () => {
    const dir = sampleData();
    // Refused whole: the advice says to run the command again, not to import a file never written.
    const refused = runScript("import-results", [input, "--benchmark", "terminal-bench", "--root", dir], { cwd: dir });
    expect(refused.status).toBe(1);
    expect(refused.stderr).not.toContain("then import the saved rows");
    expect(refused.stderr).toContain("then run the same command again");
    // --dry-run --rejected saves the rows without importing, as the report says.
    const dry = runScript("import-results", [input, "--benchmark", "terminal-bench", "--root", dir, "--dry-run", "--rejected", "tb.rejected.csv"], { cwd: dir });
    const saved = rowsOf(join(dir, "tb.rejected.csv"));
    expect(saved.length, dry.output).toBeGreaterThan(0);
    expect(readFileSync(join(dir, "data/results/terminal-bench.csv"), "utf8")).toBe(readFileSync(join(ROOT, "data/results/terminal-bench.csv"), "utf8"));
    // Imported again with --skip-unmapped, what still fails replaces the same file: no .rejected.rejected.csv.
    const again = runScript("import-results", ["tb.rejected.csv", "--benchmark", "terminal-bench", "--root", dir, "--skip-unmapped"], { cwd: dir });
    expect(again.status, again.output).toBe(0);
    expect(existsSync(join(dir, "tb.rejected.rejected.csv"))).toBe(false);
    const still = rowsOf(join(dir, "tb.rejected.csv")).map((r) => r.cells);
    expect(still.length).toBeGreaterThan(0);
    for (const row of still) expect(saved.map((r) => r.cells)).toContainEqual(row);
  });

  it("every Epoch file imports into its benchmark with --skip-unmapped and the data still loads", () => {
    const dir = sampleData();
    for (const [file, id] of [["metr", "metr-time-horizon"], ["simple_bench", "simplebench"], ["gso_bench", "gso-bench"]]) {
      const r = runScript("import-results", [join(EPOCH, `external_benchmark_${file}.csv`), "--benchmark", id, "--root", dir, "--skip-unmapped", "--as-of", "2026-01-15", "--rejected", join(dir, `${id}.rejected.csv`)]);
      expect(r.status, r.output).toBe(0);
      expect(r.stdout).toMatch(new RegExp(`^merged into data/results/${id}\\.csv: \\d+ added, \\d+ updated, \\d+ unchanged, \\d+ not mapped(; new and changed rows without a date of their own are dated 2026-01-15 \\(--as-of\\))?$`, "m"));
    }
    expect(runScript("check", ["--root", dir]).status).toBe(0);
  });
});

describe.skipIf(!epochPresent)("npm run import:results, a refresh whose score column does not fit the benchmark's unit or board (as --new asks)", () => {
  it("asks before importing Terminal-Bench written as fractions of 1 (0.645) into its percent board, even with --skip-unmapped; the printed --map imports them", () => {
    const dir = sampleData();
    // The real file with every percentage written as a fraction of 1, as lm-eval exports write accuracy.
    const real = readFileSync(join(EPOCH, "external_benchmark_terminal_bench.csv"), "utf8");
    const fractions = join(dir, "tb-fractions.csv");
    writeFileSync(fractions, real.replace(/(?<=,)(\d+(?:\.\d+)?)%(?=,)/g, (_, n: string) => String(Math.round(Number(n) * 10) / 1000)));
    expect(readFileSync(fractions, "utf8").split("\n")[1]).toContain(",0.645,0.006,");
    const target = join(dir, "data/results/terminal-bench.csv");
    const before = readFileSync(target, "utf8");
    const r = runScript("import-results", [fractions, "--benchmark", "terminal-bench", "--root", dir, "--skip-unmapped", "--as-of", "2026-01-15", "--rejected", join(dir, "r.csv")], { cwd: dir });
    expect(r.status, r.output).toBe(1);
    const asked = r.stderr.split("\n").find((l) => l.startsWith("tb-fractions.csv:2 "));
    expect(asked).toMatch(/^tb-fractions\.csv:2 column "Accuracy mean": every score is between 0 and 1 \("0\.645"\), fractions of 1 rather than percentages\? terminal-bench v1 is registered in percent \(data\/benchmarks\.csv:\d+, column "unit"\), and its board has scores above 1 \(data\/results\/terminal-bench\.csv:2 has 64\.5\): 0\.645 would show as 0\.645%\. Write them as percentages \(64\.5 for 0\.645\) and import again; if they are percentages under 1%, say so with --map "[^"]+" \(this file's map, the score named\)$/);
    expect(r.stderr).toContain("The score column above does not fit the unit or the board of terminal-bench; nothing written (--skip-unmapped or not: every row of it would load, at the wrong size).");
    expect(readFileSync(target, "utf8")).toBe(before);
    // The editor's word: the map the question prints.
    const map = /--map "([^"]+)"/.exec(asked!)![1];
    const said = runScript("import-results", [fractions, "--benchmark", "terminal-bench", "--root", dir, "--skip-unmapped", "--as-of", "2026-01-15", "--rejected", join(dir, "r.csv"), "--map", map], { cwd: dir });
    expect(said.status, said.output).toBe(0);
    expect(said.stdout).toMatch(/^merged into data\/results\/terminal-bench\.csv: /m);
  });

  it("refuses a score column written as percentages (62.4%) into a benchmark registered in points, naming the registry's row", () => {
    const dir = sampleData();
    const registry = join(dir, "data/benchmarks.csv");
    writeFileSync(registry, readFileSync(registry, "utf8").replace(/^simplebench,SimpleBench,v1,percent,/m, "simplebench,SimpleBench,v1,points,"));
    const line = readFileSync(registry, "utf8").split(/\r?\n/).findIndex((l) => l.startsWith("simplebench,")) + 1;
    const target = join(dir, "data/results/simplebench.csv");
    const before = readFileSync(target, "utf8");
    const input = join(EPOCH, "external_benchmark_simple_bench.csv");
    const r = runScript("import-results", [input, "--benchmark", "simplebench", "--root", dir, "--skip-unmapped", "--as-of", "2026-01-15", "--dry-run"]);
    expect(r.status, r.output).toBe(1);
    expect(r.stderr).toContain(
      `${input}:2 column "Score (AVG@5)": the scores are percentages ("62.4%"), but simplebench v1 is registered in points (data/benchmarks.csv:${line}, column "unit"), and its board would show them as points. If its figures are percentages, set its unit to percent there and import again; if this column is not its score, name the score column with --map`,
    );
    expect(readFileSync(target, "utf8")).toBe(before);
  });
});

describe("npm run import:results, a run Epoch re-issues under a new name", () => {
  it("ranks the run once, under its new name, says so, and keeps the old row as history and on the boards of its days", () => {
    // The sample's Terminal-Bench file (Epoch's table of 2025-11-30) as a refresh in which run
    // recjW2tFsAsHrec3h (Terminus 2, GPT-5 at medium) is written with GPT-5's later dated id.
    const dir = sampleData();
    const text = readFileSync(join(ROOT, "data/results/terminal-bench.csv"), "utf8");
    expect(text).toContain("recjW2tFsAsHrec3h,Terminus 2,gpt-5-2025-08-07_medium,41.3%");
    writeFileSync(join(dir, "pub.csv"), text.replace("recjW2tFsAsHrec3h,Terminus 2,gpt-5-2025-08-07_medium,", "recjW2tFsAsHrec3h,Terminus 2,gpt-5-2025-11-13_medium,"));
    const r = runScript("import-results", ["pub.csv", "--benchmark", "terminal-bench", "--root", dir, "--as-of", "2026-01-15"], { cwd: dir });
    expect(r.status, r.output).toBe(0);
    expect(r.stdout).toMatch(/^merged into data\/results\/terminal-bench\.csv: 1 added, 0 updated, \d+ unchanged/m);
    expect(r.output).toMatch(
      /^- gpt-5 \(Terminus 2, medium\) v1, data\/results\/terminal-bench\.csv:18: this run is not in this table, though the table names gpt-5 v1 in other rows, .*pub\.csv:18 \(setting Terminus 2, medium, snapshot 2025-11-13, the same run id recjW2tFsAsHrec3h: this run under a new name\).*: kept in the file, and on the model's page as the run's earlier report; the board ranks run recjW2tFsAsHrec3h once, by its newest report, no longer under this row's name$/m,
    );
    const data = readDataset({ dataDir: join(dir, "data"), displayRoot: dir });
    const benchmark = data.benchmarks.find((b) => b.id === "terminal-bench")!;
    const terminus = (entries: readonly { model: { id: string }; setting?: string; snapshot?: string; score: { value: number; line: number } }[]) =>
      entries.filter((e) => e.model.id === "gpt-5" && e.setting === "Terminus 2, medium").map((e) => [e.snapshot, e.score.value, e.score.line]);
    const lines = data.results.filter((x) => x.run_id === "recjW2tFsAsHrec3h").map((x) => x.line);
    expect(lines).toHaveLength(2);
    // Today: one row, the new name's; on 2025-11-30, the board as it stood (the old name).
    expect(terminus(buildBoard({ benchmark, results: data.results, models: data.models }).entries)).toEqual([["2025-11-13", 41.3, lines[1]]]);
    const days = boardsAfterEachDay(benchmark, data.results, data.models);
    expect(days.map((d) => [d.date.toISOString().slice(0, 10), terminus(d.board.entries)])).toEqual([
      ["2025-11-30", [[undefined, 41.3, lines[0]]]],
      ["2026-01-15", [["2025-11-13", 41.3, lines[1]]]],
    ]);
    // The model page keeps the old report, saying where the run is ranked now.
    const old = getModelHistory(data.results, "gpt-5").find((g) => g.benchmark === "terminal-bench")!.reports.find((x) => x.line === lines[0])!;
    expect(old.renamed).toMatchObject({ runId: "recjW2tFsAsHrec3h", label: "Terminus 2, medium, snapshot 2025-11-13" });
  });
});

describe("npm run import:results, another layout into a canonical file", () => {
  // Scores as the index writes them: 52 points (52% would be refused, the index being in points).
  const publisher = ["Model,Score,Tokens,Date,Link", "claude-3-sonnet-4.6,52,75M,2026-03-01,https://example.org/r", "gpt-5-2025-08-07_high,40,1.2B,2026-03-01,https://example.org/r", ""].join("\n");
  const map = "model=Model; score=Score; output_tokens=Tokens; evaluated_at=Date; source_url=Link";

  it("maps the columns with --map, normalises figures (75M) and model ids, and appends a re-published row's revised figure, the earlier one kept", () => {
    const dir = copyFixture("minimal");
    dirs.push(dir);
    writeFileSync(join(dir, "pub.csv"), publisher);
    const target = join(dir, "data/results/aa-index.csv");
    const r = runScript("import-results", ["pub.csv", "--benchmark", "aa-index", "--version", "v4.0", "--map", map, "--root", "."], { cwd: dir, env: { INIT_CWD: dir } });
    expect(r.status, r.output).toBe(0);
    expect(r.stdout).toContain("+ claude-sonnet-4-6 v4.0, pub.csv:2");
    expect(r.stdout).toContain("+ gpt-5 (high) snapshot 2025-08-07 v4.0, pub.csv:3");
    // The effort moves to the setting column; the dated snapshot stays in the name (two snapshots stay two rows).
    expect(readFileSync(target, "utf8").split("\n").filter((l) => l.includes("example.org/r,"))).toEqual([
      "claude-sonnet-4-6,v4.0,,52,75000000,,,,2026-03-01,https://example.org/r,",
      "gpt-5-2025-08-07,v4.0,high,40,1200000000,,,,2026-03-01,https://example.org/r,",
    ]);
    // The publisher corrects a score for the same date.
    writeFileSync(join(dir, "pub.csv"), publisher.replace(",52,", ",53,"));
    // --as-of dates rows without a date of their own; every row here has one, so it says it is not used.
    const again = runScript("import-results", ["pub.csv", "--benchmark", "aa-index", "--version", "v4.0", "--map", map, "--root", ".", "--as-of", "2026-04-01"], { cwd: dir, env: { INIT_CWD: dir } });
    expect(again.status, again.output).toBe(0);
    expect(again.stderr).toContain("--as-of 2026-04-01 is not used: every row of pub.csv has a date of its own, and keeps it (--as-of dates only rows without one)");
    expect(again.stdout).not.toContain("(--as-of)");
    // A revision: the new figure appended, marked with the import's day, the earlier row kept (nothing overwritten).
    const today = new Date().toISOString().slice(0, 10);
    expect(again.stdout).toMatch(new RegExp(`^~ claude-sonnet-4-6 v4\\.0 on 2026-03-01, pub\\.csv:2 → data/results/aa-index\\.csv:\\d+ \\(revised on ${today}: score "52" → "53"; written as a new row, the row revised, at that line, kept\\)$`, "m"));
    expect(again.stdout).toContain("0 added, 0 updated, 1 revised, 1 unchanged, 0 not mapped");
    expect(readFileSync(target, "utf8").split("\n").filter((l) => l.startsWith("claude-sonnet-4-6,v4.0,,5"))).toEqual(["claude-sonnet-4-6,v4.0,,52,75000000,,,,2026-03-01,https://example.org/r,,", `claude-sonnet-4-6,v4.0,,53,75000000,,,,2026-03-01,https://example.org/r,,${today}`]);
  });

  it("refuses an unknown benchmark, a missing version, an unmapped column and broken data", () => {
    const dir = copyFixture("minimal");
    dirs.push(dir);
    const csv = join(dir, "pub.csv");
    writeFileSync(csv, publisher);
    // Found in review: a folder given for the CSV was reported as a failed write ("Free some space").
    const folder = runScript("import-results", [join(dir, "data"), "--benchmark", "aa-index", "--root", dir]);
    expect(folder.status).toBe(1);
    expect(folder.stderr).toContain(`${join(dir, "data")}: a folder, not a file: give the publisher's CSV file`);
    expect(folder.stderr).not.toContain("EISDIR");
    // Found in review: any failed system call was reported as a failed write ("Free some space").
    // A file that exists and cannot be read (/proc/self/mem fails read(2) with EIO) is a failed read.
    if (existsSync("/proc/self/mem")) {
      const unreadable = runScript("import-results", ["/proc/self/mem", "--benchmark", "aa-index", "--root", dir]);
      expect(unreadable.status).toBe(1);
      expect(unreadable.stderr.trim()).toBe("could not read /proc/self/mem: EIO (EIO: i/o error, read); nothing was written. Run the command again once that is mended.");
    }
    const unknown = runScript("import-results", [csv, "--benchmark", "aa-idx", "--root", dir]);
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toContain('unknown benchmark "aa-idx" (did you mean "aa-index"?)');
    const noVersion = runScript("import-results", [csv, "--benchmark", "aa-index", "--map", map, "--root", dir]);
    expect(noVersion.status).toBe(1);
    expect(noVersion.stderr).toContain("data/results/aa-index.csv holds several versions (v3.0, v4.0); pass --version or add a version column");
    const unmapped = runScript("import-results", [csv, "--benchmark", "aa-index", "--version", "v4.0", "--root", dir]);
    expect(unmapped.status).toBe(1);
    expect(unmapped.stderr).toMatch(/pub\.csv:1 column "Model": unknown column/);
    writeFileSync(join(dir, "data/models.csv"), "id,name\n");
    const broken = runScript("import-results", [csv, "--benchmark", "aa-index", "--version", "v4.0", "--map", map, "--root", dir]);
    expect(broken.status).toBe(1);
    expect(broken.stderr).toContain("The site's data has problems (above); fix them first (npm run check), then import again.");
  });
});

/** The command an import printed for its rejects file, as the words an editor would paste (none needs quotes here). */
function printedRejectsCommand(stderr: string): string[] {
  const m = /import the saved rows \(the command repeats the options they need(?:; with --skip-unmapped, the rows of models you have not added yet stay in the file)?\): npm run import:results -- (.*)$/m.exec(stderr);
  expect(m, stderr).not.toBeNull();
  expect(m![1]).not.toMatch(/['"]/);
  return m![1].split(" ");
}

describe("npm run import:results --new --dry-run", () => {
  it("prints the warnings of the rows it would import as the import does (found in review: a dry run left out the rows read before the model's release)", () => {
    const dir = sampleData();
    writeFileSync(join(dir, "early.csv"), "model,score,date\ngpt-5,50,2024-01-10\nclaude-sonnet-4-6,60,2026-03-01\n");
    const args = ["early.csv", "--new", "early", "--name", "Early", "--unit", "points", "--direction", "higher", "--source-url", "https://example.org/early", "--root", "."];
    const warning = "! 1 model of data/results/early.csv has results dated before its release date in data/models.csv (gpt-5)";
    const dry = runScript("import-results", [...args, "--dry-run"], { cwd: dir });
    expect(dry.status, dry.output).toBe(0);
    expect(dry.stderr).toContain(warning);
    expect(existsSync(join(dir, "data/results/early.csv"))).toBe(false);
    const real = runScript("import-results", args, { cwd: dir });
    expect(real.status, real.output).toBe(0);
    expect(real.stderr).toContain(warning);
  });
});

/** Adds `alias` to the aliases cell of `id` in the site's data/models.csv, as an editor does by hand. */
function addAliasByHand(dir: string, id: string, alias: string): void {
  const modelsPath = join(dir, "data/models.csv");
  const text = readFileSync(modelsPath, "utf8");
  const models = readCsv(text, "models.csv");
  const rows = models.rows.map((r) => ({ ...r.cells }));
  const row = rows.find((r) => r.id === id)!;
  row.aliases = [row.aliases, alias].filter(Boolean).join("|");
  writeFileSync(modelsPath, writeCsv(models.header, rows, text));
}

describe("npm run import:results, the command printed for a rejects file (found in review)", () => {
  const wide = join(ROOT, "test/fixtures/publishers/lmarena/history-elo-wide.csv");

  it("a --wide import's command repeats --wide and --missing: a model registered afterwards gets its ratings and no Elo 0 from LMArena's 0.0 cells, and no run is called absent", () => {
    const dir = sampleData();
    const r = runScript("import-results", [wide, "--new", "lmarena-history", "--name", "LMArena Text (history)", "--unit", "elo", "--direction", "higher", "--wide", "--missing", "0.0", "--source-url", "https://lmarena.ai/leaderboard/text", "--root", dir], { cwd: dir });
    expect(r.status, r.output).toBe(0);
    const command = printedRejectsCommand(r.stderr);
    // Rows of unknown models: --skip-unmapped, so that those of models not added yet stay in the file (helper-80).
    expect(command.join(" ")).toBe(`history-elo-wide.rejected.csv --benchmark lmarena-history --partial --wide --missing 0.0 --skip-unmapped --root .`);
    // The rejected model with the most "no rating" cells, registered as the advice says.
    const source = parseCsv(readFileSync(wide, "utf8"), "w", { emptyFirstHeader: "date" }).table!;
    const rejectedModels = parseCsv(readFileSync(join(dir, "history-elo-wide.rejected.csv"), "utf8"), "r", { emptyFirstHeader: "date" }).table!.header.slice(1);
    const zeros = (m: string) => source.rows.filter((row) => row.cells[m] === "0.0").length;
    const model = [...rejectedModels].sort((a, b) => zeros(b) - zeros(a))[0];
    expect(zeros(model)).toBeGreaterThan(0);
    const ratings = source.rows.filter((row) => !["", "0.0"].includes(row.cells[model].trim())).length;
    const add = runScript("models", ["add", "--lab", "Test Lab", "--new-lab", "--open-weights", "false", model, "--root", dir]);
    expect(add.status, add.output).toBe(0);
    const again = runScript("import-results", [...command, "--skip-unmapped"], { cwd: dir });
    expect(again.status, again.output).toBe(0);
    const rows = rowsOf(join(dir, "data/results/lmarena-history.csv")).filter((row) => row.cells.model === model);
    expect(rows.map((row) => row.cells.score)).not.toContain("0.0");
    expect(rows).toHaveLength(ratings);
    expect(again.stdout).not.toContain("not in this table");
    expect(again.stdout).toMatch(new RegExp(`: ${ratings} added, 0 updated, 0 unchanged, \\d+ not mapped$`, "m"));
    // --new again with the id now registered: the command it prints to add rows repeats the
    // table's options and the file's path (found in review: without --wide and --missing the file
    // did not read, and LMArena's 0.0 cells would have been Elo 0).
    const taken = runScript("import-results", [wide, "--new", "lmarena-history", "--name", "LMArena Text (history)", "--unit", "elo", "--direction", "higher", "--wide", "--missing", "0.0", "--source-url", "https://lmarena.ai/leaderboard/text", "--root", "."], { cwd: dir });
    expect(taken.status, taken.output).not.toBe(0);
    const refresh = /to add rows to it, run: (npm run import:results -- .*)$/m.exec(taken.output)?.[1];
    expect(refresh, taken.output).toBe(`npm run import:results -- ${wide} --benchmark lmarena-history --wide --missing 0.0 --root .`);
    const pasted = spawnSync("bash", ["-c", `${refresh!.replace(/^npm run /, `npm run --silent --prefix ${JSON.stringify(ROOT)} `)} --skip-unmapped --dry-run`], { cwd: dir, encoding: "utf8", env: { ...process.env, INIT_CWD: dir } });
    expect(pasted.status, pasted.stdout + pasted.stderr).toBe(0);
    expect(pasted.stdout).toMatch(/: 0 added, 0 updated, \d+ unchanged, \d+ not mapped/);
    expect(pasted.stdout).toContain("dry run");
  });

  it("a column the editor makes an alias of a model already rated on that day is refused as a second row of the table, never published as a correction (found in review: LMArena's gemini-2.0-flash-exp)", () => {
    const dir = sampleData();
    writeFileSync(join(dir, "arena.csv"), ",gpt-5,gpt-5-exp\n20250901,1400.5,1390.2\n20250902,1401.0,0.0\n");
    const first = runScript("import-results", ["arena.csv", "--new", "arena", "--name", "Arena", "--unit", "elo", "--direction", "higher", "--wide", "--missing", "0.0", "--source-url", "https://lmarena.ai/", "--root", "."], { cwd: dir });
    expect(first.status, first.output).toBe(0);
    // Rated beside gpt-5 on the same day: not advised as its other name, but as a model of its own, forced.
    expect(first.stderr).toContain('gpt-5-exp (1 row): is gpt-5 but for the release stage "exp", yet the table rates it beside gpt-5 on 1 day: two rows of one table');
    expect(readFileSync(join(dir, "arena.models-to-add.csv"), "utf8")).toMatch(/^gpt-5-exp,,,,,true,/m);
    const command = printedRejectsCommand(first.stderr);
    const resultsPath = join(dir, "data/results/arena.csv");
    const before = readFileSync(resultsPath, "utf8");
    // The editor makes gpt-5-exp a name of gpt-5, as the import's advice allows.
    addAliasByHand(dir, "gpt-5", "gpt-5-exp");
    const again = runScript("import-results", command, { cwd: dir });
    expect(again.output).toContain('duplicate row: gpt-5 v1 on 2025-09-01 is already on line 2 of data/results/arena.csv as "gpt-5" ("gpt-5-exp" here): both names read as gpt-5');
    expect(again.output).toContain("not imported as a revision of it");
    expect(again.output).not.toMatch(/revised on/);
    expect(readFileSync(resultsPath, "utf8")).toBe(before);
  });

  it("a whole-table import with such an alias keeps the plain column's rating, left out only the aliased one, and the check says the alias is wrong (found in review: LMArena lists gemini-2.0-flash-exp before gemini-2.0-flash)", () => {
    const dir = sampleData();
    writeFileSync(join(dir, "arena.csv"), ",gpt-5-exp,gpt-5\n20250901,1390.2,1400.5\n20250902,1391.0,0.0\n");
    const first = runScript("import-results", ["arena.csv", "--new", "arena", "--name", "Arena", "--unit", "elo", "--direction", "higher", "--wide", "--missing", "0.0", "--source-url", "https://lmarena.ai/", "--root", "."], { cwd: dir });
    expect(first.status, first.output).toBe(0);
    const resultsPath = join(dir, "data/results/arena.csv");
    const before = readFileSync(resultsPath, "utf8");
    addAliasByHand(dir, "gpt-5", "gpt-5-exp");
    const again = runScript("import-results", ["arena.csv", "--benchmark", "arena", "--wide", "--missing", "0.0", "--skip-unmapped", "--root", "."], { cwd: dir });
    expect(again.status, again.output).toBe(0);
    // gpt-5-exp's 2025-09-01 rating is refused as a second row of the table; gpt-5's own is compared as any other (unchanged),
    // not refused as a duplicate of the refused one. Its 2025-09-02 rating, with no gpt-5 rating beside it, is the alias's to import.
    expect(again.stdout).toMatch(/: 1 added, 0 updated, 1 unchanged, 1 not mapped$/m);
    expect(again.output).not.toContain('("gpt-5" here)');
    const leftOut = rowsOf(join(dir, "data/results/arena.left-out.csv"));
    expect(leftOut.map((r) => [r.cells.date, r.cells.model])).toEqual([["2025-09-01", "gpt-5-exp"]]);
    expect(readFileSync(resultsPath, "utf8").startsWith(before.trimEnd())).toBe(true);
    // The check names the alias as what is wrong, not "import the rejects file".
    const check = runScript("check", ["--root", dir, "--json"], { env: { SITE_URL: "https://example.org" } });
    const findings = JSON.parse(check.stdout).findings as { code: string; message: string; file: string }[];
    expect(findings.filter((f) => f.code === "left-out-registered")).toEqual([]);
    const twin = findings.find((f) => f.code === "left-out-alias-twin");
    expect(twin?.file).toBe("data/results/arena.left-out.csv");
    expect(twin?.message).toMatch(/^gpt-5-exp is in the aliases cell of gpt-5 \(data\/models\.csv:\d+\), yet the table rates it beside "gpt-5" \(gpt-5, data\/results\/arena\.csv:2\) on the same day \(2025-09-01\)/);
    expect(twin?.message).toContain("Its row in data/results/arena.csv (line 3) is ranked as gpt-5's. Instead take");
  });

  it("names a wide table's bad cell by the column of its model, not by the long shape's score or model, which the file has not", () => {
    const dir = sampleData();
    writeFileSync(join(dir, "w.csv"), ",claude-opus-4-6,mystery-model\n20260301,1400.5,1100\n20260302,abc,1101\n");
    const r = runScript("import-results", ["w.csv", "--new", "w", "--name", "W", "--unit", "elo", "--direction", "higher", "--wide", "--missing", "0.0", "--source-url", "https://lmarena.ai/", "--root", dir, "--dry-run"], { cwd: dir });
    const rejected = r.stderr.split("\n").filter((l) => l.endsWith("(not imported)"));
    // A column's cells rejected in the same words on several dates: one line, with its ratings and lines.
    expect(rejected, r.output).toEqual([
      'w.csv:2: column "mystery-model" (2 ratings: lines 2 and 3): unknown model "mystery-model"; add it to data/models.csv or as an alias of a model there (its aliases cell, separated by |) (not imported)',
      'w.csv:3: column "claude-opus-4-6": expected a non-negative number such as 51, 60.3%, 1,234, $2,088 or 74M, found "abc" (not imported)',
    ]);
  });

  it("names a wide table's date column as the file has it when its dates are written two ways (column 1, unnamed in LMArena's file), each date row once", () => {
    const dir = sampleData();
    // The repository's LMArena excerpt with one date row written ISO, as a hand edit would leave it.
    const lines = readFileSync(wide, "utf8").split("\n");
    // The first date row with a rating, not the first (a date row of "no rating" cells makes no row).
    const at = lines.findIndex((l, i) => i > 1 && l.split(",").slice(1).some((c) => !["", "0.0"].includes(c.trim())));
    lines[at] = lines[at].replace(/^(\d{4})(\d{2})(\d{2}),/, "$1-$2-$3,");
    const bad = lines[at].split(",")[0];
    writeFileSync(join(dir, "w.csv"), lines.join("\n"));
    const args = ["--new", "w", "--name", "W", "--unit", "elo", "--direction", "higher", "--wide", "--missing", "0.0", "--source-url", "https://lmarena.ai/", "--root", dir, "--dry-run"];
    const r = runScript("import-results", ["w.csv", ...args], { cwd: dir });
    expect(r.status, r.output).toBe(1);
    expect(r.stderr).toContain(`the dates in column 1 are not all written one way: most read as YYYYMMDD, but not w.csv:${at + 1} ${JSON.stringify(bad)}; write those as the others are`);
    expect(r.stderr).not.toContain("evaluated_at");
    // The proposed map says where each column of the long shape is in the wide file.
    expect(r.stdout).toMatch(/^  evaluated_at +column 1 {2}\(--wide\)$/m);
    // Named, the column is named by its name.
    writeFileSync(join(dir, "named.csv"), `Date${lines.join("\n")}`);
    const named = runScript("import-results", ["named.csv", ...args], { cwd: dir });
    expect(named.stderr).toContain(`the dates in Date are not all written one way: most read as YYYYMMDD, but not named.csv:${at + 1} ${JSON.stringify(bad)};`);
    expect(named.stdout).toMatch(/^  evaluated_at +Date {2}\(--wide\)$/m);
  });

  it("a wide rejects file read without --wide says to pass it", () => {
    const dir = sampleData();
    writeFileSync(join(dir, "h.rejected.csv"), readFileSync(wide, "utf8"));
    const r = runScript("import-results", ["h.rejected.csv", "--benchmark", "terminal-bench", "--root", dir], { cwd: dir });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("header cell 1 is empty");
    expect(r.stderr).toContain("If it is a wide table (one row per date, one column per model, the first column the dates), pass --wide");
  });

  it("--partial is a refresh's option, described in --help", () => {
    const dir = sampleData();
    const r = runScript("import-results", [wide, "--new", "x", "--name", "X", "--unit", "elo", "--direction", "higher", "--wide", "--partial", "--root", dir]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("--partial goes with --benchmark; --new registers a benchmark from a whole table");
    expect(runScript("import-results", ["--help"]).stdout).toContain("--partial              the file holds some rows of a table, not the whole table");
  });

  it("advice fits the causes: a bad cell and a duplicate are not unknown models; a rejected row's run is not 'not in this table'; the command repeats --as-of", () => {
    const dir = sampleData();
    const lines = readFileSync(join(dir, "data/results/terminal-bench.csv"), "utf8").split("\n");
    // Line 2 with a score the loader refuses, line 3's run listed twice with two scores (a line
    // repeated cell for cell is imported once: test below).
    const pub = [lines[0], lines[1].replace(",64.5%,", ",6.9 pct,"), ...lines.slice(2).filter(Boolean), lines[2].replace(",60.3%,", ",61.3%,"), ""].join("\n");
    writeFileSync(join(dir, "pub.csv"), pub);
    const refused = runScript("import-results", ["pub.csv", "--benchmark", "terminal-bench", "--as-of", "2025-11-30", "--root", dir], { cwd: dir });
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/^2 of \d+ rows could not be mapped \(above\); nothing written\. Fix the row with a bad cell or another problem in pub\.csv \(its reason is above\) and keep one row of the duplicate \(its line and its twin's are above\), or map the column that tells them apart \(--map "run_id=<column>"\) and import again, or pass --skip-unmapped/m);
    expect(refused.stderr).not.toContain("Add the models");
    const merged = runScript("import-results", ["pub.csv", "--benchmark", "terminal-bench", "--as-of", "2025-11-30", "--skip-unmapped", "--root", dir], { cwd: dir });
    expect(merged.status, merged.output).toBe(0);
    // The run of line 2 is in the table (rejected for its cell): not listed as withdrawn.
    expect(merged.stdout).not.toContain("not in this table");
    expect(merged.stderr).toContain(`Fix the row with a bad cell or another problem in pub.rejected.csv (its reason is above) and keep one row of the duplicate`);
    expect(printedRejectsCommand(merged.stderr).join(" ")).toBe(`pub.rejected.csv --benchmark terminal-bench --partial --as-of 2025-11-30 --root .`);
  });

  it.skipIf(!epochPresent)("after --new --as-of, the command passes that table's date: the saved rows import undated, as that table's rows", () => {
    const dir = sampleData();
    const r = runScript("import-results", [join(EPOCH, "external_benchmark_terminal_bench.csv"), "--new", "tb-epoch", "--name", "Terminal-Bench", "--unit", "percent", "--direction", "higher", "--as-of", "2025-11-30", "--root", dir], { cwd: dir });
    expect(r.status, r.output).toBe(0);
    const command = printedRejectsCommand(r.stderr);
    expect(command.join(" ")).toBe(`external_benchmark_terminal_bench.rejected.csv --benchmark tb-epoch --partial --as-of 2025-11-30 --skip-unmapped --root .`);
    const results = join(dir, "data/results/tb-epoch.csv");
    const header = readFileSync(results, "utf8").split("\n")[0];
    expect(runScript("models", ["add", "--lab", "Glaive", "--new-lab", "--open-weights", "false", "glaive-swe-v1", "--root", dir]).status).toBe(0);
    const again = runScript("import-results", [...command, "--skip-unmapped"], { cwd: dir });
    expect(again.status, again.output).toBe(0);
    expect(again.stdout).toMatch(/^\+ glaive-swe-v1 \(Terminus\) v1, external_benchmark_terminal_bench\.rejected\.csv:\d+$/m);
    expect(again.stdout).not.toContain("not in this table");
    expect(again.stdout).toContain("are rows of the table of 2025-11-30 (--as-of, the as_of of tb-epoch): written without a date, as its rows are");
    // No as_of column: the row is one of that table's, dated by the benchmark's as_of.
    expect(readFileSync(results, "utf8").split("\n")[0]).toBe(header);
    expect(rowsOf(results).filter((row) => row.cells["Model version"] === "glaive-swe-v1")).toHaveLength(1);
  });
});

describe("npm run import:results, a line the table lists twice", () => {
  it("imports it once, says so, and records nothing as left out (found in review: Epoch's SimpleBench with a repeated line)", () => {
    const dir = sampleData();
    const lines = readFileSync(join(dir, "data/results/terminal-bench.csv"), "utf8").split("\n").filter(Boolean);
    writeFileSync(join(dir, "pub.csv"), [...lines, lines[2], ""].join("\n"));
    const r = runScript("import-results", ["pub.csv", "--benchmark", "terminal-bench", "--as-of", "2025-11-30", "--root", dir], { cwd: dir });
    expect(r.status, r.output).toBe(0);
    expect(r.stdout).toContain(`= pub.csv:${lines.length + 1}: the same row as line 3, cell for cell: imported once`);
    expect(r.stdout).toMatch(/0 added, 0 updated, \d+ unchanged, 1 repeated \(imported once\), 0 not mapped/);
    expect(existsSync(join(dir, "data/results/terminal-bench.left-out.csv"))).toBe(false);
    expect(existsSync(join(dir, "pub.rejected.csv"))).toBe(false);
  });
});

describe("npm run import:results, a file of several metrics (--metrics) refreshed on the day", () => {
  it("takes one metric's revision as that benchmark's, and the other's refresh as unchanged (found in review: it stopped at the loader's 'revises nothing' for the other metric)", () => {
    const dir = sampleData();
    const table = (alpha: string, beta: string) => `Model,Date,Alpha,Beta\nClaude Opus 4,2025-06-01,${alpha},${beta}\no3,2025-06-01,55.0,65.0\n`;
    writeFileSync(join(dir, "t1.csv"), table("50.0", "60.0"));
    writeFileSync(join(dir, "t2.csv"), table("51.0", "60.0"));
    const created = runScript("import-results", ["t1.csv", "--new", "tm", "--name", "Two Metrics", "--unit", "percent", "--direction", "higher", "--metrics", "Alpha,Beta", "--source-url", "https://example.org/tm", "--root", dir], { cwd: dir });
    expect(created.status, created.output).toBe(0);
    const alpha = runScript("import-results", ["t2.csv", "--benchmark", "tm-alpha", "--root", dir], { cwd: dir });
    expect(alpha.status, alpha.output).toBe(0);
    expect(alpha.stdout).toContain("0 added, 0 updated, 1 revised, 1 unchanged");
    const beta = runScript("import-results", ["t2.csv", "--benchmark", "tm-beta", "--root", dir], { cwd: dir });
    expect(beta.status, beta.output).toBe(0);
    expect(beta.stdout).toContain("0 added, 0 updated, 2 unchanged");
    expect(rowsOf(join(dir, "data/results/tm.csv")).map((r) => [r.cells.Alpha, r.cells.Beta, r.cells.revised !== ""])).toEqual([
      ["50.0", "60.0", false],
      ["55.0", "65.0", false],
      ["51.0", "60.0", true],
    ]);
    // The site reads it: Alpha revised, Beta as first reported.
    const { results } = readDataset({ dataDir: join(dir, "data"), displayRoot: dir });
    const opus = (benchmark: string) => results.filter((r) => r.benchmark === benchmark && r.model === "claude-opus-4").map((r) => [r.score, r.revised !== undefined]);
    expect(opus("tm-alpha")).toEqual([[51, true]]);
    expect(opus("tm-beta")).toEqual([[60, false]]);
  });
});
