import type { Benchmark } from "../../schemas/benchmark";
import { ResultRowSchema, type Result } from "../../schemas/result";
import type { Problem } from "../errors";
import type { AliasIndex } from "./aliasIndex";
import type { DataFiles } from "./dataFiles";
import { readTable } from "./readTable";
import { MAX_RESULT_ROWS } from "../../schemas/limits";
import { resultKey } from "./resultKey";

/** What `loadResults` needs besides the files. */
export interface LoadResultsInput {
  benchmarks: Benchmark[];
  /** Whether the benchmark registry loaded (else every results file would look unlisted). */
  benchmarksLoaded: boolean;
  aliases: AliasIndex;
  /** Whether the model registry loaded (else every model would look unknown). */
  modelsLoaded: boolean;
}

/**
 * Every results file listed in the benchmark registry, read through its column map, each row's
 * version and model resolved; one file may hold several versions of one benchmark. Also refuses
 * results files that no benchmark lists. Counts each version's rows in its `resultCount`.
 * Problems go to `problems`.
 */
export function loadResults(files: DataFiles, { benchmarks, benchmarksLoaded, aliases, modelsLoaded }: LoadResultsInput, problems: Problem[]): Result[] {
  const benchmarksFile = files.show("benchmarks.csv");
  const modelsFile = files.show("models.csv");
  const byFile = new Map<string, Benchmark[]>();
  for (const b of benchmarks) byFile.set(b.file, [...(byFile.get(b.file) ?? []), b]);
  const results: Result[] = [];
  for (const [relFile, owners] of byFile) {
    if (!files.exists(relFile)) continue; // reported by loadBenchmarks
    const file = files.show(relFile);
    const ids = new Set(owners.map((o) => o.id));
    if (ids.size > 1) {
      problems.push({ file: benchmarksFile, line: owners[1].line, column: "file", message: `${relFile} is shared by different benchmarks (${[...ids].join(", ")}); one file holds one benchmark` });
      continue;
    }
    const maps = new Set(owners.map((o) => JSON.stringify(o.columnMap)));
    if (maps.size > 1) {
      problems.push({ file: benchmarksFile, line: owners[1].line, column: "column_map", message: `versions sharing ${relFile} must have the same column map` });
      continue;
    }
    const shared = owners.length > 1;
    const rows = readTable(files, relFile, ResultRowSchema, problems, { columnMap: owners[0].columnMap, requireColumns: shared ? ["version"] : [] });
    if (!rows) continue;
    const versions = owners.map((o) => o.version);
    const seenKeys = new Map<string, number>();
    for (const r of rows) {
      let owner: Benchmark | undefined;
      if (r.version === undefined) {
        if (shared) {
          problems.push({ file, line: r.line, column: "version", message: `expected one of ${versions.join(", ")} (the file is shared by several versions), found an empty cell` });
          continue;
        }
        owner = owners[0];
      } else {
        owner = owners.find((o) => o.version === r.version);
        if (!owner) {
          problems.push({ file, line: r.line, column: "version", message: `expected ${versions.length > 1 ? "one of " : ""}${versions.join(", ")} as registered in ${benchmarksFile}, found ${JSON.stringify(r.version)}` });
          continue;
        }
      }
      const ref = aliases.resolve(r.model);
      if (!ref) {
        if (!modelsLoaded) continue;
        problems.push({ file, line: r.line, column: owner.columnMap.rename.model ?? "model", message: `unknown model ${JSON.stringify(r.model)}${aliases.suggest(r.model)}; add it to ${modelsFile} or as an alias of a model there` });
        continue;
      }
      const evaluatedAt = r.evaluated_at ?? owner.as_of;
      if (!evaluatedAt) {
        problems.push({ file, line: r.line, column: owner.columnMap.rename.evaluated_at ?? "evaluated_at", message: `expected a date: fill evaluated_at or set as_of for ${owner.id} ${owner.version} in ${benchmarksFile}` });
        continue;
      }
      // A mapped setting (agent) and a suffix setting (effort) are both kept: "Droid, medium".
      const setting = r.setting && ref.setting ? `${r.setting}, ${ref.setting}` : (r.setting ?? ref.setting);
      const key = resultKey({ version: owner.version, model: ref.id, setting, evaluated_at: evaluatedAt });
      const prior = seenKeys.get(key);
      if (prior !== undefined) {
        problems.push({ file, line: r.line, message: `duplicate row: ${ref.id}${setting ? ` (${setting})` : ""} ${owner.version} on ${evaluatedAt.toISOString().slice(0, 10)} is already on line ${prior}` });
        continue;
      }
      seenKeys.set(key, r.line);
      const { line, model, version: _v, setting: _s, evaluated_at: _e, ...figures } = r;
      results.push({ ...figures, benchmark: owner.id, version: owner.version, model: ref.id, modelAsWritten: model, setting, evaluated_at: evaluatedAt, file, line });
      owner.resultCount++;
    }
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
      if (name.endsWith(".csv") && !byFile.has(`results/${name}`)) {
        problems.push({ file: files.show(`results/${name}`), line: 1, message: `this results file is not listed in ${benchmarksFile}; add a row whose file is results/${name}` });
      }
    }
  }
  return results;
}
