import type { APIRoute } from "astro";
import { renderAtom } from "../lib/feeds/serializeFeed";
import { feedResponse, getFeed } from "../site/feeds";
import { FEED_PATHS } from "../lib/routes/paths";

/** The site-wide Atom feed (the same items as /rss.xml). */
export const GET: APIRoute = async () => {
  const { meta, items } = await getFeed("site");
  return feedResponse(renderAtom({ ...meta, selfUrl: new URL(FEED_PATHS.atom, meta.homeUrl).href }, items), "atom");
};
