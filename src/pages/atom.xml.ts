import type { APIRoute } from "astro";
import { renderAtom } from "../lib/feeds/serializeFeed";
import { feedResponse, getFeed } from "../site/feeds";

/** The site-wide Atom feed (the same items as /rss.xml). */
export const GET: APIRoute = async () => {
  const { meta, items } = await getFeed("site");
  return feedResponse(renderAtom({ ...meta, selfUrl: new URL("/atom.xml", meta.homeUrl).href }, items), "atom");
};
