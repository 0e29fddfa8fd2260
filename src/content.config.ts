import { defineCollection } from "astro:content";
import { glob } from "astro/loaders";
import { CONTENT_ROOT, DATA_DIR, IGNORED_FRONTMATTER_KEYS, RECAPS_DIR } from "./config";
import { createRecapSchema } from "./schemas/recap";
import { ModelSchema } from "./schemas/model";
import { BenchmarkSchema } from "./schemas/benchmark";
import { ResultSchema } from "./schemas/result";
import { recapLoader } from "./lib/content/recapLoader";
// PROTOTYPE (issue 15): BENCHDIGEST_MARKDOWN_IT=1 renders .md recaps with markdown-it
// (src/lib/content/recapLoaderMarkdownIt.ts), for measuring; not the wiring to merge.
import { recapLoaderMarkdownIt } from "./lib/content/recapLoaderMarkdownIt";
import { getDataset } from "./lib/data/getDataset";
import { loadAndWatch } from "./lib/check/liveProblems";

const recapSchema = createRecapSchema({ ignoredKeys: IGNORED_FRONTMATTER_KEYS });

/** Newsletter entries: every .md and .mdx under content/recaps/. */
const recaps = defineCollection({
  loader: (process.env.BENCHDIGEST_MARKDOWN_IT === "1" ? recapLoaderMarkdownIt : recapLoader)({
    glob: glob({ pattern: "**/*.{md,mdx}", base: RECAPS_DIR }),
    schema: recapSchema,
    displayRoot: CONTENT_ROOT,
    recapsDir: RECAPS_DIR,
  }),
  schema: recapSchema,
});

// The CSV collections share one validated load of data/ (see src/lib/data/loadDataset.ts); each
// loader stores its part, already validated; the stored shapes are declared in src/schemas.
const dataOptions = { dataDir: DATA_DIR, displayRoot: CONTENT_ROOT };
// In `npm run dev` each CSV collection reloads when a file under data/ changes (getDataset re-reads
// on a changed fingerprint), and bad input shows in the terminal and the browser overlay instead
// of stopping the server; a build still stops on it (src/lib/check/liveProblems.ts).
const watchData = { source: "data/", dir: DATA_DIR };

/** The model registry, data/models.csv. */
const models = defineCollection({
  loader: {
    name: "benchdigest-models",
    load: async (context) =>
      loadAndWatch(context, { ...watchData, load: async () => {
        const { store, parseData, generateDigest } = context;
        const { models } = getDataset(dataOptions);
        store.clear();
        for (const { line, ...model } of models) {
          const data = await parseData({ id: model.id, data: { ...model, line } });
          store.set({ id: model.id, data, digest: generateDigest(data) });
        }
      } }),
  },
  schema: ModelSchema,
});

/** The benchmark registry, data/benchmarks.csv: one entry per (benchmark, version). */
const benchmarks = defineCollection({
  loader: {
    name: "benchdigest-benchmarks",
    load: async (context) =>
      loadAndWatch(context, { ...watchData, load: async () => {
        const { store, parseData, generateDigest } = context;
        const { benchmarks } = getDataset(dataOptions);
        store.clear();
        for (const b of benchmarks) {
          const id = `${b.id}/${b.version}`;
          const data = await parseData({ id, data: { ...b } });
          store.set({ id, data, digest: generateDigest(data) });
        }
      } }),
  },
  schema: BenchmarkSchema,
});

/** Every result row of every results CSV, resolved to canonical model ids. */
const results = defineCollection({
  loader: {
    name: "benchdigest-results",
    load: async (context) =>
      loadAndWatch(context, { ...watchData, load: async () => {
        const { store, parseData, generateDigest } = context;
        const { results } = getDataset(dataOptions);
        store.clear();
        for (const r of results) {
          const id = `${r.file}:${r.line}`;
          const data = await parseData({ id, data: { ...r } });
          store.set({ id, data, digest: generateDigest(data) });
        }
      } }),
  },
  schema: ResultSchema,
});

export const collections = { recaps, models, benchmarks, results };
