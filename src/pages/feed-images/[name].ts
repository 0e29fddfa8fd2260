import type { APIRoute, GetStaticPaths } from "astro";
import * as pngSite from "virtual:benchdigest/site";
import { renderPlotPngCached } from "../../integrations/pngThreads";
import { FEED_IMAGE_SCALE, getFeedImages } from "../../site/feeds";

/**
 * The PNG of every inline SVG plot that a feed item carries (feed readers strip inline SVG), at
 * twice the SVG's size for sharp display. Names are content hashes, so a changed plot gets a new URL.
 */
export const getStaticPaths = (async () => {
  const images = await getFeedImages();
  return [...images.entries()].map(([name, svg]) => ({ params: { name }, props: { svg } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const png = await renderPlotPngCached(pngSite, (props as { svg: string }).svg, { scale: FEED_IMAGE_SCALE });
  return new Response(Buffer.from(png), { headers: { "Content-Type": "image/png" } });
};
