import type { Finding } from "./findings";
import { maskCode } from "../markdown/maskCode";
import { TOC_MARKER } from "../import/mailTemplates";

/** A recap body as the body checks read it. */
export interface BodyOf {
  /** Path shown in messages. @example "content/recaps/2024-04-02-not-much-happened-today.md" */
  file: string;
  /** The whole file. */
  source: string;
  /** The file's line where the body starts (after the closing `---`). */
  bodyLine: number;
}

/** One place in one file. */
export interface Place {
  file: string;
  line: number;
}

/** A body line longer than this is content, not a pointer elsewhere. */
const STUB_MAX_CHARS = 300;
/** A site path such as `/frozen-issues/x.html`, or an HTML file: where an export keeps the issue itself. */
const PATH = /(?:^|\s)\/[\w.-]+\/[\w./-]*|\S+\.html?\b/i;
/** A URL or a Markdown link. */
const LINK = /https?:\/\/\S|\]\(\S/i;
/** Words that send the reader to the issue itself elsewhere, not to a source it cites ("read the announcement"). */
const ELSEWHERE = /\b(?:full (?:issue|post|text|version|edition|newsletter|story)|archived?|served (?:from|at)|read (?:it|this|the rest|more|on)|(?:on|at) our (?:site|website|blog)|in (?:your|the|a) browser|view (?:it |this )?online|continue reading)\b/i;

/**
 * The body's one line when the body is nothing but a pointer to a copy elsewhere: one non-blank
 * line, short, holding a site path or an HTML file, or a URL or link with words that send the
 * reader to the issue itself ("the full issue", "read it on our site"); a one-line recap citing its
 * source ("read [the announcement](https://...)") is a recap. The real archive has 532 of these ("Archived full
 * issue body is served from static HTML at /frozen-issues/24-04-02-....html."): the newsletter
 * keeps its old issues as static HTML, so the Markdown export holds only that line. Undefined
 * for any other body (an empty body is not a stub: there is nothing pointing anywhere).
 * @example stubLine("\nArchived full issue body is served from static HTML at /frozen-issues/x.html.\n") // { text: "Archived ...", offset: 1 }
 */
export function stubLine(body: string): { text: string; offset: number } | undefined {
  const lines = body.split(/\r\n|\r|\n/);
  const filled = lines.map((l, i) => ({ text: l.trim(), offset: i })).filter((l) => l.text !== "" && !/^<!--.*-->$/.test(l.text));
  if (filled.length !== 1) return undefined;
  const [only] = filled;
  if (only.text.length > STUB_MAX_CHARS) return undefined;
  return PATH.test(only.text) || (LINK.test(only.text) && ELSEWHERE.test(only.text)) ? only : undefined;
}

/** Template placeholders of mail and site tools: `{{ x }}`, `{{{X}}}` (Handlebars, Liquid, Resend), `{% x %}`, Mailchimp's `*|X|*`. */
const PLACEHOLDER = /\{\{\{?[^{}\n]{1,80}?\}?\}\}|\{%[^%\n]{1,80}%\}|\*\|[A-Z0-9_:]{1,40}\|\*/g;

/** Whether `text` holds a template placeholder, as `findPlaceholders` finds them (the other body checks leave those to it). */
export function holdsPlaceholder(text: string): boolean {
  return new RegExp(PLACEHOLDER.source).test(text);
}

/** One unfilled placeholder. */
export interface PlaceholderUse extends Place {
  /** As written. @example "{{{RESEND_UNSUBSCRIBE_URL}}}" */
  placeholder: string;
  /** Where it sits: a link's target (the link goes nowhere), a link's text, or running text. */
  where: "link target" | "link text" | "text";
}

/**
 * Unfilled template placeholders in a body, outside code: what a newsletter's mail tool fills in
 * when it sends an issue (`[unsubscribe]({{{RESEND_UNSUBSCRIBE_URL}}})`, `[{{ email.subject }}]({{ email_url }})`)
 * and that an export keeps as it is, so that the page shows the braces and its links go nowhere.
 */
export function findPlaceholders(r: BodyOf): PlaceholderUse[] {
  const lines = r.source.split(/\r\n|\r|\n/);
  const body = lines.slice(r.bodyLine - 1).join("\n");
  const out: PlaceholderUse[] = [];
  // Code may show template syntax as written.
  maskCode(body).split(/\r\n|\r|\n/).forEach((line, i) => {
    for (const m of line.matchAll(PLACEHOLDER)) {
      const before = line.slice(0, m.index);
      const after = line.slice(m.index! + m[0].length);
      const where = /\]\(\s*$/.test(before) || /href\s*=\s*["']?$/i.test(before) ? "link target" : /\[[^\]]*$/.test(before) && /^[^[]*\]\(/.test(after) ? "link text" : "text";
      out.push({ file: r.file, line: r.bodyLine + i, placeholder: m[0], where });
    }
  });
  return out;
}

/** A line that starts with an HTML comment closed on it and goes on with text: CommonMark reads the whole line as raw HTML. */
const COMMENT_THEN_TEXT = /^ {0,3}<!--.*?-->[ \t]*\S/;

/** Lines of a body, outside code, that show what the site does not render: a comment glued to text, a `[TOC]` marker. */
export function findUnrenderedMarks(r: BodyOf): { glued: Place[]; toc: Place[] } {
  const lines = r.source.split(/\r\n|\r|\n/);
  const glued: Place[] = [];
  const toc: Place[] = [];
  maskCode(lines.slice(r.bodyLine - 1).join("\n"))
    .split("\n")
    .forEach((line, i) => {
      if (COMMENT_THEN_TEXT.test(line)) glued.push({ file: r.file, line: r.bodyLine + i });
      else if (TOC_MARKER.test(line)) toc.push({ file: r.file, line: r.bodyLine + i });
    });
  return { glued, toc };
}

/** How many file names a message lists before "+N more". */
const LISTED = 6;

/** `a.md:3, b.md:9 (+4 more)`: places without the folder every recap shares. */
export function listPlaces(places: readonly Place[], limit = LISTED): string {
  const short = (p: Place) => `${p.file.replace(/^content\/recaps\//, "")}:${p.line}`;
  const shown = places.slice(0, limit).map(short).join(", ");
  return places.length > limit ? `${shown} (+${places.length - limit} more)` : shown;
}

/**
 * The body warnings of a whole site, each kind counted once: one finding for every stub body, one
 * for every unfilled placeholder, located at the first use, listing the files compactly (every
 * place is in `places`, for `--json`). On an archive of hundreds of issues one line per use
 * would bury every other finding.
 */
export function bodyWarnings(recaps: readonly BodyOf[]): Finding[] {
  const findings: Finding[] = [];
  const stubs: (Place & { text: string })[] = [];
  const uses: PlaceholderUse[] = [];
  const glued: Place[] = [];
  const toc: Place[] = [];
  for (const r of recaps) {
    const lines = r.source.split(/\r\n|\r|\n/);
    const stub = stubLine(lines.slice(r.bodyLine - 1).join("\n"));
    if (stub) stubs.push({ file: r.file, line: r.bodyLine + stub.offset, text: stub.text });
    uses.push(...findPlaceholders(r));
    const marks = findUnrenderedMarks(r);
    glued.push(...marks.glued);
    toc.push(...marks.toc);
  }
  const recapsOf = (places: readonly Place[]) => new Set(places.map((p) => p.file)).size;
  /** One warning for every place of a kind, at the first: `message` says what, and the places are listed after it. */
  const once = (places: readonly Place[], code: string, message: string) => {
    if (places.length === 0) return;
    const at = places.map(({ file, line }) => ({ file, line }));
    findings.push({ ...at[0], severity: "warning", code, message: `${message}. ${at.length === 1 ? "Line" : "Lines"}: ${listPlaces(at)}`, places: at });
  };
  const reimport = "import again with npm run import:recaps -- FOLDER --fill-mail-templates --overwrite";
  /** `a line` for one place, `3 lines in 2 recaps` for more. */
  const counted = (places: readonly Place[], noun: string) =>
    places.length === 1 ? `a ${noun}` : `${places.length} ${noun}s in ${recapsOf(places)} recap${recapsOf(places) === 1 ? "" : "s"}`;
  once(
    glued,
    "comment-glued-to-text",
    `${counted(glued, "line")} ${glued.length === 1 ? "starts" : "start"} with an HTML comment followed by text: Markdown reads such a line as raw HTML, so the page shows its Markdown as written (**bold**, [links](...), > quotes). Put the comment on a line of its own, or remove it (Buttondown's <!-- buttondown-editor-mode: plaintext -->: ${reimport})`,
  );
  once(
    toc,
    "toc-marker",
    `${counted(toc, "[TOC] line")}: a mail tool's contents marker, which the page shows as "[TOC]" (the page lists the recap's contents itself). Remove ${toc.length === 1 ? "it" : "them"} (an archive's Buttondown issues: ${reimport})`,
  );
  if (stubs.length) {
    const example = stubs[0].text.length > 140 ? `${stubs[0].text.slice(0, 137)}...` : stubs[0].text;
    const n = stubs.length;
    findings.push({
      file: stubs[0].file,
      line: stubs[0].line,
      severity: "warning",
      code: "stub-body",
      message: `${n === 1 ? "1 recap's body is" : `${n} recaps' bodies are`} one line pointing at a copy elsewhere, such as ${JSON.stringify(example)}: the page shows only that line, and search and feeds have nothing else. Import the full bodies (npm run import:recaps -- FOLDER --overwrite) or write them. ${n === 1 ? "Recap" : "Recaps"}: ${listPlaces(stubs)}`,
      places: stubs.map(({ file, line }) => ({ file, line })),
    });
  }
  if (uses.length) {
    const kinds = new Map<string, PlaceholderUse[]>();
    for (const u of uses) kinds.set(`${u.placeholder}\u0000${u.where}`, [...(kinds.get(`${u.placeholder}\u0000${u.where}`) ?? []), u]);
    const files = new Set(uses.map((u) => u.file)).size;
    const parts = [...kinds.values()]
      .sort((a, b) => b.length - a.length)
      .map((list) => `${list[0].placeholder} as ${list[0].where} ${list.length}× (${listPlaces(list, 3)})`);
    findings.push({
      file: uses[0].file,
      line: uses[0].line,
      severity: "warning",
      code: "template-placeholder",
      message: `${uses.length} unfilled template placeholder${uses.length === 1 ? "" : "s"} in ${files} recap${files === 1 ? "" : "s"}, which the newsletter's mail tool would have filled in: the page shows the braces, and a link to one goes nowhere. Remove those lines or replace the placeholders (an archive's Buttondown template code: import it again with npm run import:recaps -- FOLDER --fill-mail-templates --overwrite, which keeps the web version): ${parts.join("; ")}`,
      places: uses.map(({ file, line }) => ({ file, line })),
    });
  }
  return findings;
}
