import type { APIRoute } from "astro";
import { renderJsonFeed } from "../lib/feeds/serializeFeed";
import { feedResponse, getFeed } from "../site/feeds";
import { FEED_PATHS } from "../lib/routes/paths";

/** The site-wide JSON Feed 1.1 (the same items as /rss.xml). */
export const GET: APIRoute = async () => {
  const { meta, items } = await getFeed("site");
  return feedResponse(renderJsonFeed({ ...meta, selfUrl: new URL(FEED_PATHS.json, meta.homeUrl).href }, items), "json");
};
