/**
 * The one sanitiser for HTML that comes from input: the rendered HTML of every `.md` recap (raw
 * HTML in the Markdown included) on its way to the pages, and every feed item (recaps and digests)
 * on its way to the feeds. A string in, a string out, so that any Markdown renderer can call it on
 * its output.
 *
 * Built on sanitize-html 2.17 (htmlparser2 underneath; maintained, and used for this job by many
 * CMSs): it parses the HTML the way browsers tokenise it, keeps only the elements and attributes
 * of the allowlist below, and re-serialises, so nothing it did not understand reaches the output.
 * Every `href`, `src` and `cite` also passes the site's one URL check (src/schemas/safeUrl.ts),
 * and characters that HTML and XML forbid (src/schemas/text.ts) are removed from the text.
 *
 * The allowlist and why each entry is there: docs/security.md. In short: what Markdown and GFM
 * produce (headings with ids, lists, task-list checkboxes, tables with alignment classes,
 * footnotes), what real newsletter archives hold as raw HTML (links, `<div class>`, `<img width>`,
 * `<details>`), and what our MDX components render into feed items; nothing that runs code
 * (`<script>`, event attributes), loads or embeds other documents (`<iframe>`, `<object>`,
 * `<embed>`, `<link>`, `<meta>`, `<base>`), takes input (`<form>`, `<input>` other than GFM's
 * disabled checkbox), or styles the page past the CSP (`<style>`, `style=`). Inline `<svg>` and
 * `<math>` are removed with their content: their attack surface is a second HTML.
 */
import sanitize from "sanitize-html";
import { checkUrl, type UrlUse } from "../../schemas/safeUrl";
import { FORBIDDEN_CHARACTERS } from "../../schemas/text";
import { VISUALLY_HIDDEN_CLASSES } from "./htmlWithoutCss";
import { rewriteRemoteImage, type RemoteImagePolicy } from "./remoteImages";

/**
 * The remote-image policy the sanitiser applies (src/lib/html/remoteImages.ts): `"load"`, the
 * default of REMOTE_IMAGES, until the site sets its own with `setRemoteImagePolicy` (src/lib may
 * not read src/config.ts).
 */
let remoteImagePolicy: RemoteImagePolicy = { mode: "load" };

/**
 * Sets the remote-image policy of this module's sanitiser: REMOTE_IMAGES of src/config.ts, and
 * under `"download"` the copies the build made. The recap loader sets it before any recap renders
 * (src/integrations/recapLoader.ts), the data layer for the feeds (src/site/siteData.ts).
 */
export function setRemoteImagePolicy(policy: RemoteImagePolicy): void {
  remoteImagePolicy = policy;
}

/** The remote-image policy in effect, for the recap threads, which render with the same one (src/integrations/recapThreads.ts). */
export function remoteImagePolicyInEffect(): RemoteImagePolicy {
  return remoteImagePolicy;
}

/** Elements kept, with the attributes each may carry besides `GLOBAL_ATTRIBUTES`. */
export const ALLOWED_ELEMENTS: Readonly<Record<string, readonly string[]>> = {
  // Text and structure: what Markdown produces, and the inline elements editors write by hand.
  p: [], br: [], hr: [], div: [], span: [], section: ["data-footnotes"], article: [], aside: [], header: [], footer: [],
  h1: [], h2: [], h3: [], h4: [], h5: [], h6: [],
  blockquote: ["cite"], pre: [], code: [], kbd: [], samp: [], var: [],
  em: [], strong: [], b: [], i: [], u: [], s: [], del: ["cite"], ins: ["cite"], mark: [], small: [],
  sub: [], sup: [], abbr: [], dfn: [], cite: [], q: ["cite"], wbr: [], time: ["datetime"],
  bdi: [], bdo: [], ruby: [], rt: [], rp: [],
  // Lists, including GFM task lists (a disabled checkbox) and definition lists.
  ul: [], ol: ["start", "reversed", "type"], li: ["value"], dl: [], dt: [], dd: [],
  input: ["type", "checked", "disabled"],
  // Tables (GFM tables and hand-written ones).
  table: [], caption: [], colgroup: ["span"], col: ["span"], thead: [], tbody: [], tfoot: [], tr: [],
  th: ["colspan", "rowspan", "scope", "abbr"], td: ["colspan", "rowspan"],
  // Disclosure widgets and figures.
  details: ["open"], summary: [], figure: [], figcaption: [],
  // Links and images (sources: http(s) or the site; links also mailto:).
  a: ["href", "title", "rel", "target", "hreflang", "data-footnote-ref", "data-footnote-backref"],
  img: ["src", "alt", "title", "width", "height", "loading", "decoding"],
};

/**
 * Attributes any kept element may carry: ids (heading anchors, footnotes), classes (alignment,
 * footnotes, code languages), language and direction, a title, ARIA.
 */
const GLOBAL_ATTRIBUTES: readonly string[] = ["id", "class", "lang", "dir", "title", "aria-label", "aria-labelledby", "aria-describedby"];

/**
 * Classes of the site's own chrome that hide text from the eye or move it off screen: in a recap's
 * HTML they would hide on the page what feeds and the email edition show (they read a page as a
 * screen reader does, htmlWithoutCss.ts), so that a recap could say one thing on the page and
 * another in the inbox (found in review). Removed from a recap's markup, as `aria-hidden` is
 * (which hid text from feeds and screen readers while the page showed it); GFM's footnote heading
 * keeps its `sr-only`.
 */
const RESERVED_CLASSES: ReadonlySet<string> = new Set([...VISUALLY_HIDDEN_CLASSES, "skip-link"]);
const RESERVED_CLASS_TEXT = new RegExp([...RESERVED_CLASSES].join("|"), "i");

/** Elements dropped together with their content (the rest keep their text when dropped). */
const DROPPED_WITH_CONTENT = ["script", "style", "template", "noscript", "textarea", "option", "select", "iframe", "object", "embed", "frameset", "noembed", "noframes", "xmp", "svg", "math", "title", "head"];

/** URL-valued attributes and what they are used for. */
const URL_ATTRIBUTES: Record<string, UrlUse> = { href: "link", src: "image", cite: "link" };

/** Attribute values that must be whole numbers to mean anything (the Nu checker agrees). */
const NUMERIC = new Set(["width", "height", "colspan", "rowspan", "span", "start", "value"]);

/** What the sanitiser removed from a piece of HTML, for `npm run check`. */
export interface Removal {
  /** `element`: an element not in the allowlist; `attribute`: an attribute not allowed on its element; `url`: a URL the URL check refused. */
  kind: "element" | "attribute" | "url";
  /** The element, lower case. */
  element: string;
  attribute?: string;
  /** The refused URL, or the attribute's value. */
  value?: string;
  /** Why a URL was refused. */
  reason?: string;
  /** A refused URL whose scheme could run code or read local files: an error, not only a removal (see `UrlVerdict`). */
  dangerous?: boolean;
}

const attributeAllowed = (element: string, attribute: string): boolean => (ALLOWED_ELEMENTS[element]?.includes(attribute) ?? false) || GLOBAL_ATTRIBUTES.includes(attribute);

/**
 * Attributes whose value must be one of a few keywords: anything else is an HTML error (the Nu
 * checker fails the page) and means nothing to a browser.
 */
const KEYWORDS: Record<string, readonly string[]> = {
  target: ["_blank"],
  dir: ["ltr", "rtl", "auto"],
  scope: ["row", "col", "rowgroup", "colgroup"],
  type: ["1", "a", "A", "i", "I", "checkbox"],
  loading: ["lazy", "eager"],
  decoding: ["sync", "async", "auto"],
};

/** What a start tag becomes: its name (a name outside the allowlist drops it) and attributes. */
interface Transformed {
  tagName: string;
  attribs: Record<string, string>;
  text?: string;
}

/**
 * The attribute changes no allowlist can express: URLs through the URL check, numbers that must be
 * numbers, keywords that must be keywords, GFM's checkbox kept inert, `target="_blank"` with
 * `noopener`, an image without a usable source replaced by its alt text and one without alt
 * text given an empty one. Reports what it removed.
 */
function transform(element: string, attribs: Record<string, string>, report?: (r: Removal) => void): Transformed {
  // Most tags of a newsletter carry no attribute (li, p, strong): nothing to do.
  if (element !== "img" && element !== "input") {
    let any = false;
    for (const _ in attribs) {
      any = true;
      break;
    }
    if (!any) return { tagName: element, attribs };
  }
  if (!ALLOWED_ELEMENTS[element]) return { tagName: element, attribs };
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(attribs)) {
    if (!attributeAllowed(element, name)) {
      report?.({ kind: "attribute", element, attribute: name, value });
      continue;
    }
    const use = URL_ATTRIBUTES[name];
    if (use) {
      const verdict = checkUrl(value, use);
      if (!verdict.ok) {
        report?.({ kind: "url", element, attribute: name, value, reason: verdict.reason, dangerous: verdict.dangerous });
        continue;
      }
    }
    if ((NUMERIC.has(name) && !/^\s*-?\d+\s*$/.test(value)) || (KEYWORDS[name] && !KEYWORDS[name].includes(value.trim()))) {
      report?.({ kind: "attribute", element, attribute: name, value });
      continue;
    }
    // The page's own ids are `bd:`-prefixed (`bd:main`, `bd:toc-title`), which no heading's slug can
    // be; a recap's markup may not take them either (found in review: a heading "Main" gave a
    // second id="main", and the skip link and the Nu checker went wrong).
    if (name === "id" && /^bd:/i.test(value.trim())) {
      report?.({ kind: "attribute", element, attribute: name, value });
      continue;
    }
    // A test of the text first: most class attributes (every table cell's alignment) hold none of them.
    if (name === "class" && RESERVED_CLASS_TEXT.test(value) && value.split(/\s+/).some((c) => RESERVED_CLASSES.has(c.toLowerCase()))) {
      const footnoteLabel = attribs.id === "footnote-label";
      const kept = value.split(/\s+/).filter((c) => c !== "" && (!RESERVED_CLASSES.has(c.toLowerCase()) || (footnoteLabel && c === "sr-only")));
      if (kept.length !== value.split(/\s+/).filter(Boolean).length) report?.({ kind: "attribute", element, attribute: name, value });
      if (kept.length) out[name] = kept.join(" ");
      continue;
    }
    out[name] = value;
  }
  if (out.target !== undefined) out.rel = [...new Set([...(out.rel ?? "").split(/\s+/).filter(Boolean), "noopener"])].join(" ");
  if (element === "input") {
    // Only GFM's task-list checkbox, inert; never a form field.
    if (out.type !== "checkbox") {
      report?.({ kind: "element", element: "input" });
      return { tagName: "span", attribs: {} };
    }
    return { tagName: element, attribs: { type: "checkbox", ...(out.checked !== undefined ? { checked: "" } : {}), disabled: "" } };
  }
  if (element === "img") {
    // A void element renamed to an element that is dropped leaves a stray end tag in
    // sanitize-html 2.17; a <span> with the alt text is what a reader would see anyway.
    if (!out.src?.trim()) return { tagName: "span", attribs: {}, text: out.alt ?? "" };
    // Astro's image placeholder carries its alt text inside (see `keepAstroImages`).
    if (out.src.startsWith(ASTRO_IMAGE_PLACEHOLDER)) return { tagName: element, attribs: out };
    out.alt ??= "";
    // The remote-image policy: lazy https, a local copy, or a link to the image (docs/images.md).
    const rewrite = rewriteRemoteImage(out, remoteImagePolicy);
    // Inside a link (`[![alt](img)](page)`) the text alone: a link may not hold another.
    if (rewrite.kind === "link") return linkDepth > 0 ? { tagName: "span", attribs: {}, text: rewrite.text } : { tagName: "a", attribs: { href: rewrite.href }, text: rewrite.text };
    return { tagName: element, attribs: rewrite.attribs };
  }
  return { tagName: element, attribs: out };
}

/** How many `<a>` elements the running sanitiser is inside (reset by each call; see `trackLinks`). */
let linkDepth = 0;

/** Counts open `<a>` elements, so that an image inside a link does not become a link itself. */
function trackLinks(inner: Pick<sanitize.IOptions, "onOpenTag" | "onCloseTag">): Pick<sanitize.IOptions, "onOpenTag" | "onCloseTag"> {
  return {
    onOpenTag: (tagName, attribs) => {
      if (tagName === "a") linkDepth++;
      inner.onOpenTag?.(tagName, attribs);
    },
    onCloseTag: (tagName, isImplied) => {
      if (tagName === "a" && linkDepth > 0) linkDepth--;
      inner.onCloseTag?.(tagName, isImplied);
    },
  };
}

/** sanitize-html 2.17's options; `allowedEmptyAttributes` is missing from @types/sanitize-html 2.16. */
type Options = sanitize.IOptions & { allowedEmptyAttributes: string[] };

function options(report?: (r: Removal) => void): Options {
  return {
    allowedTags: Object.keys(ALLOWED_ELEMENTS),
    allowedAttributes: Object.fromEntries([...Object.entries(ALLOWED_ELEMENTS).map(([tag, attrs]) => [tag, [...attrs]]), ["*", [...GLOBAL_ATTRIBUTES]]]),
    // The URL check below decides; these are sanitize-html's own, kept as a second line.
    allowedSchemes: ["http", "https", "mailto"],
    allowedSchemesByTag: { img: ["http", "https"] },
    allowedSchemesAppliedToAttributes: ["href", "src", "cite"],
    allowProtocolRelative: true,
    allowedEmptyAttributes: ["alt", "checked", "disabled", "open", "reversed", "data-footnotes", "data-footnote-ref", "data-footnote-backref"],
    disallowedTagsMode: "discard",
    nonTextTags: DROPPED_WITH_CONTENT,
    parseStyleAttributes: false,
    // Per element rather than "*": only a per-element transform may set the text of what it returns.
    transformTags: Object.fromEntries(Object.keys(ALLOWED_ELEMENTS).map((tag) => [tag, (tagName: string, attribs: sanitize.Attributes) => transform(tagName, attribs, report)])),
    ...trackLinks(report ? reportRemovedElements(report) : {}),
  };
}

/** How deep the report is inside an element that goes with its content (reset by each `sanitizerRemovals`). */
let insideDropped = 0;

/**
 * Reports each element outside the allowlist, but not the elements inside one that goes with its
 * content (an `<svg>` is one removal, not one per shape).
 */
function reportRemovedElements(report: (r: Removal) => void): Pick<sanitize.IOptions, "onOpenTag" | "onCloseTag"> {
  return {
    onOpenTag: (tagName) => {
      if (insideDropped > 0) {
        insideDropped++;
        return;
      }
      if (!ALLOWED_ELEMENTS[tagName]) report({ kind: "element", element: tagName });
      if (DROPPED_WITH_CONTENT.includes(tagName)) insideDropped = 1;
    },
    onCloseTag: () => {
      if (insideDropped > 0) insideDropped--;
    },
  };
}

const PAGE_OPTIONS = options();

/** Where `REPORT_OPTIONS` sends removals: the running `sanitizerRemovals` call's list. */
let activeReport: ((r: Removal) => void) | undefined;
/** Built once: the body scan calls `sanitizerRemovals` for every piece of raw HTML of a recap. */
const REPORT_OPTIONS = options((r) => activeReport?.(r));

/** A link with no content but white space, in the sanitiser's output (which quotes every attribute with `"`). */
const EMPTY_LINK = /<a(\s[^>]*)?>(\s*)<\/a>/g;

/**
 * Names this allowlist: HTML sanitised under another (cached by an earlier build) is sanitised
 * again. A hash of the allowlist, so that editing it changes the name.
 */
export const SANITIZER_ID = `sanitize-html-${fnv1a(JSON.stringify([ALLOWED_ELEMENTS, GLOBAL_ATTRIBUTES, DROPPED_WITH_CONTENT, EMPTY_LINK.source]))}`;

function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, "0");
}

/**
 * Sanitises HTML that comes from input (see the module comment): elements and attributes outside
 * the allowlist are removed (the text of a removed element stays, except for scripts, styles,
 * embedded documents, SVG and MathML, which go with their content), URLs the URL check refuses
 * are removed, and so are characters HTML and XML forbid. Idempotent.
 * @example sanitizeHtml('<p onclick="x()">Hi<script>x()</script></p>') // "<p>Hi</p>"
 */
export function sanitizeHtml(html: string): string {
  return keepAstroImages(html.replace(FORBIDDEN_CHARACTERS, ""), (h) => {
    linkDepth = 0;
    // Again after the parse: a character reference decodes to one (`&#3` in a real issue's raw
    // HTML, cut off mid-entity, became U+0003, which the HTML checker refuses; found in review).
    return nameEmptyLinks(sanitize(h, PAGE_OPTIONS)).replace(FORBIDDEN_CHARACTERS, "");
  });
}

/**
 * Gives a link with nothing to show its own URL as its text. Markdown's `[](https://...)` (real
 * newsletter archives hold it: the AINews issues of 2024-08-07, 2025-06-10 and 2025-10-16) makes a
 * link readers cannot see and screen readers cannot name (axe's `link-name`); both renderers
 * publish it as written. The URL is what the source gives, so it is what the link says. A link
 * named otherwise (`aria-label`, `aria-labelledby`, `title`) or without an `href` is left as it is.
 * @example nameEmptyLinks('<a href="https://x.org/a?b=1&amp;c=2"></a>') // '<a href="https://x.org/a?b=1&amp;c=2">https://x.org/a?b=1&amp;c=2</a>'
 */
function nameEmptyLinks(html: string): string {
  return html.replace(EMPTY_LINK, (whole, attributes: string | undefined) => {
    if (attributes === undefined || /\s(?:aria-label|aria-labelledby|title)=/.test(attributes)) return whole;
    const href = /\shref="([^"]+)"/.exec(attributes)?.[1];
    return href === undefined ? whole : `<a${attributes}>${href}</a>`;
  });
}

/** A site path no recap links to, standing in for an Astro image while the sanitiser runs. */
const ASTRO_IMAGE_PLACEHOLDER = "/__benchdigest-astro-image__/";
const ASTRO_IMAGE_ATTRIBUTE = /\s__ASTRO_IMAGE_="([^"]*)"/g;
/** The keys of the JSON Astro writes in it. */
const ASTRO_IMAGE_KEYS: ReadonlySet<string> = new Set(["src", "alt", "index", "title"]);

/**
 * Astro renders a Markdown image of a local file (`![chart](./chart.png)`) as `<img
 * __ASTRO_IMAGE_="{json}">` and swaps in the optimised image's attributes when the page renders
 * (astro/dist/content/runtime.js). The sanitiser would lower-case and re-encode that attribute,
 * and drop an image without a `src`: so each one stands in as a placeholder `src` while `run`
 * sanitises, and comes back unchanged afterwards, when the image's own `src` in the JSON passes the
 * URL check (otherwise the image is dropped like any other).
 */
function keepAstroImages(html: string, run: (html: string) => string): string {
  if (!html.includes("__ASTRO_IMAGE_")) return run(html);
  const kept: string[] = [];
  const marked = html.replace(ASTRO_IMAGE_ATTRIBUTE, (whole, json: string) => {
    let data: Record<string, unknown>;
    try {
      data = JSON.parse(json.replaceAll("&#x22;", '"')) as Record<string, unknown>;
    } catch {
      return "";
    }
    if (data === null || typeof data !== "object" || Array.isArray(data)) return "";
    // Only what Astro writes (a local file's `src`, its `alt`, its `index`): written by hand in a
    // recap's HTML, other keys would become attributes when Astro expands it, unescaped (found in
    // review: `onerror` in the JSON), and a remote `src` is no local image of Astro's.
    const src = data.src;
    if (Object.keys(data).some((k) => !ASTRO_IMAGE_KEYS.has(k))) return "";
    if (typeof src !== "string" || /^(?:[a-z][a-z0-9+.-]*:|\/\/|\\)/i.test(src.trim()) || !checkUrl(src, "image").ok) return "";
    kept.push(whole);
    return ` src="${ASTRO_IMAGE_PLACEHOLDER}${kept.length - 1}"`;
  });
  return run(marked).replace(new RegExp(` src="${ASTRO_IMAGE_PLACEHOLDER}(\\d+)"`, "g"), (whole, i: string) => kept[Number(i)] ?? whole);
}

/**
 * What `sanitizeHtml` would remove from `html`, each removal once, in document order; for
 * `npm run check` and the build's refusal of bad URLs. Elements inside a removed `<svg>` or
 * `<script>` are not listed separately.
 */
export function sanitizerRemovals(html: string): Removal[] {
  const found: Removal[] = [];
  const seen = new Set<string>();
  const report = (r: Removal) => {
    const key = `${r.kind}|${r.element}|${r.attribute ?? ""}|${r.value ?? ""}`;
    if (seen.has(key)) return;
    seen.add(key);
    found.push(r);
  };
  activeReport = report;
  insideDropped = 0;
  linkDepth = 0;
  try {
    sanitize(html, REPORT_OPTIONS);
  } finally {
    activeReport = undefined;
  }
  return found;
}
