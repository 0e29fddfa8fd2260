/**
 * Astro's SmartyPants step (curly quotes, dashes, ellipses), with the same output as the
 * `remark-smartypants` 3.0.3 plugin that Astro runs by default, at a fraction of its cost.
 *
 * Why: that plugin runs retext (a natural-language parser) once over all the text of a document
 * for quotes and then once more for every single text node for dashes, ellipses and backticks.
 * On newsletter recaps (thousands of short text nodes in link lists) that second pass was about a
 * third of all Markdown rendering time (docs/performance.md). Here the same two passes run only
 * where they can change something: the quote pass when the text has a quote character, the
 * per-node pass only on nodes that contain `--`, two dots or a doubled backtick/apostrophe.
 * Everything else is the upstream algorithm unchanged, so the HTML is byte-identical
 * (src/lib/markdown/remarkSmartypants.test.ts compares both on real and generated recaps) but for
 * one intended difference: a command-line option's `--` in prose (`--medvram`) stays as typed
 * (commandFlags.ts).
 *
 * Used through `markdown: { smartypants: false, remarkPlugins: [remarkSmartypants] }` in
 * astro.config.mjs; MDX inherits the Markdown config.
 */
import { retext } from "retext";
import smartypants from "retext-smartypants";
import { visit } from "unist-util-visit";
import type { Root } from "mdast";
import { educateAroundOptions } from "./commandFlags";
import { RAW_CODE_CLOSE, RAW_CODE_OPEN } from "./smartypantsTokens";

const VISITED_NODES = new Set(["text", "inlineCode", "paragraph", "heading", "tableCell"]);
const IGNORED_HTML_ELEMENTS = new Set(["style", "script"]);
/** Block parents: a quote at their start is an opening quote, so they get a synthetic space. */
const BLOCK_NODES = new Set(["paragraph", "heading", "tableCell"]);
/** What the per-node pass (dashes, ellipses, backticks) can act on; other nodes are left alone. */
const SECOND_PASS = /--|\.\s*\.|``|''/;
const QUOTES = /["']/;

interface AnyNode {
  type: string;
  value?: unknown;
  name?: unknown;
}

const isLiteral = (node: AnyNode): node is AnyNode & { value: string } => typeof node.value === "string";
const isBlock = (node: AnyNode) => BLOCK_NODES.has(node.type);

/** The remark plugin; takes no options (Astro's defaults). */
export function remarkSmartypants() {
  const quotes = retext().use(smartypants, { ellipses: false, dashes: false, backticks: false });
  const others = retext().use(smartypants, { quotes: false });
  const educate = (text: string) => (SECOND_PASS.test(text) ? others.processSync(text).toString() : text);
  return (tree: Root) => {
    let allText = "";
    const nodes: AnyNode[] = [];
    // Text inside raw code elements (`<code>device_map='auto'</code>`, as HTML in Markdown or an
    // element in MDX) is code: read as inline code is, and left as typed (RAW_CODE_OPEN).
    const codeTexts = new Set<AnyNode>();
    let rawCode = 0;
    visit(tree, (node, _index, parent) => {
      const n = node as AnyNode;
      const p = parent as AnyNode | undefined;
      if (!p) return;
      if (n.type === "html" && isLiteral(n)) {
        if (RAW_CODE_OPEN.test(n.value)) rawCode++;
        else if (RAW_CODE_CLOSE.test(n.value) && rawCode > 0) rawCode--;
        return;
      }
      if (p.type === "mdxJsxTextElement" && !(typeof p.name === "string" && !IGNORED_HTML_ELEMENTS.has(p.name))) return;
      if (!VISITED_NODES.has(n.type) || !(isLiteral(n) || isBlock(n))) return;
      // A raw element is open within one block only.
      if (isBlock(n)) rawCode = 0;
      const code = n.type === "text" && (rawCode > 0 || (p.type === "mdxJsxTextElement" && typeof p.name === "string" && RAW_CODE_OPEN.test(`<${p.name}>`)));
      if (code) codeTexts.add(n);
      if (isLiteral(n)) allText += n.type === "text" && !code ? n.value : "A".repeat(n.value.length);
      else allText += " ";
      nodes.push(n);
    });
    if (QUOTES.test(allText)) allText = quotes.processSync(allText).toString();
    let start = 0;
    for (const node of nodes) {
      if (isLiteral(node)) {
        const end = start + node.value.length;
        if (node.type === "text" && !codeTexts.has(node)) {
          node.value = educateAroundOptions(allText.slice(start, end), allText[start - 1] ?? "", educate);
        }
        start = end;
      } else start += 1;
    }
  };
}
