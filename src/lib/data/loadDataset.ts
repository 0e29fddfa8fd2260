import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { BenchmarkRowSchema, type BenchmarkRow } from "../../schemas/benchmark";
import { ModelRowSchema, type Model } from "../../schemas/model";
import { ResultRowSchema, type Result } from "../../schemas/result";
import { TagAliasRowSchema, type TagAlias } from "../../schemas/tagAlias";
import { ProductRowSchema, type Product } from "../../schemas/product";
import { parseColumnMap, type ColumnMap } from "../csv/columnMap";
import { InputError, type Problem } from "../errors";
import { decodeUtf8, readCsv } from "../csv/readCsv";
import { validateRows } from "../csv/validateRows";
import { buildAliasIndex, type AliasIndex } from "./aliasIndex";
import { joinSettings } from "../models/settings";
import type { z } from "zod";

/** A benchmark version as the site uses it. */
export interface Benchmark extends Omit<BenchmarkRow, "column_map" | "headline"> {
  headline: boolean;
  columnMap: ColumnMap;
  /** Number of result rows loaded for this version. */
  resultCount: number;
}

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

/** Where to read from and how to name files in messages. */
export interface LoadOptions {
  /** Absolute or cwd-relative path of the data folder. */
  dataDir: string;
  /** Paths in messages are relative to this folder (the project root). Default: the cwd. */
  displayRoot?: string;
}

/**
 * Loads and cross-checks every CSV under `data/`: the model registry, the benchmark registry,
 * each results file through its column map, and the tag aliases. Every problem in every file is
 * collected; if there is any, one `InputError` lists them all as `file:line column "x": message`.
 */
export function loadDataset({ dataDir, displayRoot = process.cwd() }: LoadOptions): Dataset {
  const problems: Problem[] = [];
  const show = (path: string) => relative(displayRoot, path).split("\\").join("/");
  const load = <S extends z.ZodTypeAny>(path: string, schema: S, options: Parameters<typeof validateRows>[2] = {}) => {
    const file = show(path);
    try {
      const text = decodeUtf8(readFileSync(path), file);
      return validateRows(readCsv(text, file), schema, options);
    } catch (error) {
      if (error instanceof InputError) {
        problems.push(...error.problems);
        return undefined;
      }
      throw error;
    }
  };

  // Models and their aliases.
  const modelsPath = join(dataDir, "models.csv");
  const loadedModels = existsSync(modelsPath)
    ? load(modelsPath, ModelRowSchema)
    : (problems.push({ file: show(modelsPath), line: 1, message: "the model registry is missing; expected data/models.csv" }), undefined);
  const models: Model[] = loadedModels ?? [];
  // When the registry itself is broken, every result row would also fail to resolve: report the
  // registry's problems only, not hundreds of follow-on "unknown model" lines.
  const registryLoaded = loadedModels !== undefined;
  const modelsFile = show(modelsPath);
  const seenIds = new Map<string, number>();
  for (const m of models) {
    const prior = seenIds.get(m.id);
    if (prior !== undefined) problems.push({ file: modelsFile, line: m.line, column: "id", message: `duplicate model id "${m.id}" (first on line ${prior})` });
    else seenIds.set(m.id, m.line);
  }
  // Products (optional file): names the matcher recognises as apps and agents, never as models.
  const productsPath = join(dataDir, "products.csv");
  const productsFile = show(productsPath);
  const products: Product[] = existsSync(productsPath) ? (load(productsPath, ProductRowSchema, { allowEmpty: true }) ?? []) : [];
  const { index: aliases, conflicts } = buildAliasIndex(models, products);
  for (const c of conflicts) problems.push({ file: c.file === "models" ? modelsFile : productsFile, line: c.line ?? 1, column: "aliases", message: c.message });

  // Benchmarks.
  const benchmarksPath = join(dataDir, "benchmarks.csv");
  const benchmarksFile = show(benchmarksPath);
  const loadedRows = existsSync(benchmarksPath)
    ? load(benchmarksPath, BenchmarkRowSchema)
    : (problems.push({ file: benchmarksFile, line: 1, message: "the benchmark registry is missing; expected data/benchmarks.csv" }), undefined);
  const rows: BenchmarkRow[] = loadedRows ?? [];
  const benchmarks: Benchmark[] = [];
  const seenVersions = new Map<string, number>();
  for (const row of rows) {
    const key = `${row.id}@${row.version}`;
    const prior = seenVersions.get(key);
    if (prior !== undefined) {
      problems.push({ file: benchmarksFile, line: row.line, column: "version", message: `version clash: "${row.id}" ${row.version} is already registered on line ${prior}` });
      continue;
    }
    seenVersions.set(key, row.line);
    const map = parseColumnMap(row.column_map);
    if (!map.ok) problems.push({ file: benchmarksFile, line: row.line, column: "column_map", message: map.message });
    if (!existsSync(join(dataDir, row.file))) {
      problems.push({ file: benchmarksFile, line: row.line, column: "file", message: `results file not found: expected ${show(join(dataDir, row.file))}` });
    }
    const { column_map: _map, headline, ...rest } = row;
    benchmarks.push({ ...rest, headline: headline ?? false, columnMap: map.ok ? map.value : { rename: {}, ignore: [] }, resultCount: 0 });
  }
  const headlineIds = [...new Set(benchmarks.filter((b) => b.headline).map((b) => b.id))];
  if (headlineIds.length > 1) {
    problems.push({ file: benchmarksFile, line: benchmarks.find((b) => b.headline && b.id === headlineIds[1])!.line, column: "headline", message: `only one benchmark can be the headline; found ${headlineIds.join(", ")}` });
  }

  // Results, file by file (several versions may share one file).
  const byFile = new Map<string, Benchmark[]>();
  for (const b of benchmarks) byFile.set(b.file, [...(byFile.get(b.file) ?? []), b]);
  const results: Result[] = [];
  for (const [relFile, owners] of byFile) {
    const path = join(dataDir, relFile);
    if (!existsSync(path)) continue; // reported above
    const file = show(path);
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
    const rowsOfFile = load(path, ResultRowSchema, { columnMap: owners[0].columnMap, requireColumns: shared ? ["version"] : [] });
    if (!rowsOfFile) continue;
    const seenKeys = new Map<string, number>();
    for (const r of rowsOfFile) {
      const versions = owners.map((o) => o.version);
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
        if (!registryLoaded) continue;
        problems.push({ file, line: r.line, column: owner.columnMap.rename.model ?? "model", message: `unknown model ${JSON.stringify(r.model)}${aliases.suggest(r.model)}; add it to ${modelsFile} or as an alias of a model there` });
        continue;
      }
      const evaluatedAt = r.evaluated_at ?? owner.as_of;
      if (!evaluatedAt) {
        problems.push({ file, line: r.line, column: owner.columnMap.rename.evaluated_at ?? "evaluated_at", message: `expected a date: fill evaluated_at or set as_of for ${owner.id} ${owner.version} in ${benchmarksFile}` });
        continue;
      }
      // A mapped setting (agent) and a suffix setting (effort, thinking budget) are both kept:
      // "Droid, medium". Two snapshots of one model are two reports, not a duplicate.
      const setting = joinSettings([r.setting, ref.setting]);
      const key = [owner.version, ref.id, setting ?? "", ref.snapshot ?? "", evaluatedAt.toISOString()].join("\u0000");
      const prior = seenKeys.get(key);
      if (prior !== undefined) {
        problems.push({ file, line: r.line, message: `duplicate row: ${ref.id}${setting ? ` (${setting})` : ""}${ref.snapshot ? ` snapshot ${ref.snapshot}` : ""} ${owner.version} on ${evaluatedAt.toISOString().slice(0, 10)} is already on line ${prior}` });
        continue;
      }
      seenKeys.set(key, r.line);
      const { line, model, version: _v, setting: _s, evaluated_at: _e, ...figures } = r;
      results.push({ ...figures, benchmark: owner.id, version: owner.version, model: ref.id, modelAsWritten: model, setting, snapshot: ref.snapshot, evaluated_at: evaluatedAt, file, line });
      owner.resultCount++;
    }
  }

  // A results CSV that no benchmark lists would be silently ignored: refuse it. (Not while the
  // registry itself is broken: then every file would look unlisted, burying the real problem.)
  const resultsDir = join(dataDir, "results");
  if (loadedRows !== undefined && existsSync(resultsDir)) {
    const listed = new Set([...byFile.keys()].map((f) => join(dataDir, f)));
    for (const name of readdirSync(resultsDir).sort()) {
      if (name.endsWith(".csv") && !listed.has(join(resultsDir, name))) {
        problems.push({ file: show(join(resultsDir, name)), line: 1, message: `this results file is not listed in ${benchmarksFile}; add a row whose file is results/${name}` });
      }
    }
  }

  // Tag aliases (optional file).
  const tagPath = join(dataDir, "tag-aliases.csv");
  const tagAliases: TagAlias[] = existsSync(tagPath) ? (load(tagPath, TagAliasRowSchema, { allowEmpty: true }) ?? []) : [];
  const seenTags = new Map<string, number>();
  for (const t of tagAliases) {
    const key = `${t.type}:${t.alias}`;
    if (seenTags.has(key)) problems.push({ file: show(tagPath), line: t.line, column: "alias", message: `alias "${t.alias}" is listed twice (first on line ${seenTags.get(key)})` });
    seenTags.set(key, t.line);
  }

  if (problems.length) throw new InputError(problems, "Invalid data");
  return { models, benchmarks, results, tagAliases, products, aliases };
}

