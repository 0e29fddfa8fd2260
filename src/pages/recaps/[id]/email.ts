import type { APIRoute, GetStaticPaths } from "astro";
import { emailEdition } from "../../../site/emailEdition";
import { getSiteData, type Recap } from "../../../site/siteData";

/**
 * The email edition of a recap, for editors in `npm run dev` only (linked from the recap page
 * there): a production build makes none, since the site's readers get the web page and the feeds.
 * Save it, or copy its source, into the newsletter service (docs/email.md).
 */
export const getStaticPaths = (async () => {
  if (!import.meta.env.DEV) return [];
  return (await getSiteData()).recaps.map((recap) => ({ params: { id: recap.id }, props: { recap } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const edition = await emailEdition((props as { recap: Recap }).recap);
  for (const warning of edition.warnings) console.warn(`[email edition] ${(props as { recap: Recap }).recap.id}: ${warning}`);
  return new Response(edition.html, { headers: { "Content-Type": "text/html; charset=utf-8" } });
};
