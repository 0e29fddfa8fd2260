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
