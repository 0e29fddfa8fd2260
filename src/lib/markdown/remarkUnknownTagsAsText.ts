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
import type { Html, Parent, Root, RootContent } from "mdast";
import type { Processor } from "unified";
import type { VFile } from "vfile";
import { visit } from "unist-util-visit";
import { maskCode } from "./maskCode";
import { unknownTagName } from "./unknownTags";

/** Nodes whose children are blocks: an `html` node there is a block of raw HTML. */
const BLOCK_PARENTS = new Set(["root", "blockquote", "listItem", "footnoteDefinition"]);

/** Rounds of reading the document again before the blocks left are read apart (each round reads it whole). */
const MAX_ROUNDS = 8;

/**
 * Where to escape a `<` so that each block of raw HTML that opens with a placeholder is Markdown:
 * the block's own tag, and every placeholder tag at the start of one of its lines outside code
 * (found in review: a placeholder line, a heading, a placeholder line... exposed one block a
 * round, a whole parse per line).
 */
function placeholderBlocks(tree: Root, text: string): { at: number[]; nodes: { node: Html; index: number; parent: Parent }[] } {
  const at: number[] = [];
  const nodes: { node: Html; index: number; parent: Parent }[] = [];
  visit(tree, "html", (node, index, parent) => {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (!parent || index === undefined || !BLOCK_PARENTS.has(parent.type) || start === undefined || end === undefined || unknownTagName(node.value, text) === undefined) return;
    nodes.push({ node, index, parent });
    const masked = maskCode(text.slice(start, end));
    for (const m of masked.matchAll(/(?:^|\n)[ \t]*</g)) {
      const lt = start + m.index + m[0].length - 1;
      const lineEnd = text.indexOf("\n", lt);
      if (m.index === 0 || unknownTagName(text.slice(lt, lineEnd < 0 ? undefined : lineEnd), text) !== undefined) at.push(lt);
    }
  });
  return { at, nodes };
}

export function remarkUnknownTagsAsText(this: Processor) {
  const processor = this;
  return (tree: Root, file: VFile) => {
    let text = String(file.value ?? "");
    for (let round = 0, found = placeholderBlocks(tree, text); found.at.length > 0; round++, found = placeholderBlocks(tree, text)) {
      if (round === MAX_ROUNDS) {
        // Past the limit, each block left is read apart, with its first tag as text.
        for (const { node, index, parent } of found.nodes.reverse()) {
          const again = processor.parse(node.value.replace(/^(\s*)</, "$1&lt;")) as Root;
          (parent.children as RootContent[]).splice(index, 1, ...again.children);
        }
        break;
      }
      // Each round escapes at least one `<` not escaped before, so it ends.
      const parts: string[] = [];
      let from = 0;
      for (const i of [...new Set(found.at)].sort((a, b) => a - b)) {
        parts.push(text.slice(from, i), "\\");
        from = i;
      }
      text = parts.join("") + text.slice(from);
      tree.children = (processor.parse(text) as Root).children;
    }
    visit(tree, "html", (node, index, parent) => {
      if (!parent || index === undefined || unknownTagName(node.value, text) === undefined) return;
      (parent.children as RootContent[])[index] = { type: "text", value: node.value, ...(node.position && { position: node.position }) };
    });
  };
}
