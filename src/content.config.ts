import { defineCollection } from "astro:content";
import { glob } from "astro/loaders";
import { CONTENT_ROOT, DATA_DIR, IGNORED_FRONTMATTER_KEYS, RECAPS_DIR } from "./config";
import { createRecapSchema } from "./schemas/recap";
import { ModelSchema } from "./schemas/model";
import { BenchmarkSchema } from "./schemas/benchmark";
import { ResultSchema } from "./schemas/result";
import { recapLoader } from "./lib/content/recapLoader";
import { getDataset } from "./lib/data/getDataset";

const recapSchema = createRecapSchema({ ignoredKeys: IGNORED_FRONTMATTER_KEYS });

/** Newsletter entries: every .md and .mdx under content/recaps/. */
const recaps = defineCollection({
  loader: recapLoader({
    glob: glob({ pattern: "**/*.{md,mdx}", base: RECAPS_DIR }),
    schema: recapSchema,
    displayRoot: CONTENT_ROOT,
  }),
  schema: recapSchema,
});

// The CSV collections share one validated load of data/ (see src/lib/data/loadDataset.ts); each
// loader stores its part, already validated; the stored shapes are declared in src/schemas.
const dataOptions = { dataDir: DATA_DIR, displayRoot: CONTENT_ROOT };

/** The model registry, data/models.csv. */
const models = defineCollection({
  loader: {
    name: "benchdigest-models",
    load: async ({ store, parseData, generateDigest }) => {
      store.clear();
      for (const { line, ...model } of getDataset(dataOptions).models) {
        const data = await parseData({ id: model.id, data: { ...model, line } });
        store.set({ id: model.id, data, digest: generateDigest(data) });
      }
    },
  },
  schema: ModelSchema,
});

/** The benchmark registry, data/benchmarks.csv: one entry per (benchmark, version). */
const benchmarks = defineCollection({
  loader: {
    name: "benchdigest-benchmarks",
    load: async ({ store, parseData, generateDigest }) => {
      store.clear();
      for (const b of getDataset(dataOptions).benchmarks) {
        const id = `${b.id}/${b.version}`;
        const data = await parseData({ id, data: { ...b } });
        store.set({ id, data, digest: generateDigest(data) });
      }
    },
  },
  schema: BenchmarkSchema,
});

/** Every result row of every results CSV, resolved to canonical model ids. */
const results = defineCollection({
  loader: {
    name: "benchdigest-results",
    load: async ({ store, parseData, generateDigest }) => {
      store.clear();
      for (const r of getDataset(dataOptions).results) {
        const id = `${r.file}:${r.line}`;
        const data = await parseData({ id, data: { ...r } });
        store.set({ id, data, digest: generateDigest(data) });
      }
    },
  },
  schema: ResultSchema,
});

export const collections = { recaps, models, benchmarks, results };
