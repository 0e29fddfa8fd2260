import type { APIRoute } from "astro";
import { renderRss } from "../lib/feeds/serializeFeed";
import { feedResponse, getFeed } from "../site/feeds";

/** The site-wide RSS 2.0 feed: the newest recaps and weekly digests, full content. */
export const GET: APIRoute = async () => {
  const { meta, items } = await getFeed("site");
  return feedResponse(renderRss({ ...meta, selfUrl: new URL("/rss.xml", meta.homeUrl).href }, items), "rss");
};
