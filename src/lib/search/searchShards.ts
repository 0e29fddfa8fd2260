/**
 * How the search index is split so that Pagefind's memory stays within what a build machine has.
 *
 * Pagefind holds every page it indexes in memory until it writes the index: on the full-size
 * archive profile (700 issues, 171 MB of recap pages) one run peaked at 2.0 GB, about 11 times the
 * recap HTML it read (docs/performance.md). When a site's searchable pages add up to more than
 * `maxBytes` of HTML, they are indexed in `k` bundles of about equal size, each page in the bundle
 * a hash of its path picks: the main one, `/pagefind/`, and `/pagefind-2/` to `/pagefind-<k>/`. The
 * search page merges them (Pagefind's `mergeIndex`), listed in `/pagefind/bundles.json`.
 *
 * Why by hash, not by date: each bundle ranks its pages on its own statistics (how common a word
 * is among its pages, how long they are). A bundle of old issues and one of model pages and new
 * issues would weigh the same word differently, and old issues sank below newer pages; bundles
 * that are each a random sample of the site weigh words as one index would. A page stays in its
 * bundle while the number of bundles stays, so `npm run build` can reuse a bundle of the last
 * build whose pages are byte for byte the same (scripts/lib/searchIndex.ts): an edit to one
 * issue's text re-indexes its bundle only (and the main one, which holds the UI).
 *
 * A site is split only when its searchable pages exceed `SEARCH_BUNDLE_MAX_MB` (src/config.ts),
 * set high enough that an archive whose index fits a usual build machine keeps one index.
 */

/** The folders whose pages may be marked for search (pagefind.yml's glob names the same). */
export const SEARCH_FOLDERS = ["recaps", "models", "leaderboards", "labs", "digests"] as const;

/** The name of a bundle's folder: `pagefind` (the main one), `pagefind-2`... */
export const SEARCH_BUNDLE_FOLDER = /^pagefind(-\d+)?$/;

/** A searchable page: its path under the site (`recaps/<slug>/index.html`) and size. */
export interface SearchPageFile {
  path: string;
  bytes: number;
}

/** One Pagefind run: the bundle folder it writes and the pages it reads. */
export interface SearchBundle {
  /** Folder under the site: `pagefind` for the main bundle, `pagefind-2`... */
  folder: string;
  /** Its pages, in the order given. */
  paths: string[];
  /** Whether the site is split (each bundle then reads only its own pages). */
  split: boolean;
}

/** FNV-1a, 32 bits: a stable, well-spread hash of a path. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** The bundles for a site's searchable pages (see the module comment); the main bundle first. */
export function planSearchBundles(pages: readonly SearchPageFile[], maxBytes: number): SearchBundle[] {
  const total = pages.reduce((n, p) => n + p.bytes, 0);
  const k = Math.max(1, Math.ceil(total / maxBytes));
  if (k === 1) return [{ folder: "pagefind", paths: pages.map((p) => p.path), split: false }];
  const bundles: SearchBundle[] = Array.from({ length: k }, (_, i) => ({ folder: bundleFolder(i), paths: [], split: true }));
  for (const p of pages) bundles[hash(p.path) % k].paths.push(p.path);
  return bundles;
}

/** The folder of the `i`-th bundle, from 0 (see `SEARCH_BUNDLE_FOLDER`). */
function bundleFolder(i: number): string {
  return i === 0 ? "pagefind" : `pagefind-${i + 1}`;
}

/** The bundles the search page merges into the main one, as Pagefind's `mergeIndex` takes them. */
export function mergedBundlePaths(bundles: readonly SearchBundle[]): string[] {
  return bundles.filter((b) => b.folder !== "pagefind").map((b) => `/${b.folder}/`);
}
