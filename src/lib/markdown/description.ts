/**
 * Recap descriptions are written in Markdown: 687 of the 688 real AINews descriptions carry
 * `**bold**`, some `*italics*`, `` `code` `` and links. Shown as they are, the asterisks show
 * literally on every list, in meta tags and in feeds. Two readings, one parser:
 * - `descriptionHtml`: inline HTML for the pages (lists, the recap's own header), sanitised to
 *   inline formatting and safe links only;
 * - `descriptionText`: the same text without markup, for `<meta name="description">`, Open Graph
 *   and Twitter tags, search excerpts and feed summaries. Not escaped: each output escapes it
 *   its own way (Astro's attribute escaping, the feed serialisers).
 *
 * markdown-it (CommonMark) is used, not a regular expression: `snake_case_names`, `2*3*4` and
 * `\*` must stay as written, and emphasis rules are subtle. Only its inline rules are enabled:
 * a description is one paragraph; `# ` or `- ` at its start are text, not a heading or a list.
 */
import MarkdownIt from "markdown-it";
import sanitizeHtml from "sanitize-html";

// "zero" preset: nothing on, then the inline rules a description may use. Raw HTML is off (it
// is escaped as text); linkify is off (bare URLs stay text, as the author wrote them).
const md = new MarkdownIt("zero", { html: false, linkify: false, typographer: false }).enable(["emphasis", "backticks", "strikethrough", "link", "autolink", "escape", "entity", "newline", "image"]);

/** What a description may keep on a page: inline formatting and links; nothing else survives. */
const SANITIZE: sanitizeHtml.IOptions = {
  allowedTags: ["strong", "em", "code", "s", "a", "br"],
  allowedAttributes: { a: ["href"] },
  // http(s), mailto, and relative links (sanitize-html lets scheme-less URLs through); no
  // javascript:, data: or protocol-relative //host links.
  allowedSchemes: ["http", "https", "mailto"],
  allowedSchemesAppliedToAttributes: ["href"],
  allowProtocolRelative: false,
  disallowedTagsMode: "discard",
};

/** Options of `descriptionHtml`. */
export interface DescriptionHtmlOptions {
  /**
   * Keep links as links (default). `false` keeps their text only: for a description shown inside
   * another link (a card that is one big `<a>`), where a link inside a link is invalid HTML.
   */
  links?: boolean;
}

/**
 * The description's inline tokens, an image replaced by the tokens of its alt text: a list of
 * recaps or a meta tag is no place for a picture, and its words still read.
 */
function inlineTokens(markdown: string) {
  const tokens = md.parseInline(markdown.trim(), {})[0]?.children ?? [];
  return tokens.flatMap((t) => (t.type === "image" ? (t.children ?? []) : [t]));
}

/**
 * A description's Markdown as inline HTML: bold, italics, code, strikethrough, line breaks and
 * http(s), mailto or relative links; everything else as escaped text (raw HTML, images as
 * their alt text, `javascript:` links as their text).
 * @example descriptionHtml("**Qwen 3.5** ships [today](https://qwen.ai/)") // '<strong>Qwen 3.5</strong> ships <a href="https://qwen.ai/">today</a>'
 */
export function descriptionHtml(markdown: string, { links = true }: DescriptionHtmlOptions = {}): string {
  const cache = links ? htmlWithLinks : htmlWithoutLinks;
  let out = cache.get(markdown);
  if (out === undefined) {
    const tokens = inlineTokens(markdown).filter((t) => links || (t.type !== "link_open" && t.type !== "link_close"));
    const html = md.renderer.renderInline(tokens, md.options, {});
    // A link whose URL the sanitiser refused (`//host`) is left as `<a>` without href: keep its text.
    out = sanitizeHtml(html, SANITIZE).replace(/<a>([\s\S]*?)<\/a>/g, "$1");
    remember(cache, markdown, out);
  }
  return out;
}

/**
 * Each description's HTML, worked out once: a recap's description is shown in every list it is in
 * (its topics', people's and companies' pages, digests, the archive), thousands of times on a
 * large archive, and parsing and sanitising it each time took 1.5 s of the 700-issue profile's
 * page generation (docs/performance.md). Bounded, for a long `npm run dev`.
 */
const htmlWithLinks = new Map<string, string>();
const htmlWithoutLinks = new Map<string, string>();
const textOf = new Map<string, string>();
const CACHED_DESCRIPTIONS = 20_000;
function remember(cache: Map<string, string>, key: string, value: string): void {
  if (cache.size >= CACHED_DESCRIPTIONS) cache.clear();
  cache.set(key, value);
}

/**
 * A description's Markdown as plain text: the same words, markup removed, entities decoded,
 * whitespace collapsed to single spaces. Not HTML-escaped.
 * @example descriptionText("**Qwen 3.5** ships [today](https://qwen.ai/) &amp; `v2`") // "Qwen 3.5 ships today & v2"
 */
export function descriptionText(markdown: string): string {
  const cached = textOf.get(markdown);
  if (cached !== undefined) return cached;
  let out = "";
  for (const t of inlineTokens(markdown)) {
    if (t.type === "text" || t.type === "code_inline") out += t.content;
    else if (t.type === "softbreak" || t.type === "hardbreak") out += " ";
  }
  const text = out.replace(/\s+/g, " ").trim();
  remember(textOf, markdown, text);
  return text;
}
