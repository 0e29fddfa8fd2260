import { prepareFeedHtml, type FeedImage } from "./feedHtml";
import { escapeHtml } from "../format/escapeHtml";

/** What a page offers a feed: a recap or a digest, before it becomes an item. */
export interface FeedSource {
  /** Site path of the page, e.g. `/recaps/2026-02-17-claude-sonnet-4-6-launch/`. */
  path: string;
  title: string;
  date: Date;
  /** When the content last changed, if after `date` (a digest of the current week grows: `Digest.updated`). */
  updated?: Date;
  /** Plain-text summary. */
  description?: string;
  /** The summary as inline HTML (sanitised), for a summary-only item's content; else the text, escaped. */
  descriptionHtml?: string;
  /** The page's rendered content (HTML); undefined gives a summary-only item. */
  html?: string;
  /** Tags and model names shown as categories. */
  categories?: readonly string[];
}

/** One feed item, the same for RSS, Atom and JSON Feed. */
export interface FeedItem {
  /** Absolute URL of the page; also the item's permanent id. */
  url: string;
  title: string;
  /** Publication date: it never moves, so readers keep the item in its place. */
  date: Date;
  /** When the content last changed, if after `date`: Atom `updated`, JSON Feed `date_modified`. */
  updated?: Date;
  summary?: string;
  /** Full content with absolute links and images, or the summary as HTML. */
  contentHtml: string;
  categories: string[];
}

/** Options of `buildFeedItem`. */
export interface FeedItemOptions {
  /** Absolute site URL, e.g. `https://benchdigest.example.org/`. */
  site: string | URL;
  /** Where the PNG of an inline SVG is (see `prepareFeedHtml`). */
  imageFor: (svg: string) => FeedImage;
}


/**
 * The one feed item builder: every feed (RSS, Atom, JSON Feed, site-wide, per topic, per model)
 * turns recaps and digests into items here, so an item reads the same in every format.
 */
export function buildFeedItem(source: FeedSource, { site, imageFor }: FeedItemOptions): FeedItem {
  const url = new URL(source.path, site).href;
  const summary = source.description?.trim() || undefined;
  // A summary-only item reads its summary (links in it made absolute like a page's) and a link.
  const html = source.html ?? `<p>${source.descriptionHtml?.trim() || escapeHtml(summary ?? source.title)}</p><p><a href="${escapeHtml(url)}">Read on the site</a></p>`;
  const contentHtml = prepareFeedHtml(html, { base: url, imageFor });
  const updated = source.updated && source.updated > source.date ? source.updated : undefined;
  return { url, title: source.title, date: source.date, ...(updated && { updated }), summary, contentHtml, categories: [...new Set(source.categories ?? [])] };
}

/** The newest `limit` items, newest first; same-date items ordered by URL so feeds are stable. */
export function newestItems<T extends { date: Date; url?: string; path?: string }>(items: readonly T[], limit: number): T[] {
  const key = (i: T) => i.url ?? i.path ?? "";
  return [...items].sort((a, b) => b.date.getTime() - a.date.getTime() || key(a).localeCompare(key(b))).slice(0, limit);
}
