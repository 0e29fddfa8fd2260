/**
 * The search step of `npm run build`, in one place for the build, the bench and the tests: Pagefind
 * over the built site, in as many runs as `planSearchBundles` (src/lib/search/searchShards.ts)
 * splits it into, then `pagefind/bundles.json`, the list of bundles the search page merges.
 *
 * An archive bundle of the last build (`previous`, the dist/ this build replaces) is copied rather
 * than indexed again when its pages are byte for byte the same, by the same Pagefind: each bundle's
 * fingerprint (SHA-256 of Pagefind's version, the bundle's glob and its pages) is kept in
 * `pagefind/bundle-fingerprints.json`. The main bundle is always indexed.
 */
import { createHash } from "node:crypto";
import { cpSync, existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { mergedBundlePaths, planSearchBundles, SEARCH_SHARD_BYTES, type RecapPageFile, type SearchBundle } from "../../src/lib/search/searchShards";
import { PROJECT_ROOT } from "./siteRoot";

const FINGERPRINTS = "pagefind/bundle-fingerprints.json";

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

/** What an archive bundle's index depends on (see the module comment). */
function fingerprint(siteDir: string, bundle: SearchBundle): string {
  const hash = createHash("sha256");
  const pagefind = JSON.parse(readFileSync(join(PROJECT_ROOT, "node_modules/pagefind/package.json"), "utf8")) as { version: string };
  hash.update(`pagefind ${pagefind.version}\0${bundle.glob ?? ""}\0`);
  for (const path of bundle.paths) hash.update(path).update("\0").update(readFileSync(join(siteDir, path))).update("\0");
  return hash.digest("hex");
}

function readFingerprints(siteDir: string | undefined): Record<string, string> {
  const path = siteDir && join(siteDir, FINGERPRINTS);
  if (!path || !existsSync(path)) return {};
  try {
    return JSON.parse(readFileSync(path, "utf8")) as Record<string, string>;
  } catch {
    return {};
  }
}

/**
 * Indexes a built site for search: each run through `run` (which spawns Pagefind with the given
 * arguments and resolves to its exit status), stopping at the first failure; archive bundles of
 * `previous` reused where unchanged; then writes the list of bundles to merge and their fingerprints. Resolves to 0 or the
 * failed run's status, and the bundles reused.
 */
export async function indexSite(
  siteDir: string,
  run: (args: string[]) => Promise<number>,
  { maxBytes = searchShardBytes(), previous }: { maxBytes?: number; previous?: string } = {},
): Promise<{ status: number; reused: string[] }> {
  const { bundles, runs } = searchRuns(siteDir, maxBytes);
  const before = readFingerprints(previous);
  const now: Record<string, string> = {};
  const reused: string[] = [];
  // One run at a time: Pagefind uses both cores of this machine by itself (two runs at once took
  // as long as one after the other on the 700-issue profile, in twice the memory).
  for (const [i, bundle] of bundles.entries()) {
    if (bundle.folder !== "pagefind") {
      now[bundle.folder] = fingerprint(siteDir, bundle);
      const old = previous && join(previous, bundle.folder);
      if (old && before[bundle.folder] === now[bundle.folder] && existsSync(join(old, "pagefind-entry.json"))) {
        cpSync(old, join(siteDir, bundle.folder), { recursive: true });
        reused.push(bundle.folder);
        continue;
      }
    }
    const status = await run(runs[i]);
    if (status !== 0) return { status, reused };
  }
  writeFileSync(join(siteDir, "pagefind/bundles.json"), `${JSON.stringify(mergedBundlePaths(bundles))}\n`);
  if (Object.keys(now).length > 0) writeFileSync(join(siteDir, FINGERPRINTS), `${JSON.stringify(now, null, 1)}\n`);
  return { status: 0, reused };
}
