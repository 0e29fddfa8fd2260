import { plural } from "../format/plural";

/** What the email edition's warnings are made from (src/site/emailEdition.ts computes it). */
export interface EmailPublication {
  /** The production site, `https://benchdigest.example.org/`. */
  siteUrl: string;
  /** The recap is a draft: the site builds no page for it and no feed carries it. */
  draft: boolean;
  /** The recap's page on the site, which the email links to. */
  webUrl: string;
  /** Plot images the email shows. */
  images: number;
  /** Of those, the ones a production build does not publish (no feed item carries them). */
  unpublished: number;
  /**
   * The site-wide feed, whose items' plot images are published: its limit, what it holds now and
   * whether this recap is one of its items.
   */
  feed: { limit: number; recaps: number; digests: number; oldest?: string; hasRecap: boolean };
}

/**
 * The warnings about what an email edition points at on the site: a draft's page (not built, so
 * its link is a 404) and plot images that no feed item carries (so no build publishes them).
 *
 * @example emailPublicationWarnings({ ..., images: 1, unpublished: 1, feed: { limit: 20, recaps: 9, digests: 11, oldest: "6 March 2026", hasRecap: false } })
 * // ["Its 1 plot image is not published on https://...: plot images are published for the items of the site-wide feed only, its newest 20 recaps and weekly digests together (FEED_ITEM_LIMIT in src/config.ts; now 9 recaps and 11 digests, back to 6 March 2026), and this recap is not one of them."]
 */
export function emailPublicationWarnings(p: EmailPublication): string[] {
  if (p.draft) {
    const images = p.images > 0 ? ` and its ${plural(p.images, "plot image")} ${p.images === 1 ? "is" : "are"} not published` : "";
    return [`This recap is a draft: the site builds no page for it, so the email's links to ${p.webUrl} lead to a "page not found"${images}. Remove draft: true, build and deploy the site, then send.`];
  }
  if (p.unpublished === 0) return [];
  const which = p.unpublished === p.images ? `Its ${plural(p.images, "plot image")} ${p.images === 1 ? "is" : "are"}` : `${p.unpublished} of its ${plural(p.images, "plot image")} ${p.unpublished === 1 ? "is" : "are"}`;
  const now = `now ${plural(p.feed.recaps, "recap")} and ${plural(p.feed.digests, "digest")}${p.feed.oldest ? `, back to ${p.feed.oldest}` : ""}`;
  return [
    `${which} not published on ${p.siteUrl}: plot images are published for the items of the site-wide feed only, its newest ${p.feed.limit} recaps and weekly digests together (FEED_ITEM_LIMIT in src/config.ts; ${now})${p.feed.hasRecap ? "" : ", and this recap is not one of them"}.`,
  ];
}
