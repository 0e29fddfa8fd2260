/**
 * HTML in a canonical form, to compare two renderers' output for the same Markdown (used by
 * renderMarkdown.test.ts and bench/markdown.ts, not by the site).
 *
 * What it folds, and nothing else:
 * 1. The HTML is parsed as a browser parses it (parse5, the HTML standard's algorithm, which is
 *    also what rehype-raw uses) and the resulting tree is written out again. So two spellings of
 *    one tree compare equal: unbalanced raw HTML as written versus as rehype-raw closed it, `<br>`
 *    versus `<br/>`, `disabled` versus `disabled=""`, upper- versus lower-case tag names.
 * 2. Attribute order: attributes are written sorted by name.
 * 3. Entity spelling: text and attribute values are written with `&`, `<`, `>`, `"` and U+00A0
 *    escaped one way (`&amp;` versus `&#x26;`, a raw `>` versus `&gt;`, `&copy;` versus `©`).
 * 4. Whitespace between block-level elements: a text node of only whitespace whose neighbours on
 *    both sides are block-level elements, comments or the parent's start or end (`</li>\n<li>`,
 *    `<ul>\n<li>`). It renders as nothing. Whitespace inside text, and anywhere in `<pre>`, stays.
 */
import { parse } from "parse5";
import type { DefaultTreeAdapterMap } from "parse5";

type Node = DefaultTreeAdapterMap["node"];
type ParentNode = DefaultTreeAdapterMap["parentNode"];
type Element = DefaultTreeAdapterMap["element"];

const VOID = new Set(["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"]);
const BLOCK = new Set([
  "address", "article", "aside", "blockquote", "body", "caption", "col", "colgroup", "dd", "details", "dialog", "div", "dl", "dt",
  "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "li",
  "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
]);
const PRESERVE = new Set(["pre", "textarea", "listing", "plaintext"]);

const escapeText = (value: string) => value.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/\u00a0/g, "&nbsp;");
const escapeAttribute = (value: string) => escapeText(value).replace(/"/g, "&quot;");

function isElement(node: Node | undefined): node is Element {
  return node !== undefined && "tagName" in node;
}

/** A neighbour that makes whitespace beside it meaningless. */
function isBlockSide(node: Node | undefined): boolean {
  if (node === undefined) return true;
  if (node.nodeName === "#comment") return true;
  return isElement(node) && BLOCK.has(node.tagName);
}

function childrenOf(node: ParentNode): Node[] {
  if (isElement(node) && node.tagName === "template") return (node as unknown as { content: ParentNode }).content.childNodes;
  return node.childNodes;
}

function write(node: ParentNode, preserve: boolean, out: string[]): void {
  const children = childrenOf(node);
  children.forEach((child, index) => {
    if (child.nodeName === "#text") {
      const value = (child as DefaultTreeAdapterMap["textNode"]).value;
      if (!preserve && value.trim() === "" && isBlockSide(children[index - 1]) && isBlockSide(children[index + 1])) return;
      out.push(escapeText(value));
    } else if (child.nodeName === "#comment") {
      out.push(`<!--${(child as DefaultTreeAdapterMap["commentNode"]).data}-->`);
    } else if (isElement(child)) {
      const attrs = [...child.attrs].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
      out.push(`<${child.tagName}${attrs.map((a) => ` ${a.name}="${escapeAttribute(a.value)}"`).join("")}>`);
      if (!VOID.has(child.tagName)) {
        write(child, preserve || PRESERVE.has(child.tagName), out);
        out.push(`</${child.tagName}>`);
      }
    }
  });
}

/** The canonical form of an HTML fragment, as the children of a document's `<body>`. */
export function comparableHtml(html: string): string {
  const document = parse(`<!DOCTYPE html><html><head></head><body>${html}</body></html>`);
  const htmlElement = document.childNodes.find(isElement)!;
  const body = htmlElement.childNodes.find((n): n is Element => isElement(n) && n.tagName === "body")!;
  const out: string[] = [];
  write(body, false, out);
  return out.join("");
}

/** The first place two strings differ, with some context on each side (for test messages). */
export function firstDifference(a: string, b: string, context = 120): string | undefined {
  if (a === b) return undefined;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const from = Math.max(0, i - context);
  return `at ${i}:\n  one:   …${a.slice(from, i + context)}…\n  other: …${b.slice(from, i + context)}…`;
}
