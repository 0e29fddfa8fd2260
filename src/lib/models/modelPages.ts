/**
 * Which registered models get a page of their own. An editor's row always does; a row imported
 * from a catalog does once a result or a recap names it. A catalog row with neither would be a page
 * of its lab, release date and prices only: it is listed (unlinked) on its lab's page and the
 * models index instead. Importing models.dev adds about 700 such rows. Measured on the sample
 * site: a page and a feed for each of them took the build from 398 files (6.7 MB) to 1,810 files
 * (21 MB), the search index from 184 pages (1.5 MB) to 890 (4.4 MB) and Astro's CPU time from
 * 9.4 s to 10.2 s (editor rows only: 8.6 s), for pages that say nothing a lab page's row does not.
 */

/** The parts of a model this rule reads. */
export interface PageCandidate {
  id: string;
  /** The catalog the row was imported from; empty for an editor's row. */
  catalog?: string;
}

/**
 * The ids of the models that get a page.
 * @example modelsWithPages([{ id: "a" }, { id: "b", catalog: "models.dev" }, { id: "c", catalog: "models.dev" }], { named: new Set(["c"]) }) // Set { "a", "c" }
 */
export function modelsWithPages(models: readonly PageCandidate[], { named }: { named: ReadonlySet<string> }): Set<string> {
  return new Set(models.filter((m) => !m.catalog || named.has(m.id)).map((m) => m.id));
}
