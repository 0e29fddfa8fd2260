import type { APIRoute } from "astro";
import { renderRss } from "../lib/feeds/serializeFeed";
import { feedResponse, getFeed } from "../site/feeds";
import { FEED_PATHS } from "../lib/routes/paths";

/** The site-wide RSS 2.0 feed: the newest recaps and weekly digests, full content. */
export const GET: APIRoute = async () => {
  const { meta, items } = await getFeed("site");
  return feedResponse(renderRss({ ...meta, selfUrl: new URL(FEED_PATHS.rss, meta.homeUrl).href }, items), "rss");
};
