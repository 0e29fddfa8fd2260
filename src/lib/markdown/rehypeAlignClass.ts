/**
 * GFM table alignment as a class instead of the `align` attribute: remark-rehype writes
 * `<td align="right">`, which HTML5 made obsolete (the W3C Nu checker reports it as an error), and
 * an inline `style` would be blocked by the site's Content-Security-Policy. Cells get
 * `class="align-right"` (or `-center`, `-left`), styled in src/styles/global.css.
 *
 * Used for `.md` (markdown.rehypePlugins) and `.mdx` (which inherits them) in astro.config.mjs.
 */
import type { Element, Root } from "hast";

const ALIGNED = new Set(["td", "th"]);

interface Parent {
  children?: unknown[];
}

function walk(node: Parent): void {
  for (const child of node.children ?? []) {
    const el = child as Element;
    if (el.type === "element" && ALIGNED.has(el.tagName)) {
      const align = el.properties?.align;
      if (typeof align === "string" && align !== "") {
        delete el.properties.align;
        const className: unknown = el.properties.className;
        const classes = Array.isArray(className) ? className : typeof className === "string" ? className.split(/\s+/) : [];
        el.properties.className = [...classes, `align-${align.toLowerCase()}`];
      }
    }
    // Elements, and in MDX also JSX elements, hold children.
    if (typeof child === "object" && child !== null && "children" in child) walk(child as Parent);
  }
}

export function rehypeAlignClass() {
  return (tree: Root) => walk(tree as Parent);
}
