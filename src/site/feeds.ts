/**
 * Every feed of the site, built once per build from the one item builder (src/lib/feeds): the
 * site-wide feed (recaps and weekly digests with full content; RSS, Atom and JSON Feed) and one
 * RSS feed per topic, company and person with `TAG_FEED_MIN_RECAPS` recaps and per model with
 * `MODEL_FEED_MIN_RECAPS` (summaries and links). Each recap is rendered and
 * prepared at most once. Inline SVG plots become PNGs under /feed-images/ (see
 * src/pages/feed-images/[name].ts), registered here as items are built.
 */
import { createHash } from "node:crypto";
import { FEED_ITEM_LIMIT, SITE } from "../config";
import { buildFeedItem, newestItems, type FeedItem } from "../lib/feeds/feedItem";
import type { FeedImage } from "../lib/feeds/feedHtml";
import type { FeedMeta } from "../lib/feeds/serializeFeed";
import { TAG_TYPES, type TagType } from "../schemas/tagAlias";
import { digestDescription, digestRepeatsItsRecap, digestTitle } from "../lib/digests/digestText";
import type { Digest } from "../lib/digests/buildDigests";
import { clearRenderedRecaps, componentHtml, recapHtml } from "./recapHtml";
import { getSiteData, recapsFor, type Recap, type SiteData } from "./siteData";
import DigestBody from "../components/DigestBody.astro";
import { descriptionHtml, descriptionText } from "../lib/markdown/description";
import { rasterZoom } from "../lib/plots/rasterSvg";
import ChangeDetails from "../components/ChangeDetails.astro";
import { changeSummary, changeTitle } from "../lib/changes/changeText";
import type { ChangeEntry } from "../lib/changes/dataChanges";
import { changePath, changesPath, digestPath, feedImagePath, modelLabelPath, modelPath, recapPath, tagPath } from "../lib/routes/paths";
import { recapModelsNote } from "../lib/feeds/recapModelsNote";

/** One feed: what it is about and its newest items. */
export interface Feed {
  meta: Omit<FeedMeta, "selfUrl">;
  items: FeedItem[];
}

/** The PNG files feeds point at: file name -> SVG markup. */
const feedImages = new Map<string, string>();

const siteUrl = () => new URL("/", SITE.url).href;
const absolute = (path: string) => new URL(path, SITE.url).href;

/** SVG size from its width/height attributes or its viewBox. */
function svgSize(svg: string): { width?: number; height?: number } {
  const open = /^<svg[^>]*>/.exec(svg)?.[0] ?? "";
  const attr = (name: string) => Number(new RegExp(`\\s${name}="([\\d.]+)"`).exec(open)?.[1]) || undefined;
  const viewBox = /viewBox="[\d.-]+[ ,]+[\d.-]+[ ,]+([\d.]+)[ ,]+([\d.]+)"/.exec(open);
  return { width: attr("width") ?? (viewBox ? Number(viewBox[1]) : undefined), height: attr("height") ?? (viewBox ? Number(viewBox[2]) : undefined) };
}

/** The scale feed PNGs are drawn at (src/pages/feed-images/[name].ts), for sharp display. */
export const FEED_IMAGE_SCALE = 2;

/** The file name of an inline SVG plot's PNG under /feed-images/: a hash of the SVG. */
export const feedImageName = (svg: string): string => `${createHash("sha256").update(svg).digest("hex").slice(0, 16)}.png`;

/**
 * Where the PNG of an inline SVG plot is published (`/feed-images/<hash>.png`), registering it for
 * the build: the feed items call this, and the build publishes exactly what they registered.
 */
function feedImageFor(svg: string): FeedImage {
  feedImages.set(feedImageName(svg), svg);
  return plotImage(svg);
}

/**
 * Where the PNG of an inline SVG plot would be published, without registering it: for the email
 * edition, whose images are published only if a feed item carries them too (getFeedImages).
 */
export function plotImage(svg: string): FeedImage {
  const name = feedImageName(svg);
  // The size the item shows the image at: the SVG's own, unless its PNG was scaled down to the
  // raster limits (an SVG asking for 8000 x 8000 pixels).
  const { width, height } = svgSize(svg);
  const zoom = width && height ? rasterZoom(width, height, FEED_IMAGE_SCALE) : FEED_IMAGE_SCALE;
  const shrink = zoom === undefined ? undefined : Math.min(1, zoom / FEED_IMAGE_SCALE);
  return { src: absolute(feedImagePath(name)), width: shrink && width ? width * shrink : undefined, height: shrink && height ? height * shrink : undefined };
}

const recapItems = new Map<string, Promise<FeedItem>>();

/** What a recap offers a feed, without its body. */
function recapSource(site: SiteData, recap: Recap) {
  return {
    path: recapPath(recap.id),
    title: recap.data.title,
    date: recap.data.date,
    description: recap.data.description && descriptionText(recap.data.description),
    descriptionHtml: recap.data.description && descriptionHtml(recap.data.description),
    categories: [
      ...TAG_TYPES.flatMap((type) => site.tagsOf(recap, type).map(site.tagName)),
      ...(site.mentions.byRecap.get(recap.id) ?? []).flatMap((m) => (m.id ? [site.modelsById.get(m.id)?.name ?? m.id] : [])),
    ],
  };
}

/**
 * The line a recap's feed item and email edition end with: the models it names, linked to their
 * pages, and its other model names, linked to their label pages (src/lib/feeds/recapModelsNote.ts).
 */
export function recapModelsHtml(site: SiteData, recap: Recap): string {
  const mentions = site.mentions.byRecap.get(recap.id) ?? [];
  return recapModelsNote(
    mentions.flatMap((m) => (m.id ? [{ text: site.modelsById.get(m.id)?.name ?? m.id, href: modelPath(m.id) }] : [])),
    mentions.flatMap((m) => {
      if (m.id) return [];
      const page = site.labelPageOf(m.label);
      return [{ text: m.label, href: page && modelLabelPath(page.slug) }];
    }),
  );
}

/** A recap's full-content feed item (its body, then the models it names), rendered and prepared once per build. */
function recapItem(site: SiteData, recap: Recap): Promise<FeedItem> {
  let item = recapItems.get(recap.id);
  if (!item) {
    item = recapHtml(recap).then((html) => buildFeedItem({ ...recapSource(site, recap), html: html + recapModelsHtml(site, recap) }, { site: siteUrl(), imageFor: feedImageFor }));
    recapItems.set(recap.id, item);
  }
  return item;
}

async function digestItem(site: SiteData, digest: Digest): Promise<FeedItem> {
  const recaps = recapsFor(site, digest.recapIds);
  const html = await componentHtml(DigestBody, { digest, recaps, changes: site.digestChanges.get(digest.key) ?? [] });
  return buildFeedItem({ path: digestPath(digest.key), title: digestTitle(digest), date: digest.date, updated: digest.updated, description: digestDescription(digest, recaps.length, site.digestChanges.get(digest.key)?.length), html }, { site: siteUrl(), imageFor: feedImageFor });
}

/** A data-changelog entry as a feed item: its details (with sources) as the content. */
async function changeItem(entry: ChangeEntry): Promise<FeedItem> {
  const html = await componentHtml(ChangeDetails, { entry });
  const categories = [entry.benchmark.name, ...(entry.kind === "correction" ? [entry.model.name] : [])];
  return buildFeedItem({ path: changePath(entry), title: changeTitle(entry), date: entry.date, description: changeSummary(entry), html, categories }, { site: siteUrl(), imageFor: feedImageFor });
}

/** Feed keys: `site`, `changes`, `topics/<slug>`, `companies/<slug>`, `people/<slug>`, `models/<id>` (or a model label's slug). */
export type FeedKey = "site" | "changes" | `${TagType}/${string}` | `models/${string}`;

/**
 * Feeds never carry drafts, not even in `npm run dev` where the pages show them: a feed reader
 * pointed at a dev server would otherwise keep the draft after it changes or disappears.
 */
const published = (recaps: readonly Recap[]) => recaps.filter((r) => !r.data.draft);

let allFeeds: Promise<Map<string, Feed>> | undefined;

/** Every feed of the site, keyed by `FeedKey`; computed once per build. */
function getFeeds(): Promise<Map<string, Feed>> {
  if (import.meta.env.DEV) {
    // In `npm run dev` recaps change between requests: nothing rendered earlier may be reused.
    recapItems.clear();
    clearRenderedRecaps();
    // The images feeds register are rebuilt with them, so the set is what a build would publish.
    feedImages.clear();
    allFeeds = undefined;
  }
  if (!allFeeds) allFeeds = buildFeeds();
  return allFeeds;
}

async function buildFeeds(): Promise<Map<string, Feed>> {
  const site = await getSiteData();
  const feeds = new Map<string, Feed>();
  const base = { language: SITE.lang, author: SITE.author, iconUrl: absolute("/favicon.svg") };

  // Site-wide: the newest recaps and digests together, but not a digest that only repeats its
  // one recap (digestRepeatsItsRecap). Only the newest N are rendered.
  type Source = { date: Date; path: string; make: () => Promise<FeedItem> };
  const sources: Source[] = [
    ...published(site.recaps).map((r) => ({ date: r.data.date, path: recapPath(r.id), make: () => recapItem(site, r) })),
    ...site.digests
      .filter((d) => !digestRepeatsItsRecap(d, site.digestChanges.get(d.key)?.length ?? 0))
      .map((d) => ({ date: d.date, path: digestPath(d.key), make: () => digestItem(site, d) })),
  ];
  feeds.set("site", {
    meta: { ...base, title: SITE.title, description: SITE.description, homeUrl: siteUrl() },
    items: await Promise.all(newestItems(sources, FEED_ITEM_LIMIT).map((s) => s.make())),
  });

  // The data changelog: its newest entries, each with its details and source.
  feeds.set("changes", {
    meta: { ...base, title: `${SITE.title}: data changes`, description: "Every new report, corrected figure and new benchmark version in the data, each with its source.", homeUrl: absolute(changesPath()) },
    items: await Promise.all(site.changes.slice(0, FEED_ITEM_LIMIT).map((e) => changeItem(e))),
  });

  // Topic, company, person and model feeds carry each recap's summary and link, not its body: a
  // recap sits in a dozen such feeds, and full bodies would multiply the site's size by that
  // (4,000 AINews issues of ~40 KB in ~15 tag feeds each: gigabytes of XML). The site-wide feeds
  // carry the full content.
  // A recap's summary item is the same in every feed that lists it (its topics, companies,
  // people and models): built once, not once per feed (a full-size issue sits in a dozen).
  const summaryItems = new Map<string, FeedItem>();
  const summaryItem = (r: Recap) => {
    let item = summaryItems.get(r.id);
    if (!item) {
      item = buildFeedItem(recapSource(site, r), { site: siteUrl(), imageFor: feedImageFor });
      summaryItems.set(r.id, item);
    }
    return item;
  };
  const recapFeed = (recaps: readonly Recap[]) => published(recaps).slice(0, FEED_ITEM_LIMIT).map(summaryItem);
  for (const type of TAG_TYPES) {
    for (const tag of site.tags[type].filter((t) => site.hasTagFeed(type, t.slug))) {
      feeds.set(`${type}/${tag.slug}`, {
        meta: { ...base, title: `${SITE.title}: ${tagTypeLabel(type)} ${site.tagName(tag)}`, description: `Recaps tagged ${site.tagName(tag)}.`, homeUrl: absolute(tagPath(type, tag.slug)) },
        items: recapFeed(recapsFor(site, tag.recapIds)),
      });
    }
  }
  for (const model of site.modelPages.filter((m) => site.hasModelFeed(m.id))) {
    const ids = site.mentions.byModel.get(model.id) ?? [];
    feeds.set(`models/${model.id}`, {
      meta: { ...base, title: `${SITE.title}: ${model.name}`, description: `Recaps that mention ${model.name}.`, homeUrl: absolute(modelPath(model.id)) },
      items: recapFeed(recapsFor(site, ids)),
    });
  }
  // Model labels that name no one model (a family, a product...): their slugs are no model's id.
  for (const label of site.labelPages.filter((l) => site.hasLabelFeed(l.slug))) {
    feeds.set(`models/${label.slug}`, {
      meta: { ...base, title: `${SITE.title}: ${label.name}`, description: `Recaps that name ${label.name}.`, homeUrl: absolute(modelLabelPath(label.slug)) },
      items: recapFeed(recapsFor(site, label.recapIds)),
    });
  }
  return feeds;
}

/** A feed by key; throws for an unknown key (a page asked for a feed that is not built). */
export async function getFeed(key: FeedKey): Promise<Feed> {
  const feed = (await getFeeds()).get(key);
  if (!feed) throw new Error(`no feed "${key}"`);
  return feed;
}

/**
 * Every PNG a feed item points at, after all feeds are built: file name -> SVG. These, and only
 * these, are published under /feed-images/ (src/pages/feed-images/[name].ts).
 */
export async function getFeedImages(): Promise<Map<string, string>> {
  await getFeeds();
  return feedImages;
}

/**
 * The site-wide feed and the file names of the PNGs a build publishes under /feed-images/, from
 * one build of the feeds (in `npm run dev` each getFeeds call rebuilds them): for the email edition.
 */
export async function getSiteFeedAndImages(): Promise<{ site: Feed; images: ReadonlySet<string> }> {
  const feeds = await getFeeds();
  return { site: feeds.get("site")!, images: new Set(feedImages.keys()) };
}

/** "topic", "company", "person" for headings and feed titles. */
export function tagTypeLabel(type: TagType): string {
  return { topics: "topic", companies: "company", people: "person" }[type];
}

/** The response of a feed endpoint. */
export function feedResponse(body: string, type: "rss" | "atom" | "json"): Response {
  const contentType = { rss: "application/rss+xml", atom: "application/atom+xml", json: "application/feed+json" }[type];
  return new Response(body, { headers: { "Content-Type": `${contentType}; charset=utf-8` } });
}
