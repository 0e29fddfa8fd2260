/** A heading as Astro's render returns it. */
export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

/** One entry of a table of contents, with the sections under it. */
export interface TocEntry extends Heading {
  children: TocEntry[];
}

/**
 * The table of contents of a body: its top two heading levels, nested (the top level is the
 * smallest depth present, at least 2: the page title is the h1). A second-level heading that comes
 * before any top-level one is listed at the top. Deeper headings are left out: on a full
 * newsletter issue they run to hundreds.
 * @example tocTree([{ depth: 2, slug: "a", text: "A" }, { depth: 3, slug: "b", text: "B" }])
 *   // [{ depth: 2, slug: "a", text: "A", children: [{ depth: 3, slug: "b", text: "B", children: [] }] }]
 */
export function tocTree(headings: readonly Heading[]): TocEntry[] {
  const depths = headings.map((h) => h.depth).filter((d) => d >= 2);
  if (depths.length === 0) return [];
  const top = Math.min(...depths);
  const tree: TocEntry[] = [];
  for (const h of headings) {
    if (h.depth === top) tree.push({ ...h, children: [] });
    else if (h.depth === top + 1) {
      const parent = tree.at(-1);
      if (parent) parent.children.push({ ...h, children: [] });
      else tree.push({ ...h, children: [] });
    }
  }
  return tree;
}

/** How many entries a table of contents lists, at every level. */
export function tocSize(tree: readonly TocEntry[]): number {
  return tree.reduce((n, e) => n + 1 + tocSize(e.children), 0);
}
