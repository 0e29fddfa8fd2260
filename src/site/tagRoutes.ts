/**
 * getStaticPaths and feed handlers shared by the three tag namespaces (/topics/, /companies/,
 * /people/): each namespace's route files are two lines that call these.
 */
import type { APIRoute, PaginateFunction } from "astro";
import { RECAPS_PER_PAGE } from "../config";
import { renderRss } from "../lib/feeds/serializeFeed";
import type { TagType } from "../schemas/tagAlias";
import { feedResponse, getFeed } from "./feeds";
import { getSiteData, recapsFor } from "./siteData";

/** Paginated pages of every tag of a type: `/topics/<slug>/`, `/topics/<slug>/2/` ... */
export async function tagPagePaths(type: TagType, paginate: PaginateFunction) {
  const site = await getSiteData();
  return site.tags[type].flatMap((tag) => paginate(recapsFor(site, tag.recapIds), { params: { slug: tag.slug }, pageSize: RECAPS_PER_PAGE, props: { tag } }));
}

/** One RSS feed per tag of a type: `/topics/<slug>/rss.xml`. */
export async function tagFeedPaths(type: TagType) {
  const site = await getSiteData();
  return site.tags[type].map((tag) => ({ params: { slug: tag.slug } }));
}

/** The GET handler of a tag's RSS feed. */
export function tagFeedGet(type: TagType): APIRoute {
  return async ({ params }) => {
    const { meta, items } = await getFeed(`${type}/${params.slug}`);
    return feedResponse(renderRss({ ...meta, selfUrl: new URL("rss.xml", meta.homeUrl).href }, items), "rss");
  };
}
