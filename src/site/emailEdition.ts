/**
 * The email edition of a recap (for editors, in `npm run dev`): its rendered body, then the models
 * it names linked to their pages (as its feed item ends), with every link
 * absolute and each plot as the PNG the feeds publish (`/feed-images/`), wrapped in the email
 * template (src/lib/email) and with its CSS inlined (juice). The PNGs are served by the production
 * site, so they exist once the recap is published, built and deployed, and only for the recaps the
 * site-wide feed carries (the newest FEED_ITEM_LIMIT): the notes say when that is not the case.
 */
import { FEED_ITEM_LIMIT, SITE } from "../config";
import { emailHtml, emailSize } from "../lib/email/emailTemplate";
import { subscribeForm } from "../lib/email/subscribe";
import { prepareFeedHtml } from "../lib/feeds/feedHtml";
import { formatDate } from "../lib/format/formatDate";
import { recapPath } from "../lib/routes/paths";
import { inlineCss } from "../integrations/inlineCss";
import { SUBSCRIBE } from "../config";
import { feedImageFor, getFeed, recapModelsHtml } from "./feeds";
import { recapHtml } from "./recapHtml";
import { getSiteData, type Recap } from "./siteData";

/** An email edition and what the editor should know before sending it. */
export interface EmailEdition {
  html: string;
  bytes: number;
  /** Over Gmail's clipping size. */
  clipped: boolean;
  /** "38 KB, under Gmail's 102 KB clipping size", or the warning. */
  sizeText: string;
  /** Plot images the email points at. */
  images: string[];
  /** Warnings: clipping, images not (yet) on the production site. */
  warnings: string[];
}

/** Builds the email edition of one recap. */
export async function emailEdition(recap: Recap): Promise<EmailEdition> {
  const webUrl = new URL(recapPath(recap.id), SITE.url).href;
  const images: string[] = [];
  const bodyHtml = prepareFeedHtml((await recapHtml(recap)) + recapModelsHtml(await getSiteData(), recap), {
    base: webUrl,
    imageFor: (svg) => {
      const image = feedImageFor(svg);
      images.push(image.src);
      return image;
    },
  });
  const html = inlineCss(
    emailHtml({
      title: recap.data.title,
      date: formatDate(recap.data.date),
      description: recap.data.description,
      bodyHtml,
      webUrl,
      siteTitle: SITE.title,
      siteUrl: new URL("/", SITE.url).href,
      lang: SITE.lang,
      unsubscribeTag: subscribeForm(SUBSCRIBE)?.unsubscribeTag,
    }),
  );
  const size = emailSize(html);
  const warnings: string[] = [];
  if (size.clipped) warnings.push(size.text);
  if (images.length > 0) {
    const inFeed = (await getFeed("site")).items.some((item) => item.url === webUrl);
    if (recap.data.draft) warnings.push(`This recap is a draft: its ${images.length} plot images exist on ${SITE.url} only once it is published and the site deployed.`);
    else if (!inFeed) warnings.push(`Its ${images.length} plot images are published only for the newest ${FEED_ITEM_LIMIT} recaps (FEED_ITEM_LIMIT in src/config.ts); this one is older, so they are not on ${SITE.url}.`);
  }
  return { html, bytes: size.bytes, clipped: size.clipped, sizeText: size.text, images, warnings };
}
