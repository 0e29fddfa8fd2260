/**
 * The remote-image policy (REMOTE_IMAGES in src/config.ts, docs/images.md): what an `<img>` whose
 * source is on another host becomes on the pages and in the feeds, the CSP `img-src` that goes with
 * it, and the pure parts of the build-time download (which images a recap holds, with their lines;
 * whether a response is an image the site may keep; the copy's name). The download itself is I/O:
 * src/integrations/remoteImages.ts.
 *
 * `http:` and protocol-relative (`//host/x.png`) sources are upgraded to `https:` in every mode:
 * the pages are served over https, where browsers upgrade or block mixed-content images anyway,
 * and the CSP names `https:` only. A host that serves no https then shows the image's alt text
 * (load) or a link (download, block), never mixed content.
 */
import type Token from "markdown-it/lib/token.mjs";
import { createMarkdownIt } from "../markdown/renderMarkdown";
import { blankFrontmatter } from "../check/readFrontmatter";

/** What the site does with remote images; see REMOTE_IMAGES in src/config.ts. */
export type RemoteImageMode = "load" | "download" | "block";

/** The policy the sanitiser applies. */
export interface RemoteImagePolicy {
  mode: RemoteImageMode;
  /**
   * `"download"`: the site path of the downloaded copy of each image, keyed by its https URL as
   * `remoteImageUrl` writes it (`https://cdn.example.org/a.png` -> `/remote-images/<sha256>.png`).
   * An image without a copy becomes a link.
   */
  localCopies?: ReadonlyMap<string, string>;
  /** The site's own origin (`https://benchdigest.example.org`): its absolute image URLs (feed PNGs) are not remote. */
  siteOrigin?: string;
}

/** The folder of the site the downloaded copies are published in. */
export const REMOTE_IMAGE_DIR = "remote-images";

/**
 * The https URL an image source stands for when it is on another host, or undefined when it is a
 * path on the site (`/og.png`, `chart.png`) or not a URL a browser would load as an image.
 * @example remoteImageUrl("http://cdn.example.org/a b.png") // "https://cdn.example.org/a%20b.png"
 * @example remoteImageUrl("/images/a.png") // undefined
 */
export function remoteImageUrl(src: string): string | undefined {
  // Resolved as a browser resolves it, against a page of the site: `http:/\\evil.example/x.gif`,
  // `\\evil.example`, `/<tab>/evil.example` (a tab the URL parser drops) all load from another
  // host, though none starts with `//` or `https://` (found in review: they passed as site paths,
  // and feeds and the email edition sent readers' mail clients to that host).
  let url: URL;
  try {
    url = new URL(src.trim(), SITE_PLACEHOLDER);
  } catch {
    return undefined;
  }
  if ((url.protocol !== "http:" && url.protocol !== "https:") || !url.hostname || url.host === SITE_PLACEHOLDER_HOST) return undefined;
  url.protocol = "https:";
  return url.href;
}

/** The page relative sources are resolved against: a host no image can be on. */
const SITE_PLACEHOLDER = "https://site.invalid/recaps/page/";
const SITE_PLACEHOLDER_HOST = new URL(SITE_PLACEHOLDER).host;

/** The `img-src` sources of the pages' CSP under `mode`. */
export function imgSrcSources(mode: RemoteImageMode): string {
  return mode === "load" ? "'self' data: https:" : "'self' data:";
}

/** What an `<img>` becomes: an image with these attributes, or a link to the image with this text. */
export type ImageRewrite = { kind: "img"; attribs: Record<string, string> } | { kind: "link"; href: string; text: string };

/**
 * The rewrite of one `<img>` (its attributes after the sanitiser's checks) under `policy`. A site
 * image is left as it is. A remote one: `load`, the https URL, `loading="lazy"` and
 * `decoding="async"` unless the recap set them (its `width`/`height` are kept); `download`, the
 * local copy with the same attributes, or a link when there is none; `block`, a link. A link reads
 * `Image: <alt>` (or `Image from <host>` without alt text), so nothing goes missing silently.
 */
export function rewriteRemoteImage(attribs: Readonly<Record<string, string>>, policy: RemoteImagePolicy): ImageRewrite {
  const url = attribs.src === undefined ? undefined : remoteImageUrl(attribs.src);
  if (url === undefined || (policy.siteOrigin !== undefined && new URL(url).origin === policy.siteOrigin)) return { kind: "img", attribs: { ...attribs } };
  const src = policy.mode === "load" ? url : policy.mode === "download" ? policy.localCopies?.get(url) : undefined;
  if (src === undefined) {
    const alt = attribs.alt?.trim();
    return { kind: "link", href: url, text: alt ? `Image: ${alt}` : `Image from ${new URL(url).hostname}` };
  }
  return { kind: "img", attribs: { ...attribs, src, loading: attribs.loading ?? "lazy", decoding: attribs.decoding ?? "async" } };
}

/** One remote image of a recap, for the download. */
export interface RemoteImageRef {
  /** The https URL, as `remoteImageUrl` writes it. */
  url: string;
  /** The file's own line (frontmatter included, the opening `---` is line 1). */
  line: number;
}

const md = createMarkdownIt();
const RAW_IMG_SRC = /<img\b[^>]*?\ssrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/gi;

/** The entities an address in raw HTML is likely to hold; the sanitiser decodes them all the same way. */
function decodeAttribute(value: string): string {
  return value.replace(/&(?:#[xX]([0-9a-fA-F]+)|#(\d+)|(amp|quot|apos|lt|gt));/g, (_w, hex: string | undefined, dec: string | undefined, name: string | undefined) => {
    if (name) return { amp: "&", quot: '"', apos: "'", lt: "<", gt: ">" }[name]!;
    return String.fromCodePoint(hex !== undefined ? parseInt(hex, 16) : Number(dec));
  });
}

/**
 * The remote images of a recap (Markdown images and `<img src>` in raw HTML, not those in code),
 * each with its line, in document order; an image written twice is listed at each place. MDX JSX
 * with a computed `src` is not read.
 */
export function remoteImageRefs(source: string): RemoteImageRef[] {
  const lines = source.split(/\r\n|\r|\n/);
  const body = blankFrontmatter(source);
  const refs: RemoteImageRef[] = [];
  // The line within a block where `written` appears, else the block's first line.
  const lineOf = (map: [number, number] | null, written: string) => {
    const [from, to] = map ?? [0, lines.length];
    for (let i = from; i < to; i++) if (lines[i]?.includes(written)) return i + 1;
    return from + 1;
  };
  const add = (src: string, written: string, map: [number, number] | null) => {
    const url = remoteImageUrl(src);
    if (url !== undefined) refs.push({ url, line: lineOf(map, written) });
  };
  const rawImages = (html: string, map: [number, number] | null) => {
    for (const m of html.matchAll(RAW_IMG_SRC)) {
      const written = m[1] ?? m[2] ?? m[3] ?? "";
      add(decodeAttribute(written), written, map);
    }
  };
  const visit = (tokens: Token[], map: [number, number] | null) => {
    for (const token of tokens) {
      const here = token.map ?? map;
      if (token.type === "image") {
        const src = token.attrGet("src") ?? "";
        let written = src;
        try {
          written = decodeURI(src);
        } catch {
          // As normalised.
        }
        add(src, written.slice(0, 40), here);
      } else if (token.type === "html_block" || token.type === "html_inline") rawImages(token.content, here);
      if (token.children) visit(token.children, here);
    }
  };
  visit(md.parse(body, {}), null);
  return refs;
}

/** File extensions of the image types the download keeps. SVG is refused: it is a document that can carry script. */
const IMAGE_TYPES: Record<string, string> = {
  "image/png": "png",
  "image/jpeg": "jpg",
  "image/gif": "gif",
  "image/webp": "webp",
  "image/avif": "avif",
};

/**
 * Whether a downloaded response may become a file of the site: a raster image type, at most
 * `maxBytes`. The reason completes "expected ..., found ...".
 */
export function checkDownloadedImage(contentType: string | null, bytes: number, maxBytes: number): { ok: true; extension: string } | { ok: false; reason: string } {
  const type = (contentType ?? "").split(";")[0]!.trim().toLowerCase();
  const extension = IMAGE_TYPES[type];
  if (!extension) {
    const found = type === "image/svg+xml" ? "an SVG image (SVG can carry script; not downloaded)" : `Content-Type "${type || "none"}"`;
    return { ok: false, reason: `expected a PNG, JPEG, GIF, WebP or AVIF image, found ${found}` };
  }
  if (bytes > maxBytes) return { ok: false, reason: `expected at most ${maxBytes} bytes, found ${bytes}` };
  return { ok: true, extension };
}

/** The site path of a downloaded copy: content-addressed, so one image is stored once however many recaps use it. */
export function localImagePath(sha256: string, extension: string): string {
  return `/${REMOTE_IMAGE_DIR}/${sha256}.${extension}`;
}
