import type { APIRoute } from "astro";
import { getSiteData } from "../site/siteData";
import { directHits } from "../lib/search/directHits";
import { labPath, modelPath } from "../lib/routes/paths";

/** The names a search goes straight to (src/lib/search/directHits.ts): read by the search page only. */
export const GET: APIRoute = async () => {
  const site = await getSiteData();
  const index = directHits(site.modelPages, site.labs, modelPath, labPath);
  return new Response(JSON.stringify(index), { headers: { "Content-Type": "application/json; charset=utf-8" } });
};
