/**
 * One `<h1>` per page: the recap's title. A body that uses `#` for its top-level sections (every
 * AINews issue does: "AI Twitter Recap", "AI Reddit Recap", "AI Discord Recap") would put two or
 * three more `<h1>`s beside it, which screen readers and Lighthouse's heading-order audit read as
 * separate documents. Such a body is shifted one level down (`#` -> `<h2>`, `##` -> `<h3>` ...,
 * `######` stays `<h6>`), so its headings sit below the title. Then each heading is one level
 * below the section it sits in (the nearest heading before it written with fewer `#`; the title
 * counts as h1): a `###` straight after a `#` section becomes an h3 under its h2, not an h4, since
 * a skipped level reads to a screen reader as a missing section (Lighthouse's heading-order
 * audit), and the `###` after it, its sibling, an h3 too. A body already in order is left as written.
 *
 * Runs before Astro's heading ids, so the table of contents sees the shifted depths. Used for `.md`
 * (markdown.rehypePlugins) and `.mdx` (which inherits them) in astro.config.mjs.
 */
import type { Element, Root } from "hast";

const HEADING = /^h([1-6])$/;

interface Parent {
  children?: unknown[];
}

/** A section still open after a heading: the depth its heading was written at and the level it got. */
export interface OpenSection {
  depth: number;
  level: number;
}

/**
 * The levels a body's headings get, in document order: each one level below the section it sits
 * in, the nearest heading before it written with fewer `#` (the title, level 1, when none). Headings
 * written at one depth under one section are siblings and get one level. A body in order keeps
 * its levels (shifted below the page's h1 when it has a `#`): each is then its section's plus one.
 * @example headingLevels([1, 3, 2, 1]) // [2, 3, 3, 2]
 * @example headingLevels([1, 3, 3, 4]) // [2, 3, 3, 4]: the second ### is the first one's sibling
 *
 * `open` is the sections open before the first of `depths` (none: the body's start), and is left
 * with those open after the last: a body read in pieces passes the same array for each piece.
 */
export function headingLevels(depths: readonly number[], open: OpenSection[] = []): number[] {
  return depths.map((depth) => {
    while (open.length > 0 && open[open.length - 1].depth >= depth) open.pop();
    const level = Math.min(6, (open.at(-1)?.level ?? 1) + 1);
    open.push({ depth, level });
    return level;
  });
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
