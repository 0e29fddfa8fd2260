import type { APIRoute, GetStaticPaths } from "astro";
import { renderRss } from "../../../lib/feeds/serializeFeed";
import { feedResponse, getFeed } from "../../../site/feeds";
import { getSiteData } from "../../../site/siteData";

/**
 * One RSS feed per model that `MODEL_FEED_MIN_RECAPS` recaps mention: the newest of them. A model
 * mentioned less often links the site-wide feed from its page (SiteData.hasModelFeed).
 */
export const getStaticPaths = (async () => {
  const site = await getSiteData();
  return site.modelPages.filter((m) => site.hasModelFeed(m.id)).map((m) => ({ params: { id: m.id } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const { meta, items } = await getFeed(`models/${params.id}`);
  return feedResponse(renderRss({ ...meta, selfUrl: new URL("rss.xml", meta.homeUrl).href }, items), "rss");
};
