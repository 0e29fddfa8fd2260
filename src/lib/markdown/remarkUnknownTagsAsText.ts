/**
 * Astro's pipeline's half of `unknownTags.ts`: a tag of no HTML element (`<packagename>`, `<sys>`)
 * is a placeholder, shown as text, in a recap that Astro renders (a `.md` recap with a local image,
 * an `.mdx` recap's Markdown, or any under BENCHDIGEST_FAST_MARKDOWN=0) as in one our renderer
 * renders: a recap reads the same whichever path it takes (found in review: adding a local image
 * to a recap made its placeholders disappear). An inline tag becomes text. A block of raw HTML that
 * opens with such a tag (micromark's seventh kind, which takes the lines after it as HTML too) is
 * Markdown in markdown-it's reading (`unknownTagLinesAsParagraphs`): the whole document is read
 * again with that tag's `<` escaped, so reference links, footnote calls and lazy lines in those
 * lines resolve against the document's definitions as they do in ours (found in review: reading the
 * block apart left them literal). Reading again can open another such block (a list item that is a
 * placeholder, once the paragraph before it is no HTML), so it repeats until none is left.
 * renderMarkdown.test.ts checks both renderers agree on the fixtures, with these tags in them.
 */
import type { Root, RootContent } from "mdast";
import type { Processor } from "unified";
import type { VFile } from "vfile";
import { visit } from "unist-util-visit";
import { unknownTagName } from "./unknownTags";

/** Nodes whose children are blocks: an `html` node there is a block of raw HTML. */
const BLOCK_PARENTS = new Set(["root", "blockquote", "listItem", "footnoteDefinition"]);

/** Where each block of raw HTML that opens with a placeholder starts its tag (offsets into the parsed text). */
function placeholderBlocks(tree: Root, text: string): number[] {
  const at: number[] = [];
  visit(tree, "html", (node, _index, parent) => {
    const start = node.position?.start.offset;
    if (!parent || !BLOCK_PARENTS.has(parent.type) || start === undefined || unknownTagName(node.value, text) === undefined) return;
    const lt = text.indexOf("<", start);
    if (lt >= 0) at.push(lt);
  });
  return at;
}

export function remarkUnknownTagsAsText(this: Processor) {
  const processor = this;
  return (tree: Root, file: VFile) => {
    let text = String(file.value ?? "");
    // Each round escapes at least one `<` not escaped before, so it ends.
    for (let at = placeholderBlocks(tree, text); at.length > 0; at = placeholderBlocks(tree, text)) {
      for (const i of at.sort((a, b) => b - a)) text = `${text.slice(0, i)}\\${text.slice(i)}`;
      tree.children = (processor.parse(text) as Root).children;
    }
    visit(tree, "html", (node, index, parent) => {
      if (!parent || index === undefined || unknownTagName(node.value, text) === undefined) return;
      (parent.children as RootContent[])[index] = { type: "text", value: node.value, ...(node.position && { position: node.position }) };
    });
  };
}
