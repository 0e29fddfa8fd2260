/**
 * SmartyPants over markdown-it tokens with exactly the output of our remark plugin
 * (remarkSmartypants.ts, itself remark-smartypants 3.0.3's algorithm): one retext pass for quotes
 * over all the text of the document, then a pass for dashes, ellipses and backticks over each
 * text node on its own.
 *
 * "All the text" is built as remark's tree walk builds it: a space for each paragraph, heading
 * and table cell, the text of every text node in document order (footnote definitions where they
 * are written), inline code as as many `A`s as it has characters (so that quotes next to code
 * read as they do in remark), and nothing for raw HTML, images or code blocks. Each text token
 * must be a whole text run as remark holds it (renderMarkdown.ts merges them first).
 */
import type StateCore from "markdown-it/lib/rules_core/state_core.mjs";
import type Token from "markdown-it/lib/token.mjs";
import { retext } from "retext";
import smartypants from "retext-smartypants";

const BLOCKS = new Set(["paragraph_open", "heading_open", "th_open", "td_open"]);
/** What the per-node pass can act on; other nodes are left alone (as in remarkSmartypants.ts). */
const SECOND_PASS = /--|\.\s*\.|``|''/;
const QUOTES = /["']/;

const quotes = retext().use(smartypants, { ellipses: false, dashes: false, backticks: false });
const others = retext().use(smartypants, { quotes: false });

type Entry = Token | number;

function collectInline(children: Token[], entries: Entry[], parts: string[]): void {
  for (const child of children) {
    if (child.type === "text") {
      entries.push(child);
      parts.push(child.content);
    } else if (child.type === "code_inline") {
      entries.push(child.content.length);
      parts.push("A".repeat(child.content.length));
    }
    // Images (their alt text is an attribute in remark), raw HTML, breaks: no text.
  }
}

/** The core rule. */
export function smartypantsTokens(state: StateCore): void {
  const entries: Entry[] = [];
  const parts: string[] = [];
  for (const token of state.tokens) {
    if (BLOCKS.has(token.type)) {
      entries.push(1);
      parts.push(" ");
    } else if (token.type === "inline" && token.children) {
      collectInline(token.children, entries, parts);
    }
  }
  let allText = parts.join("");
  if (QUOTES.test(allText)) allText = quotes.processSync(allText).toString();
  let start = 0;
  for (const entry of entries) {
    if (typeof entry === "number") {
      start += entry;
      continue;
    }
    const end = start + entry.content.length;
    const text = allText.slice(start, end);
    entry.content = SECOND_PASS.test(text) ? others.processSync(text).toString() : text;
    start = end;
  }
}
