/**
 * Astro's pipeline's half of `unknownTags.ts`: a tag of no HTML element (`<packagename>`, `<sys>`)
 * is a placeholder, shown as text, in a recap that Astro renders (a `.md` recap with a local image,
 * an `.mdx` recap's Markdown, or any under BENCHDIGEST_FAST_MARKDOWN=0) as in one our renderer
 * renders: a recap reads the same whichever path it takes (found in review: adding a local image
 * to a recap made its placeholders disappear). An inline tag becomes text; a block of raw HTML that
 * opens with such a tag (micromark's seventh kind, which takes the lines after it as HTML too) is
 * read again as Markdown with that tag as text, as markdown-it reads it (`unknownTagLinesAsParagraphs`).
 * renderMarkdown.test.ts checks both renderers agree on the fixtures, with these tags in them.
 */
import type { Root, RootContent } from "mdast";
import type { Processor } from "unified";
import { visit } from "unist-util-visit";
import { unknownTagName } from "./unknownTags";

/** Nodes whose children are blocks: an `html` node there is a block of raw HTML. */
const BLOCK_PARENTS = new Set(["root", "blockquote", "listItem", "footnoteDefinition"]);

export function remarkUnknownTagsAsText(this: Processor) {
  const processor = this;
  return (tree: Root) => {
    visit(tree, "html", (node, index, parent) => {
      if (!parent || index === undefined || unknownTagName(node.value) === undefined) return;
      if (!BLOCK_PARENTS.has(parent.type)) {
        (parent.children as RootContent[])[index] = { type: "text", value: node.value, ...(node.position && { position: node.position }) };
        return;
      }
      // Its first tag written as text (`&lt;`), the block is Markdown again: the rest of its lines too.
      const again = processor.parse(node.value.replace(/^(\s*)</, "$1&lt;")) as Root;
      (parent.children as RootContent[]).splice(index, 1, ...again.children);
      return index;
    });
  };
}
