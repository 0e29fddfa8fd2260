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
}

/**
 * Loads and cross-checks every CSV under `data/`, one step per file: the products, the model
 * registry, the benchmark registry, each results file through its column map, and the tag aliases. Every
 * problem in every file is collected; if there is any, one `InputError` lists them all as
 * `file:line column "x": message`. Reads through `files` only (see dataFiles.ts).
 */
export function loadDataset(files: DataFiles): Dataset {
  const problems: Problem[] = [];
  const products = loadProducts(files, problems);
  const { models, aliases, loaded: modelsLoaded } = loadModels(files, products, problems);
  const { benchmarks, loaded: benchmarksLoaded } = loadBenchmarks(files, problems);
  // When the registry itself is broken, every result row would also fail to resolve: the
  // registry's problems are reported, not hundreds of follow-on "unknown model" lines.
  const results = loadResults(files, { benchmarks, benchmarksLoaded, aliases, modelsLoaded }, problems);
  const tagAliases = loadTagAliases(files, problems);
  if (problems.length) throw new InputError(problems, "Invalid data");
  return { models, benchmarks, results, tagAliases, products, aliases };
}
