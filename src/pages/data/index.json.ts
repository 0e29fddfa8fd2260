import type { APIRoute } from "astro";
import { downloadIndex } from "../../lib/downloads/downloadIndex";
import { comparePath, downloadPath } from "../../lib/routes/paths";
import { getSiteData } from "../../site/siteData";

/** `/data/index.json`: every board download with the models it ranks, and the pre-built comparisons (read by the compare picker). */
export const GET: APIRoute = async () => {
  const site = await getSiteData();
  const index = downloadIndex({ boards: site.benchmarksInOrder.map((b) => site.boards.board(b)), models: site.models, pairs: site.compare.pairs, downloadPath, comparePath });
  return new Response(`${JSON.stringify(index, null, 2)}\n`, { headers: { "Content-Type": "application/json" } });
};
