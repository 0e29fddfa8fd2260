import { BenchmarkRowSchema, type Benchmark } from "../../schemas/benchmark";
import { EMPTY_COLUMN_MAP, parseColumnMap } from "../../schemas/columnMap";
import type { Problem } from "../errors";
import type { DataFiles } from "./dataFiles";
import { readTable } from "./readTable";

/** The benchmark registry as loaded. */
export interface LoadedBenchmarks {
  /** One per (benchmark, version), in file order; `resultCount` is filled by `loadResults`. */
  benchmarks: Benchmark[];
  /** False when `data/benchmarks.csv` is missing or broken, or a row of it is. */
  loaded: boolean;
}

/**
 * `data/benchmarks.csv`: every row validated; versions unique per benchmark; column maps parsed;
 * each results file present; at most one headline benchmark. Problems go to `problems`.
 */
export function loadBenchmarks(files: DataFiles, problems: Problem[]): LoadedBenchmarks {
  const path = "benchmarks.csv";
  const file = files.show(path);
  if (!files.exists(path)) problems.push({ file, line: 1, message: "the benchmark registry is missing; expected data/benchmarks.csv" });
  // A new site starts with no benchmark: `import:results --new` registers the first.
  const table = readTable(files, path, BenchmarkRowSchema, problems, { allowEmpty: true });
  const benchmarks: Benchmark[] = [];
  const seenVersions = new Map<string, number>();
  for (const row of table?.rows ?? []) {
    const key = `${row.id}@${row.version}`;
    const prior = seenVersions.get(key);
    if (prior !== undefined) {
      problems.push({ file, line: row.line, column: "version", message: `version clash: "${row.id}" ${row.version} is already registered on line ${prior}` });
      continue;
    }
    seenVersions.set(key, row.line);
    const map = parseColumnMap(row.column_map);
    if (!map.ok) problems.push({ file, line: row.line, column: "column_map", message: map.message });
    if (!files.exists(row.file)) {
      problems.push({ file, line: row.line, column: "file", message: `results file not found: expected ${files.show(row.file)}` });
    }
    const { column_map: _map, headline, ...rest } = row;
    benchmarks.push({ ...rest, headline: headline ?? false, columnMap: map.ok ? map.value : EMPTY_COLUMN_MAP, resultCount: 0 });
  }
  const headlineIds = [...new Set(benchmarks.filter((b) => b.headline).map((b) => b.id))];
  if (headlineIds.length > 1) {
    problems.push({ file, line: benchmarks.find((b) => b.headline && b.id === headlineIds[1])!.line, column: "headline", message: `only one benchmark can be the headline; found ${headlineIds.join(", ")}` });
  }
  return { benchmarks, loaded: table?.complete === true };
}
