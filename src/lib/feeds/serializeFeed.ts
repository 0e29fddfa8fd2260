import type { FeedItem } from "./feedItem";
import { escapeHtml } from "../format/escapeHtml";

/** A feed's channel: what every format says about the feed as a whole. */
export interface FeedMeta {
  title: string;
  description: string;
  /** Absolute URL of the HTML page the feed follows. */
  homeUrl: string;
  /** Absolute URL of this feed file. */
  selfUrl: string;
  /** BCP 47 language tag, e.g. `en`. */
  language: string;
  author: string;
  /** Absolute URL of a small icon (JSON Feed `favicon`). */
  iconUrl?: string;
}

/**
 * Characters XML 1.0 forbids (C0 controls other than tab, LF, CR; U+FFFE/FFFF; lone surrogates).
 * Newsletter exports carry a few; one would make the whole feed unreadable.
 */
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text safe for XML content and attributes. */
export function xmlText(text: string): string {
  return escapeHtml(text.replace(INVALID_XML, ""));
}

/**
 * Plain text for an RSS `<description>`: readers (and feedparser) take that element as HTML, so the
 * text is escaped as HTML first, then as XML. A title such as `<script>` then reads as text instead
 * of becoming markup in the reader. (Atom `<summary>` and `<subtitle>` default to type="text".)
 */
function rssDescription(text: string): string {
  return xmlText(text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;"));
}

/** A CDATA section holding `text`, split wherever `]]>` occurs. */
function cdata(text: string): string {
  return `<![CDATA[${text.replace(INVALID_XML, "").replace(/]]>/g, "]]]]><![CDATA[>")}]]>`;
}

/**
 * The newest item's date, or the date an item's content last changed if later (the feed changed
 * then too); undefined for a feed with no items (a new site's: docs/editing.md).
 */
const newest = (items: readonly FeedItem[]) => (items.length ? new Date(Math.max(...items.map((i) => (i.updated ?? i.date).getTime()))) : undefined);

/** RSS 2.0 with the full content in `content:encoded` and an `atom:link` to itself. */
export function renderRss(meta: FeedMeta, items: readonly FeedItem[]): string {
  const out = [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">`,
    `<channel>`,
    `<title>${xmlText(meta.title)}</title>`,
    `<link>${xmlText(meta.homeUrl)}</link>`,
    `<description>${rssDescription(meta.description)}</description>`,
    `<language>${xmlText(meta.language)}</language>`,
    // A feed with no items has no date of its own to give: it gives none (lastBuildDate is
    // optional) rather than 1970, which readers would show as the feed's age.
    ...(items.length ? [`<lastBuildDate>${newest(items)!.toUTCString()}</lastBuildDate>`] : []),
    `<atom:link href="${xmlText(meta.selfUrl)}" rel="self" type="application/rss+xml"/>`,
  ];
  for (const item of items) {
    out.push(
      `<item>`,
      `<title>${xmlText(item.title)}</title>`,
      `<link>${xmlText(item.url)}</link>`,
      `<guid isPermaLink="true">${xmlText(item.url)}</guid>`,
      `<pubDate>${item.date.toUTCString()}</pubDate>`,
      `<dc:creator>${xmlText(meta.author)}</dc:creator>`,
      ...(item.summary ? [`<description>${rssDescription(item.summary)}</description>`] : []),
      `<content:encoded>${cdata(item.contentHtml)}</content:encoded>`,
      ...item.categories.map((c) => `<category>${xmlText(c)}</category>`),
      `</item>`,
    );
  }
  out.push(`</channel>`, `</rss>`, ``);
  return out.join("\n");
}

/**
 * Atom 1.0 (RFC 4287) with the full content as escaped HTML. `builtAt` (the moment of the build)
 * is the `<updated>` of a feed with no items.
 */
export function renderAtom(meta: FeedMeta, items: readonly FeedItem[], builtAt: Date = new Date()): string {
  const out = [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${xmlText(meta.language)}">`,
    `<id>${xmlText(meta.homeUrl)}</id>`,
    `<title>${xmlText(meta.title)}</title>`,
    `<subtitle>${xmlText(meta.description)}</subtitle>`,
    // RFC 4287 requires <updated> on the feed; with no entries, the newest entry's date (which keeps
    // the feed byte for byte the same between builds) does not exist, and 1970 would be a false
    // claim: the build is the last time the feed changed (it became empty, or was made so).
    `<updated>${(newest(items) ?? builtAt).toISOString()}</updated>`,
    `<link rel="self" type="application/atom+xml" href="${xmlText(meta.selfUrl)}"/>`,
    `<link rel="alternate" type="text/html" href="${xmlText(meta.homeUrl)}"/>`,
    `<author><name>${xmlText(meta.author)}</name></author>`,
  ];
  for (const item of items) {
    out.push(
      `<entry>`,
      `<id>${xmlText(item.url)}</id>`,
      `<title>${xmlText(item.title)}</title>`,
      `<link rel="alternate" type="text/html" href="${xmlText(item.url)}"/>`,
      `<published>${item.date.toISOString()}</published>`,
      // An item whose content grew after publication (the current week's digest) says when.
      `<updated>${(item.updated ?? item.date).toISOString()}</updated>`,
      // Also on each entry, as the RSS items carry it: an entry inherits the feed's author (RFC 4287
      // 4.2.1), but newsboat and feedparser read none from there, and showed the Atom entries
      // without the author the RSS feed's items have.
      `<author><name>${xmlText(meta.author)}</name></author>`,
      ...(item.summary ? [`<summary>${xmlText(item.summary)}</summary>`] : []),
      `<content type="html">${xmlText(item.contentHtml)}</content>`,
      ...item.categories.map((c) => `<category term="${xmlText(c)}"/>`),
      `</entry>`,
    );
  }
  out.push(`</feed>`, ``);
  return out.join("\n");
}

/** JSON Feed 1.1 (https://jsonfeed.org/version/1.1). */
export function renderJsonFeed(meta: FeedMeta, items: readonly FeedItem[]): string {
  const clean = (s: string) => s.replace(INVALID_XML, "");
  const feed = {
    version: "https://jsonfeed.org/version/1.1",
    title: meta.title,
    home_page_url: meta.homeUrl,
    feed_url: meta.selfUrl,
    description: meta.description,
    language: meta.language,
    ...(meta.iconUrl ? { favicon: meta.iconUrl } : {}),
    authors: [{ name: meta.author }],
    items: items.map((item) => ({
      id: item.url,
      url: item.url,
      title: item.title,
      content_html: clean(item.contentHtml),
      ...(item.summary ? { summary: item.summary } : {}),
      date_published: item.date.toISOString(),
      ...(item.updated ? { date_modified: item.updated.toISOString() } : {}),
      ...(item.categories.length ? { tags: item.categories } : {}),
    })),
  };
  return `${JSON.stringify(feed, null, 2)}\n`;
}
