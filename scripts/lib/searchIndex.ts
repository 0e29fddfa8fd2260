/**
 * The search step of `npm run build`, in one place for the build, the bench and the tests: Pagefind
 * over the built site; on a site split into bundles (src/lib/search/searchShards.ts), one run per
 * bundle, the main one last, then `pagefind/bundles.json`, the list of bundles the search page
 * merges.
 *
 * Each run of a split site reads a staging folder beside the site that holds hard links to exactly
 * its pages, under their own paths (so Pagefind records the same URLs, and no run gets a list of
 * pages too long for a command line), and writes its bundle into the site with `--output-path`.
 *
 * A bundle other than the main one of the last build (`previous`, the dist/ this build replaces) is copied rather
 * than indexed again when its pages are byte for byte the same, under the same Pagefind and
 * pagefind.yml: each bundle's fingerprint is kept in `pagefind/bundle-fingerprints.json`. The main
 * bundle is always indexed.
 */
import { createHash } from "node:crypto";
import { closeSync, copyFileSync, cpSync, existsSync, linkSync, mkdirSync, openSync, readdirSync, readFileSync, readSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { SEARCH_BUNDLE_MAX_MB } from "../../src/config";
import { mergedBundlePaths, planSearchBundles, SEARCH_FOLDERS, type SearchBundle, type SearchPageFile } from "../../src/lib/search/searchShards";
import { PROJECT_ROOT } from "./siteRoot";

const FINGERPRINTS = "pagefind/bundle-fingerprints.json";
/** What marks a page for search; it sits in the page's first kilobytes (its `<main>`). */
const SEARCH_MARK = "data-pagefind-body";

/** Whether a page is marked for search, from its first 64 KB. */
function isSearchable(file: string): boolean {
  const fd = openSync(file, "r");
  try {
    const buffer = Buffer.alloc(64 * 1024);
    const n = readSync(fd, buffer, 0, buffer.length, 0);
    return buffer.subarray(0, n).includes(SEARCH_MARK);
  } finally {
    closeSync(fd);
  }
}

/** The searchable pages of a built site (in the folders pagefind.yml reads, marked for search), in path order. */
export function searchablePages(siteDir: string): SearchPageFile[] {
  return SEARCH_FOLDERS.flatMap((f) => htmlFiles(siteDir, f))
    .sort()
    .filter((path) => isSearchable(join(siteDir, path)))
    .map((path) => ({ path, bytes: statSync(join(siteDir, path)).size }));
}

/** Searchable HTML per bundle, in bytes: `SEARCH_BUNDLE_MAX_MB`, or `BD_SEARCH_SHARD_BYTES` when set. */
function searchShardBytes(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.BD_SEARCH_SHARD_BYTES;
  if (raw === undefined || raw === "") return SEARCH_BUNDLE_MAX_MB * 1024 * 1024;
  const n = Number(raw);
  if (!Number.isInteger(n) || n <= 0) throw new Error(`BD_SEARCH_SHARD_BYTES: expected a positive whole number of bytes, found "${raw}"`);
  return n;
}

/** The HTML files under a site's folder, as paths relative to the site. */
function htmlFiles(siteDir: string, folder: string): string[] {
  const root = join(siteDir, folder);
  if (!existsSync(root)) return [];
  return (readdirSync(root, { recursive: true }) as string[]).filter((f) => f.endsWith(".html")).map((f) => join(folder, f));
}

/** A staging folder holding hard links (copies across file systems) to `paths` of the site. */
function stage(siteDir: string, folder: string, paths: readonly string[]): string {
  const dir = `${siteDir}.search-${folder}`;
  rmSync(dir, { recursive: true, force: true });
  for (const path of paths) {
    const to = join(dir, path);
    mkdirSync(dirname(to), { recursive: true });
    try {
      linkSync(join(siteDir, path), to);
    } catch {
      copyFileSync(join(siteDir, path), to);
    }
  }
  return dir;
}

/** What every bundle's index depends on besides its pages: the Pagefind version and pagefind.yml. */
function indexerFingerprint(): string {
  const pagefind = JSON.parse(readFileSync(join(PROJECT_ROOT, "node_modules/pagefind/package.json"), "utf8")) as { version: string };
  const config = existsSync(join(PROJECT_ROOT, "pagefind.yml")) ? readFileSync(join(PROJECT_ROOT, "pagefind.yml"), "utf8") : "";
  return `pagefind ${pagefind.version}\0${config}\0`;
}

/** What a bundle's index depends on (see the module comment). */
function fingerprint(siteDir: string, bundle: SearchBundle, indexer: string): string {
  const hash = createHash("sha256").update(indexer);
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

/** What the search step did. */
export interface SearchIndexResult {
  /** 0, or the status of the run that failed. */
  status: number;
  /** The bundles of the split index, the main one first; one (`pagefind`) when it is not split. */
  bundles: string[];
  /** Archive bundles copied from the last build. */
  reused: string[];
}

/**
 * Indexes a built site for search: each run through `run` (which spawns Pagefind with the given
 * arguments, run from the project folder so that pagefind.yml applies, and resolves to its exit
 * status), stopping at the first failure; archive bundles of `previous` reused where unchanged;
 * then writes the list of bundles to merge and their fingerprints.
 */
export async function indexSite(
  siteDir: string,
  run: (args: string[]) => Promise<number>,
  { maxBytes = searchShardBytes(), previous }: { maxBytes?: number; previous?: string } = {},
): Promise<SearchIndexResult> {
  const bundles = planSearchBundles(searchablePages(siteDir), maxBytes);
  const result: SearchIndexResult = { status: 0, bundles: bundles.map((b) => b.folder), reused: [] };
  if (!bundles[0].split) {
    result.status = await run(["--site", siteDir]);
    if (result.status === 0) writeFileSync(join(siteDir, "pagefind/bundles.json"), "[]\n");
    return result;
  }
  const before = readFingerprints(previous);
  const indexer = indexerFingerprint();
  const now: Record<string, string> = {};
  // The main bundle last: it holds the UI, and Pagefind writes it whole.
  for (const bundle of [...bundles.slice(1), bundles[0]]) {
    const main = bundle.folder === "pagefind";
    if (!main) {
      now[bundle.folder] = fingerprint(siteDir, bundle, indexer);
      const old = previous && join(previous, bundle.folder);
      if (old && before[bundle.folder] === now[bundle.folder] && existsSync(join(old, "pagefind-entry.json"))) {
        cpSync(old, join(siteDir, bundle.folder), { recursive: true });
        result.reused.push(bundle.folder);
        continue;
      }
    }
    const staged = stage(siteDir, bundle.folder, bundle.paths);
    try {
      result.status = await run(["--site", staged, "--output-path", join(siteDir, bundle.folder)]);
    } finally {
      rmSync(staged, { recursive: true, force: true });
    }
    if (result.status !== 0) return result;
  }
  writeFileSync(join(siteDir, "pagefind/bundles.json"), `${JSON.stringify(mergedBundlePaths(bundles))}\n`);
  writeFileSync(join(siteDir, FINGERPRINTS), `${JSON.stringify(now, null, 1)}\n`);
  return result;
}

/** One line on what the search step did, for the build's output; undefined for an unsplit index. */
export function searchSummary(r: SearchIndexResult): string | undefined {
  if (r.bundles.length <= 1) return undefined;
  const indexed = r.bundles.filter((b) => !r.reused.includes(b));
  return `Search: the searchable pages are over the bundle size (SEARCH_BUNDLE_MAX_MB, src/config.ts), so the index is in ${r.bundles.length} bundles; indexed ${indexed.join(", ")}${r.reused.length ? `; reused from the last build, unchanged: ${r.reused.join(", ")}` : ""}.`;
}
