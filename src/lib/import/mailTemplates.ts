/**
 * The web version of a newsletter issue whose export kept its mail tool's template code
 * (`import:recaps --fill-mail-templates`). Buttondown's archives of AINews hold, outside code:
 *
 *   {% if medium == 'web' %} ...diagrams, the Discord summaries... {% else %} > You're reading this on email... {% endif %}
 *   [{{ email.subject }}]({{ email_url }})          a link to the issue's web version
 *   [unsubscribe]({{{RESEND_UNSUBSCRIBE_URL}}})     a link only a sent mail can fill
 *
 * The page of a recap is the web version, so the web branch is kept and the mail branch dropped,
 * `{{ email_url }}` becomes the recap's own path, `{{ email.subject }}` its title, and a link to
 * an unsubscribe placeholder keeps its text without the link. Three more marks of the mail tool go
 * (helper-75, on the same archive):
 *
 *   <!-- buttondown-editor-mode: plaintext -->> AI News for 4/1/2024...   the editor's mode, glued to the first line:
 *                                      CommonMark reads the whole line as raw HTML, so its Markdown showed as written
 *   You can unsubscribe from this list {{{RESEND_UNSUBSCRIBE_URL}}}.      a sentence only a sent mail can fill: dropped
 *   **Table of Contents** / [TOC]      the mail tool's contents marker, shown as "[TOC]": the page lists its own contents
 *   You are receiving this email because you opted in via our site.     the mail's footer (helper-79: left in the middle
 *   Want to change how you receive these emails?                          of 10 of the 30 full issues' pages)
 *   You can [unsubscribe]({{{RESEND_UNSUBSCRIBE_URL}}}) from this list.
 *
 *   The **Table of Contents** ... have been moved to the web version of this email: [{{ email.subject }}]({{ email_url }})!
 *                                      a pointer from the mail to the web version: on the web page it links
 *                                      to itself (helper-79); the sentence goes, with its line when it is alone
 *
 * The footer is the paragraph holding an unsubscribe placeholder (a link or bare) with the
 * paragraphs just before it, as long as each is nothing but short sentences about the mail itself
 * (`FOOTER_SENTENCE`: email, unsubscribe, this list, opted in, signed up...) in plain words: the
 * whole block goes, with the blank lines inside it.
 *
 * A bare unsubscribe placeholder takes its line only when the line is nothing but the sentence
 * holding it (give or take spaces, emphasis, a quote's or list item's mark). In a line with other
 * content (a footer's other links, a paragraph) only that sentence goes, when it is plain words
 * ending where a sentence ends; otherwise the line is left as written, and `npm run check` lists
 * the placeholder among the unfilled ones (bodyWarnings.ts).
 *
 * Nothing else is touched: code blocks
 * and code spans are left as written, and a body holding any other template tag (an `{% if %}` on
 * something else, a `{% for %}`, a branch inside a branch) is left whole, with the reason, rather
 * than half rendered. Every change is counted for the import's report.
 */
import { maskCode } from "../markdown/maskCode";

/** What filling one body did. */
export interface FilledBody {
  /** The body, filled; the input itself when `left` is set or nothing was found. */
  body: string;
  /** Tags and placeholders replaced. */
  filled: number;
  /** Of `filled`, the editor's marks (`[TOC]`, the editor-mode comment): not template code. */
  marks: number;
  /** Lines of the mail branches dropped. */
  droppedLines: number;
  /** Why the body was left as written, with the line in the body (1-based); undefined when filled. */
  left?: { line: number; reason: string };
}

const TAG = /\{%-?\s*(.*?)\s*-?%\}/g;
const IF_MEDIUM = /^if\s+medium\s*(==|!=)\s*(["'])(web|email)\2$/;
const SUBJECT = /\{\{\s*email\.subject\s*\}\}/g;
const EMAIL_URL = /\{\{\s*email_url\s*\}\}/g;
/** A Markdown link whose target is an unsubscribe placeholder: `[text]({{{RESEND_UNSUBSCRIBE_URL}}})`, `[x]({{ unsubscribe_url }})`. */
const UNSUBSCRIBE_LINK = /\[([^\]\n]*)\]\(\s*\{\{\{?\s*[A-Za-z_.]*unsubscribe[A-Za-z_.]*\s*\}?\}\}\s*\)/gi;

/** Buttondown's record of its editor's mode, which its exports glue to the body's first line. */
const EDITOR_MODE = /<!--\s*buttondown-editor-mode:\s*[\w-]*\s*-->/g;
/** An unsubscribe placeholder outside a link (`{{{RESEND_UNSUBSCRIBE_URL}}}` in running text): its sentence is the mail's alone. */
const UNSUBSCRIBE_PLACEHOLDER = /\{\{\{?\s*[A-Za-z_.]*unsubscribe[A-Za-z_.]*\s*\}?\}\}/gi;
/**
 * A mail tool's table-of-contents marker (Python-Markdown's, Buttondown's) alone on one line: what
 * this drops, and what `npm run check` warns of (bodyWarnings.ts), tested one line at a time.
 * @example TOC_MARKER.test("[TOC] ") // true
 */
export const TOC_MARKER = /^[ \t]*\[TOC\][ \t]*$/i;
/** A "Table of Contents" title line just before the marker. */
const TOC_TITLE = /^[ \t]*(?:#{1,6}[ \t]+)?(?:\*\*|__)?Table of Contents:?(?:\*\*|__)?[ \t]*$/i;

/** The 1-based line of `offset` in `text`. */
function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (text.charCodeAt(i) === 10 || (text.charCodeAt(i) === 13 && text.charCodeAt(i + 1) !== 10)) line++;
  return line;
}

/** Where a tag's removal starts and ends: its whole line when nothing else is on it, else the tag alone. */
function tagSpan(body: string, start: number, end: number): [number, number] {
  const lineStart = Math.max(body.lastIndexOf("\n", start - 1), body.lastIndexOf("\r", start - 1)) + 1;
  const nl = body.slice(end).search(/\r\n|\r|\n|$/);
  const lineEnd = end + nl;
  if (body.slice(lineStart, start).trim() !== "" || body.slice(end, lineEnd).trim() !== "") return [start, end];
  const eol = /^(\r\n|\r|\n)/.exec(body.slice(lineEnd))?.[1] ?? "";
  return [lineStart, lineEnd + eol.length];
}

/** The whole line holding `offset`, with its line end. */
function lineSpan(body: string, offset: number): [number, number] {
  const start = Math.max(body.lastIndexOf("\n", offset - 1), body.lastIndexOf("\r", offset - 1)) + 1;
  const end = offset + body.slice(offset).search(/\r\n|\r|\n|$/);
  const eol = /^(\r\n|\r|\n)/.exec(body.slice(end))?.[1] ?? "";
  return [start, end + eol.length];
}

/** The span of the last line before `lineStart` that is not blank, or undefined at the body's start. */
function lineBefore(body: string, lineStart: number): [number, number] | undefined {
  let end = lineStart;
  while (end > 0) {
    const [from] = lineSpan(body, end - 1);
    if (body.slice(from, end).trim() !== "") return [from, end];
    end = from;
  }
  return undefined;
}

/** The link to its own web version, ending its line (`[{{ email.subject }}]({{ email_url }})!`). */
const SELF_LINK_AT_END = /\[[^\]\n]*\]\(\s*\{\{\s*email_url\s*\}\}\s*\)[.!]?[ \t]*$/;

/**
 * The sentence at the end of the line at `offset` that points the mail's reader to its web
 * version through the issue's own link ("... moved to the web version of this email: [subject](url)!"):
 * its whole line when the line is nothing else, else the sentence with the space before it.
 * Undefined when the line's last sentence does not say "web version" or holds code.
 */
function webVersionPointer(body: string, masked: string, offset: number): { from: number; to: number; wholeLine: boolean } | undefined {
  const [lineFrom, lineTo] = lineSpan(body, offset);
  const line = body.slice(lineFrom, lineFrom + body.slice(lineFrom).search(/\r\n|\r|\n|$/));
  const link = SELF_LINK_AT_END.exec(line);
  if (!link || masked.slice(lineFrom, lineFrom + line.length) !== line) return undefined;
  const boundaries = [...line.slice(0, link.index).matchAll(SENTENCE_BOUNDARY)];
  const last = boundaries[boundaries.length - 1];
  const from = last ? last.index! + last[0].length : /^[\s*_>]*/.exec(line)![0].length;
  if (!/\bweb version\b/i.test(line.slice(from, link.index))) return undefined;
  if (LINE_MARKS_ONLY.test(line.slice(0, from))) return { from: lineFrom, to: lineTo, wholeLine: true };
  return { from: lineFrom + from - /\s*$/.exec(line.slice(0, from))![0].length, to: lineFrom + line.length, wholeLine: false };
}

/** A sentence of a mail's footer: about the mail itself, not the content. */
const FOOTER_SENTENCE = /\b(?:e-?mails?|unsubscribe[ds]?|subscri(?:be[ds]?|ption)|opted in|signed up|this list|mailing list|newsletter|inbox)\b/i;
/** How long a footer paragraph may be: a few short sentences, not a paragraph of the issue. */
const FOOTER_MAX_CHARS = 300;
/** How many paragraphs before the unsubscribe one a footer may hold. */
const FOOTER_MAX_PARAGRAPHS = 3;

/** The lines of the paragraph holding `offset`: from the first to the last non-blank line around it, as [start, end with its line end]. */
function paragraphSpan(body: string, offset: number): [number, number] {
  let [from, to] = lineSpan(body, offset);
  for (let prev = from > 0 ? lineSpan(body, from - 1) : undefined; prev && body.slice(...prev).trim() !== ""; prev = prev[0] > 0 ? lineSpan(body, prev[0] - 1) : undefined) from = prev[0];
  for (let next = to < body.length ? lineSpan(body, to) : undefined; next && next[1] > next[0] && body.slice(...next).trim() !== ""; next = next[1] < body.length ? lineSpan(body, next[1]) : undefined) to = next[1];
  return [from, to];
}

/** Whether `text` (a paragraph, its unsubscribe links read as their text and bare placeholders left out) is nothing but short plain sentences about the mail. */
function footerText(text: string): boolean {
  const plain = text.replace(UNSUBSCRIBE_LINK, "$1").replace(UNSUBSCRIBE_PLACEHOLDER, "").replace(/[*_]/g, "").replace(/\s+/g, " ").trim();
  if (plain === "" || plain.length > FOOTER_MAX_CHARS || !PLAIN_WORDS.test(plain)) return false;
  return plain.split(/(?<=[.!?])\s+/).every((sentence) => FOOTER_SENTENCE.test(sentence));
}

/**
 * The mail's footer around the unsubscribe placeholder at `offset` (see the module comment): the
 * span from the first of its paragraphs to the end of the one holding the placeholder, or
 * undefined when that paragraph is not a footer's. Code (blanked in `masked`) is never part of one.
 */
function mailFooter(body: string, masked: string, offset: number): [number, number] | undefined {
  const [from, to] = paragraphSpan(body, offset);
  if (masked.slice(from, to) !== body.slice(from, to) || !footerText(body.slice(from, to))) return undefined;
  let start = from;
  for (let i = 0; i < FOOTER_MAX_PARAGRAPHS; i++) {
    const before = lineBefore(body, start);
    if (!before) break;
    const [a, b] = paragraphSpan(body, before[0]);
    if (masked.slice(a, b) !== body.slice(a, b) || !footerText(body.slice(a, b))) break;
    start = a;
  }
  // The rule that set the footer off goes with it where another rule, or the body's end, follows:
  // "---", footer, "---" left two rules in a row on the page (helper-80).
  const ruleBefore = lineBefore(body, start);
  if (ruleBefore && THEMATIC_BREAK.test(body.slice(...ruleBefore).trimEnd())) {
    const next = lineAfter(body, to);
    if (!next || THEMATIC_BREAK.test(body.slice(...next).trimEnd())) start = ruleBefore[0];
  }
  return [start, to];
}

/** A thematic break line (`---`, `***`, `___`, with spaces between or not): the rules a footer sits between. */
const THEMATIC_BREAK = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;

/** The span of the first line from `offset` on that is not blank, or undefined at the body's end. */
function lineAfter(body: string, offset: number): [number, number] | undefined {
  for (let at = offset; at < body.length; ) {
    const [from, to] = lineSpan(body, at);
    if (body.slice(from, to).trim() !== "") return [from, to];
    if (to <= at) break;
    at = to;
  }
  return undefined;
}

/** Where one sentence ends: `.`, `!` or `?`, any closing marks, then the line's end or spaces and the next sentence's capital (so "e.g. unsubscribe" is one sentence). */
const SENTENCE_END = /[.!?](?=["'’”)\]*_]*(?:\s+[*_"'“‘(\[]*[\p{Lu}\d{]|\s*$))/u;
const SENTENCE_BOUNDARY = /[.!?]["'’”)\]*_]*\s+(?=[*_"'“‘(\[]*[\p{Lu}\d{])/gu;
/** What a line holds besides its sentence when it is nothing but it: spaces, emphasis, a quote's or a list item's mark. */
const LINE_MARKS_ONLY = /^[ \t]*(?:>[ \t]*)*(?:(?:[-+*]|\d{1,9}[.)])[ \t]+)?[\s*_]*$/;
/** Words and punctuation only: a sentence that is safe to take out (no link, markup, code or other placeholder that would go with it). */
const PLAIN_WORDS = /^[\p{L}\p{N}\s,.;:!?'’\-–—]*$/u;

/**
 * What to take out for the bare unsubscribe placeholder at `start`..`end` of `body`: its whole
 * line when the line is nothing but the sentence holding it (modulo spaces, emphasis and a quote's
 * or list item's mark), else that sentence alone (with the space that parted it from the next or
 * the one before) when it is plain words that end where a sentence ends. Undefined when neither is
 * safe: a link, markup, code or another placeholder in the sentence, or a sentence that cannot be
 * told apart from the line's other content. The placeholder is then left as written, and `npm run
 * check` lists it among the unfilled placeholders.
 */
function unsubscribeSentence(body: string, masked: string, start: number, end: number): { from: number; to: number; wholeLine: boolean } | undefined {
  const [lineFrom, lineTo] = lineSpan(body, start);
  const line = body.slice(lineFrom, lineFrom + body.slice(lineFrom).search(/\r\n|\r|\n|$/));
  const [p, q] = [start - lineFrom, end - lineFrom];
  const boundaries = [...line.slice(0, p).matchAll(SENTENCE_BOUNDARY)];
  const last = boundaries[boundaries.length - 1];
  const from = last ? last.index! + last[0].length : /^[\s*_>]*/.exec(line)![0].length;
  const stop = SENTENCE_END.exec(line.slice(q));
  const to = stop ? q + stop.index + 1 : line.length - /[\s*_]*$/.exec(line)![0].length;
  const words = line.slice(from, p) + line.slice(q, to);
  // Code inside the sentence is blanked in `masked`: a sentence that holds any is not taken out.
  if (masked.slice(lineFrom + from, lineFrom + to) !== line.slice(from, to)) return undefined;
  if (LINE_MARKS_ONLY.test(line.slice(0, from) + line.slice(to))) return PLAIN_WORDS.test(words.replace(/[*_]/g, "")) ? { from: lineFrom, to: lineTo, wholeLine: true } : undefined;
  if (!PLAIN_WORDS.test(words)) return undefined;
  const before = line.slice(0, from);
  const after = line.slice(to);
  if (!(/\s$/.test(before) || /^[\s*_>]*$/.test(before)) || !(/^\s/.test(after) || /^[\s*_]*$/.test(after))) return undefined;
  // The first or a middle sentence goes with the spaces after it; the last with those before it.
  const next = /^\s+(?=\S)/.exec(after);
  if (next && !/^\s+[*_]*$/.test(after)) return { from: lineFrom + from, to: lineFrom + to + next[0].length, wholeLine: false };
  return { from: lineFrom + from - /\s*$/.exec(before)![0].length, to: lineFrom + to, wholeLine: false };
}

/**
 * The web version of `body` (see the module comment), for the recap whose title is `title` and
 * whose page is at `path`.
 * @example fillMailTemplates("{% if medium == 'web' %}\nA\n{% else %}\nB\n{% endif %}\n", { title: "T", path: "/recaps/x/" }).body // "A\n"
 */
export function fillMailTemplates(body: string, { title, path }: { title: string; path: string }): FilledBody {
  const masked = maskCode(body);
  const leave = (offset: number, reason: string): FilledBody => ({ body, filled: 0, marks: 0, droppedLines: 0, left: { line: lineAt(body, offset), reason } });

  // The branches: each {% if medium ... %} ... [{% else %} ...] {% endif %}, none inside another.
  const cuts: [number, number][] = [];
  let open: { start: number; web: boolean; inElse: boolean; keepFrom: number } | undefined;
  let filled = 0;
  let marks = 0;
  let droppedLines = 0;
  const drop = (from: number, to: number) => {
    if (to > from) {
      cuts.push([from, to]);
      droppedLines += body.slice(from, to).split(/\r\n|\r|\n/).length - 1;
    }
  };
  for (const m of masked.matchAll(TAG)) {
    const inner = m[1];
    const [from, to] = tagSpan(body, m.index!, m.index! + m[0].length);
    const cond = IF_MEDIUM.exec(inner);
    if (cond) {
      if (open) return leave(m.index!, `a branch inside a branch (${m[0]}): left as written`);
      const web = (cond[1] === "==") === (cond[3] === "web");
      open = { start: from, web, inElse: false, keepFrom: to };
      cuts.push([from, to]);
    } else if (/^else$/.test(inner)) {
      if (!open || open.inElse) return leave(m.index!, `${m[0]} without its {% if medium ... %}: left as written`);
      // The branch just ended is dropped when it is the mail's.
      if (!open.web) drop(open.keepFrom, from);
      cuts.push([from, to]);
      open.inElse = true;
      open.keepFrom = to;
    } else if (/^endif$/.test(inner)) {
      if (!open) return leave(m.index!, `${m[0]} without its {% if medium ... %}: left as written`);
      const lastIsWeb = open.inElse ? !open.web : open.web;
      if (!lastIsWeb) drop(open.keepFrom, from);
      cuts.push([from, to]);
      filled += open.inElse ? 3 : 2;
      open = undefined;
    } else {
      return leave(m.index!, `the template tag ${m[0]} is not one this fills (only {% if medium == 'web' %}, {% else %}, {% endif %}): left as written`);
    }
  }
  if (open) return leave(open.start, "an {% if medium ... %} without its {% endif %}: left as written");

  // What only the mail tool reads: a bare unsubscribe placeholder's sentence (or line), the contents marker (with its title line).
  const dropped = (at: number) => cuts.some(([a, b]) => at >= a && at < b);
  // The pointers from the mail to its web version, which on the web page link to themselves.
  for (const m of masked.matchAll(EMAIL_URL)) {
    if (dropped(m.index!)) continue;
    const cut = webVersionPointer(body, masked, m.index!);
    if (!cut) continue;
    if (cut.wholeLine) drop(cut.from, cut.to);
    else cuts.push([cut.from, cut.to]);
    filled++;
  }
  // The mail's footer, whole, before its placeholders are read one by one.
  for (const m of [...masked.matchAll(UNSUBSCRIBE_LINK), ...masked.matchAll(UNSUBSCRIBE_PLACEHOLDER)]) {
    if (dropped(m.index!)) continue;
    const footer = mailFooter(body, masked, m.index!);
    if (!footer) continue;
    drop(...footer);
    filled++;
  }
  for (const m of masked.matchAll(UNSUBSCRIBE_PLACEHOLDER)) {
    if (dropped(m.index!) || [...masked.matchAll(UNSUBSCRIBE_LINK)].some((l) => m.index! >= l.index! && m.index! < l.index! + l[0].length)) continue;
    const cut = unsubscribeSentence(body, masked, m.index!, m.index! + m[0].length);
    // Not safely separable from the rest of its line: left as written, for the check's placeholder warning.
    if (!cut) continue;
    if (cut.wholeLine) drop(cut.from, cut.to);
    else cuts.push([cut.from, cut.to]);
    filled++;
  }
  for (const m of masked.matchAll(new RegExp(TOC_MARKER.source, "gim"))) {
    if (dropped(m.index!)) continue;
    const [from, to] = lineSpan(body, m.index!);
    const title = lineBefore(body, from);
    if (title && TOC_TITLE.test(body.slice(...title).trimEnd()) && !dropped(title[0])) drop(title[0], title[1]);
    drop(from, to);
    filled++;
    marks++;
  }
  // The editor's mode: the comment alone, so that the line it was glued to is Markdown again.
  for (const m of masked.matchAll(EDITOR_MODE)) {
    if (dropped(m.index!)) continue;
    cuts.push([m.index!, m.index! + m[0].length]);
    filled++;
    marks++;
  }

  // Placeholders outside code and outside what is dropped.
  const replacements: { from: number; to: number; text: string }[] = [];
  const linkText = title.replace(/[\\[\]]/g, "\\$&");
  for (const m of masked.matchAll(UNSUBSCRIBE_LINK)) if (!dropped(m.index!)) replacements.push({ from: m.index!, to: m.index! + m[0].length, text: body.slice(m.index! + 1, m.index! + 1 + m[1].length) });
  const inReplaced = (at: number) => replacements.some((r) => at >= r.from && at < r.to);
  for (const [pattern, text] of [
    [SUBJECT, linkText],
    [EMAIL_URL, path],
  ] as const) {
    for (const m of masked.matchAll(pattern)) if (!dropped(m.index!) && !inReplaced(m.index!)) replacements.push({ from: m.index!, to: m.index! + m[0].length, text });
  }
  if (cuts.length === 0 && replacements.length === 0) return { body, filled: 0, marks: 0, droppedLines: 0 };

  const edits = [...cuts.map(([from, to]) => ({ from, to, text: "" })), ...replacements].sort((a, b) => a.from - b.from || b.to - a.to);
  let out = "";
  let at = 0;
  for (const e of edits) {
    if (e.from < at) {
      at = Math.max(at, e.to);
      continue;
    }
    out += body.slice(at, e.from) + e.text;
    at = e.to;
  }
  out += body.slice(at);
  return { body: out, filled: filled + replacements.length, marks, droppedLines };
}
