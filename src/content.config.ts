import { defineCollection } from "astro:content";
import { glob } from "astro/loaders";
import { dataDir, recapsDir, root } from "virtual:benchdigest/site";
import { IGNORED_FRONTMATTER_KEYS } from "./config";
import { csvCollection } from "./integrations/csvCollection";
import { recapLoader } from "./integrations/recapLoader";
import { ResultRowsRefSchema } from "./integrations/resultRows";
import { resultRowsLoader } from "./integrations/resultRowsLoader";
import { BenchmarkSchema } from "./schemas/benchmark";
import { ModelSchema } from "./schemas/model";
import { ProductSchema } from "./schemas/product";
import { createRecapSchema } from "./schemas/recap";
import { TagAliasSchema } from "./schemas/tagAlias";
import { LeftOutSchema } from "./schemas/leftOut";

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
 * Every result row of every results CSV, resolved to canonical model ids (`ResultSchema`), in one
 * file beside the store: the collection's one entry says where (src/integrations/resultRows.ts, resultRowsLoader.ts),
 * and the data layer reads them with `readResultRows`.
 */
const results = defineCollection({ loader: resultRowsLoader(data), schema: ResultRowsRefSchema });

/** Tag variants that land on one tag page, data/tag-aliases.csv. */
const tagAliases = defineCollection({ loader: csvCollection("tag-aliases", data, (d) => d.tagAliases, (t) => `${t.type}:${t.alias}`), schema: TagAliasSchema });

/** Apps and agents recaps name beside models (data/products.csv): recognised, never linked as models. */
const products = defineCollection({ loader: csvCollection("products", data, (d) => d.products, (p) => p.id), schema: ProductSchema });

/**
 * The publisher's rows an import left out (data/results/<name>.left-out.csv), so that a board and
 * a digest can say what they do not rank.
 */
const leftOut = defineCollection({ loader: csvCollection("left-out", data, (d) => d.leftOut, (r) => `${r.file}:${r.line}`), schema: LeftOutSchema });

export const collections = { recaps, models, benchmarks, results, tagAliases, products, leftOut };
