import type { APIRoute, GetStaticPaths } from "astro";
import * as pngSite from "virtual:benchdigest/site";
import { renderPlotPngCached } from "../../../integrations/pngThreads";
import { getSocialImages } from "../../../site/socialImages";

/** The social image of every model page (1200×630 PNG, rendered once per build, asked for ahead: src/site/socialImages.ts). */
export const getStaticPaths = (async () => (await getSocialImages()).models.map(({ file, svg }) => ({ params: { file }, props: { svg } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => new Response(Buffer.from(await renderPlotPngCached(pngSite, (props as { svg: string }).svg)), { headers: { "Content-Type": "image/png" } });
