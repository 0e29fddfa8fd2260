/**
 * getStaticPaths and feed handlers shared by the three tag namespaces (/topics/, /companies/,
 * /people/): each namespace's route files are two lines that call these.
 */
import type { APIRoute, PaginateFunction } from "astro";
import { RECAPS_PER_PAGE } from "../config";
import { renderRss } from "../lib/feeds/serializeFeed";
import type { TagType } from "../schemas/tagAlias";
import { feedResponse, getFeed } from "./feeds";
import { tagLetterPages } from "../lib/views/tagIndex";
import { getSiteData, recapsFor, TAG_INDEX_OPTIONS } from "./siteData";

/** Paginated pages of every tag of a type: `/topics/<slug>/`, `/topics/<slug>/2/` ... */
export async function tagPagePaths(type: TagType, paginate: PaginateFunction) {
  const site = await getSiteData();
  return site.tags[type].flatMap((tag) => paginate(recapsFor(site, tag.recapIds), { params: { slug: tag.slug }, pageSize: RECAPS_PER_PAGE, props: { tag, name: site.tagName(tag), hasOwnFeed: site.hasTagFeed(type, tag.slug) } }));
}

/**
 * The RSS feeds of a type's tags, `/topics/<slug>/rss.xml`: only for tags with
 * `TAG_FEED_MIN_RECAPS` recaps (`SiteData.hasTagFeed`); a smaller tag's page links the site-wide feed.
 */
export async function tagFeedPaths(type: TagType) {
  const site = await getSiteData();
  return site.tags[type].filter((tag) => site.hasTagFeed(type, tag.slug)).map((tag) => ({ params: { slug: tag.slug } }));
}

/**
 * The letter pages of a type's compact A-Z list (`/topics/all/<letter>/`), when it is too long
 * for the index page (`TAG_INDEX_INLINE_REST_LIMIT`); none otherwise.
 */
export async function tagLetterPaths(type: TagType) {
  const site = await getSiteData();
  // Each tag by the name it goes by (`SiteData.tagName`), as the index names it.
  return tagLetterPages(site.tags[type], TAG_INDEX_OPTIONS).map((group) => ({ params: { letter: group.letter }, props: { group: { ...group, tags: group.tags.map((t) => ({ ...t, name: site.tagName({ ...t, type }) })) } } }));
}

/** The GET handler of a tag's RSS feed. */
export function tagFeedGet(type: TagType): APIRoute {
  return async ({ params }) => {
    const { meta, items } = await getFeed(`${type}/${params.slug}`);
    return feedResponse(renderRss({ ...meta, selfUrl: new URL("rss.xml", meta.homeUrl).href }, items), "rss");
  };
}
