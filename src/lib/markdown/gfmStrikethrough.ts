/**
 * GFM strikethrough for markdown-it as remark-gfm 4 parses it (micromark-extension-gfm-strikethrough
 * 2.1, `singleTilde` on by default): `~one~` and `~~two~~` strike through, a run of three or more
 * tildes never does, an opening run pairs only with a closing run of the same length, and the
 * result is `<del>` (markdown-it's own rule wants `~~` and writes `<s>`).
 *
 * Each run of one or two tildes is one delimiter for markdown-it's `balance_pairs`; giving runs of
 * one and of two different markers makes them pair only with their own length.
 */
import type MarkdownIt from "markdown-it";
import type StateInline from "markdown-it/lib/rules_inline/state_inline.mjs";

const TILDE = 0x7e;
/** The delimiter marker of a `~~` run (any number other than a character code in use). */
const DOUBLE_TILDE = 0x7e7e;

function tokenize(state: StateInline, silent: boolean): boolean {
  const start = state.pos;
  if (silent || state.src.charCodeAt(start) !== TILDE) return false;
  const scanned = state.scanDelims(start, true);
  const token = state.push("text", "", 0);
  token.content = state.src.slice(start, start + scanned.length);
  // A tilde right after an unescaped tilde cannot start a run: scanDelims took the whole run.
  if (scanned.length <= 2) {
    state.delimiters.push({
      marker: scanned.length === 1 ? TILDE : DOUBLE_TILDE,
      length: 0, // no "rule of 3", which is for emphasis
      token: state.tokens.length - 1,
      end: -1,
      open: scanned.can_open,
      close: scanned.can_close,
    });
  }
  state.pos += scanned.length;
  return true;
}

function postProcessList(state: StateInline, delimiters: StateInline["delimiters"]): void {
  for (const startDelim of delimiters) {
    if ((startDelim.marker !== TILDE && startDelim.marker !== DOUBLE_TILDE) || startDelim.end === -1) continue;
    const endDelim = delimiters[startDelim.end]!;
    const markup = startDelim.marker === TILDE ? "~" : "~~";
    const open = state.tokens[startDelim.token]!;
    open.type = "del_open";
    open.tag = "del";
    open.nesting = 1;
    open.markup = markup;
    open.content = "";
    const close = state.tokens[endDelim.token]!;
    close.type = "del_close";
    close.tag = "del";
    close.nesting = -1;
    close.markup = markup;
    close.content = "";
  }
}

function postProcess(state: StateInline): boolean {
  postProcessList(state, state.delimiters);
  for (const meta of state.tokens_meta) if (meta?.delimiters) postProcessList(state, meta.delimiters);
  return false; // a post-processing rule's result is not read
}

/** Replaces markdown-it's strikethrough rule with GFM's. */
export function gfmStrikethrough(md: MarkdownIt): void {
  md.inline.ruler.at("strikethrough", tokenize);
  md.inline.ruler2.at("strikethrough", postProcess);
}
