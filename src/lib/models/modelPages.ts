/**
 * Which registered models get a page of their own. An editor's row always does; a row imported
 * from a catalog does once a result or a recap names it. A catalog row with neither would be a page
 * of its lab, release date and prices only: it is listed (unlinked) on its lab's page and the
 * models index instead. Importing models.dev adds about 700 such rows; a page (and a feed) each
 * cost the sample build 6 s of its 16 s and 1,400 files, and said nothing a lab page's row does not.
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
