/**
 * How the search index is split so that Pagefind's memory stays bounded on a large archive.
 *
 * Pagefind holds every page it indexes in memory until it writes the index: on the full-size
 * archive profile (700 issues, 171 MB of recap pages) one run peaked at 2.0 GB, about 11 times the
 * recap HTML it read (docs/performance.md). So the recap pages are indexed in groups of at most
 * `maxBytes` of HTML, oldest first, each group its own Pagefind bundle (`/pagefind-archive-1/`...);
 * the newest recaps (the group that is not full yet) and every other searchable page go into the
 * main bundle, `/pagefind/`. The search page merges the bundles (Pagefind's `mergeIndex`), listed
 * in `/pagefind/bundles.json`. A site whose recap pages fit one group has one bundle, as before.
 *
 * Full groups keep their members as new recaps arrive (they join the newest group), and
 * `npm run build` reuses an archive bundle of the last build whose pages are byte for byte the
 * same (scripts/lib/searchIndex.ts), so an edit re-indexes the group it touched and the main one.
 */

/** The folders whose pages may be marked for search (pagefind.yml's glob names the same). */
export const SEARCH_FOLDERS = ["recaps", "models", "leaderboards", "labs", "digests"] as const;

/** Recap HTML per archive bundle, in bytes: about 550 MB of Pagefind memory at 11 times. */
export const SEARCH_SHARD_BYTES = 48 * 1024 * 1024;

/** A recap page: its path under the site (`recaps/<slug>/index.html`) and size. */
export interface RecapPageFile {
  path: string;
  bytes: number;
}

/** One Pagefind run: the bundle folder it writes and the glob of the pages it reads. */
export interface SearchBundle {
  /** Folder under the site, `pagefind` for the main bundle. */
  folder: string;
  /** Pagefind's `--glob`; undefined for the main bundle of an unsplit site (pagefind.yml's). */
  glob?: string;
  pages: number;
  /** The recap pages of an archive bundle (what its reuse depends on); empty for the main one. */
  paths: string[];
}

/** Braces a list of paths into one glob (`{a,b}`); one path stands alone. */
function anyOf(paths: readonly string[]): string {
  return paths.length === 1 ? paths[0] : `{${paths.join(",")}}`;
}

/**
 * The bundles for a site's recap pages (see the module comment), given in the order they should be
 * grouped (oldest first; recap file names begin with their date). The main bundle is last.
 */
export function planSearchBundles(recaps: readonly RecapPageFile[], maxBytes = SEARCH_SHARD_BYTES): SearchBundle[] {
  const total = recaps.reduce((n, r) => n + r.bytes, 0);
  if (total <= maxBytes) return [{ folder: "pagefind", pages: recaps.length, paths: [] }];
  const groups: RecapPageFile[][] = [[]];
  let size = 0;
  for (const r of recaps) {
    if (size + r.bytes > maxBytes && groups.at(-1)!.length > 0) {
      groups.push([]);
      size = 0;
    }
    groups.at(-1)!.push(r);
    size += r.bytes;
  }
  // The last group is the one still filling: it stays with the main bundle.
  const newest = groups.pop()!;
  const others = SEARCH_FOLDERS.filter((f) => f !== "recaps").map((f) => `${f}/**/*.html`);
  return [
    ...groups.map((g, i) => ({ folder: `pagefind-archive-${i + 1}`, glob: anyOf(g.map((r) => r.path)), pages: g.length, paths: g.map((r) => r.path) })),
    { folder: "pagefind", glob: anyOf([...others, ...newest.map((r) => r.path)]), pages: newest.length, paths: [] },
  ];
}

/** The bundles the search page merges into the main one, as Pagefind's `mergeIndex` takes them. */
export function mergedBundlePaths(bundles: readonly SearchBundle[]): string[] {
  return bundles.filter((b) => b.folder !== "pagefind").map((b) => `/${b.folder}/`);
}
