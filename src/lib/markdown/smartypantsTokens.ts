/**
 * SmartyPants over markdown-it tokens with exactly the output of our remark plugin
 * (remarkSmartypants.ts, itself remark-smartypants 3.0.3's algorithm): one retext pass for quotes
 * over all the text of the document, then a pass for dashes, ellipses and backticks over each
 * text node on its own, leaving a command-line option's `--` as typed (commandFlags.ts).
 *
 * "All the text" is built as remark's tree walk builds it: a space for each paragraph, heading
 * and table cell, the text of every text node in document order (footnote definitions where they
 * are written), inline code as as many `A`s as it has characters (so that quotes next to code
 * read as they do in remark), and nothing for raw HTML, images or code blocks. Each text token
 * must be a whole text run as remark holds it (renderMarkdown.ts merges them first).
 *
 * Speed: retext parses the text it is given as one flat list of tokens first, then splits it into
 * sentences, splicing into that list as it merges tokens: its cost grows faster than the text,
 * and one pass over a 200 KB newsletter took about half a second, most of all the renderer's time.
 * `curlQuotes` therefore cuts the text into sentences, only where retext itself certainly ends
 * one sentence and starts another that nothing merges back (`isSafeCut`), so that every quote has
 * the same neighbours, and gets the same curl, as in one pass over it all; and it curls the quotes
 * of a sentence itself when their neighbours alone decide them (`easyCurl`: apostrophes in words,
 * quotes after a word or before one), which is most sentences. Only the rest go to retext.
 */
import type StateCore from "markdown-it/lib/rules_core/state_core.mjs";
import type Token from "markdown-it/lib/token.mjs";
import { retext } from "retext";
import smartypants from "retext-smartypants";
import { educateAroundOptions } from "./commandFlags";

const BLOCKS = new Set(["paragraph_open", "heading_open", "th_open", "td_open"]);
/** What the per-node pass can act on; other nodes are left alone (as in remarkSmartypants.ts). */
const SECOND_PASS = /--|\.\s*\.|``|''/;
const QUOTES = /["']/;

const quotes = retext().use(smartypants, { ellipses: false, dashes: false, backticks: false });
const others = retext().use(smartypants, { quotes: false });
/** The per-node pass (dashes, ellipses, backticks) on text that may need it. */
const educate = (text: string) => (SECOND_PASS.test(text) ? others.processSync(text).toString() : text);

type Entry = Token | number;

/**
 * parse-latin 7's `mergePrefixExceptions`: a sentence ending in one of these words and a full stop
 * runs on into the next one (`etc. And`), so no cut after them.
 */
const ABBREVIATION = /^(?:al|ca|cap|cca|cent|cf|cit|con|cp|cwt|ead|etc|ff|fl|ibid|id|nem|op|pro|seq|sic|stat|tem|viz)$/;

/**
 * Whether a cut just before `text[at]` (a space) falls where parse-latin ends a sentence that no
 * later step joins to the next: a word of two or more ASCII letters after whitespace (not an
 * abbreviation, not part of `e.g.`-style initials or a hyphenated or dotted word), one `.`, `!` or
 * `?`, spaces, then an upper-case ASCII letter (so neither `mergeInitialLowerCaseLetterSentences`,
 * `mergeInitialDigitSentences`, `mergeAffixSymbol`, `mergeAffixExceptions` nor
 * `mergeNonWordSentences` applies), no line break (`breakImplicitSentences`).
 */
function isSafeCut(text: string, at: number): boolean {
  const mark = text.charCodeAt(at - 1);
  if (mark !== 46 && mark !== 33 && mark !== 63) return false;
  let i = at;
  while (text.charCodeAt(i) === 32) i++;
  const next = text.charCodeAt(i);
  if (i === at || !(next >= 65 && next <= 90)) return false;
  let start = at - 1;
  while (start > 0 && isAsciiLetter(text.charCodeAt(start - 1))) start--;
  if (at - 1 - start < 2 || (start > 0 && text.charCodeAt(start - 1) !== 32)) return false;
  return !(mark === 46 && ABBREVIATION.test(text.slice(start, at - 1).toLowerCase()));
}

const isAsciiLetter = (code: number) => (code >= 65 && code <= 90) || (code >= 97 && code <= 122);

const isAsciiAlphanumeric = (code: number) => isAsciiLetter(code) || (code >= 48 && code <= 57);
const isQuote = (code: number) => code === 34 || code === 39;
const CLOSE = ["”", "’"];
const OPEN = ["“", "‘"];

/**
 * The curl retext-smartypants 6.2 gives the quote at `text[i]`, when its neighbours settle it
 * whatever the rest of the sentence is, else `undefined`. Derived from its `quotesDefault` and
 * parse-latin's tokens (renderMarkdown.test.ts and smartypantsTokens.test.ts check it against
 * retext on real documents and on random text):
 * - after an ASCII letter or digit, and not before another quote: closing (`it's`, `word"`);
 *   the quote's previous sibling is a word or its text whether or not parse-latin merges the quote
 *   into the word, and no earlier branch of `quotesDefault` opens it unless a quote follows;
 * - after a space, tab or line feed and before two ASCII letters: opening (`"Hello`), both as a
 *   sentence's first child and after white space in one (the word is never just `s`).
 */
function easyCurl(text: string, i: number): string | undefined {
  const previous = text.charCodeAt(i - 1);
  const next = text.charCodeAt(i + 1);
  const kind = text.charCodeAt(i) === 34 ? 0 : 1;
  if (isAsciiAlphanumeric(previous) && !isQuote(next)) return CLOSE[kind];
  if ((previous === 32 || previous === 10 || previous === 9) && isAsciiLetter(next) && isAsciiLetter(text.charCodeAt(i + 2))) return OPEN[kind];
  return undefined;
}

/** One chunk: its quotes curled by `easyCurl` when it settles all of them, else by retext. */
function curlChunk(text: string, from: number, to: number): string {
  let out = "";
  let last = from;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code !== 34 && code !== 39) continue;
    const curl = easyCurl(text, i);
    if (curl === undefined) return quotes.processSync(text.slice(from, to)).toString();
    out += text.slice(last, i) + curl;
    last = i + 1;
  }
  return out + text.slice(last, to);
}

const CUT_CANDIDATE = /[.!?] +[A-Z]/;

/**
 * The quote pass over `text` with the output of one retext pass over all of it, cut into sentences
 * at every `isSafeCut` place; a sentence whose quotes `easyCurl` settles needs no retext at all.
 */
export function curlQuotes(text: string): string {
  return QUOTES.test(text) ? curlQuotesAndLastCut(text).curled : text;
}

/** `curlQuotes`, and where the last sentence of `text` starts (its last `isSafeCut` place, or 0), from one scan of it. */
function curlQuotesAndLastCut(text: string): { curled: string; lastCut: number } {
  const quoted = QUOTES.test(text);
  const out: string[] = [];
  let from = 0;
  for (const at of safeCuts(text)) {
    if (quoted) out.push(curlChunk(text, from, at));
    from = at;
  }
  if (!quoted) return { curled: text, lastCut: from };
  out.push(curlChunk(text, from, text.length));
  return { curled: out.join(""), lastCut: from };
}

/** Every place `curlQuotes` cuts `text` (`isSafeCut`), in order. */
function* safeCuts(text: string): Generator<number> {
  const candidates = new RegExp(CUT_CANDIDATE.source, "g");
  for (let match = candidates.exec(text); match; match = candidates.exec(text)) {
    const at = match.index + 1;
    candidates.lastIndex = at;
    if (isSafeCut(text, at)) yield at;
  }
}

/** The quote pass as remark-smartypants runs it: retext over the whole text at once (the reference). */
export function curlQuotesInOnePass(text: string): string {
  return QUOTES.test(text) ? quotes.processSync(text).toString() : text;
}

/**
 * Raw HTML elements whose text is code, typed as written: `<code>device_map='auto'</code>` keeps
 * its straight quotes, as `` `device_map='auto'` `` does (found in review: a reader copying it got
 * curly quotes). Their text reads as inline code's does (as many `A`s), so quotes beside them curl
 * as beside inline code. One of the two intended differences from Astro's SmartyPants.
 */
export const RAW_CODE_OPEN = /^<(?:code|kbd|samp|tt|var)(?:\s[^>]*)?>$/i;
export const RAW_CODE_CLOSE = /^<\/(?:code|kbd|samp|tt|var)\s*>$/i;

function collectInline(children: Token[], entries: Entry[], parts: string[]): void {
  // How many raw code elements are open (`<code>` ... `</code>`), within this block only.
  let rawCode = 0;
  for (const child of children) {
    if (child.type === "html_inline") {
      if (RAW_CODE_OPEN.test(child.content)) rawCode++;
      else if (RAW_CODE_CLOSE.test(child.content) && rawCode > 0) rawCode--;
    } else if (child.type === "text" && rawCode > 0) {
      entries.push(child.content.length);
      parts.push("A".repeat(child.content.length));
    } else if (child.type === "text") {
      entries.push(child);
      parts.push(child.content);
    } else if (child.type === "code_inline") {
      entries.push(child.content.length);
      parts.push("A".repeat(child.content.length));
    }
    // Images (their alt text is an attribute in remark), raw HTML, breaks: no text.
  }
}

/**
 * What the quote pass of a document parsed in pieces (documentPieces.ts) carries from one piece
 * to the next: the pieces' text since the last place `curlQuotes` cuts it, as curled there. Quotes
 * in one sentence are curled together; a sentence that runs across pieces is read again with the
 * next piece, and `differs` is set when its quotes come out otherwise than the piece before wrote
 * them: the pieces then do not write what the whole document writes, and it is rendered whole.
 */
export interface QuoteContext {
  text: string;
  curled: string;
  /** How much of `text` the next piece reads for context only: CONTEXT_LEAD when it was cut short, else 0. */
  lead: number;
  differs: boolean;
}

/**
 * The least text a piece's quote pass carries to the next when the text has no place to cut
 * (`isSafeCut`), and the lead of it that the next piece reads for context only: a quote's curl
 * depends on its neighbours and on where parse-latin ends sentences, which it decides from the
 * few tokens around each end, so 4,096 characters before a piece's first quote read it as the
 * whole text does, and the rest of them are read again with the text after them.
 */
const CONTEXT_CHARS = 4096;
const CONTEXT_LEAD = 1024;

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
  const text = parts.join("");
  const context = (state.env as { quoteContext?: QuoteContext }).quoteContext;
  let allText: string;
  if (!context) allText = curlQuotes(text);
  else {
    // A piece of a long document: its text after the text of the pieces before since their last
    // cut, which decides the curl of a quote at its start; and the curl of that text checked
    // against what the piece before wrote, which had not seen the text after it.
    const joined = context.text + text;
    const { curled, lastCut } = curlQuotesAndLastCut(joined);
    // Checked past the first CONTEXT_LEAD characters of a context that was cut short (below).
    if (curled.slice(context.lead, context.text.length) !== context.curled.slice(context.lead)) context.differs = true;
    allText = curled.slice(context.text.length);
    let cut = lastCut;
    context.lead = 0;
    // Text with no place to cut (a document of tables has no sentence ends) is carried only so far,
    // at least CONTEXT_CHARS, from a space: reading all of it again with every piece would cost the
    // square of its length. (Not from the first space past that: helper-71 found a run of 5,000
    // letters leave one space to carry, and the next piece's `'s` read as a sentence's start.)
    const space = joined.length - cut > CONTEXT_CHARS ? joined.lastIndexOf(" ", joined.length - CONTEXT_CHARS) : -1;
    if (space > cut) {
      cut = space;
      context.lead = CONTEXT_LEAD;
    }
    context.text = joined.slice(cut);
    context.curled = curled.slice(cut);
  }
  let start = 0;
  for (const entry of entries) {
    if (typeof entry === "number") {
      start += entry;
      continue;
    }
    const end = start + entry.content.length;
    entry.content = educateAroundOptions(allText.slice(start, end), allText[start - 1] ?? "", educate);
    start = end;
  }
}
