/**
 * The web version of a newsletter issue whose export kept its mail tool's template code
 * (`import:recaps --fill-mail-templates`). Buttondown's archives of AINews hold, outside code:
 *
 *   {% if medium == 'web' %} ...diagrams, the Discord summaries... {% else %} > You're reading this on email... {% endif %}
 *   [{{ email.subject }}]({{ email_url }})          a link to the web version
 *   [unsubscribe]({{{RESEND_UNSUBSCRIBE_URL}}})     a link only a sent mail can fill
 *
 * The page of a recap is the web version, so the web branch is kept and the mail branch dropped,
 * `{{ email_url }}` becomes the recap's own path, `{{ email.subject }}` its title, and a link to
 * an unsubscribe placeholder keeps its text without the link. Three more marks of the mail tool go
 * (helper-75, on the same archive):
 *
 *   <!-- buttondown-editor-mode: plaintext -->> AI News for 4/1/2024...   the editor's mode, glued to the first line:
 *                                      CommonMark reads the whole line as raw HTML, so its Markdown showed as written
 *   You can unsubscribe from this list {{{RESEND_UNSUBSCRIBE_URL}}}.      a line only a sent mail can fill: dropped
 *   **Table of Contents** / [TOC]      the mail tool's contents marker, shown as "[TOC]": the page lists its own contents
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
/** An unsubscribe placeholder outside a link (`{{{RESEND_UNSUBSCRIBE_URL}}}` in running text): its line is the mail's alone. */
const UNSUBSCRIBE_PLACEHOLDER = /\{\{\{?\s*[A-Za-z_.]*unsubscribe[A-Za-z_.]*\s*\}?\}\}/gi;
/** The mail tool's table-of-contents marker alone on its line, and a "Table of Contents" title line just before it. */
const TOC_MARKER = /^[ \t]*\[TOC\][ \t]*$/gim;
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

/**
 * The web version of `body` (see the module comment), for the recap whose title is `title` and
 * whose page is at `path`.
 * @example fillMailTemplates("{% if medium == 'web' %}\nA\n{% else %}\nB\n{% endif %}\n", { title: "T", path: "/recaps/x/" }).body // "A\n"
 */
export function fillMailTemplates(body: string, { title, path }: { title: string; path: string }): FilledBody {
  const masked = maskCode(body);
  const leave = (offset: number, reason: string): FilledBody => ({ body, filled: 0, droppedLines: 0, left: { line: lineAt(body, offset), reason } });

  // The branches: each {% if medium ... %} ... [{% else %} ...] {% endif %}, none inside another.
  const cuts: [number, number][] = [];
  let open: { start: number; web: boolean; inElse: boolean; keepFrom: number } | undefined;
  let filled = 0;
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

  // Lines only the mail tool reads: a bare unsubscribe placeholder's line, the contents marker (with its title line).
  const dropped = (at: number) => cuts.some(([a, b]) => at >= a && at < b);
  for (const m of masked.matchAll(UNSUBSCRIBE_PLACEHOLDER)) {
    if (dropped(m.index!) || [...masked.matchAll(UNSUBSCRIBE_LINK)].some((l) => m.index! >= l.index! && m.index! < l.index! + l[0].length)) continue;
    const [from, to] = lineSpan(body, m.index!);
    drop(from, to);
    filled++;
  }
  for (const m of masked.matchAll(TOC_MARKER)) {
    if (dropped(m.index!)) continue;
    const [from, to] = lineSpan(body, m.index!);
    const title = lineBefore(body, from);
    if (title && TOC_TITLE.test(body.slice(...title).trimEnd()) && !dropped(title[0])) drop(title[0], title[1]);
    drop(from, to);
    filled++;
  }
  // The editor's mode: the comment alone, so that the line it was glued to is Markdown again.
  for (const m of masked.matchAll(EDITOR_MODE)) {
    if (dropped(m.index!)) continue;
    cuts.push([m.index!, m.index! + m[0].length]);
    filled++;
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
  if (cuts.length === 0 && replacements.length === 0) return { body, filled: 0, droppedLines: 0 };

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
  return { body: out, filled: filled + replacements.length, droppedLines };
}
