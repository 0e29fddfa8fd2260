import type { Benchmark } from "../../schemas/benchmark";
import type { Model } from "../../schemas/model";
import type { Result } from "../../schemas/result";
import type { Product } from "../../schemas/product";
import type { TagAlias } from "../../schemas/tagAlias";
import { InputError, type Problem } from "../errors";
import type { AliasIndex } from "./aliasIndex";
import type { DataFiles } from "./dataFiles";
import { loadBenchmarks } from "./loadBenchmarks";
import { loadModels } from "./loadModels";
import { loadProducts } from "./loadProducts";
import { loadResults } from "./loadResults";
import { loadTagAliases } from "./loadTagAliases";
import { loadLeftOut } from "./loadLeftOut";
import type { LeftOutRow } from "../../schemas/leftOut";
import { FUTURE_SLACK_MS } from "../../schemas/limits";

/** Everything under `data/`, validated and cross-checked. */
export interface Dataset {
  models: Model[];
  benchmarks: Benchmark[];
  results: Result[];
  tagAliases: TagAlias[];
  /** Apps and agents (data/products.csv, optional): recognised in labels, never linked as models. */
  products: Product[];
  /** The model matcher over the registry and the products. */
  aliases: AliasIndex;
  /** The publisher's rows an import left out (data/results/<name>.left-out.csv): what each board does not rank. */
  leftOut: LeftOutRow[];
}

/**
 * Loads and cross-checks every CSV under `data/`, one step per file: the products, the model
 * registry, the benchmark registry, each results file through its column map, and the tag aliases. Every
 * problem in every file is collected; if there is any, one `InputError` lists them all as
 * `file:line column "x": message`. Reads through `files` only (see dataFiles.ts).
 */
export function loadDataset(files: DataFiles, { now = new Date() }: { now?: Date } = {}): Dataset {
  const problems: Problem[] = [];
  const products = loadProducts(files, problems);
  const { models, aliases, loaded: modelsLoaded } = loadModels(files, products, problems);
  const { benchmarks, loaded: benchmarksLoaded } = loadBenchmarks(files, problems);
  // When the registry itself is broken, every result row would also fail to resolve: the
  // registry's problems are reported, not hundreds of follow-on "unknown model" lines.
  const results = loadResults(files, { benchmarks, benchmarksLoaded, aliases, modelsLoaded, now }, problems);
  const tagAliases = loadTagAliases(files, problems);
  const leftOut = loadLeftOut(files, { benchmarks, benchmarksLoaded }, problems);
  problems.push(...futureDates(benchmarks, results, files.show("benchmarks.csv"), now));
  if (problems.length) throw new InputError(problems, "Invalid data");
  return { models, benchmarks, results, tagAliases, products, aliases, leftOut };
}

/**
 * Dates after `now` (the build or check, with a day's slack for time zones): a benchmark's `as_of`
 * (at its registry row) and a result's own date (at its row). A figure cannot have been reported
 * on a day still to come, so such a date is a typo (2031 for 2025), and it would sort the figure
 * first on every board and changelog. Recaps dated in the future are refused the same way.
 */
function futureDates(benchmarks: readonly Pick<Benchmark, "id" | "version" | "as_of" | "line">[], results: readonly Pick<Result, "evaluated_at" | "dated_by_table" | "file" | "line" | "benchmark" | "version">[], benchmarksFile: string, now: Date): Problem[] {
  const limit = now.getTime() + FUTURE_SLACK_MS;
  const today = now.toISOString().slice(0, 10);
  const day = (d: Date) => d.toISOString().slice(0, 10);
  const problems: Problem[] = [];
  const futureAsOf = new Set<string>();
  for (const b of benchmarks) {
    if (b.as_of && b.as_of.getTime() > limit) {
      futureAsOf.add(`${b.id}\u0000${b.version}`);
      problems.push({ file: benchmarksFile, line: b.line, column: "as_of", message: `expected a date not after today (${today}), found ${day(b.as_of)}: a table cannot be dated on a day still to come` });
    }
  }
  for (const r of results) {
    if (r.evaluated_at.getTime() <= limit) continue;
    // A row dated by its benchmark's as_of is reported once, at the registry row.
    if (r.dated_by_table && futureAsOf.has(`${r.benchmark}\u0000${r.version}`) && day(r.evaluated_at) === day(benchmarks.find((b) => b.id === r.benchmark && b.version === r.version)!.as_of!)) continue;
    problems.push({ file: r.file, line: r.line, message: `the row is dated ${day(r.evaluated_at)}, after today (${today}): a figure cannot be reported on a day still to come; fix the date` });
  }
  return problems;
}
