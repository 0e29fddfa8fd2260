import type { APIRoute } from "astro";
import { SITE } from "../config";
import * as pngSite from "virtual:benchdigest/site";
import { renderPlotPngCached } from "../integrations/pngThreads";
import { siteCardSvg } from "../lib/share/socialCard";

/**
 * The default social image, /og-default.png (OG_DEFAULT_IMAGE in src/config.ts): the site's title
 * and description drawn at build time, so that the picture says what its alt text says
 * (`siteCardAlt`, BaseLayout.astro) on any site, not the sample's name.
 */
export const GET: APIRoute = async () => {
  const svg = siteCardSvg({ title: SITE.title, description: SITE.description, host: new URL(SITE.url).host });
  return new Response(Buffer.from(await renderPlotPngCached(pngSite, svg)), { headers: { "Content-Type": "image/png" } });
};
