import { defineCollection } from "astro:content";
import { glob } from "astro/loaders";
import { dataDir, recapsDir, root } from "virtual:benchdigest/site";
import { IGNORED_FRONTMATTER_KEYS } from "./config";
import { csvCollection } from "./integrations/csvCollection";
import { recapLoader } from "./integrations/recapLoader";
import { BenchmarkSchema } from "./schemas/benchmark";
import { ModelSchema } from "./schemas/model";
import { ProductSchema } from "./schemas/product";
import { createRecapSchema } from "./schemas/recap";
import { ResultSchema } from "./schemas/result";
import { TagAliasSchema } from "./schemas/tagAlias";

const recapSchema = createRecapSchema({ ignoredKeys: IGNORED_FRONTMATTER_KEYS });

/** Newsletter entries: every .md and .mdx under content/recaps/. */
const recaps = defineCollection({
  loader: recapLoader({
    glob: glob({ pattern: "**/*.{md,mdx}", base: recapsDir }),
    schema: recapSchema,
    displayRoot: root,
    recapsDir,
  }),
  schema: recapSchema,
});

// The CSV collections share one validated load of data/ (src/lib/data/loadDataset.ts).
const data = { dataDir, displayRoot: root };

/** The model registry, data/models.csv. */
const models = defineCollection({ loader: csvCollection("models", data, (d) => d.models, (m) => m.id), schema: ModelSchema });

/** The benchmark registry, data/benchmarks.csv: one entry per (benchmark, version). */
const benchmarks = defineCollection({ loader: csvCollection("benchmarks", data, (d) => d.benchmarks, (b) => `${b.id}/${b.version}`), schema: BenchmarkSchema });

/**
 * Every result row of every results CSV, resolved to canonical model ids. One line of a file can
 * hold several results (a file feeding several benchmarks; a wide table, one per model column):
 * the id names the benchmark and the model as written too, or the store would keep the last only.
 */
const results = defineCollection({
  loader: csvCollection("results", data, (d) => d.results, (r) => `${r.file}:${r.line}:${r.benchmark}@${r.version}:${r.modelAsWritten}`),
  schema: ResultSchema,
});

/** Tag variants that land on one tag page, data/tag-aliases.csv. */
const tagAliases = defineCollection({ loader: csvCollection("tag-aliases", data, (d) => d.tagAliases, (t) => `${t.type}:${t.alias}`), schema: TagAliasSchema });

/** Apps and agents recaps name beside models (data/products.csv): recognised, never linked as models. */
const products = defineCollection({ loader: csvCollection("products", data, (d) => d.products, (p) => p.id), schema: ProductSchema });

export const collections = { recaps, models, benchmarks, results, tagAliases, products };
