import type { Loader } from "astro/loaders";
import type { Dataset } from "../lib/data/loadDataset";
import { getDataset } from "./getDataset";
import { keepEmptyCollection } from "./emptyCollection";
import { loadAndWatch } from "./liveProblems";


/** Where the CSVs are and how to name files in messages. */
export interface CsvCollectionOptions {
  /** The site's `data/` folder. */
  dataDir: string;
  /** Messages name files relative to this folder. */
  displayRoot: string;
}

/**
 * A content-layer loader for one part of `data/`: every CSV collection shares one validated load
 * of the whole folder (`getDataset`, which also cross-checks the files against each other), and
 * each stores its part, already validated, under the id `idOf` gives. In `npm run dev` it reloads
 * when a file under `data/` changes, and bad input shows in the terminal and the browser overlay
 * instead of stopping the server; a build still stops on it (src/integrations/liveProblems.ts).
 */
export function csvCollection<T extends object>(name: string, { dataDir, displayRoot }: CsvCollectionOptions, part: (dataset: Dataset) => readonly T[], idOf: (item: T) => string): Loader {
  return {
    name: `benchdigest-${name}`,
    load: async (context) =>
      loadAndWatch(context, {
        source: "data/",
        dir: dataDir,
        load: async () => {
          const { store, parseData, generateDigest } = context;
          const items = part(getDataset({ dataDir, displayRoot }));
          store.clear();
          // An optional file with no rows (data/products.csv) is an empty collection, not a missing one.
          if (items.length === 0) keepEmptyCollection(store);
          for (const item of items) {
            const id = idOf(item);
            const data = await parseData({ id, data: { ...item } as Record<string, unknown> });
            store.set({ id, data, digest: generateDigest(data) });
          }
        },
      }),
  };
}
