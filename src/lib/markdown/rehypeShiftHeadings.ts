/**
 * One `<h1>` per page: the recap's title. A body that uses `#` for its top-level sections (every
 * AINews issue does: "AI Twitter Recap", "AI Reddit Recap", "AI Discord Recap") would put two or
 * three more `<h1>`s beside it, which screen readers and Lighthouse's heading-order audit read as
 * separate documents. Such a body is shifted one level down (`#` -> `<h2>`, `##` -> `<h3>` ...,
 * `######` stays `<h6>`), so its headings sit below the title. Then no heading is more than one
 * level deeper than the one before it (the title counts as h1): a `###` straight after a `#`
 * section becomes an h3 under its h2, not an h4, since a skipped level reads to a screen reader as
 * a missing section (Lighthouse's heading-order audit). A body already in order is left as written.
 *
 * Runs before Astro's heading ids, so the table of contents sees the shifted depths. Used for `.md`
 * (markdown.rehypePlugins) and `.mdx` (which inherits them) in astro.config.mjs.
 */
import type { Element, Root } from "hast";

const HEADING = /^h([1-6])$/;

interface Parent {
  children?: unknown[];
}

/** How many levels a body's headings move down so that none is an `<h1>`: 1 when it has one, else 0. */
export function headingShift(depths: Iterable<number>): number {
  for (const depth of depths) if (depth === 1) return 1;
  return 0;
}

/**
 * The levels a body's headings get, in document order: shifted below the page's h1, and never
 * more than one level deeper than the heading before (the title being level 1).
 * @example headingLevels([1, 3, 2, 1]) // [2, 3, 3, 2]
 */
export function headingLevels(depths: readonly number[]): number[] {
  const shift = headingShift(depths);
  let previous = 1;
  return depths.map((depth) => (previous = Math.min(6, depth + shift, previous + 1)));
}

function headings(node: Parent, out: Element[] = []): Element[] {
  for (const child of node.children ?? []) {
    const el = child as Element;
    if (el.type === "element" && HEADING.test(el.tagName)) out.push(el);
    if (typeof child === "object" && child !== null && "children" in child) headings(child as Parent, out);
  }
  return out;
}

export function rehypeShiftHeadings() {
  return (tree: Root) => {
    const found = headings(tree as Parent);
    const levels = headingLevels(found.map((h) => Number(HEADING.exec(h.tagName)![1])));
    found.forEach((h, i) => (h.tagName = `h${levels[i]}`));
  };
}
