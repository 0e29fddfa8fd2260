/**
 * The site's `.md` recap renderer: markdown-it 14 configured to write the HTML that Astro's
 * unified pipeline (remark-parse, remark-gfm, our SmartyPants, remark-rehype, our alignment
 * classes, Astro's heading ids, rehype-raw) writes for the same Markdown, at about fifty times its
 * speed (docs/performance.md, "Markdown renderer").
 *
 * What it reproduces, and where:
 * - GFM: tables with alignment as `class="align-*"` (rehypeAlignClass.ts), strikethrough with one
 *   or two tildes (gfmStrikethrough.ts), autolink literals by remark's rules
 *   (gfmAutolinkLiteral.ts), task lists (gfmTaskLists.ts), footnotes in remark-rehype's markup
 *   (gfmFootnotes.ts);
 * - heading ids from github-slugger as Astro's `rehypeHeadingIds` assigns them, and the headings
 *   list for the table of contents (the footnote section's heading included, as in Astro);
 * - SmartyPants exactly as remarkSmartypants.ts (smartypantsTokens.ts);
 * - link and image addresses percent-encoded as remark-rehype encodes them (normalizeUri.ts).
 *
 * Astro's own processor with the site's options is the reference: renderMarkdown.test.ts renders real and
 * hand-written documents both ways and compares the HTML as a browser parses it; every difference
 * that remains is listed in docs/performance.md.
 *
 * Raw HTML is kept as written and the whole document's HTML then goes through `sanitize` (the one
 * sanitiser of issue 11), which must also balance tags: rehype-raw's parse made unbalanced raw HTML
 * well-formed, markdown-it writes it as it is. Link and image addresses go through `isAllowedUrl`
 * (the one URL check) before they become links: markdown-it's `validateLink` hook.
 */
import { emptyMarkerItemsAsText } from "./emptyMarkerItems";
import { unknownTagLinesAsParagraphs, unknownTagsToText } from "./unknownTags";
import MarkdownIt from "markdown-it";
import type StateCore from "markdown-it/lib/rules_core/state_core.mjs";
import type Token from "markdown-it/lib/token.mjs";
import GithubSlugger from "github-slugger";
import { micromarkBalancePairs } from "./balancePairs";
import { gfmAutolinkText, linkifyTextRuns } from "./gfmAutolinkLiteral";
import { gfmFootnotes } from "./gfmFootnotes";
import { gfmStrikethrough } from "./gfmStrikethrough";
import { gfmTaskListRenderer, markTaskListItems } from "./gfmTaskLists";
import { normalizeUri } from "./normalizeUri";
import { smartypantsTokens, type QuoteContext } from "./smartypantsTokens";
import { headingLevels, type OpenSection } from "./rehypeShiftHeadings";
import { cutLongTables, spliceMarkedRows, TABLE_SLICE_ROWS, tableBodyRows, type TableCut } from "./longTables";
import { documentPieces, PIECE_CHARS } from "./documentPieces";
import { sanitizerPieces } from "../html/htmlPieces";

/**
 * Bump when a change to the renderer or its rules changes the HTML it writes: cached entries of the
 * content store carry the HTML of the renderer of their day, and src/integrations/markdownEntryType.ts
 * clears them when this (or the output on its probe document) changes.
 */
export const MARKDOWN_RENDERER_VERSION = 11;

/** A heading of the rendered document, as Astro's `render()` lists them. */
export interface MarkdownHeading {
  /** 1 to 6. */
  depth: number;
  /** The `id` of the heading element, e.g. `"model-scores"`. */
  slug: string;
  /** Its text content, e.g. `"Model scores"`. */
  text: string;
}

/** What `renderMarkdown` returns for one document. */
export interface RenderedMarkdownBody {
  /** The document's HTML, after the sanitiser. */
  html: string;
  /** Every heading in document order, the footnote section's "Footnotes" last when there is one. */
  headings: MarkdownHeading[];
  /** Whether the Markdown holds raw HTML (an HTML block or inline tag or comment). */
  hasRawHtml: boolean;
  /**
   * Image addresses that are neither absolute URLs nor site paths (`./chart.png`): Astro's pipeline
   * would optimise those as assets, so a caller leaves such a document to it.
   */
  localImagePaths: string[];
}

/** Options of `createMarkdownRenderer`. */
export interface MarkdownRendererOptions {
  /** The sanitiser every rendered document goes through (identity only in equivalence tests). */
  sanitize: (html: string) => string;
  /**
   * The URL check for link and image addresses (after percent-encoding, e.g. `https://a.org/x%20y`):
   * a link or image whose address fails it is left as the Markdown text it was written as. Default:
   * every address passes, as in Astro's pipeline.
   */
  isAllowedUrl?: (url: string) => boolean;
  /**
   * Skip the sanitiser for a document without raw HTML. Safe only when `isAllowedUrl` is the site's
   * URL check and the sanitiser allows every element and attribute this renderer writes: such a
   * document's HTML is then made entirely by markdown-it's rules, text and attributes escaped, so
   * the sanitiser would return it unchanged. On the real archive about 30% of the Markdown is in
   * documents without raw HTML (docs/performance.md). Default `false`.
   */
  skipSanitizeWithoutRawHtml?: boolean;
  /** Rows of a table rendered at once (`TABLE_SLICE_ROWS`); `Infinity` renders every table whole (the equivalence tests' reference). */
  tableSliceRows?: number;
  /** Characters above which a document is parsed in pieces (`PIECE_CHARS`, documentPieces.ts); `Infinity` parses every document whole. */
  pieceChars?: number;
  /**
   * Called before each piece of a long document and each slice of a long table: the build collects
   * garbage there when the heap has grown (src/integrations/heapGrowthGc.ts), since V8 lets a long synchronous render's garbage
   * pile up (about 400 MB for an 8 MB document of tables).
   */
  betweenPieces?: () => void;
}

interface Env {
  /** The whole document, when it is parsed a piece at a time: what the placeholder rule reads for the tags it closes (unknownTags.ts). */
  document?: string;
  /** markdown-it's link reference definitions, by label. */
  references?: Record<string, unknown>;
  gfmFootnoteSection?: boolean;
  /** The level of the footnote section's heading (2 unless the body's headings are shifted). */
  footnoteHeadingLevel?: number;
  headings?: MarkdownHeading[];
  /** The sections open at the end of the pieces parsed so far (`headingLevels`). */
  openSections?: OpenSection[];
  /** The slugger of the pieces parsed so far: an id is unique in the whole document. */
  slugger?: GithubSlugger;
  /** See `ParseHook`. */
  onParsed?: ParseHook;
  /** The line of the document the piece being parsed starts on (`ParseHook`). */
  pieceLine?: number;
  /** What the quote pass carries from piece to piece (smartypantsTokens.ts). */
  quoteContext?: QuoteContext;
}

/**
 * One h1 per page, as rehypeShiftHeadings.ts does in Astro's pipeline: headings move below the
 * page title and never more than one level deeper than the one before. The footnote section's
 * heading (written by the renderer, an h2 in remark-rehype's markup) counts last, as it does there.
 */
function headingLevelsRule(state: StateCore): void {
  const env = state.env as Env;
  const opens = state.tokens.filter((t) => t.type === "heading_open");
  const depths = opens.map((t) => Number(t.tag.slice(1)));
  if (env.gfmFootnoteSection) depths.push(2);
  const levels = headingLevels(depths, (env.openSections ??= []));
  opens.forEach((open, i) => {
    open.tag = `h${levels[i]}`;
  });
  // A closing tag follows its opening one: headings do not nest, so the last one opened.
  let current = "";
  for (const token of state.tokens) {
    if (token.type === "heading_open") current = token.tag;
    else if (token.type === "heading_close") token.tag = current;
  }
  if (env.gfmFootnoteSection) env.footnoteHeadingLevel = levels.at(-1);
}

/**
 * Tokens that remark holds as one text node (text, decoded entities and escapes, soft line
 * breaks) merged into one text token, so that the autolink transform, SmartyPants and task lists
 * see the text runs remark's plugins see. A soft break renders as a line feed either way.
 */
function mergeTextRuns(TokenClass: StateCore["Token"], children: Token[]): Token[] {
  const out: Token[] = [];
  let run: Token | undefined;
  for (const child of children) {
    if (child.type === "text" || child.type === "text_special" || child.type === "softbreak") {
      const content = child.type === "softbreak" ? "\n" : child.content;
      if (run) run.content += content;
      else {
        run = new TokenClass("text", "", 0);
        run.content = content;
        run.level = child.level;
        out.push(run);
      }
    } else {
      run = undefined;
      out.push(child);
    }
  }
  return out;
}

/** The text Astro's `rehypeHeadingIds` reads from a heading: text, inline code, footnote numbers, raw HTML that is not a tag. */
function headingText(children: Token[]): string {
  let text = "";
  for (const child of children) {
    if (child.type === "text" || child.type === "code_inline") text += child.content;
    else if (child.type === "hardbreak") text += "\n";
    else if (child.type === "footnote_ref") text += String((child.meta as { number: number }).number);
    else if (child.type === "html_inline" && !/^\n?<.*>\n?$/.test(child.content)) text += child.content;
  }
  return text;
}

function headingIds(state: StateCore): void {
  const env = state.env as Env;
  const slugger = (env.slugger ??= new GithubSlugger());
  const headings = (env.headings ??= []);
  const tokens = state.tokens;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.type !== "heading_open") continue;
    const text = headingText(tokens[i + 1]?.children ?? []);
    let slug = slugger.slug(text);
    if (slug.endsWith("-")) slug = slug.slice(0, -1);
    token.attrSet("id", slug);
    headings.push({ depth: Number(token.tag.slice(1)), slug, text });
  }
  if (env.gfmFootnoteSection) headings.push({ depth: env.footnoteHeadingLevel ?? 2, slug: "footnote-label", text: "Footnotes" });
}

/**
 * Code blocks end with a line feed, as remark-rehype writes them; markdown-it leaves it out when a
 * fence is never closed and the document ends on its last line.
 */
function codeBlockEnds(state: StateCore): void {
  for (const token of state.tokens) {
    if ((token.type === "fence" || token.type === "code_block") && token.content !== "" && !token.content.endsWith("\n")) token.content += "\n";
  }
}

/** Table cells: `class="align-*"` instead of markdown-it's `style="text-align:*"` (rehypeAlignClass.ts). */
function alignClasses(state: StateCore): void {
  for (const token of state.tokens) {
    if (token.type !== "th_open" && token.type !== "td_open") continue;
    const style = token.attrGet("style");
    if (!style?.startsWith("text-align:")) continue;
    token.attrs = token.attrs!.filter(([name]) => name !== "style");
    token.attrSet("class", `align-${style.slice("text-align:".length)}`);
  }
}

/** Collects local image paths; returns whether any token is raw HTML. */
function scanTokens(tokens: Token[], found: Set<string>): boolean {
  let raw = false;
  for (const token of tokens) {
    if (token.children && scanTokens(token.children, found)) raw = true;
    if (token.type === "html_block" || token.type === "html_inline") raw = true;
    if (token.type !== "image") continue;
    const url = localImagePath(token.attrGet("src") ?? "");
    if (url !== undefined) found.add(url);
  }
  return raw;
}

/**
 * An image address as Astro reads a local one (`./chart.png`, decoded), or undefined for a URL or
 * a path on the site: a document with a local image is left to Astro's pipeline, which optimises it.
 */
export function localImagePath(src: string): string | undefined {
  let url = src;
  try {
    url = decodeURI(src);
  } catch {
    // Left as written, as Astro would fail on it anyway.
  }
  return !URL.canParse(url) && !url.startsWith("/") ? url : undefined;
}

/**
 * An image's alt text as remark computes it (mdast-util-to-string of the label): text, inline code
 * and raw HTML as written, nested images by their own alt. markdown-it's `renderInlineAsText`
 * leaves inline code out.
 */
function altText(children: Token[] | null): string {
  let alt = "";
  for (const child of children ?? []) {
    if (child.type === "text" || child.type === "text_special" || child.type === "code_inline" || child.type === "html_inline") alt += child.content;
    else if (child.type === "softbreak") alt += "\n";
    else if (child.type === "image") alt += altText(child.children);
  }
  return alt;
}

/** Percent-encodes the address of every link and image (`normalizeUri`), nested ones (a link in an image's text) too. */
function normalizeLinks(tokens: Token[]): void {
  for (const token of tokens) {
    if (token.type === "link_open") token.attrSet("href", normalizeUri(token.attrGet("href") ?? ""));
    else if (token.type === "image") token.attrSet("src", normalizeUri(token.attrGet("src") ?? ""));
    if (token.children) normalizeLinks(token.children);
  }
}

/**
 * A markdown-it instance set up to write what the site's Astro pipeline writes.
 *
 * Link and image addresses stay as written through the parse (`normalizeLink` is the identity) and
 * are percent-encoded by the last rule, `normalize_links`, each once, as markdown-it would have
 * encoded them where it made the token: so `parse_hook`, just before it, sees the tokens with their
 * addresses as the document writes them, which is what the body scan reads (src/lib/html/scanBody.ts).
 */
export function createMarkdownIt(isAllowedUrl: (url: string) => boolean = () => true): MarkdownIt {
  const md = new MarkdownIt({ html: true, linkify: false, typographer: false });
  md.normalizeLink = (url) => url;
  // remark shows an autolink's address as written; markdown-it would decode it.
  md.normalizeLinkText = (url) => url;
  // The URL check reads the address as it will be published.
  md.validateLink = (url) => isAllowedUrl(normalizeUri(url));
  md.inline.ruler.at("text", gfmAutolinkText);
  micromarkBalancePairs(md);
  gfmStrikethrough(md);
  gfmFootnotes(md);
  gfmTaskListRenderer(md);
  // A tag no HTML element has (`<packagename>`) is a placeholder: shown as text (unknownTags.ts).
  unknownTagLinesAsParagraphs(md);
  // A list marker alone on the line of an item that interrupts a paragraph is text, as in micromark (emptyMarkerItems.ts).
  md.core.ruler.before("inline", "empty_marker_items", emptyMarkerItemsAsText);
  md.renderer.rules.image = (tokens, idx, options, _env, self) => {
    const token = tokens[idx]!;
    token.attrSet("alt", altText(token.children));
    return self.renderToken(tokens, idx, options);
  };
  // After the inline parse, in remark's order: text runs, task items (micromark), autolink
  // literals (mdast transform), SmartyPants (remark plugin), heading ids (rehype), then the
  // footnote section (footnotes move only after SmartyPants has read them where they are written).
  const TokenClass = md.core.State.prototype.Token;
  const rules: [string, (state: StateCore) => void][] = [
    ["unknown_tags_as_text", unknownTagsToText],
    ["gfm_text_runs", (state) => {
      for (const token of state.tokens) if (token.type === "inline" && token.children) token.children = mergeTextRuns(TokenClass, token.children);
    }],
    ["gfm_task_lists", markTaskListItems],
    ["gfm_autolink_literal", (state) => {
      for (const token of state.tokens) if (token.type === "inline" && token.children) token.children = linkifyTextRuns(md, TokenClass, token.children);
    }],
    ["smartypants", smartypantsTokens],
    ["gfm_align_classes", alignClasses],
    ["code_block_ends", codeBlockEnds],
  ];
  let previous = "inline";
  for (const [name, rule] of rules) {
    md.core.ruler.after(previous, name, rule);
    previous = name;
  }
  // Heading levels and ids need to know whether there is a footnote section and the footnote
  // numbers, which the footnote section assigns.
  md.core.ruler.after("footnote_tail", "heading_levels", headingLevelsRule);
  md.core.ruler.after("heading_levels", "heading_ids", headingIds);
  // The whole document's tokens, addresses as written, for a caller that reads them (`ParseHook`).
  md.core.ruler.push("parse_hook", (state) => (state.env as Env).onParsed?.(state.tokens, (state.env as Env).pieceLine ?? 0));
  md.core.ruler.push("normalize_links", (state) => normalizeLinks(state.tokens));
  return md;
}

/**
 * Called with the tokens of the document, or of each piece of a long one (documentPieces.ts) and
 * the 0-based line of the document the piece starts on (0 for a document parsed whole; a call with
 * 0 starts the document again, after pieces given up for a whole parse), after
 * every rule but the last, `normalize_links`: link and image addresses as written (not
 * percent-encoded), links the renderer made of bare URLs (`markup: "linkify"`) among them.
 * Synchronous: the tokens change right after it returns.
 */
export type ParseHook = (tokens: Token[], firstLine: number) => void;

/**
 * Creates the renderer: `(markdown) => { html, headings, localImagePaths }`. `onParsed` is called
 * with the document's tokens, a piece at a time for a long one (`ParseHook`); for a document with
 * a long table, rendered a slice at a time, it is not.
 */
export function createMarkdownRenderer({ sanitize, isAllowedUrl, skipSanitizeWithoutRawHtml = false, tableSliceRows = TABLE_SLICE_ROWS, pieceChars = PIECE_CHARS, betweenPieces }: MarkdownRendererOptions): (markdown: string, onParsed?: ParseHook) => RenderedMarkdownBody {
  const md = createMarkdownIt(isAllowedUrl);
  return (source, onParsed) => {
    const { markdown, cuts } = Number.isFinite(tableSliceRows) ? cutLongTables(source, tableSliceRows) : { markdown: source, cuts: [] };
    // The cutter reads the document line by line, not as markdown-it does: where its marker rows
    // did not come out each as one table cell, in order (a fence it took for closed, an entity that
    // writes a marker in another cell), the document is rendered whole.
    // So is a long document whose pieces curl a quote otherwise than the whole (smartypantsTokens.ts).
    return render(markdown, cuts, onParsed, pieceChars) ?? render(source, [], onParsed, Infinity)!;
  };

  function render(markdown: string, cuts: TableCut[], onParsed: ParseHook | undefined, pieceLimit: number): RenderedMarkdownBody | undefined {
    const env: Env = { document: markdown };
    // A long document, a piece at a time (documentPieces.ts), each piece's tokens let go before the
    // next.
    const pieces = documentPieces(md, markdown, env, pieceLimit);
    if (pieces) env.quoteContext = { text: "", curled: "", lead: 0, differs: false };
    if (cuts.length === 0 && onParsed) env.onParsed = onParsed;
    const found = new Set<string>();
    let hasRawHtml = false;
    const parts: string[] = [];
    let next = 0;
    for (const piece of pieces ?? [{ markdown, firstLine: 0 }]) {
      if (pieces) betweenPieces?.();
      env.pieceLine = piece.firstLine;
      const tokens = md.parse(piece.markdown, env);
      if (scanTokens(tokens, found)) hasRawHtml = true;
      const rendered = md.renderer.render(tokens, md.options, env);
      // A long table's later rows, a slice at a time, each slice's tokens let go before the next;
      // the document's link references are theirs too.
      const rowsOf = (cut: TableCut) => {
        const rows: string[] = [];
        for (const slice of cut.slices) {
          betweenPieces?.();
          const sliceEnv: Env = { references: env.references, document: markdown };
          const sliceTokens = md.parse(slice.markdown, sliceEnv);
          if (scanTokens(sliceTokens, found)) hasRawHtml = true;
          rows.push(tableBodyRows(md.renderer.render(sliceTokens, md.options, sliceEnv)));
        }
        return rows.join("");
      };
      const spliced = spliceMarkedRows(rendered, cuts, next, rowsOf);
      if (spliced === undefined) return undefined;
      parts.push(spliced.html);
      next = spliced.next;
    }
    if (next !== cuts.length || env.quoteContext?.differs) return undefined;
    // markdown-it ends every block with a line feed; remark-rehype puts them only between blocks.
    const joined = parts.join("");
    const html = joined.endsWith("\n") ? joined.slice(0, -1) : joined;
    return {
      // A long body through the sanitiser a piece of top-level elements at a time (htmlPieces.ts):
      // it held about 450 MB for 22 MB of HTML.
      html: hasRawHtml || !skipSanitizeWithoutRawHtml ? sanitizerPieces(html).map(sanitize).join("") : html,
      headings: env.headings ?? [],
      hasRawHtml,
      localImagePaths: [...found],
    };
  }
}
