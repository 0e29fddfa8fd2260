import { readFileSync } from "node:fs";
import { relative } from "node:path";
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { SITE } from "../../src/config";
import { DIST } from "../helpers/astro";
import { walkFiles } from "../helpers/distPages";
import { resolveBuiltFile } from "../helpers/staticServer";
import { displayPath } from "../../src/lib/format/displayPath";

/**
 * Link gate: every internal href/src in dist/ (HTML pages, the HTML inside feed items, feed and
 * sitemap URLs) resolves to a built file, every #anchor names an element that exists, and every
 * external link is a well-formed http(s) (or mailto) URL.
 */

const ORIGIN = new URL(SITE.url).origin;
const files = walkFiles(DIST).filter((f) => !relative(DIST, f).startsWith("pagefind"));
const htmlFiles = files.filter((f) => f.endsWith(".html"));
const xmlFiles = files.filter((f) => f.endsWith(".xml"));
const jsonFeeds = files.filter((f) => f.endsWith(".json") && /"version"\s*:\s*"https:\/\/jsonfeed\.org/.test(readFileSync(f, "utf8").slice(0, 500)));

/** One link found in a built file. */
interface Link {
  from: string;
  url: string;
  /** The URL the link is relative to (the page's own URL, or the site root for feeds). */
  base: string;
}

const pageUrl = (file: string) => {
  const rel = displayPath(DIST, file);
  return `${ORIGIN}/${rel.replace(/(^|\/)index\.html$/, "$1")}`;
};

/** href/src/srcset/poster and og:image-like metadata of an HTML document or fragment. */
function linksInHtml(html: string, from: string, base: string): Link[] {
  const { document } = parseHTML(html.trim().startsWith("<!") || html.includes("<html") ? html : `<!doctype html><html><body>${html}</body></html>`);
  const out: Link[] = [];
  const push = (url: string | null) => {
    if (url !== null) out.push({ from, url: url.trim(), base });
  };
  for (const el of document.querySelectorAll("[href], [src], [poster], [action]")) {
    // Inline SVG <a href> or <use href="#id"> are links too; <base> is not.
    if (el.tagName.toLowerCase() === "base") continue;
    for (const attr of ["href", "src", "poster", "action", "xlink:href"]) push(el.getAttribute(attr));
  }
  for (const el of document.querySelectorAll("[srcset]")) {
    for (const part of (el.getAttribute("srcset") ?? "").split(",")) push(part.trim().split(/\s+/)[0] || null);
  }
  for (const meta of document.querySelectorAll("meta[property], meta[name]")) {
    const key = (meta.getAttribute("property") ?? meta.getAttribute("name") ?? "").toLowerCase();
    if (/^(og:(image|url)|twitter:image)(:url)?$/.test(key)) push(meta.getAttribute("content"));
  }
  return out;
}

/** Links in an XML file (RSS, Atom, sitemap): link/loc/url elements, href attributes, and the HTML inside items. */
function linksInXml(xml: string, from: string): Link[] {
  const out: Link[] = [];
  const unescape = (s: string) => s.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&#39;|&apos;/g, "'").replace(/&amp;/g, "&");
  const text = (s: string) => {
    const cdata = /^<!\[CDATA\[([\s\S]*)\]\]>$/.exec(s.trim());
    return cdata ? cdata[1] : unescape(s.trim());
  };
  for (const m of xml.matchAll(/<(link|loc|comments|docs)>([^<]*|<!\[CDATA\[[\s\S]*?\]\]>)<\/\1>/g)) out.push({ from, url: text(m[2]), base: `${ORIGIN}/` });
  for (const m of xml.matchAll(/<[a-zA-Z:]+[^>]*?\s(?:href|url|uri)="([^"]*)"/g)) out.push({ from, url: unescape(m[1]), base: `${ORIGIN}/` });
  for (const m of xml.matchAll(/<(content:encoded|description|content|summary)(?:\s[^>]*)?>([\s\S]*?)<\/\1>/g)) {
    const html = text(m[2]);
    if (/<[a-z]/i.test(html)) out.push(...linksInHtml(html, `${from} (item content)`, `${ORIGIN}/`));
  }
  return out;
}

/** Links of a JSON Feed: home/feed URLs, item URLs, images and the HTML inside items. */
function linksInJsonFeed(json: string, from: string): Link[] {
  const feed = JSON.parse(json) as Record<string, unknown> & { items?: Record<string, unknown>[] };
  const out: Link[] = [];
  const base = `${ORIGIN}/`;
  for (const key of ["home_page_url", "feed_url", "icon", "favicon"]) if (typeof feed[key] === "string") out.push({ from, url: feed[key] as string, base });
  for (const item of feed.items ?? []) {
    for (const key of ["url", "external_url", "image", "banner_image"]) if (typeof item[key] === "string") out.push({ from, url: item[key] as string, base });
    if (typeof item.content_html === "string") out.push(...linksInHtml(item.content_html, `${from} (item content)`, base));
  }
  return out;
}

const idCache = new Map<string, Set<string>>();
function idsOf(file: string): Set<string> {
  let ids = idCache.get(file);
  if (!ids) {
    const { document } = parseHTML(readFileSync(file, "utf8"));
    ids = new Set([...document.querySelectorAll("[id]")].map((el) => el.getAttribute("id")!));
    for (const a of document.querySelectorAll("a[name]")) ids.add(a.getAttribute("name")!);
    idCache.set(file, ids);
  }
  return ids;
}

/** Why a link is broken, or undefined when it is fine. */
function checkLink(link: Link): string | undefined {
  const raw = link.url;
  if (raw === "") return "empty URL";
  let url: URL;
  try {
    url = new URL(raw, link.base);
  } catch {
    return "not a valid URL";
  }
  if (url.protocol === "mailto:") return /^mailto:[^@\s]+@[^@\s]+$/.test(raw) ? undefined : "malformed mailto: URL";
  if (url.protocol !== "http:" && url.protocol !== "https:") return `scheme ${url.protocol} is neither http nor https`;
  if (url.origin !== ORIGIN) {
    // External: well formed means absolute, http(s), a host with a dot, no spaces.
    if (!/^https?:\/\//i.test(raw)) return "an external link must be an absolute http(s) URL";
    if (!url.hostname.includes(".") || /\s/.test(raw)) return "malformed external URL";
    return undefined;
  }
  const file = resolveBuiltFile(DIST, url.pathname);
  if (!file) return `no built file for ${url.pathname}`;
  if (url.hash.length > 1) {
    if (!file.endsWith(".html")) return `anchor ${url.hash} on a non-HTML file`;
    const id = decodeURIComponent(url.hash.slice(1));
    if (!idsOf(file).has(id)) return `no element with id "${id}" on ${url.pathname}`;
  }
  return undefined;
}

describe("links in dist/", () => {
  const links: Link[] = [
    ...htmlFiles.flatMap((f) => linksInHtml(readFileSync(f, "utf8"), relative(DIST, f), pageUrl(f))),
    ...xmlFiles.flatMap((f) => linksInXml(readFileSync(f, "utf8"), relative(DIST, f))),
    ...jsonFeeds.flatMap((f) => linksInJsonFeed(readFileSync(f, "utf8"), relative(DIST, f))),
  ];

  it("finds links in pages, feeds and the sitemap", () => {
    expect(htmlFiles.length).toBeGreaterThan(0);
    expect(xmlFiles.some((f) => f.includes("sitemap"))).toBe(true);
    expect(links.length).toBeGreaterThan(htmlFiles.length);
  });

  it("every internal link resolves to a built file, every anchor exists, every external link is well formed", () => {
    const broken = new Map<string, string>();
    let internal = 0;
    for (const link of links) {
      let isInternal = false;
      try {
        isInternal = new URL(link.url, link.base).origin === ORIGIN;
      } catch {
        /* reported by checkLink */
      }
      if (isInternal) internal++;
      const problem = checkLink(link);
      if (problem) broken.set(`${link.from}: ${link.url}`, problem);
    }
    const external = new Set(links.map((l) => l.url).filter((u) => /^https?:/.test(u) && !u.startsWith(ORIGIN))).size;
    console.log(
      `[links] ${links.length} links in ${htmlFiles.length} pages, ${xmlFiles.length} XML files and ${jsonFeeds.length} JSON feeds: ${internal} internal, ${external} distinct external; ${broken.size} broken`,
    );
    expect(Object.fromEntries([...broken].slice(0, 50))).toEqual({});
  });

  it("the checker catches a dead link, a missing anchor and a javascript: URL", () => {
    const base = `${ORIGIN}/`;
    expect(checkLink({ from: "t", url: "/no-such-page/", base })).toMatch(/no built file/);
    expect(checkLink({ from: "t", url: "/#no-such-anchor", base })).toMatch(/no element with id/);
    expect(checkLink({ from: "t", url: "javascript:alert(1)", base })).toMatch(/neither http nor https/);
    expect(checkLink({ from: "t", url: "https://exa mple", base })).toBeDefined();
    expect(checkLink({ from: "t", url: "/", base })).toBeUndefined();
    expect(checkLink({ from: "t", url: "#bd:main", base })).toBeUndefined();
  });
});
