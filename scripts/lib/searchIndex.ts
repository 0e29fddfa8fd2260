/**
 * The search step of `npm run build`, in one place for the build, the bench and the tests: Pagefind
 * over the built site, in as many runs as `planSearchBundles` (src/lib/search/searchShards.ts)
 * splits it into, then `pagefind/bundles.json`, the list of bundles the search page merges.
 */
import { existsSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { mergedBundlePaths, planSearchBundles, SEARCH_SHARD_BYTES, type RecapPageFile, type SearchBundle } from "../../src/lib/search/searchShards";

/** The recap pages of a built site, in file-name order (their names begin with their date). */
function recapPages(siteDir: string): RecapPageFile[] {
  const dir = join(siteDir, "recaps");
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .sort()
    .map((name) => `recaps/${name}/index.html`)
    .filter((path) => existsSync(join(siteDir, path)))
    .map((path) => ({ path, bytes: statSync(join(siteDir, path)).size }));
}

/**
 * Recap HTML per archive bundle: `SEARCH_SHARD_BYTES`, or `BD_SEARCH_SHARD_BYTES` when set (the
 * tests split a small site with it).
 */
export function searchShardBytes(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.BD_SEARCH_SHARD_BYTES;
  if (raw === undefined || raw === "") return SEARCH_SHARD_BYTES;
  const n = Number(raw);
  if (!Number.isInteger(n) || n <= 0) throw new Error(`BD_SEARCH_SHARD_BYTES: expected a positive whole number of bytes, found "${raw}"`);
  return n;
}

/** The Pagefind runs for a built site: the command-line arguments of each, main bundle last. */
export function searchRuns(siteDir: string, maxBytes = searchShardBytes()): { bundles: SearchBundle[]; runs: string[][] } {
  const bundles = planSearchBundles(recapPages(siteDir), maxBytes);
  const runs = bundles.map((b) => ["--site", siteDir, ...(b.glob ? ["--glob", b.glob] : []), ...(b.folder === "pagefind" ? [] : ["--output-subdir", b.folder])]);
  return { bundles, runs };
}

/**
 * Indexes a built site for search: each run through `run` (which spawns Pagefind with the given
 * arguments and resolves to its exit status), stopping at the first failure; then writes the list
 * of bundles to merge. Resolves to 0 or the failed run's status.
 */
export async function indexSite(siteDir: string, run: (args: string[]) => Promise<number>, maxBytes = searchShardBytes()): Promise<number> {
  const { bundles, runs } = searchRuns(siteDir, maxBytes);
  for (const args of runs) {
    const status = await run(args);
    if (status !== 0) return status;
  }
  writeFileSync(join(siteDir, "pagefind/bundles.json"), `${JSON.stringify(mergedBundlePaths(bundles))}\n`);
  return 0;
}
