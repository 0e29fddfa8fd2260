/**
 * The files of a site's `data/` folder as the loaders read them. The loaders in this folder are
 * pure: they read through this interface, never from the disk. The build and the editor commands
 * pass `dataFilesOnDisk` (src/integrations/dataFilesOnDisk.ts); tests can pass `dataFilesInMemory`.
 */
export interface DataFiles {
  /** A path inside `data/` as messages name it. @example show("results/x.csv") // "data/results/x.csv" */
  show(path: string): string;
  /** The bytes of a file inside `data/` (`models.csv`, `results/x.csv`), or undefined when there is none. */
  read(path: string): Uint8Array | undefined;
  /** Whether a file exists inside `data/`. */
  exists(path: string): boolean;
  /** Names of the files directly inside a folder of `data/`, sorted; [] when the folder does not exist. */
  list(dir: string): string[];
}

/**
 * A `data/` folder held in memory: paths inside `data/` -> text or bytes. Files are named
 * `<prefix>/<path>` in messages.
 * @example dataFilesInMemory({ "models.csv": "id,name,...\n..." })
 */
export function dataFilesInMemory(files: Record<string, string | Uint8Array>, prefix = "data"): DataFiles {
  const encoder = new TextEncoder();
  return {
    show: (path) => `${prefix}/${path}`,
    read: (path) => {
      const file = files[path];
      return typeof file === "string" ? encoder.encode(file) : file;
    },
    exists: (path) => path in files,
    list: (dir) =>
      Object.keys(files)
        .filter((p) => p.startsWith(`${dir}/`) && !p.slice(dir.length + 1).includes("/"))
        .map((p) => p.slice(dir.length + 1))
        .sort(),
  };
}

/**
 * `files` with some files replaced or added (path inside `data/` -> new text): what the data would
 * be once a command has written them, for loading before anything is written.
 * @example loadDataset(dataFilesWithChanges(files, { "benchmarks.csv": newRegistry }))
 */
export function dataFilesWithChanges(files: DataFiles, changes: Record<string, string>): DataFiles {
  const encoder = new TextEncoder();
  return {
    show: (path) => files.show(path),
    read: (path) => (path in changes ? encoder.encode(changes[path]) : files.read(path)),
    exists: (path) => path in changes || files.exists(path),
    list: (dir) => {
      const added = Object.keys(changes)
        .filter((p) => p.startsWith(`${dir}/`) && !p.slice(dir.length + 1).includes("/"))
        .map((p) => p.slice(dir.length + 1));
      return [...new Set([...files.list(dir), ...added])].sort();
    },
  };
}

/**
 * `files` with some files replaced or added (paths inside `data/` -> text): how a command checks
 * the data it is about to write with the build's own loader, without writing it first.
 * @example loadDataset(dataFilesWith(dataFilesOnDisk(dir, root), { "models.csv": merged }))
 */
export function dataFilesWith(files: DataFiles, replaced: Record<string, string>): DataFiles {
  const encoder = new TextEncoder();
  return {
    show: files.show,
    read: (path) => (path in replaced ? encoder.encode(replaced[path]) : files.read(path)),
    exists: (path) => path in replaced || files.exists(path),
    list: (dir) => [...new Set([...files.list(dir), ...Object.keys(replaced).filter((p) => p.startsWith(`${dir}/`) && !p.slice(dir.length + 1).includes("/")).map((p) => p.slice(dir.length + 1))])].sort(),
  };
}
