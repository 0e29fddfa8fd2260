import type { APIRoute } from "astro";
import { renderAtom } from "../../lib/feeds/serializeFeed";
import { feedResponse, getFeed } from "../../site/feeds";
import { CHANGES_FEED_PATHS } from "../../lib/routes/paths";

/** The data changelog as Atom (the same items as /changes/rss.xml). */
export const GET: APIRoute = async () => {
  const { meta, items } = await getFeed("changes");
  return feedResponse(renderAtom({ ...meta, selfUrl: new URL(CHANGES_FEED_PATHS.atom, meta.homeUrl).href }, items), "atom");
};
