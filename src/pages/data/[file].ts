import type { APIRoute, GetStaticPaths } from "astro";
import { boardToCsv, boardToJson } from "../../lib/downloads/leaderboardDownload";
import { downloadName } from "../../lib/routes/paths";
import { getSiteData } from "../../site/siteData";

/** `/data/<benchmark>-<version>.csv` and `.json` for every leaderboard, generated at build time. */
export const getStaticPaths = (async () => {
  const site = await getSiteData();
  return site.benchmarks.flatMap((benchmark) => {
    const board = site.boards.board(benchmark);
    // What of the publisher's table the board does not rank: the rows it outranks say so.
    const leftOut = site.leftOutOf(benchmark);
    return [
      { params: { file: downloadName(benchmark.id, benchmark.version, "csv") }, props: { body: boardToCsv(board, leftOut), type: "text/csv; charset=utf-8" } },
      { params: { file: downloadName(benchmark.id, benchmark.version, "json") }, props: { body: boardToJson(board, leftOut), type: "application/json" } },
    ];
  });
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => new Response(props.body as string, { headers: { "Content-Type": props.type as string } });
