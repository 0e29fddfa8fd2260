import { tagFeedGet, tagFeedPaths } from "../../../site/tagRoutes";

/** One RSS feed per tag: the newest recaps tagged with it. */
export const getStaticPaths = () => tagFeedPaths("people");
export const GET = tagFeedGet("people");
