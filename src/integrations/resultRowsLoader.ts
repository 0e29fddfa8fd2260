/** The `results` collection's loader: the module comment of resultRows.ts says what it keeps where, and why. */
import type { Loader } from "astro/loaders";
import { join } from "node:path";
import { dataStoreDir, removeFilesExcept } from "./addressedFiles";
import type { CsvCollectionOptions } from "./csvCollection";
import { getDataset } from "./getDataset";
import { loadAndWatch } from "./liveProblems";
import { RESULT_ROWS_FOLDER, RESULT_ROWS_ID, writeResultRows } from "./resultRows";

/** How long `npm run dev` keeps the rows' file of the data before an edit. */
const DEV_KEEP_MS = 60_000;

/**
 * The `results` collection's loader: every result row of `data/`, resolved to canonical model ids
 * and validated with the other CSV collections (`getDataset`), written to one file; the collection
 * keeps where it is (the module comment says why).
 */
export function resultRowsLoader({ dataDir, displayRoot }: CsvCollectionOptions): Loader {
  return {
    name: "benchdigest-results",
    load: async (context) =>
      loadAndWatch(context, {
        source: "data/",
        dir: dataDir,
        load: async () => {
          const { store, parseData, generateDigest, watcher } = context;
          const dir = join(dataStoreDir(context), RESULT_ROWS_FOLDER);
          const ref = writeResultRows(getDataset({ dataDir, displayRoot }).results, dir);
          const data = await parseData({ id: RESULT_ROWS_ID, data: { ...ref } });
          store.clear();
          store.set({ id: RESULT_ROWS_ID, data, digest: generateDigest(data) });
          // A page of `npm run dev` may read the file of the data before an edit until Astro has
          // saved the new store (half a second): there, only the files older than a minute go.
          removeFilesExcept(dir, new Set([ref.file]), watcher ? DEV_KEEP_MS : 0);
        },
      }),
  };
}
