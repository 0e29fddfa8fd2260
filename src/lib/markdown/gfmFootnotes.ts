/**
 * GFM footnotes for markdown-it with the markup remark-gfm + remark-rehype write (mdast-util-to-hast
 * 13): references `<sup><a href="#user-content-fn-x" id="user-content-fnref-x" data-footnote-ref
 * aria-describedby="footnote-label">1</a></sup>`, and at the end a `<section data-footnotes
 * class="footnotes">` with an `sr-only` "Footnotes" heading, one `<li id="user-content-fn-x">` per
 * referenced note and a back reference (`↩`, then `↩<sup>2</sup>`...) per reference.
 *
 * markdown-it-footnote parses the definitions; this plugin replaces the rest of it, because GFM:
 * - matches labels case-insensitively and with whitespace collapsed (the plugin compares them as
 *   written), and the first of two definitions with one label wins (in the plugin, the last);
 * - numbers notes in the order remark-rehype meets their first reference: the document first, then
 *   the notes' own text, note by note;
 * - has no inline notes (`^[text]`), and leaves out definitions nobody references.
 */
import type MarkdownIt from "markdown-it";
import type StateCore from "markdown-it/lib/rules_core/state_core.mjs";
import type StateBlock from "markdown-it/lib/rules_block/state_block.mjs";
import type StateInline from "markdown-it/lib/rules_inline/state_inline.mjs";
import type Token from "markdown-it/lib/token.mjs";
import footnote from "markdown-it-footnote";
import { normalizeUri } from "./normalizeUri";

/** The label as micromark compares it (micromark-util-normalize-identifier), lower-cased as mdast stores it. */
export function footnoteIdentifier(label: string): string {
  return label.replace(/[\t\n\r ]+/g, " ").replace(/^ | $/g, "").toLowerCase().toUpperCase().toLowerCase();
}

interface FootnoteEnv {
  footnotes?: { refs?: Record<string, number> };
  gfmFootnoteLabels?: Set<string>;
  /** Set by the tail rule when the document has a footnote section: its heading is a heading too. */
  gfmFootnoteSection?: boolean;
}

const escapeAttribute = (value: string) => value.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** The defined labels, normalised (collected once: every definition is parsed before any inline text). */
function definedLabels(env: FootnoteEnv): Set<string> {
  if (!env.gfmFootnoteLabels) {
    env.gfmFootnoteLabels = new Set(Object.keys(env.footnotes?.refs ?? {}).map((key) => footnoteIdentifier(key.slice(1))));
  }
  return env.gfmFootnoteLabels;
}

/** `[^label]` where a definition of that label exists (after markdown-it-footnote's `footnote_ref`). */
function footnoteRef(state: StateInline, silent: boolean): boolean {
  const max = state.posMax;
  const start = state.pos;
  if (start + 3 > max || state.src.charCodeAt(start) !== 0x5b || state.src.charCodeAt(start + 1) !== 0x5e) return false;
  const env = state.env as FootnoteEnv;
  if (!env.footnotes?.refs) return false;
  let pos = start + 2;
  for (; pos < max; pos++) {
    const code = state.src.charCodeAt(pos);
    if (code === 0x20 || code === 0x0a) return false;
    if (code === 0x5d) break;
  }
  if (pos === start + 2 || pos >= max) return false;
  const label = footnoteIdentifier(state.src.slice(start + 2, pos));
  if (!definedLabels(env).has(label)) return false;
  if (!silent) {
    const token = state.push("footnote_ref", "", 0);
    token.meta = { label };
  }
  state.pos = pos + 1;
  return true;
}

interface RefMeta {
  label: string;
  number: number;
  reuse: number;
}

/** Numbers every reference in `tokens` (inline children included), in order, as remark-rehype does. */
function numberReferences(tokens: Token[], order: string[], counts: Map<string, number>): void {
  for (const token of tokens) {
    if (token.children) numberReferences(token.children, order, counts);
    if (token.type !== "footnote_ref") continue;
    const meta = token.meta as RefMeta;
    let index = order.indexOf(meta.label);
    if (index < 0) index = order.push(meta.label) - 1;
    const reuse = (counts.get(meta.label) ?? 0) + 1;
    counts.set(meta.label, reuse);
    meta.number = index + 1;
    meta.reuse = reuse;
  }
}

/** Moves the referenced definitions into a footnote section at the end (replaces `footnote_tail`). */
function footnoteTail(state: StateCore): void {
  const env = state.env as FootnoteEnv;
  if (!env.footnotes) return;
  const definitions = new Map<string, Token[]>();
  let current: Token[] | undefined;
  let depth = 0;
  const body: Token[] = [];
  for (const token of state.tokens) {
    if (token.type === "footnote_reference_open") {
      if (depth++ === 0) {
        const label = footnoteIdentifier((token.meta as { label: string }).label);
        current = [];
        // The first definition of a label wins; a later one is dropped, as in remark.
        if (!definitions.has(label)) definitions.set(label, current);
      }
      continue;
    }
    if (token.type === "footnote_reference_close") {
      if (--depth === 0) current = undefined;
      continue;
    }
    (current ?? body).push(token);
  }
  const order: string[] = [];
  const counts = new Map<string, number>();
  numberReferences(body, order, counts);
  // Notes referenced only from other notes are numbered after the document's, in note order.
  for (let i = 0; i < order.length; i++) numberReferences(definitions.get(order[i]!) ?? [], order, counts);
  state.tokens = body;
  const items = order.filter((label) => definitions.has(label));
  if (items.length === 0) return;
  env.gfmFootnoteSection = true;
  state.tokens.push(new state.Token("footnote_block_open", "", 1));
  order.forEach((label, index) => {
    const content = definitions.get(label);
    if (!content) return;
    const open = new state.Token("footnote_open", "", 1);
    open.meta = { label };
    state.tokens.push(open);
    const backrefs = new state.Token("footnote_anchor", "", 0);
    backrefs.meta = { label, number: index + 1, count: counts.get(label) ?? 0 };
    const last = content[content.length - 1];
    if (last?.type === "paragraph_close") {
      backrefs.meta.inParagraph = true;
      state.tokens.push(...content.slice(0, -1), backrefs, last);
    } else {
      state.tokens.push(...content, backrefs);
    }
    state.tokens.push(new state.Token("footnote_close", "", -1));
  });
  state.tokens.push(new state.Token("footnote_block_close", "", -1));
}

const refId = (label: string) => escapeAttribute(normalizeUri(label));

/**
 * A footnote definition ends a table or a block quote's lazy line (`> quote` then `[^1]: note`), as
 * in micromark, where a definition is a container like a block quote: markdown-it-footnote's rule
 * ends only paragraphs, so the definition became a table row or quoted text, and the note was
 * lost. Asked only as a terminator (`silent`); the definition itself is markdown-it-footnote's.
 */
function footnoteDefinitionStarts(state: StateBlock, startLine: number, _endLine: number, silent: boolean): boolean {
  if (!silent || state.sCount[startLine]! - state.blkIndent >= 4) return false;
  const start = state.bMarks[startLine]! + state.tShift[startLine]!;
  return /^\[\^[^\]\s]+\]:/.test(state.src.slice(start, state.eMarks[startLine]));
}

/** Adds GFM footnotes to a markdown-it instance (definitions parsed by markdown-it-footnote). */
export function gfmFootnotes(md: MarkdownIt): void {
  md.use(footnote);
  md.inline.ruler.disable("footnote_inline");
  md.inline.ruler.at("footnote_ref", footnoteRef);
  md.core.ruler.at("footnote_tail", footnoteTail);
  md.block.ruler.before("footnote_def", "footnote_def_ends_block", footnoteDefinitionStarts, { alt: ["blockquote"] });
  const rules = md.renderer.rules;
  rules.footnote_ref = (tokens, idx) => {
    const { label, number, reuse } = tokens[idx]!.meta as RefMeta;
    const id = refId(label);
    return `<sup><a href="#user-content-fn-${id}" id="user-content-fnref-${id}${reuse > 1 ? "-" + reuse : ""}" data-footnote-ref="" aria-describedby="footnote-label">${number}</a></sup>`;
  };
  // The section's heading is an h2 unless the body's headings were shifted (renderMarkdown.ts's heading levels).
  rules.footnote_block_open = (_tokens, _idx, _options, env: { footnoteHeadingLevel?: number }) => {
    const h = `h${env.footnoteHeadingLevel ?? 2}`;
    return `<section data-footnotes="" class="footnotes"><${h} class="sr-only" id="footnote-label">Footnotes</${h}>\n<ol>\n`;
  };
  rules.footnote_block_close = () => "</ol>\n</section>\n";
  rules.footnote_open = (tokens, idx) => `<li id="user-content-fn-${refId((tokens[idx]!.meta as { label: string }).label)}">\n`;
  rules.footnote_close = () => "</li>\n";
  rules.footnote_anchor = (tokens, idx) => {
    const { label, number, count, inParagraph } = tokens[idx]!.meta as { label: string; number: number; count: number; inParagraph?: boolean };
    const id = refId(label);
    const anchors: string[] = [];
    for (let k = 1; k <= count; k++) {
      const suffix = k > 1 ? "-" + k : "";
      anchors.push(`<a href="#user-content-fnref-${id}${suffix}" data-footnote-backref="" aria-label="Back to reference ${number}${suffix}" class="data-footnote-backref">↩${k > 1 ? `<sup>${k}</sup>` : ""}</a>`);
    }
    // In a paragraph, one space before the first; after a block, one element per line (remark-rehype's wrap).
    return inParagraph ? " " + anchors.join(" ") : anchors.map((a) => a + "\n").join(" \n");
  };
}
