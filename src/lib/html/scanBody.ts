/**
 * What a recap body holds that the sanitiser would remove, and the URLs the URL check refuses,
 * each located by the file's own line: for `npm run check`, and for the build, which refuses the
 * dangerous ones (`javascript:`, `data:`... in a link, an image or a raw HTML attribute) with the
 * same messages before any page is made.
 *
 * - `.md`: the body Astro renders (`renderedBody`) is read with the site's renderer's own parser
 *   (src/lib/markdown/renderMarkdown.ts: markdown-it with the GFM rules; tokens carry their lines),
 *   so that the scan reads the very tokens the page is made from: a bare URL the renderer turns
 *   into a link can take in a `[` or a backtick that another parser would read as the start of a
 *   link or a code span. Links and images are taken as written (the parser's last rule, which
 *   percent-encodes them, is left out: encoding would hide `jav&#x09;ascript:` from the check
 *   while the renderer keeps it); the links the renderer makes of bare URLs are not written as
 *   links and are not read; raw HTML goes through `sanitizerRemovals`, the sanitiser itself. The
 *   build reads the same tokens from the parse that renders the body (`scanRenderedTokens`).
 * - `.mdx`: the mdast tree MDX parses (links, images, definitions, and the literal `href`, `src`...
 *   props of JSX elements; expressions are code and are not read here).
 *
 * Severity: a refused URL with a dangerous scheme is an error (the build stops); anything else the
 * sanitiser removes (an `<iframe>`, a `style=`, an `hhttps:` typo) is a warning: the page is
 * published without it.
 */
import { renderedBody } from "../content/renderedBody";
import { parseMdxBody } from "../content/mdxTree";
import { isPlainMdxFile } from "../content/plainMdx";
import type Token from "markdown-it/lib/token.mjs";
import { visit } from "unist-util-visit";
import { checkUrl, type UrlUse } from "../../schemas/safeUrl";
import { holdsPlaceholder } from "../check/bodyWarnings";
import type { Finding } from "../check/findings";
import type { LinkUse } from "../check/internalLinks";
import { lineAt } from "../errors";
import { REF_COMPONENTS } from "../content/componentRefs";
import { ALLOWED_ELEMENTS, sanitizerRemovals, type Removal } from "./sanitizeHtml";
import { createMarkdownIt } from "../markdown/renderMarkdown";
import { cutLongTables, markersStem, TABLE_SLICE_ROWS, type TableCut } from "../markdown/longTables";
import { documentPieces } from "../markdown/documentPieces";

// The renderer's parser, addresses as written: without its last rule, which percent-encodes them.
const md = createMarkdownIt();
md.core.ruler.disable("normalize_links");


/**
 * A finding for a URL the URL check refuses, or none. `where` names it as written: `link
 * "javascript:x"`, `<a href="javascript:x">`.
 */
function urlFinding(url: string, use: UrlUse, where: string, file: string, line: number): Finding[] {
  const verdict = checkUrl(url, use);
  if (verdict.ok) return [];
  return [
    {
      file,
      line,
      severity: verdict.dangerous ? "error" : "warning",
      code: verdict.dangerous ? "unsafe-url" : "removed-url",
      message: verdict.dangerous ? `${where}: ${verdict.reason}` : `${where} is removed from the page: ${verdict.reason}`,
    },
  ];
}

/**
 * A URL of the body (a link, an image, a raw HTML or JSX `href`/`src`), for checks that need the
 * whole site, such as links to pages that do not exist (src/lib/check/internalLinks.ts).
 */
export type OnUrl = (link: LinkUse) => void;

/**
 * A warning for a relative link (`github.com/x`, `link`, `./notes`), or a relative `<img src>` of
 * raw HTML or JSX: a recap's page is `/recaps/<id>/`, which has no pages under it, so the browser
 * looks for one there and finds none. A path from the site's root (`/models/gpt-5/`), an anchor, a
 * query, `../` (to a sibling recap) and any URL with a scheme are left alone, and so are Markdown
 * images (`![](./chart.png)` is the build's to resolve: Astro's image pipeline, which fails on a
 * missing file); its callers do not ask for them. `where` names the URL as written (`link "x"`,
 * `<img src="x">`).
 */
function relativeFinding(url: string, where: string, file: string, line: number, page: string | undefined): Finding[] {
  const target = url.trim();
  if (target === "" || /^[/#?]/.test(target) || target.startsWith("../") || /^[a-z][a-z\d+.-]*:/i.test(target)) return [];
  // A mail tool's placeholder (`{{{RESEND_UNSUBSCRIBE_URL}}}`) has a warning of its own, counted once.
  if (holdsPlaceholder(target)) return [];
  // `.`, `./?a=1`: the recap's own page, which exists.
  const leadsTo = page === undefined ? undefined : new URL(target, `https://site.invalid${page}`).pathname;
  if (leadsTo !== undefined && leadsTo === page) return [];
  // `github.com/x`: a host written without its scheme.
  // A file name (`x.png`, `notes.html`) is not one.
  const host = /^(?:www\.)?[a-z\d-]+(?:\.[a-z\d-]+)*\.[a-z]{2,}(?:[/:?#]|$)/i.test(target) && !/^[^/:?#]*\.(?:png|jpe?g|gif|svg|webp|avif|ico|html?|pdf|mdx?|txt|csv|json|xml)(?:[?#]|$)/i.test(target);
  const fix = host ? `write the whole address (https://${target})` : "write the whole address (https://...) or a path from the site's root (/recaps/...)";
  return [
    {
      file,
      line,
      severity: "warning",
      code: "relative-link",
      message: `${where} is relative: on the recap's page it leads to ${leadsTo ?? "a path under that page"}, where there is no ${where.startsWith("<img") ? "file" : "page"}; ${fix}`,
    },
  ];
}

/** A Markdown link's or image's URL, in a recap whose page is `page` (when known), handed to `onUrl` too. */
const linkFinding = (url: string, use: UrlUse, file: string, line: number, page: string | undefined, onUrl?: OnUrl) => {
  const where = `${use} ${JSON.stringify(url)}`;
  onUrl?.({ url, where, use, line });
  const refused = urlFinding(url, use, where, file, line);
  return refused.length || use === "image" ? refused : relativeFinding(url, where, file, line, page);
};

/** The line of `needle` in `text` (which starts on `firstLine`), or `firstLine`. */
function lineIn(text: string, firstLine: number, needle: string): number {
  const at = text.toLowerCase().indexOf(needle.toLowerCase());
  return at <= 0 ? firstLine : lineAt(text, at, firstLine);
}

/**
 * The line of the first `<element …>` tag in `text` (which starts on `firstLine`) that has
 * `attribute`, or undefined. A stray character read as an attribute (`<a href="x"">` gives the
 * attribute `"`) has no space before it, so the tag's attributes are read as HTML reads them
 * (`tagAttributes`), not looked for as ` attribute`.
 */
function tagLineIn(text: string, firstLine: number, element: string, attribute: string): number | undefined {
  const lower = text.toLowerCase();
  const name = attribute.toLowerCase();
  for (let at = lower.indexOf(`<${element}`); at >= 0; at = lower.indexOf(`<${element}`, at + 1)) {
    const after = at + element.length + 1;
    // `<a` is not `<abbr` or `<aside`.
    if (after < lower.length && !/[\s/>]/.test(lower[after])) continue;
    if (tagAttributes(lower, after).some((a) => a.name === name)) return lineAt(text, at, firstLine);
  }
  return undefined;
}

/**
 * The attributes of the tag whose attributes start at `from`, read as the HTML tokenizer reads
 * them: a name runs to a space, `/`, `>` or `=`; a quoted value ends at its quote, and a
 * character right after it starts the next name (`href="x""` has the attributes `href` and `"`).
 * Values are as written (entities not decoded); an attribute without `=` has none.
 */
function tagAttributes(html: string, from: number): { name: string; value?: string }[] {
  const names: { name: string; value?: string }[] = [];
  let i = from;
  const space = (c: string | undefined) => c === " " || c === "\n" || c === "\t" || c === "\r" || c === "\f";
  while (i < html.length) {
    while (space(html[i]) || html[i] === "/") i++;
    if (i >= html.length || html[i] === ">") break;
    const start = i;
    i++; // The first character is part of the name even when it is "=" (HTML's rule).
    while (i < html.length && !space(html[i]) && html[i] !== "/" && html[i] !== ">" && html[i] !== "=") i++;
    const attribute: { name: string; value?: string } = { name: html.slice(start, i) };
    names.push(attribute);
    while (space(html[i])) i++;
    if (html[i] !== "=") continue;
    i++;
    while (space(html[i])) i++;
    const quote = html[i];
    const valueStart = quote === '"' || quote === "'" ? i + 1 : i;
    if (quote === '"' || quote === "'") {
      const close = html.indexOf(quote, i + 1);
      i = close < 0 ? html.length : close + 1;
      attribute.value = html.slice(valueStart, close < 0 ? html.length : close);
    } else {
      while (i < html.length && !space(html[i]) && html[i] !== ">") i++;
      attribute.value = html.slice(valueStart, i);
    }
  }
  return names;
}

/** The character references a URL in an attribute may hold (`&amp;` in a query, `&#47;`); others are left as written. */
const decodeEntities = (value: string): string =>
  value.replace(/&(?:#(\d+)|#x([\da-f]+)|(amp|quot|apos|lt|gt));?/gi, (whole, dec: string | undefined, hex: string | undefined, name: string | undefined) => {
    if (name) return { amp: "&", quot: '"', apos: "'", lt: "<", gt: ">" }[name.toLowerCase()] ?? whole;
    const code = dec !== undefined ? Number(dec) : parseInt(hex ?? "", 16);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });

/** The elements and attributes of raw HTML whose URL leads a reader somewhere on the page. */
const HTML_URLS: Record<string, { attribute: string; use: UrlUse }> = { a: { attribute: "href", use: "link" }, img: { attribute: "src", use: "image" } };

/**
 * The `<a href>` and `<img src>` URLs of a piece of raw HTML that starts on `firstLine`, decoded as
 * the browser reads them, each with its line. Comments are skipped (the sanitiser removes them).
 */
function htmlUrls(html: string, firstLine: number): (LinkUse & { element: string })[] {
  // Comments blanked out, keeping every offset and line.
  const text = html.replace(/<!--[\s\S]*?(?:-->|$)/g, (c) => c.replace(/[^\n]/g, " "));
  const out: (LinkUse & { element: string })[] = [];
  for (const m of text.matchAll(/<(a|img)(?=[\s/>])/gi)) {
    const element = m[1].toLowerCase();
    const { attribute, use } = HTML_URLS[element];
    const found = tagAttributes(text, m.index + m[0].length).find((a) => a.name.toLowerCase() === attribute);
    if (found?.value === undefined) continue;
    const url = decodeEntities(found.value);
    out.push({ url, use, element, where: `<${element} ${attribute}=${JSON.stringify(url)}>`, line: lineAt(text, m.index, firstLine) });
  }
  return out;
}

/**
 * Raw HTML's URLs (see `htmlUrls`), handed to `onUrl`, and a warning for each relative one that
 * the sanitiser keeps (a refused one has its own finding).
 */
function rawHtmlUrlFindings(html: string, firstLine: number, file: string, page: string | undefined, onUrl?: OnUrl): Finding[] {
  return [
    ...htmlUrls(html, firstLine).flatMap(({ element, ...link }) => {
      onUrl?.(link);
      return checkUrl(link.url, link.use).ok ? relativeFinding(link.url, link.where, file, link.line, page) : [];
    }),
    ...imagesWithoutAlt(html, firstLine, file),
  ];
}

/**
 * A warning for each raw `<img>` with no `alt` attribute (found in review: published as
 * decoration, `alt=""`, on the page, in feeds and in email, with no word of it). Markdown's
 * `![text](src)` always has its text; `alt=""` written out is the editor saying it is decoration.
 */
function imagesWithoutAlt(html: string, firstLine: number, file: string): Finding[] {
  const text = html.replace(/<!--[\s\S]*?(?:-->|$)/g, (c) => c.replace(/[^\n]/g, " "));
  return [...text.matchAll(/<img(?=[\s/>])/gi)].flatMap((m): Finding[] => {
    const attributes = tagAttributes(text, m.index + m[0].length);
    if (attributes.some((a) => a.name.toLowerCase() === "alt")) return [];
    const src = attributes.find((a) => a.name.toLowerCase() === "src")?.value;
    return [{ file, line: lineAt(text, m.index, firstLine), severity: "warning", code: "image-without-alt", message: `<img${src === undefined ? "" : ` src=${JSON.stringify(decodeEntities(src))}`}> has no alt text: it is published as decoration, which screen readers skip; add alt="what it shows", or alt="" if it is decoration` }];
  });
}

/** An attribute name as HTML writes them; anything else is a typo the parser read as one (`"`, `)"`). */
const ATTRIBUTE_NAME = /^[a-z_:][\w:.-]*$/i;

/** Our MDX components, which `npm run check` already refuses in a `.md` recap with its own message. */
const COMPONENTS = new Set(REF_COMPONENTS.map((c) => c.toLowerCase()));

/** Findings for what the sanitiser removes from one piece of raw HTML that starts on `firstLine`. */
function rawHtmlFindings(html: string, firstLine: number, file: string): Finding[] {
  return sanitizerRemovals(html).filter((r) => !(r.kind === "element" && COMPONENTS.has(r.element))).map((r: Removal): Finding => {
    const line =
      r.kind === "attribute"
        ? (tagLineIn(html, firstLine, r.element, r.attribute ?? "") ?? lineIn(html, firstLine, ` ${r.attribute}`))
        : lineIn(html, firstLine, r.kind === "element" ? `<${r.element}` : (r.value ?? ""));
    if (r.kind === "url") {
      const where = `<${r.element} ${r.attribute}=${JSON.stringify(r.value)}>`;
      return {
        file,
        line,
        severity: r.dangerous ? "error" : "warning",
        code: r.dangerous ? "unsafe-url" : "removed-url",
        message: r.dangerous ? `${where}: ${r.reason}` : `${where} is removed from the page: ${r.reason}`,
      };
    }
    if (r.kind === "attribute" && !ATTRIBUTE_NAME.test(r.attribute ?? "")) {
      const message = `the stray ${r.attribute!.includes("'") ? JSON.stringify(r.attribute) : `'${r.attribute}'`} in a <${r.element}> tag (a typo, such as a doubled quote?) is read as an attribute and removed from the page and feeds`;
      return { file, line, severity: "warning", code: "removed-html", message };
    }
    const what = r.kind === "element" ? `raw HTML <${r.element}>` : `the attribute ${r.attribute} of <${r.element}>`;
    // A tag that was meant as text (`pip install <packagename>`, Discord's `<id:customize>`) is lost
    // from the page with no trace: say how to keep it (helper-80).
    const asText = r.kind === "element" ? `; to show it as text (a placeholder in a command, say), write it in backticks or as &lt;${r.element}&gt;` : "";
    return { file, line, severity: "warning", code: "removed-html", message: `${what} is removed from the page and feeds: recaps may use only the HTML listed in docs/security.md${asText}` };
  });
}

/**
 * Findings of a `.md` recap's body (the whole file is `source`): refused URLs in links, images and
 * raw HTML, and raw HTML the sanitiser removes. `betweenPieces` is called before each piece of a
 * long body and each slice of a long table, as the renderer's (src/lib/markdown/renderMarkdown.ts).
 */
export function scanMarkdownBody(source: string, file: string, page?: string, onUrl?: OnUrl, betweenPieces?: () => void): Finding[] {
  // The body as Astro renders it (trimmed: `renderedBody`), its lines counted from the file's.
  const { body, firstLine } = renderedBody(source);
  // Read as the renderer reads it (src/lib/markdown/renderMarkdown.ts): a long table's rows a
  // slice at a time (longTables.ts: all its tokens at once took 1.5 GB for an 8 MB table), a long
  // document a piece at a time (documentPieces.ts). The table goes on past its marker row, as it
  // does past its rows: a line after a marker row is as many lines, less one, further down in the
  // file as the marker row stands for rows.
  const read = (markdown: string, cuts: readonly TableCut[]): Finding[] | undefined => {
    const findings: Finding[] = [];
    // The links are handed on once the read is done: a read given up for a whole one reports none.
    const links: LinkUse[] = [];
    const onLink: OnUrl | undefined = onUrl && ((link) => links.push(link));
    const fileLine = (line: number) => firstLine + cuts.reduce((n, c) => (line > c.line ? n + c.rows - 1 : n), line);
    const env: { references?: unknown } = {};
    let next = 0;
    const pieces = documentPieces(md, markdown, env);
    for (const piece of pieces ?? [{ markdown, firstLine: 0 }]) {
      if (pieces) betweenPieces?.();
      const tokens = md.parse(piece.markdown, env);
      // Where the cutter read the document otherwise than markdown-it (a marker row that is not a
      // table cell: in a fence it took for closed), the body is read whole.
      const marked = markedCells(tokens, cuts, next);
      if (marked === undefined) return undefined;
      findings.push(...scanTokens(tokens, { file, fileLine: (line) => fileLine(piece.firstLine + line), from: 0, page, onUrl: onLink }));
      // A slice's line 2 is its first row; its header and delimiter rows were read in the document.
      for (; next < marked; next++) {
        for (const slice of cuts[next].slices) {
          betweenPieces?.();
          findings.push(...scanTokens(md.parse(slice.markdown, { references: env.references }), { file, fileLine: (line) => firstLine + line + slice.firstLine - 2, from: 2, page, onUrl: onLink }));
        }
      }
    }
    if (next !== cuts.length) return undefined;
    for (const link of links) onUrl!(link);
    return findings;
  };
  const cut = cutLongTables(body, TABLE_SLICE_ROWS);
  // Without a cut the first read is the whole body's (the cutter changed at most its line endings,
  // which markdown-it reads alike): it is not read a second time.
  return read(cut.markdown, cut.cuts) ?? read(body, [])!;
}

/**
 * Findings of a `.md` body from the tokens the site's renderer parsed it into
 * (src/lib/markdown/renderMarkdown.ts, its `ParseHook`: addresses as written), for the build's first
 * read, which renders each body in the same parse (src/integrations/recapSyntax.ts). What
 * `scanMarkdownBody` reads from its own parse with the same parser: links and images, raw HTML
 * blocks and inline tags, each on its line; the links the renderer makes of bare URLs
 * (`www.example.com`, `markup: "linkify"`), which are not written as links, are left out.
 * `firstLine` is the 0-based line of the file on which the parsed text starts.
 */
export function scanRenderedTokens(tokens: Token[], file: string, firstLine: number): Finding[] {
  return scanTokens(tokens, { file, fileLine: (line) => line + firstLine, from: 0 });
}

/**
 * Findings of parsed tokens whose line `n` (0-based) is the file's line `fileLine(n)` (0-based; 1-based: + 1); lines before `from` are skipped.
 */
function scanTokens(tokens: Token[], { file, fileLine, from, page, onUrl }: { file: string; fileLine: (line: number) => number; from: number; page?: string; onUrl?: OnUrl }): Finding[] {
  const findings: Finding[] = [];
  // The line of the last token that has one: a table cell's inline token has none, its row has.
  let at = 0;
  for (const token of tokens) {
    if (token.map) at = token.map[0];
    if (at < from) continue;
    const first = fileLine(at) + 1;
    if (token.type === "html_block") findings.push(...rawHtmlFindings(token.content, first, file), ...rawHtmlUrlFindings(token.content, first, file, page, onUrl));
    if (token.type !== "inline" || !token.children) continue;
    let line = first;
    const walk = (children: Token[]) => {
      for (const child of children) {
        if (child.type === "softbreak" || child.type === "hardbreak") line++;
        else if (child.type === "link_open") {
          // A link the renderer made of a bare URL is not written as one.
          if (child.markup !== "linkify") findings.push(...linkFinding(child.attrGet("href") ?? "", "link", file, line, page, onUrl));
        } else if (child.type === "image") {
          findings.push(...linkFinding(child.attrGet("src") ?? "", "image", file, line, page, onUrl));
          if (child.children) walk(child.children);
        } else if (child.type === "html_inline") findings.push(...rawHtmlFindings(child.content, line, file), ...rawHtmlUrlFindings(child.content, line, file, page, onUrl));
        else if (child.type === "text" || child.type === "code_inline") for (const c of child.content) if (c === "\n") line++;
      }
    };
    walk(token.children);
  }
  return findings;
}

/**
 * The index of the first of `cuts` whose marker row is not in `tokens` (a piece of the document),
 * counting from `next`, the first not in the pieces before; undefined when a marker is anywhere but
 * as the whole text of a table cell, in the cuts' order (the cutter's marker rows came out as rows
 * of their tables).
 */
function markedCells(tokens: Token[], cuts: readonly TableCut[], next: number): number | undefined {
  if (cuts.length === 0) return next;
  const stem = markersStem(cuts);
  for (const [i, token] of tokens.entries()) {
    if (!token.content.includes(stem)) continue;
    if (token.type !== "inline" || token.content !== cuts[next]?.marker || tokens[i - 1]?.type !== "td_open") return undefined;
    next++;
  }
  return next;
}

/** The parts of MDX's mdast nodes the scan reads. */
interface MdxNode {
  type: string;
  url?: string;
  name?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
  position?: { start: { line: number } };
}

/** JSX props that hold a URL, and what for. */
const URL_PROPS: Record<string, UrlUse> = { href: "link", src: "image", cite: "link", action: "link", formAction: "link", poster: "image", xlinkHref: "link", "xlink:href": "link", data: "link" };

/**
 * Warnings for what an `.mdx` recap's page carries as written that a `.md` recap's would not: an
 * HTML element outside the sanitiser's list (`<iframe>`, `<script>`) or a `style` or event
 * attribute. MDX is code, rendered from its JSX and never sanitised (docs/security.md); feeds and
 * the email are. Found in review: an `<iframe>`, a `<script>` and `<div style="position:fixed">`
 * in an `.mdx` recap reached its page with no word from the check.
 */
function unsanitisedJsx(node: MdxNode, file: string, line: number): Finding[] {
  const name = node.name ?? "";
  if (!/^[a-z][a-z0-9]*$/.test(name)) return [];
  const warn = (what: string): Finding => ({ file, line, severity: "warning", code: "mdx-unsanitised", message: `${what} in an .mdx recap is on its page as written: MDX is code, rendered without the sanitiser (docs/security.md); feeds and the email drop it. Remove it, or write the recap as .md, where the sanitiser applies` });
  const out: Finding[] = [];
  if (!(name in ALLOWED_ELEMENTS)) out.push(warn(`<${name}>`));
  for (const a of node.attributes ?? []) {
    if (a.type === "mdxJsxAttribute" && a.name && (a.name === "style" || /^on[A-Za-z]/.test(a.name) || a.name === "dangerouslySetInnerHTML")) out.push(warn(`the ${a.name} attribute of <${name}>`));
  }
  return out;
}

/**
 * Findings of an MDX tree (from @mdx-js/mdx's parser, or inside the MDX pipeline): refused URLs in
 * Markdown links, images and definitions, and in literal URL props of JSX elements
 * (`<a href="javascript:...">`). Node lines are the file's own when the frontmatter was blanked
 * (Astro does that, and so does `scanMdxBody`).
 */
export function scanMdast(tree: unknown, file: string, page?: string, onUrl?: OnUrl): Finding[] {
  const findings: Finding[] = [];
  visit(tree as Parameters<typeof visit>[0], (n) => {
    const node = n as unknown as MdxNode;
    const line = node.position?.start.line ?? 1;
    if ((node.type === "link" || node.type === "definition") && typeof node.url === "string") findings.push(...linkFinding(node.url, "link", file, line, page, onUrl));
    else if (node.type === "image" && typeof node.url === "string") findings.push(...linkFinding(node.url, "image", file, line, page, onUrl));
    else if ((node.type === "mdxJsxFlowElement" || node.type === "mdxJsxTextElement") && node.attributes) {
      findings.push(...unsanitisedJsx(node, file, line));
      for (const a of node.attributes) {
        const use = a.type === "mdxJsxAttribute" && a.name ? URL_PROPS[a.name] : undefined;
        if (!use || typeof a.value !== "string") continue;
        const where = `<${node.name ?? ""} ${a.name}=${JSON.stringify(a.value)}>`;
        const refused = urlFinding(a.value, use, where, file, line);
        findings.push(...refused);
        // A plain element's `href` or `src` stays as written on the page (our components take no URL).
        const html = node.name ? HTML_URLS[node.name] : undefined;
        if (html?.attribute !== a.name) continue;
        onUrl?.({ url: a.value, where, use, line });
        if (refused.length === 0) findings.push(...relativeFinding(a.value, where, file, line, page));
      }
    }
  });
  return findings;
}

/**
 * Findings of an `.mdx` recap (the whole file is `source`), see `scanMdast`. A body that does not
 * parse gives none: its syntax error is reported by `mdxSyntaxProblems`, whose parse this one
 * reads when it comes right after it (mdxTree.ts). A body that is plain Markdown
 * (src/lib/content/plainMdx.ts) is rendered by the `.md` recaps' renderer, and scanned as they are
 * (`scanMarkdownBody`), with the tokens it is rendered from, without MDX's parse.
 */
export function scanMdxBody(source: string, file: string, page?: string, onUrl?: OnUrl): Finding[] {
  if (isPlainMdxFile(source)) return scanMarkdownBody(source, file, page, onUrl);
  const { tree } = parseMdxBody(source);
  return tree === undefined ? [] : scanMdast(tree, file, page, onUrl);
}
