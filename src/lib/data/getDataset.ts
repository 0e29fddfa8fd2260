import { readdirSync, statSync, existsSync } from "node:fs";
import { join } from "node:path";
import { loadDataset, type Dataset, type LoadOptions } from "./loadDataset";

let cached: { key: string; dataset: Dataset } | undefined;

/** mtimes and sizes of every file under `dir`, as a cache key. */
function fingerprint(dir: string): string {
  if (!existsSync(dir)) return "missing";
  const parts: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      const s = statSync(p);
      if (s.isDirectory()) walk(p);
      else parts.push(`${p}:${s.size}:${s.mtimeMs}`);
    }
  };
  walk(dir);
  return parts.join("|");
}

/**
 * `loadDataset`, loaded once per build: the three CSV collections share one validated load, and a
 * changed file (in `npm run dev`) invalidates it.
 */
export function getDataset(options: LoadOptions): Dataset {
  const key = `${options.dataDir}#${fingerprint(options.dataDir)}`;
  if (cached?.key !== key) cached = { key, dataset: loadDataset(options) };
  return cached.dataset;
}
