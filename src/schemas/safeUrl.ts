/**
 * The one URL check for URLs that come from input: Markdown links and images, `href`/`src` in raw
 * HTML, `href`/`src` props in MDX, the frontmatter `image`. The sanitiser
 * (src/lib/html/sanitizeHtml.ts), the Markdown and MDX scanners (src/lib/html/scanBody.ts) and the
 * recap schema all call it, so a URL is judged the same way wherever it was written.
 *
 * What passes: `http:` and `https:` URLs, `mailto:` for links, and URLs without a
 * scheme (`/models/gpt-5/`, `../x`, `#notes`, `?q=1`, `//host/x`, which is http(s) on another
 * host). Everything else is refused, `javascript:`, `vbscript:`, `data:`, `file:` included, however
 * it is disguised: browsers decode character references (`&#106;avascript:`), ignore case
 * (`JaVaScRiPt:`) and drop tabs, line breaks and leading control characters and spaces
 * (` java\tscript:`), so the check does the same before it reads the scheme.
 */

/** Where a URL is used: a link may also be `mailto:`; an image source or social image may not. */
export type UrlUse = "link" | "image";

/**
 * The verdict on one URL. A refused URL is `dangerous` when its scheme can run code or read what
 * the reader did not mean to give (`javascript:`, `vbscript:`, `data:`, `file:`...): the build and
 * `npm run check` refuse those with `file:line`. Any other scheme (`hhttps:` and `id:` are real
 * typos in the AINews archive) is only removed by the sanitiser, and `npm run check` warns.
 */
export type UrlVerdict = { ok: true } | { ok: false; reason: string; dangerous: boolean };

const LINK_SCHEMES = new Set(["http", "https", "mailto"]);
const IMAGE_SCHEMES = new Set(["http", "https"]);
/** Schemes that run script, carry a whole document or reach the reader's own machine. */
const DANGEROUS_SCHEMES = new Set(["javascript", "vbscript", "livescript", "data", "file", "blob", "filesystem", "jar", "view-source", "ms-its", "mhtml", "res"]);

/** The HTML character references a disguised scheme uses; numeric ones are decoded in general. */
const NAMED: Record<string, string> = {
  colon: ":",
  tab: "\t",
  newline: "\n",
  amp: "&",
  sol: "/",
  bsol: "\\",
  period: ".",
  lpar: "(",
  rpar: ")",
  quot: '"',
  apos: "'",
  lt: "<",
  gt: ">",
  nbsp: "\u00a0",
};

/**
 * Decodes character references until nothing changes (`&amp;#106;` too): the check may refuse a
 * little more than a browser would, never less. Numeric references without their `;` count, as
 * browsers read them.
 */
function decodeReferences(text: string): string {
  let current = text;
  for (let i = 0; i < 4; i++) {
    const next = current.replace(/&(?:#[xX]([0-9a-fA-F]+)|#(\d+)|([a-zA-Z]+));?/g, (whole, hex: string | undefined, dec: string | undefined, name: string | undefined) => {
      if (name !== undefined) return NAMED[name.toLowerCase()] ?? whole;
      const code = hex !== undefined ? parseInt(hex, 16) : Number(dec);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : "\ufffd";
    });
    if (next === current) break;
    current = next;
  }
  return current;
}

/**
 * The scheme a browser would read from `url` (lower case), or undefined for a URL without one.
 * Browsers strip leading C0 controls and spaces and remove tabs and line breaks anywhere; the
 * check removes every C0 control and space, and the characters that are invisible in a scheme.
 */
export function urlScheme(url: string): string | undefined {
  const squeezed = decodeReferences(url).replace(/[\u0000-\u0020\u007f-\u009f\u00a0\u00ad\u200b-\u200f\u2028\u2029\u2060\ufeff]+/g, "");
  const m = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(squeezed);
  return m ? m[1].toLowerCase() : undefined;
}

/**
 * Whether `url` may be used as a link (`use: "link"`) or an image source (`"image"`) on the site
 * and in feeds. The reason, when refused, completes "expected ..., found ...": it says what is
 * allowed.
 * @example checkUrl("JaVaScRiPt:alert(1)", "link") // { ok: false, reason: "..." }
 * @example checkUrl("/models/gpt-5/", "image") // { ok: true }
 */
export function checkUrl(url: string, use: UrlUse): UrlVerdict {
  const allowed = use === "link" ? LINK_SCHEMES : IMAGE_SCHEMES;
  const expected = use === "link" ? "an http(s) or mailto: URL, or a path on the site" : "an http(s) URL or a path on the site";
  const scheme = urlScheme(url);
  if (scheme === undefined) return { ok: true };
  if (!allowed.has(scheme)) return { ok: false, reason: `expected ${expected}; "${scheme}:" URLs are not allowed`, dangerous: DANGEROUS_SCHEMES.has(scheme) };
  return { ok: true };
}

/**
 * The frontmatter `image`: an absolute http(s) URL, or a path on the site starting with `/`
 * (`/og/sonnet.png`). Unlike a link, a social image is read by other sites' crawlers, which
 * resolve nothing relative to the page, so `og.png` and `//host/x.png` are refused too.
 */
export function checkSiteImage(value: string): UrlVerdict {
  const expected = "an http(s) URL or a path on the site starting with / (such as /og/sonnet.png)";
  const text = value.trim();
  if (urlScheme(text) === undefined) {
    // `//host/x` and `/\host/x` are other hosts to a browser, not paths on the site.
    if (!text.startsWith("/") || /^\/[/\\]/.test(text)) return { ok: false, reason: `expected ${expected}`, dangerous: false };
    return { ok: true };
  }
  const scheme = urlScheme(text)!;
  if (!IMAGE_SCHEMES.has(scheme)) return { ok: false, reason: `expected ${expected}; "${scheme}:" URLs are not allowed`, dangerous: DANGEROUS_SCHEMES.has(scheme) };
  // A link that does not parse is only a dead link; a social image that does not parse broke the
  // build (`new URL` in the page head), so it is refused here.
  let parsed: URL;
  try {
    parsed = new URL(text);
  } catch {
    return { ok: false, reason: `expected ${expected}; this ${scheme}: URL does not parse`, dangerous: false };
  }
  if (!parsed.hostname) return { ok: false, reason: `expected ${expected}; this ${scheme}: URL has no host`, dangerous: false };
  return { ok: true };
}
