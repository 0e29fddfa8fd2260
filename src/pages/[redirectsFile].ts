import type { APIRoute, GetStaticPaths } from "astro";
import { redirectsFile } from "../lib/content/redirects";
import { getSiteData } from "../site/siteData";

/**
 * `/_redirects`: the old paths of imported archives as 301 rules in the file Netlify and Cloudflare
 * Pages read. (A route file named `_redirects.ts` would be private to Astro: underscore files are
 * not routes, so the name comes in as a parameter.) Other hosts serve the redirect pages.
 */
export const getStaticPaths = (async () => ((await getSiteData()).redirects.length ? [{ params: { redirectsFile: "_redirects" } }] : [])) satisfies GetStaticPaths;

export const GET: APIRoute = async () => new Response(redirectsFile((await getSiteData()).redirects), { headers: { "Content-Type": "text/plain; charset=utf-8" } });
