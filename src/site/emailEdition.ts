/**
 * The email edition of a recap (for editors, in `npm run dev`): its rendered body, then the models
 * it names linked to their pages (as its feed item ends), with every link
 * absolute and each plot as the PNG the feeds publish (`/feed-images/`), wrapped in the email
 * template (src/lib/email) and with its CSS inlined (juice). The PNGs are served by the production
 * site, which publishes those of the feed items only (the site-wide feed's newest FEED_ITEM_LIMIT
 * items, recaps and weekly digests together): the warnings check each image against that set
 * (getFeedImages, what src/pages/feed-images/ publishes), and say when the recap is a draft, whose
 * page the email links to is not built.
 */
import { FEED_ITEM_LIMIT, SITE } from "../config";
import { emailPublicationWarnings } from "../lib/email/emailWarnings";
import { emailHtml, emailSize } from "../lib/email/emailTemplate";
import { subscribeForm } from "../lib/email/subscribe";
import { prepareFeedHtml } from "../lib/feeds/feedHtml";
import { formatDate } from "../lib/format/formatDate";
import { descriptionHtml, descriptionText } from "../lib/markdown/description";
import { recapPath } from "../lib/routes/paths";
import { feedImageName, getSiteFeedAndImages, plotImage, recapModelsHtml } from "./feeds";
import { inlineCss } from "../integrations/inlineCss";
import { SUBSCRIBE } from "../config";
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
  const imageNames: string[] = [];
  const bodyHtml = prepareFeedHtml((await recapHtml(recap)) + recapModelsHtml(await getSiteData(), recap), {
    base: webUrl,
    imageFor: (svg) => {
      const image = plotImage(svg);
      images.push(image.src);
      imageNames.push(feedImageName(svg));
      return image;
    },
  });
  const html = inlineCss(
    emailHtml({
      title: recap.data.title,
      date: formatDate(recap.data.date),
      description: recap.data.description && descriptionText(recap.data.description),
      descriptionHtml: recap.data.description && prepareFeedHtml(descriptionHtml(recap.data.description), { base: webUrl, imageFor: plotImage }),
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
  const { site, images: published } = await getSiteFeedAndImages();
  const feed = site.items;
  const recapUrls = new Set((await getSiteData()).recaps.map((r) => new URL(recapPath(r.id), SITE.url).href));
  const isRecap = (url: string) => recapUrls.has(url);
  const oldest = feed.at(-1);
  warnings.push(
    ...emailPublicationWarnings({
      siteUrl: new URL("/", SITE.url).href,
      draft: Boolean(recap.data.draft),
      webUrl,
      images: images.length,
      unpublished: imageNames.filter((name) => !published.has(name)).length,
      feed: {
        limit: FEED_ITEM_LIMIT,
        recaps: feed.filter((item) => isRecap(item.url)).length,
        // The site-wide feed carries recaps and weekly digests only.
        digests: feed.filter((item) => !isRecap(item.url)).length,
        oldest: oldest && formatDate(oldest.date),
        hasRecap: feed.some((item) => item.url === webUrl),
      },
    }),
  );
  return { html, bytes: size.bytes, clipped: size.clipped, sizeText: size.text, images, warnings };
}
