import type { APIRoute, GetStaticPaths } from "astro";
import { renderRss } from "../../../lib/feeds/serializeFeed";
import { feedResponse, getFeed } from "../../../site/feeds";
import { getSiteData } from "../../../site/siteData";

/** One RSS feed per model label with `TAG_FEED_MIN_RECAPS` published recaps (`SiteData.hasLabelFeed`): the newest recaps that name it. */
export const getStaticPaths = (async () => {
  const site = await getSiteData();
  return site.labelPages.filter((label) => site.hasLabelFeed(label.slug)).map((label) => ({ params: { label: label.slug } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const { meta, items } = await getFeed(`models/${params.label}`);
  return feedResponse(renderRss({ ...meta, selfUrl: new URL("rss.xml", meta.homeUrl).href }, items), "rss");
};
