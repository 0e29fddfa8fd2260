import { FEED_PATHS } from "../routes/paths";

/** The feed a tag or model page offers its readers. */
export interface PageFeed {
  href: string;
  /** Its own feed (announced with an autodiscovery link), or the site-wide one (already announced by every page). */
  own: boolean;
}

/**
 * A tag or model page's feed: its own when it has one (`TAG_FEED_MIN_RECAPS` or
 * `MODEL_FEED_MIN_RECAPS` recaps), else the site-wide feed, which serves a reader of a tag on one
 * or two recaps better than a feed that would rarely change.
 * @example pageFeed("/topics/agents/rss.xml", false) // { href: "/rss.xml", own: false }
 */
export function pageFeed(ownPath: string, hasOwn: boolean): PageFeed {
  return hasOwn ? { href: ownPath, own: true } : { href: FEED_PATHS.rss, own: false };
}
