/**
 * GFM autolink literals (`www.example.org`, `https://example.org/a`, `hi@example.org`) for
 * markdown-it, with remark-gfm's rules rather than linkify-it's.
 *
 * Why not markdown-it's `linkify: true`: linkify-it also links bare domains (`example.com`),
 * `ftp://` and `//host` URLs, which GFM does not, and it ends a URL at different punctuation.
 * remark-gfm 4 finds autolink literals twice, and this module does the same:
 *
 * 1. while parsing inline text (micromark-extension-gfm-autolink-literal 2.1): a `www.`,
 *    `http(s)://` or e-mail literal that starts where the previous character allows it, outside
 *    an open link label; `gfmAutolinkText` replaces markdown-it's `text` rule to do this;
 * 2. afterwards, over every text node outside links (mdast-util-gfm-autolink-literal 2.1, a
 *    find-and-replace with four regular expressions): `linkifyTextRuns` does this over the text
 *    tokens once adjacent ones are merged into the runs remark would hold as one text node.
 *
 * The link text is the literal as written; the address gets `http://` before `www.` and
 * `mailto:` before a bare e-mail address, as remark does.
 */
import type MarkdownIt from "markdown-it";
import type StateInline from "markdown-it/lib/rules_inline/state_inline.mjs";
import type Token from "markdown-it/lib/token.mjs";
import {
  asciiAlpha,
  asciiAlphanumeric,
  asciiControl,
  markdownLineEndingOrSpace,
  unicodePunctuation,
  unicodeWhitespace,
  whitespaceOrEnd,
  type Code,
} from "./micromarkCharacters";

/** An autolink literal found in the source: where it ends and what its address is. */
export interface AutolinkLiteral {
  end: number;
  url: string;
}

const at = (src: string, i: number, max: number): Code => (i < max ? src.charCodeAt(i) : undefined);

/** `+ - . _` and ASCII alphanumerics: the characters of an e-mail address's local part. */
const gfmAtext = (code: Code): boolean => code === 43 || code === 45 || code === 46 || code === 95 || asciiAlphanumeric(code);

/** Punctuation that may end a literal without belonging to it (micromark's `trail`). */
const TRAIL = new Set([33, 34, 39, 41, 42, 44, 46, 58, 59, 63, 95, 126]); // ! " ' ) * , . : ; ? _ ~
/** Punctuation in a path that is checked for being trailing (micromark's `path`). */
const PATH_PUNCTUATION = new Set([33, 34, 38, 39, 41, 42, 44, 46, 58, 59, 60, 63, 93, 95, 126]);

/** Whether what starts at `i` is trailing punctuation, up to whitespace, `<` or the end. */
function isTrail(src: string, i: number, max: number): boolean {
  for (;;) {
    const code = at(src, i, max);
    if (code !== undefined && TRAIL.has(code)) {
      i++;
    } else if (code === 38 /* & */) {
      // A character reference (`&amp;`) counts as trailing.
      i++;
      if (!asciiAlpha(at(src, i, max))) return false;
      while (asciiAlpha(at(src, i, max))) i++;
      if (at(src, i, max) !== 59 /* ; */) return false;
      i++;
    } else if (code === 93 /* ] */) {
      i++;
      const next = at(src, i, max);
      if (next === undefined || next === 40 || next === 91 || markdownLineEndingOrSpace(next) || unicodeWhitespace(next)) return true;
    } else {
      return code === 60 /* < */ || whitespaceOrEnd(code);
    }
  }
}

/** The end of a domain starting at `i`, or -1 when it is not one. */
function domainEnd(src: string, i: number, max: number): number {
  let seen = false;
  let underscoreInLast = false;
  let underscoreInLastButOne = false;
  for (;;) {
    const code = at(src, i, max);
    if (code === 46 || code === 95) {
      if (isTrail(src, i, max)) break;
      if (code === 95) underscoreInLast = true;
      else {
        underscoreInLastButOne = underscoreInLast;
        underscoreInLast = false;
      }
      i++;
      continue;
    }
    if (whitespaceOrEnd(code) || (code !== 45 && unicodePunctuation(code))) break;
    seen = true;
    i++;
  }
  return underscoreInLast || underscoreInLastButOne || !seen ? -1 : i;
}

/** The end of the path (anything up to whitespace, less trailing punctuation) starting at `i`. */
function pathEnd(src: string, i: number, max: number): number {
  let open = 0;
  let close = 0;
  for (;;) {
    const code = at(src, i, max);
    if (code === 40 /* ( */) {
      open++;
      i++;
    } else if (code === 41 /* ) */ && close < open) {
      close++;
      i++;
    } else if (code !== undefined && PATH_PUNCTUATION.has(code)) {
      if (isTrail(src, i, max)) return i;
      if (code === 41) close++;
      i++;
    } else if (whitespaceOrEnd(code)) {
      return i;
    } else {
      i++;
    }
  }
}

function matchEmail(src: string, pos: number, max: number, previous: Code): AutolinkLiteral | undefined {
  if (!gfmAtext(at(src, pos, max)) || previous === 47 /* / */ || gfmAtext(previous)) return undefined;
  let i = pos;
  while (gfmAtext(at(src, i, max))) i++;
  if (at(src, i, max) !== 64 /* @ */) return undefined;
  i++;
  let dot = false;
  let data = false;
  for (;;) {
    const code = at(src, i, max);
    if (code === 46) {
      if (!asciiAlphanumeric(at(src, i + 1, max))) break;
      dot = true;
      i++;
    } else if (code === 45 || code === 95 || asciiAlphanumeric(code)) {
      data = true;
      i++;
    } else break;
  }
  if (!data || !dot || !asciiAlpha(src.charCodeAt(i - 1))) return undefined;
  return { end: i, url: "mailto:" + src.slice(pos, i) };
}

const isW = (code: Code) => code === 87 || code === 119;

function matchWww(src: string, pos: number, max: number, previous: Code): AutolinkLiteral | undefined {
  if (!isW(at(src, pos, max))) return undefined;
  const allowed = previous === undefined || previous === 40 || previous === 42 || previous === 95 || previous === 91 || previous === 93 || previous === 126 || markdownLineEndingOrSpace(previous);
  if (!allowed) return undefined;
  if (!isW(at(src, pos + 1, max)) || !isW(at(src, pos + 2, max)) || at(src, pos + 3, max) !== 46 || at(src, pos + 4, max) === undefined) return undefined;
  const domain = domainEnd(src, pos, max);
  if (domain < 0) return undefined;
  const end = pathEnd(src, domain, max);
  return { end, url: "http://" + src.slice(pos, end) };
}

function matchProtocol(src: string, pos: number, max: number, previous: Code): AutolinkLiteral | undefined {
  const first = at(src, pos, max);
  if ((first !== 72 && first !== 104) || asciiAlpha(previous)) return undefined;
  let i = pos + 1;
  while (asciiAlpha(at(src, i, max)) && i - pos < 5) i++;
  if (at(src, i, max) !== 58 /* : */) return undefined;
  const protocol = src.slice(pos, i).toLowerCase();
  if (protocol !== "http" && protocol !== "https") return undefined;
  i++;
  if (at(src, i, max) !== 47 || at(src, i + 1, max) !== 47) return undefined;
  i += 2;
  const code = at(src, i, max);
  if (code === undefined || asciiControl(code) || whitespaceOrEnd(code) || unicodePunctuation(code)) return undefined;
  const domain = domainEnd(src, i, max);
  if (domain < 0) return undefined;
  const end = pathEnd(src, domain, max);
  return { end, url: src.slice(pos, end) };
}

/**
 * The autolink literal that micromark would find at `pos` of `src` (up to `max`), if any. The
 * character before `pos` decides whether one may start there, as in micromark.
 */
export function matchAutolinkLiteral(src: string, pos: number, max = src.length): AutolinkLiteral | undefined {
  const previous: Code = pos > 0 ? src.charCodeAt(pos - 1) : undefined;
  return matchEmail(src, pos, max, previous) ?? matchWww(src, pos, max, previous) ?? matchProtocol(src, pos, max, previous);
}

/**
 * Whether `pos` is inside a link label that is still open (`[` before it with no `]` yet):
 * micromark finds no autolink literal there (the text transform may still find one).
 */
function insideOpenLabel(src: string, pos: number): boolean {
  let depth = 0;
  for (let i = pos - 1; i >= 0; i--) {
    const code = src.charCodeAt(i);
    if (code !== 91 && code !== 93) continue;
    let backslashes = 0;
    for (let j = i - 1; j >= 0 && src.charCodeAt(j) === 92; j--) backslashes++;
    if (backslashes % 2 === 1) continue;
    if (code === 93) depth++;
    else if (depth === 0) return true;
    else depth--;
  }
  return false;
}

/** What a backslash escapes (CommonMark's ASCII punctuation) or breaks (a line feed). */
const ESCAPABLE = /[!-/:-@[-`{-~\n]/;

/** markdown-it's own terminators (rules_inline/text.mjs): where another inline rule may start. */
function isTerminator(code: number): boolean {
  switch (code) {
    case 0x0a: case 0x21: case 0x23: case 0x24: case 0x25: case 0x26: case 0x2a: case 0x2b: case 0x2d: case 0x3a: case 0x3c: case 0x3d:
    case 0x3e: case 0x40: case 0x5b: case 0x5c: case 0x5d: case 0x5e: case 0x5f: case 0x60: case 0x7b: case 0x7d: case 0x7e:
      return true;
    default:
      return false;
  }
}

const ANCHORS = /www\.|https?:\/\/|@/i;
/** An e-mail address's local part and its `@`, from a given place (a quick test before `matchEmail`). */
const LOCAL_PART = /[A-Za-z0-9+\-._]+@/y;

/** What `gfmAutolinkText` caches on an inline state: whether its source has any anchor and any `@`. */
interface Anchors {
  any: boolean;
  at: boolean;
}

/** Whether an inline source could hold any autolink literal at all (the common case is no). */
function anchorsOf(state: StateInline): Anchors {
  const cached = (state as StateInline & { gfmAnchors?: Anchors }).gfmAnchors;
  if (cached) return cached;
  const anchors = { any: ANCHORS.test(state.src), at: state.src.includes("@") };
  (state as StateInline & { gfmAnchors?: Anchors }).gfmAnchors = anchors;
  return anchors;
}

/** Whether a literal could start at `i` (the cheap part of the checks in `matchAutolinkLiteral`). */
function mayStartAt(src: string, i: number, at: boolean): boolean {
  const code = src.charCodeAt(i);
  if (code === 72 || code === 104 || code === 87 || code === 119) return true;
  if (!at || !gfmAtext(code)) return false;
  const previous = src.charCodeAt(i - 1);
  if (gfmAtext(previous) || previous === 47) return false;
  LOCAL_PART.lastIndex = i;
  return LOCAL_PART.test(src);
}

function pushLiteral(state: StateInline, literal: AutolinkLiteral, pos: number): boolean {
  const href = state.md.normalizeLink(literal.url);
  if (!state.md.validateLink(href)) return false;
  const open = state.push("link_open", "a", 1);
  open.attrs = [["href", href]];
  open.markup = "linkify";
  open.info = "auto";
  const text = state.push("text", "", 0);
  text.content = state.src.slice(pos, literal.end);
  const close = state.push("link_close", "a", -1);
  close.markup = "linkify";
  close.info = "auto";
  state.pos = literal.end;
  return true;
}

/**
 * markdown-it's `text` rule (a run of characters no other rule starts at), which also stops at
 * and turns into a link each autolink literal micromark would find while parsing.
 */
export function gfmAutolinkText(state: StateInline, silent: boolean): boolean {
  const { src, posMax } = state;
  const start = state.pos;
  // A backslash before a character that cannot be escaped is a plain backslash, in CommonMark as
  // in micromark, which then finds a literal at the next character (`\https://…`); markdown-it's
  // escape rule would take both characters as one text token.
  if (src.charCodeAt(start) === 0x5c && start + 1 < posMax && !ESCAPABLE.test(src.charAt(start + 1))) {
    if (!silent) state.pending += "\\";
    state.pos = start + 1;
    return true;
  }
  const anchors = silent ? undefined : anchorsOf(state);
  const scan = anchors !== undefined && anchors.any;
  const at = anchors !== undefined && anchors.at;
  if (scan && mayStartAt(src, start, at)) {
    const literal = matchAutolinkLiteral(src, start, posMax);
    if (literal && !insideOpenLabel(src, start) && pushLiteral(state, literal, start)) return true;
  }
  let pos = start;
  while (pos < posMax && !isTerminator(src.charCodeAt(pos))) {
    if (scan && pos > start && mayStartAt(src, pos, at) && matchAutolinkLiteral(src, pos, posMax) && !insideOpenLabel(src, pos)) break;
    pos++;
  }
  if (pos === start) return false;
  if (!silent) state.pending += src.slice(start, pos);
  state.pos = pos;
  return true;
}

/** What one of the text transform's finders makes of a match: pieces, or `false` for none. */
type Piece = { link: string; text: string } | string;
type Finder = (match: RegExpExecArray) => Piece[] | false;

/** The previous character allows a URL (mdast-util-gfm-autolink-literal's `previous`). */
function previousAllows(match: RegExpExecArray): boolean {
  const code = match.input.charCodeAt(match.index - 1);
  return match.index === 0 || unicodeWhitespace(code) || unicodePunctuation(code) || markdownLineEndingOrSpace(code);
}

function isCorrectDomain(domain: string): boolean {
  const parts = domain.split(".");
  const bad = (part: string | undefined) => Boolean(part) && (/_/.test(part!) || !/[\dA-Za-z]/.test(part!));
  return !(parts.length < 2 || bad(parts[parts.length - 1]) || bad(parts[parts.length - 2]));
}

const SPLIT_TRAIL = new Set([33, 34, 38, 39, 41, 44, 46, 58, 59, 60, 62, 63, 93, 125]);

function splitUrl(url: string): [string, string | undefined] {
  let index = url.length;
  while (index > 0 && SPLIT_TRAIL.has(url.charCodeAt(index - 1))) index--;
  if (index === url.length) return [url, undefined];
  let trail = url.slice(index);
  url = url.slice(0, index);
  let closingParenIndex = trail.indexOf(")");
  const openingParens = url.split("(").length - 1;
  let closingParens = url.split(")").length - 1;
  while (closingParenIndex !== -1 && openingParens > closingParens) {
    url += trail.slice(0, closingParenIndex + 1);
    trail = trail.slice(closingParenIndex + 1);
    closingParenIndex = trail.indexOf(")");
    closingParens++;
  }
  return [url, trail];
}

const findUrl: Finder = (match) => {
  if (!previousAllows(match)) return false;
  let [, protocol, domain, path] = match as unknown as [string, string, string, string];
  let prefix = "";
  if (/^w/i.test(protocol)) {
    domain = protocol + domain;
    protocol = "";
    prefix = "http://";
  }
  if (unicodePunctuation(domain.charCodeAt(0)) || !isCorrectDomain(domain)) return false;
  const [url, trail] = splitUrl(domain + path);
  const link = { link: prefix + protocol + url, text: protocol + url };
  return trail ? [link, trail] : [link];
};

const findXmpp: Finder = (match) => {
  const [value, atext, label, resource] = match as unknown as [string, string, string, string | undefined];
  if (/[\d\-_]$/.test(label) || (resource && (!/[A-Za-z]$/.test(resource) || match.input.charAt(match.index + value.length) === "@"))) return false;
  const address = "xmpp:" + atext + "@" + label + (resource || "");
  return [{ link: address, text: address }];
};

const findMailto: Finder = (match) => {
  const [, atext, label] = match as unknown as [string, string, string];
  if (/[\d\-_]$/.test(label)) return false;
  const address = "mailto:" + atext + "@" + label;
  return [{ link: address, text: address }];
};

const findEmail: Finder = (match) => {
  const [, atext, label] = match as unknown as [string, string, string];
  if (/[\d\-_]$/.test(label)) return false;
  return [{ link: "mailto:" + atext + "@" + label, text: atext + "@" + label }];
};

/** mdast-util-gfm-autolink-literal 2.1's expressions, applied in this order. */
const FINDERS: [RegExp, Finder][] = [
  [/(?<![\da-z])(https?:\/\/|www(?=\.))([\w-]*\.[\w\-.]*)([^\t\n\r ]*)/gi, findUrl],
  [/(?<![\w+\-.@])xmpp:([\w+\-.]+)@([\w-]+(?:\.[\w-]+)+)(\/(?:[\w\-/]|\.(?=[\dA-Za-z]))*)?/g, findXmpp],
  [/(?<![\w+\-.@])mailto:([\w+\-.]+)@([\w-]+(?:\.[\w-]+)+)/g, findMailto],
  [/(?<![\w+\-.]|(?:^|[^\d@A-Za-z])(?:mailto|xmpp):)([\w+\-.]+)@([\w-]+(?:\.[\w-]+)+)/g, findEmail],
];
const ANY_FINDER = /www\.|https?:\/\/|@/i;

function linkTokens(md: MarkdownIt, TokenClass: typeof Token, piece: { link: string; text: string }): Token[] | undefined {
  const href = md.normalizeLink(piece.link);
  if (!md.validateLink(href)) return undefined;
  const open = new TokenClass("link_open", "a", 1);
  open.attrs = [["href", href]];
  open.markup = "linkify";
  open.info = "auto";
  const text = new TokenClass("text", "", 0);
  text.content = piece.text;
  const close = new TokenClass("link_close", "a", -1);
  close.markup = "linkify";
  close.info = "auto";
  return [open, text, close];
}

function replaceIn(md: MarkdownIt, TokenClass: typeof Token, token: Token, [find, finder]: [RegExp, Finder]): Token[] | undefined {
  const value = token.content;
  let start = 0;
  let out: Token[] | undefined;
  const text = (content: string) => {
    const last = out![out!.length - 1];
    if (last && last.type === "text") last.content += content;
    else {
      const t = new TokenClass("text", "", 0);
      t.content = content;
      out!.push(t);
    }
  };
  find.lastIndex = 0;
  let match = find.exec(value);
  while (match) {
    const position = match.index;
    const pieces = finder(match);
    const tokens = pieces && pieces.map((p) => (typeof p === "string" ? p : linkTokens(md, TokenClass, p)));
    if (!pieces || !tokens || tokens.some((t) => t === undefined)) {
      find.lastIndex = position + 1;
    } else {
      out ??= [];
      if (start !== position) text(value.slice(start, position));
      for (const t of tokens) {
        if (typeof t === "string") text(t);
        else out.push(...t!);
      }
      start = position + match[0].length;
    }
    match = find.exec(value);
  }
  if (!out) return undefined;
  if (start < value.length) text(value.slice(start));
  return out;
}

/**
 * The second pass: every text token outside a link (each one a whole text run, see
 * `mergeTextRuns` in renderMarkdown.ts) searched with remark's four expressions in turn.
 */
export function linkifyTextRuns(md: MarkdownIt, TokenClass: typeof Token, children: Token[]): Token[] {
  if (!children.some((t) => t.type === "text" && ANY_FINDER.test(t.content))) return children;
  let current = children;
  for (const pair of FINDERS) {
    const next: Token[] = [];
    let depth = 0;
    for (const token of current) {
      if (token.type === "link_open") depth++;
      else if (token.type === "link_close") depth--;
      const replaced = token.type === "text" && depth === 0 ? replaceIn(md, TokenClass, token, pair) : undefined;
      if (replaced) next.push(...replaced);
      else next.push(token);
    }
    current = next;
  }
  return current;
}
