import type { APIRoute, GetStaticPaths } from "astro";
import { SITE } from "../../../config";
import * as pngSite from "virtual:benchdigest/site";
import { renderPlotPngCached } from "../../../integrations/pngThreads";
import { socialCardSvg } from "../../../lib/share/socialCard";
import { modelCard } from "../../../lib/views/socialCards";
import { modelImagePath } from "../../../lib/routes/paths";
import { getSiteData } from "../../../site/siteData";

/** The social image of every model page (1200×630 PNG, rendered once per build). */
export const getStaticPaths = (async () => {
  const site = await getSiteData();
  const host = new URL(SITE.url).host;
  const boards = site.benchmarksInOrder.map((b) => site.boards.board(b));
  return site.modelPages.map((m) => ({
    params: { file: modelImagePath(m.id).split("/").at(-1)! },
    props: { svg: socialCardSvg(modelCard(m, boards, site.mentions.byModel.get(m.id)?.length ?? 0, { title: SITE.title, host }, site.headlineId, (board) => site.leftOutOf(board.benchmark) !== undefined)) },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => new Response(Buffer.from(await renderPlotPngCached(pngSite, (props as { svg: string }).svg)), { headers: { "Content-Type": "image/png" } });
