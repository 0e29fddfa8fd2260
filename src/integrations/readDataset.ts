import { loadDataset, type Dataset } from "../lib/data/loadDataset";
import { dataFilesOnDisk } from "./dataFilesOnDisk";

/** Where to read from and how to name files in messages. */
export interface ReadDatasetOptions {
  /** Absolute or cwd-relative path of the data folder. */
  dataDir: string;
  /** Paths in messages are relative to this folder (the project root). Default: the cwd. */
  displayRoot?: string;
}

/** `loadDataset` on a `data/` folder on disk. */
export function readDataset({ dataDir, displayRoot = process.cwd() }: ReadDatasetOptions): Dataset {
  return loadDataset(dataFilesOnDisk(dataDir, displayRoot));
}
