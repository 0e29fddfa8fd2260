import { readdirSync, statSync, existsSync } from "node:fs";
import { join } from "node:path";
import type { Dataset } from "../lib/data/loadDataset";
import { readDataset, type ReadDatasetOptions } from "./readDataset";

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
 * `readDataset`, loaded once per build: the three CSV collections share one validated load, and a
 * changed file (in `npm run dev`) invalidates it.
 */
export function getDataset(options: ReadDatasetOptions): Dataset {
  const key = `${options.dataDir}#${fingerprint(options.dataDir)}`;
  if (cached?.key !== key) cached = { key, dataset: readDataset(options) };
  return cached.dataset;
}
