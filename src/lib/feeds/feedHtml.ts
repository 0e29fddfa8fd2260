import { htmlWithoutCss } from "../html/htmlWithoutCss";
import { htmlPiecesInTables, TABLE_BODY_CLOSE, TABLE_BODY_OPEN } from "../html/htmlPieces";
import { sanitizeHtml } from "../html/sanitizeHtml";

/** A PNG standing in for an inline SVG in a feed. */
export interface FeedImage {
  /** Absolute URL of the PNG. */
  src: string;
  width?: number;
  height?: number;
}

/** Options of `prepareFeedHtml`. */
export interface FeedHtmlOptions {
  /** Absolute URL of the item's page: relative links and images resolve against it. */
  base: string;
  /**
   * The PNG to show instead of an inline SVG (feed readers and mail clients strip inline SVG).
   * Receives the SVG's markup; returns where its PNG will be.
   */
  imageFor: (svg: string) => FeedImage;
  /** Characters above which the HTML is prepared a piece at a time (`HTML_PIECE_CHARS`, src/lib/html/htmlPieces.ts). */
  pieceChars?: number;
}

const SVG_TAG = /<svg\b[^>]*>|<\/svg\s*>/gi;
/** One start tag: its name and its attribute text (values may hold `>` only when quoted). */
const START_TAG = /<([a-zA-Z][\w:-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+))?)*)\s*(\/?)>/g;
const ATTRIBUTE = /(\s+)([^\s"'>/=]+)(?:(\s*=\s*)("[^"]*"|'[^']*'|[^\s"'>]+))?/g;
const URL_ATTRIBUTES = new Set(["href", "src", "poster"]);

const escapeAttribute = (s: string) => s.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");
const decodeEntities = (s: string) =>
  s.replace(/&(#x[\da-f]+|#\d+|amp|quot|apos|lt|gt|nbsp);/gi, (m, e: string) => {
    const named: Record<string, string> = { amp: "&", quot: '"', apos: "'", lt: "<", gt: ">", nbsp: "\u00a0" };
    if (e[0] === "#") {
      // As HTML reads a reference to no character (beyond U+10FFFF, a surrogate, NUL): U+FFFD, where fromCodePoint would throw.
      const code = e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : Number(e.slice(1));
      return code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff) ? "\ufffd" : String.fromCodePoint(code);
    }
    return named[e.toLowerCase()] ?? m;
  });
const textOf = (html: string) => decodeEntities(html.replace(/<[^>]*>/g, "")).replace(/\s+/g, " ").trim();

function absolute(value: string, base: string): string {
  try {
    return new URL(value, base).href;
  } catch {
    return value;
  }
}

/** The value of one attribute in a start tag's attribute text, decoded. */
function attributeOf(attributes: string, name: string): string | undefined {
  for (const m of attributes.matchAll(ATTRIBUTE)) {
    if (m[2].toLowerCase() === name) return m[4] === undefined ? "" : decodeEntities(m[4].replace(/^["']|["']$/g, ""));
  }
  return undefined;
}

/** The accessible name of an SVG: aria-label, its first `<title>`, or the caption of its figure. */
function svgAlt(svg: string, html: string, start: number, end: number): string {
  const open = /^<svg\b([^>]*)>/i.exec(svg)?.[1] ?? "";
  const label = attributeOf(open, "aria-label")?.trim();
  if (label) return label;
  const title = /^<svg\b[^>]*>\s*<title\b[^>]*>([\s\S]*?)<\/title>/i.exec(svg)?.[1];
  if (title && textOf(title)) return textOf(title);
  // The figure around the SVG, if any: its caption describes the plot.
  const figureStart = html.toLowerCase().lastIndexOf("<figure", start);
  if (figureStart !== -1 && html.toLowerCase().lastIndexOf("</figure", start) < figureStart) {
    const figureEnd = html.toLowerCase().indexOf("</figure", end);
    const caption = /<figcaption\b[^>]*>([\s\S]*?)<\/figcaption>/i.exec(html.slice(figureStart, figureEnd === -1 ? undefined : figureEnd))?.[1];
    if (caption && textOf(caption)) return textOf(caption);
  }
  return "Chart";
}

/** Replaces each outermost `<svg>…</svg>` by the `<img>` of its PNG. */
function replaceSvgs(html: string, imageFor: FeedHtmlOptions["imageFor"]): string {
  let out = "";
  let last = 0;
  let depth = 0;
  let start = 0;
  for (const m of html.matchAll(SVG_TAG)) {
    const closing = m[0][1] === "/";
    if (!closing && !m[0].endsWith("/>")) {
      if (depth++ === 0) start = m.index!;
      continue;
    } else if (!closing) {
      if (depth === 0) start = m.index!;
      else continue;
    } else if (depth === 0 || --depth > 0) continue;
    const end = m.index! + m[0].length;
    const svg = html.slice(start, end);
    const image = imageFor(svg);
    const size = `${image.width ? ` width="${Math.round(image.width)}"` : ""}${image.height ? ` height="${Math.round(image.height)}"` : ""}`;
    out += `${html.slice(last, start)}<img src="${escapeAttribute(image.src)}" alt="${escapeAttribute(svgAlt(svg, html, start, end))}"${size}>`;
    last = end;
  }
  return out + html.slice(last);
}

/** Makes URLs in a start tag's attributes absolute. */
function rewriteAttributes(attributes: string, base: string): string {
  return attributes.replace(ATTRIBUTE, (whole, space: string, name: string, _equals: string | undefined, quoted: string | undefined) => {
    const lower = name.toLowerCase();
    if (quoted === undefined || (!URL_ATTRIBUTES.has(lower) && lower !== "srcset")) return whole;
    const value = decodeEntities(quoted.replace(/^["']|["']$/g, ""));
    const rewritten =
      lower === "srcset"
        ? value
            .split(",")
            .map((part) => {
              const [url, ...descriptor] = part.trim().split(/\s+/);
              return [absolute(url, base), ...descriptor].join(" ");
            })
            .join(", ")
        : absolute(value.trim(), base);
    return `${space}${name}="${escapeAttribute(rewritten)}"`;
  });
}

/**
 * A table's caption as a paragraph before it: newsboat (and other text readers) lay a caption out
 * as the first cell of the header row, so a long one ("Artificial Analysis Intelligence Index
 * v4.1.1, as of ...") widened the Rank column off the screen (found in review). The words stay.
 * @example captionsBeforeTables('<table><caption>Board</caption><tr><td>1</td></tr></table>') // '<p>Board</p><table><tr><td>1</td></tr></table>'
 */
function captionsBeforeTables(html: string): string {
  if (!html.includes("<caption")) return html;
  return html.replace(/<table([^>]*)>(\s*)<caption[^>]*>([\s\S]*?)<\/caption>/g, (_whole, attributes: string, space: string, text: string) => `<p>${text.trim()}</p><table${attributes}>${space}`);
}

/**
 * Turns a page's rendered HTML into what a feed item carries: inline SVG plots replaced by PNG
 * images (tables stay plain HTML), text the site's CSS hides worded once for readers without it
 * (htmlWithoutCss: the screen-reader words shown, the symbols they spell out dropped; before the
 * sanitiser, which would drop the `hidden` attribute and show what it hides), then the one
 * sanitiser (src/lib/html/sanitizeHtml.ts, the same as for pages: no scripts, styles, style or
 * event attributes, embedded documents, forms, unsafe URLs or build-only attributes such as
 * `data-astro-*`), then every link and image made absolute. The email edition's body is made
 * here too (src/site/emailEdition.ts): mail clients have no site CSS either.
 *
 * Works on the markup as text, tag by tag, rather than through a DOM: a feed re-prepares every
 * recap it carries, and building a DOM of a 250 KB issue costs a hundred times more than this.
 * (htmlWithoutCss builds one only for HTML whose markup may hide text, as the boards MDX recaps
 * embed do.) After the sanitiser the markup is well-formed with
 * quoted attributes; text between tags is never touched.
 */
export function prepareFeedHtml(html: string, { base, imageFor, pieceChars }: FeedHtmlOptions): string {
  const prepare = (piece: string) =>
    captionsBeforeTables(sanitizeHtml(htmlWithoutCss(replaceSvgs(piece, imageFor))).replace(START_TAG, (_tag, name: string, attributes: string, selfClosing: string) => `<${name}${rewriteAttributes(attributes, base)}${cellAlign(name, attributes)}${selfClosing ? " /" : ""}>`));
  // A very long body (an 8 MB recap of tables is 22 MB of HTML) a piece of top-level elements, or
  // of a long table's rows, at a time (htmlPieces.ts): each step reads one element at a time, a
  // plot's figure included, and a table's rows inside a table body of their own.
  const pieces = htmlPiecesInTables(html, pieceChars);
  if (pieces.length === 1) return prepare(html);
  const out: string[] = [];
  for (const { html: piece, opensInTable, closesInTable } of pieces) {
    let prepared = prepare(`${opensInTable ? TABLE_BODY_OPEN : ""}${piece}${closesInTable ? TABLE_BODY_CLOSE : ""}`);
    if (opensInTable) {
      if (!prepared.startsWith(TABLE_BODY_OPEN)) return prepare(html);
      prepared = prepared.slice(TABLE_BODY_OPEN.length);
    }
    if (closesInTable) {
      if (!prepared.endsWith(TABLE_BODY_CLOSE)) return prepare(html);
      prepared = prepared.slice(0, -TABLE_BODY_CLOSE.length);
    }
    out.push(prepared);
  }
  return out.join("");
}

/**
 * A table cell's column alignment as the `align` attribute again: pages carry it as a class
 * (src/lib/markdown/rehypeAlignClass.ts), which feed readers and mail clients, without the site's
 * stylesheet, would ignore.
 */
function cellAlign(name: string, attributes: string): string {
  if (!/^t[dh]$/i.test(name)) return "";
  const align = /\sclass="[^"]*\balign-(left|center|right)\b/.exec(attributes)?.[1];
  return align ? ` align="${align}"` : "";
}
