import type { APIRoute, GetStaticPaths } from "astro";
import { renderRss } from "../../../lib/feeds/serializeFeed";
import { feedResponse, getFeed } from "../../../site/feeds";
import { getSiteData } from "../../../site/siteData";

/** One RSS feed per model: the newest recaps that mention it. */
export const getStaticPaths = (async () => (await getSiteData()).modelPages.map((m) => ({ params: { id: m.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const { meta, items } = await getFeed(`models/${params.id}`);
  return feedResponse(renderRss({ ...meta, selfUrl: new URL("rss.xml", meta.homeUrl).href }, items), "rss");
};
