import type MarkdownIt from "markdown-it";
import type StateBlock from "markdown-it/lib/rules_block/state_block.mjs";
import type StateCore from "markdown-it/lib/rules_core/state_core.mjs";
import { maskCode } from "./maskCode";

/**
 * Every element name HTML knows (the WHATWG HTML standard's elements, the obsolete ones browsers
 * still parse as elements, and the roots of inline SVG and MathML). A tag of any other name in a
 * recap's Markdown is no HTML anyone meant: it is a placeholder written in angle brackets
 * (`pip install <packagename>`, "alone as input, <insert subsequent instructions here>.", a prompt's
 * `<sys>`), which a browser would hide and the sanitiser would remove with no trace. The site shows
 * it as text, as the newsletter that wrote it did (found in review: six such placeholders of the
 * real archive left holes in sentences).
 */
const STANDARD_ELEMENTS =
  "a abbr address area article aside audio b base bdi bdo blockquote body br button canvas caption cite code col colgroup data datalist dd del details dfn dialog div dl dt em embed fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 head header hgroup hr html i iframe img input ins kbd label legend li link main map mark menu meta meter nav noscript object ol optgroup option output p param picture pre progress q rp rt ruby s samp script search section select slot small source span strong style sub summary sup table tbody td template textarea tfoot th thead time title tr track u ul var video wbr";
export const HTML_ELEMENTS: ReadonlySet<string> = new Set(
  (
    STANDARD_ELEMENTS + " " +
    // Obsolete, still parsed as elements by browsers (and by the sanitiser: removed, or their text
    // kept). Not `image`: browsers read it as `<img>`, the sanitiser as nothing, and an archive
    // writes it as a placeholder ("paste the <image> here").
    "acronym applet basefont bgsound big blink center dir font frame frameset isindex keygen listing marquee menuitem multicol nextid nobr noembed noframes plaintext rb rtc spacer strike tt xmp " +
    "svg math " +
    // The children of inline SVG and MathML whose names are no English word a placeholder would
    // use (not `text`, `line`, `use`, `stop`, `mask`, `filter`, `image`...): markup, as the
    // <svg> or <math> around them.
    "circle ellipse g path polygon polyline rect tspan defs lineargradient radialgradient clippath foreignobject textpath animate animatetransform animatemotion " +
    "fegaussianblur feoffset feblend fecolormatrix femerge femergenode feflood fecomposite " +
    "mi mn mo ms mrow msup msub msubsup mfrac msqrt mroot mtext mtable mtr mtd mspace mstyle munder mover munderover mpadded mphantom menclose semantics annotation " +
    // Markup that is no HTML element but not a placeholder either, kept as raw HTML (the sanitiser
    // removes the tag and keeps its text, as before): Microsoft Office's `<xml>` islands, and the
    // tags of mail tools whose exports land in archives (Campaign Monitor's `<webversion>`,
    // `<unsubscribe>`, `<forwardtoafriend>`, `<preferences>`, `<currentyear>`...).
    "xml webversion unsubscribe forwardtoafriend preferences currentday currentdayname currentmonthname currentyear tweet fblike fbshare linkedinshare"
  ).split(" "),
);

/**
 * Attributes HTML reads with no value (`<video controls>`, `<details open>`, `<td nowrap>`): a tag
 * of an element whose attributes are all valueless and not among these (`<title of the paper>`,
 * `<base model>`) is a placeholder that happens to start with an element's name.
 */
const VALUELESS_ATTRIBUTES: ReadonlySet<string> = new Set(
  (
    "allowfullscreen async autofocus autoplay border checked compact contenteditable controls default defer disabled download draggable " +
    "formnovalidate hidden inert ismap itemscope loop multiple muted nomodule noresize noshade novalidate nowrap open playsinline " +
    "readonly required reversed selected spellcheck translate"
  ).split(" "),
);

/** A tag written whole on its line: its name and its attributes (markdown-it's and CommonMark's attribute syntax). */
const TAG = /^<([A-Za-z][A-Za-z0-9-]*)((?:\s+[A-Za-z_:][A-Za-z0-9:._-]*(?:\s*=\s*(?:[^\s"'=<>`]+|'[^']*'|"[^"]*"))?)*)\s*\/?>/;

/** True when the tag's attributes are all valueless and one of them is no attribute HTML writes so (`of the paper`). */
function readsAsPlaceholder(attributes: string): boolean {
  if (attributes.includes("=")) return false; // an attribute with a value: markup
  const names = attributes.trim().toLowerCase().split(/\s+/).filter(Boolean);
  return names.some((n) => !VALUELESS_ATTRIBUTES.has(n) && !n.startsWith("data-") && !n.startsWith("aria-"));
}

/**
 * Elements whose end tag may be left out (`<p>`, `<li>`, `<td>`...) or that have none (`<br>`,
 * `<img>`...). Every other standard element's tag, written bare (`<pre>`, `<s>`) in a document that never
 * closes it, is a mention of the element, not markup: "capturing equations across LaTeX, MathML,
 * <pre>, inline..." (a real issue, where it opened a preformatted block over the rest of the item).
 */
const END_TAG_OPTIONAL: ReadonlySet<string> = new Set(
  "html head body p li dt dd option optgroup rt rp colgroup caption thead tbody tfoot tr td th area base br col embed hr img input link meta param source track wbr".split(" "),
);
/** The standard's elements a bare, unclosed tag of which is a mention (not the obsolete ones, SVG's, MathML's or mail tools' tags: `<currentyear>` is never closed). */
const MENTIONABLE: ReadonlySet<string> = new Set(STANDARD_ELEMENTS.split(" ").filter((name) => !END_TAG_OPTIONAL.has(name)));

/** What the rules read of a whole document, outside its code (maskCode), found once per document. */
interface DocumentTags {
  /** Elements the document closes (`</pre>`). */
  closed: Set<string>;
  /** Custom elements the document writes with an attribute value (`<lite-youtube videoid="x">`): markup; any other hyphenated tag is a prompt's or a placeholder (`<user-query>`, `<your-api-key>`). */
  customMarkup: Set<string>;
}
let tagsOf: { source: string; tags: DocumentTags } | undefined;
function documentTags(source: string): DocumentTags {
  if (tagsOf?.source !== source) {
    // No code to blank out without a backtick or a tilde fence: the document as it is.
    const masked = source.includes("`") || source.includes("~~~") ? maskCode(source) : source;
    const closed = new Set<string>();
    for (const m of masked.matchAll(/<\/([A-Za-z][A-Za-z0-9-]*)\s*>/g)) closed.add(m[1]!.toLowerCase());
    const customMarkup = new Set<string>();
    for (const m of masked.matchAll(/<([A-Za-z][A-Za-z0-9]*-[A-Za-z0-9-]*)(?=\s)[^<>]*=/g)) customMarkup.add(m[1]!.toLowerCase());
    tagsOf = { source, tags: { closed, customMarkup } };
  }
  return tagsOf.tags;
}

/** A tag of an element's name followed by words and punctuation no attribute has (`<script for the demo, v2>`, `<table of contents?>`), which `TAG` does not read. */
const LOOSE_PLACEHOLDER = /^<[A-Za-z][A-Za-z0-9]*\s+[^<>="'`]+>/;

/**
 * The name of a tag (`<sys>`, `</sys>`, `<insert subsequent instructions here>`) that is a
 * placeholder, not HTML; undefined for markup: an element's tag, a custom element's that the
 * document writes with attributes (`<lite-youtube videoid="x"></lite-youtube>`: HTML, which the
 * sanitiser removes), a comment or a declaration. Placeholders besides tags of no element's name: a hyphenated tag of a
 * name the document never writes with an attribute value (`<your-api-key>`, `<user-query>`, a
 * prompt's tags: a custom element worth writing has attributes, and the sanitiser removes custom
 * elements anyway; `<lite-youtube videoid="x">` is markup); a bare tag of an element whose end tag is
 * required that the document never closes (`<pre>`, `<s>` in prose: a mention of the element;
 * `<div class="x">` unclosed is markup still); and an element's name followed only by words no HTML
 * attribute is written as alone (`<title of the paper>`, `<base model>`, `<table of contents?>`).
 * `source` is the whole document the tag is in; what its code shows (`` `</s>` ``) does not count.
 */
export function unknownTagName(raw: string, source: string): string | undefined {
  const line = raw.trimStart();
  const name = /^<\/?([A-Za-z][A-Za-z0-9-]*)/.exec(line)?.[1]?.toLowerCase();
  if (name === undefined) return undefined;
  if (name.includes("-")) return documentTags(source).customMarkup.has(name) ? undefined : name;
  if (!HTML_ELEMENTS.has(name)) return name;
  if (line.startsWith("</")) return undefined;
  const tag = TAG.exec(line);
  if (!tag) return LOOSE_PLACEHOLDER.test(line) ? name : undefined;
  const attributes = tag[2]!;
  if (readsAsPlaceholder(attributes)) return name;
  // Bare (or with valueless attributes HTML has), and never closed: a mention.
  return !attributes.includes("=") && MENTIONABLE.has(name) && !tag[0].endsWith("/>") && !documentTags(source).closed.has(name) ? name : undefined;
}

/**
 * The bare tags of standard elements that `source` never closes (`<details>`, `<pre>` in prose),
 * which both renderers show as text (`unknownTagName`), each with its offset: `npm run check` says so,
 * since an editor who meant markup and forgot the end tag sees the tag as text (found in review:
 * an unclosed `<details>` showed "<details>" and a stray summary, with no warning).
 */
export function unclosedElementMentions(source: string): { name: string; offset: number }[] {
  const masked = source.includes("`") || source.includes("~~~") ? maskCode(source) : source;
  const out: { name: string; offset: number }[] = [];
  for (const m of masked.matchAll(/<([A-Za-z][A-Za-z0-9]*)(?=[\s>])[^<>]*>/g)) {
    const name = m[1]!.toLowerCase();
    if (MENTIONABLE.has(name) && unknownTagName(m[0], source) === name) out.push({ name, offset: m.index! });
  }
  return out;
}

/** The whole document a markdown-it state reads: `env.document` when it is parsed a piece at a time (renderMarkdown.ts). */
function documentOf(state: StateBlock | StateCore): string {
  return (state.env as { document?: string } | undefined)?.document ?? state.src;
}

type BlockRule = (state: StateBlock, startLine: number, endLine: number, silent: boolean) => boolean;

/**
 * Shows a tag of no HTML element as text (`unknownTagName`): a line that is such a tag alone does
 * not open a block of raw HTML (CommonMark's seventh kind, which would take the lines after it as
 * HTML too), so it is read as a paragraph; and in a paragraph, heading or cell the tag is made a
 * text token (`unknownTagsToText`, a core rule the caller runs right after the inline parse), so it
 * is escaped, counted in the heading's text and id, and given SmartyPants' quotes, exactly as the
 * same tag written `&lt;sys>` would be. Elements HTML knows stay raw HTML, for the sanitiser.
 */
export function unknownTagLinesAsParagraphs(md: MarkdownIt): void {
  const rules = (md.block.ruler as unknown as { __rules__: { name: string; fn: BlockRule }[] }).__rules__;
  const htmlBlock = rules.find((r) => r.name === "html_block")?.fn;
  if (!htmlBlock) throw new Error("markdown-it has no html_block rule to wrap (src/lib/markdown/unknownTags.ts): its version changed");
  md.block.ruler.at(
    "html_block",
    (state, startLine, endLine, silent) => {
      const line = state.src.slice(state.bMarks[startLine]! + state.tShift[startLine]!, state.eMarks[startLine]);
      return unknownTagName(line, documentOf(state)) !== undefined ? false : htmlBlock(state, startLine, endLine, silent);
    },
    { alt: ["paragraph", "reference", "blockquote"] },
  );
}

/** The core rule of `unknownTagLinesAsParagraphs`: each raw HTML token of a tag of no HTML element becomes text. */
export function unknownTagsToText(state: StateCore): void {
  for (const token of state.tokens) {
    if (token.type !== "inline" || !token.children) continue;
    for (const child of token.children) if (child.type === "html_inline" && unknownTagName(child.content, documentOf(state)) !== undefined) child.type = "text";
  }
}
