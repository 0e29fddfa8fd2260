import type { APIRoute } from "astro";
import { renderRss } from "../../lib/feeds/serializeFeed";
import { feedResponse, getFeed } from "../../site/feeds";
import { CHANGES_FEED_PATHS } from "../../lib/routes/paths";

/** The data changelog as RSS 2.0: the newest entries, each with its details and source. */
export const GET: APIRoute = async () => {
  const { meta, items } = await getFeed("changes");
  return feedResponse(renderRss({ ...meta, selfUrl: new URL(CHANGES_FEED_PATHS.rss, meta.homeUrl).href }, items), "rss");
};
