import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import type { DataFiles } from "../lib/data/dataFiles";
import { displayPath } from "../lib/format/displayPath";

/**
 * A site's `data/` folder on disk, for the pure loaders of src/lib/data. Messages name files
 * relative to `displayRoot` (the project or site folder).
 */
export function dataFilesOnDisk(dataDir: string, displayRoot: string): DataFiles {
  return {
    show: (path) => displayPath(displayRoot, join(dataDir, path)),
    read: (path) => (existsSync(join(dataDir, path)) ? readFileSync(join(dataDir, path)) : undefined),
    exists: (path) => existsSync(join(dataDir, path)),
    list: (dir) => {
      const abs = join(dataDir, dir);
      if (!existsSync(abs)) return [];
      return readdirSync(abs)
        .filter((name) => statSync(join(abs, name)).isFile())
        .sort();
    },
  };
}
