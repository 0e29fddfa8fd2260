import type { Benchmark } from "../../schemas/benchmark";
import { parseNumberCell } from "../../schemas/cells";
import { isLeftOutFile, LeftOutRowSchema, type LeftOutRow } from "../../schemas/leftOut";
import type { Problem } from "../errors";
import type { DataFiles } from "./dataFiles";
import { readTable } from "./readTable";

/**
 * Every left-out record, `data/results/<name>.left-out.csv` (written by `npm run import:results`
 * for the publisher's rows it did not import), read through `LeftOutRowSchema` as every data file
 * is: a bad cell is a problem at its `file:line` and column. A record whose results file no
 * benchmark reads, and a row whose benchmark and version do not read that file, are problems
 * too: the board the row would be on could not say it is partial. So is a row on two lines (the
 * same version, date, model, setting and run id, `leftOutKey` in src/lib/import/leftOutRecord.ts,
 * which the import never writes twice): the board would count it twice. A record without the
 * `run_id` column (written before it) may hold two runs of one key that only a run id tells apart
 * (Epoch's two gpt-5-mini runs with Terminus 2): it is read as it is, and the next import of the
 * table writes their run ids. Not checked while the registry itself is broken (every record would
 * look orphaned).
 */
export function loadLeftOut(files: DataFiles, { benchmarks, benchmarksLoaded }: { benchmarks: readonly Benchmark[]; benchmarksLoaded: boolean }, problems: Problem[]): LeftOutRow[] {
  const rows: LeftOutRow[] = [];
  for (const name of files.list("results").filter(isLeftOutFile)) {
    const path = `results/${name}`;
    const file = files.show(path);
    const resultsFile = `results/${name.replace(/\.left-out\.csv$/i, "")}.csv`;
    // A record may hold its header alone: every row it listed was imported since.
    const table = readTable(files, path, LeftOutRowSchema, problems, { allowEmpty: true });
    if (!table || !benchmarksLoaded) continue;
    const readers = benchmarks.filter((b) => b.file === resultsFile);
    if (readers.length === 0) {
      problems.push({ file, line: 1, message: `the record of rows left out of ${files.show(resultsFile)}, which no benchmark in ${files.show("benchmarks.csv")} reads; delete it, or register the benchmark whose file is ${resultsFile}` });
      continue;
    }
    const hasRunIds = table.header.includes("run_id");
    const seen = new Map<string, number>();
    for (const r of table.rows) {
      const day = r.date ? r.date.toISOString().slice(0, 10) : "";
      const key = JSON.stringify([r.version, day, r.model ?? "", r.setting ?? "", r.run_id ?? ""]);
      const prior = seen.get(key);
      if (prior !== undefined && hasRunIds) {
        const what = `${r.model ?? "(no model)"}${r.setting ? ` (${r.setting})` : ""} ${r.version}${day ? ` on ${day}` : " (no date)"}${r.run_id ? `, run ${r.run_id}` : ", no run id"}`;
        problems.push({ file, line: r.line, message: `duplicate row: ${what} is already on line ${prior} (version, date, model, setting and run id make one row of the record, and the import writes each once); delete one of the two lines` });
        continue;
      }
      if (prior === undefined) seen.set(key, r.line);
      if (!readers.some((b) => b.id === r.benchmark && b.version === r.version)) {
        const registered = readers.map((b) => `${b.id} ${b.version}`).join(", ");
        problems.push({ file, line: r.line, column: "benchmark", message: `expected a benchmark and version that read ${resultsFile} (${registered}), found ${r.benchmark} ${r.version}` });
        continue;
      }
      const score = r.score === undefined ? undefined : parseNumberCell(r.score);
      rows.push({ ...r, file, resultsFile, ...(score?.ok && { scoreValue: score.value }) });
    }
  }
  return rows;
}
