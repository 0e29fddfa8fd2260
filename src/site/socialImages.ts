/**
 * The social images of model pages and leaderboards (1200×630 PNG cards, `/og/...`): each card's
 * file name and SVG, worked out once per build for their routes (src/pages/og/), and asked for
 * ahead of those routes so that the PNG threads draw them while the other pages render
 * (`prefetchPngs`, src/integrations/pngThreads.ts).
 */
import { SITE } from "../config";
import { prefetchPngs, type PngSite } from "../integrations/pngThreads";
import { leaderboardImagePath, modelImagePath } from "../lib/routes/paths";
import { socialCardSvg } from "../lib/share/socialCard";
import { leaderboardCard, modelCard } from "../lib/views/socialCards";
import { getSiteData } from "./siteData";

/** One social image: its file name under its folder, and the SVG it is drawn from. */
export interface SocialImage {
  file: string;
  svg: string;
}

/** Every social image of the site, by folder. */
export interface SocialImages {
  models: SocialImage[];
  leaderboards: SocialImage[];
}

let cached: Promise<SocialImages> | undefined;

/** The site's social images, computed once per build (in `npm run dev`, once per request). */
export function getSocialImages(): Promise<SocialImages> {
  if (import.meta.env.DEV || !cached) cached = socialImages();
  return cached;
}

async function socialImages(): Promise<SocialImages> {
  const site = await getSiteData();
  const host = new URL(SITE.url).host;
  const boards = site.benchmarksInOrder.map((b) => site.boards.board(b));
  return {
    models: site.modelPages.map((m) => ({
      file: modelImagePath(m.id).split("/").at(-1)!,
      svg: socialCardSvg(modelCard(m, boards, site.mentions.byModel.get(m.id)?.length ?? 0, { title: SITE.title, host }, site.headlineId)),
    })),
    leaderboards: site.benchmarks.map((b) => ({
      file: leaderboardImagePath(b.id, b.version).split("/").at(-1)!,
      svg: socialCardSvg(leaderboardCard(site.boards.board(b), { title: SITE.title, host })),
    })),
  };
}

let asked = false;

/**
 * Asks the PNG threads for every social image ahead of its route, once per build (the middleware
 * calls it on the first page). A failure here is left to the routes, which compute the same list
 * and report it.
 */
export function prefetchSocialImages(site: PngSite): void {
  if (asked) return;
  asked = true;
  getSocialImages().then(
    ({ models, leaderboards }) => prefetchPngs(site, [...leaderboards, ...models]),
    () => {},
  );
}
