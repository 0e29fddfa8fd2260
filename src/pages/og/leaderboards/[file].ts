import type { APIRoute, GetStaticPaths } from "astro";
import { SITE } from "../../../config";
import * as pngSite from "virtual:benchdigest/site";
import { renderPlotPngCached } from "../../../integrations/pngThreads";
import { socialCardSvg } from "../../../lib/share/socialCard";
import { leaderboardCard } from "../../../lib/views/socialCards";
import { leaderboardImagePath } from "../../../lib/routes/paths";
import { getSiteData } from "../../../site/siteData";

/** The social image of every benchmark version's leaderboard (1200×630 PNG, rendered once per build). */
export const getStaticPaths = (async () => {
  const site = await getSiteData();
  const host = new URL(SITE.url).host;
  return site.benchmarks.map((b) => ({
    params: { file: leaderboardImagePath(b.id, b.version).split("/").at(-1)! },
    props: { svg: socialCardSvg(leaderboardCard(site.boards.board(b), { title: SITE.title, host }, site.leftOutOf(b) !== undefined)) },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => new Response(Buffer.from(await renderPlotPngCached(pngSite, (props as { svg: string }).svg)), { headers: { "Content-Type": "image/png" } });
