import { tagFeedGet, tagFeedPaths } from "../../../site/tagRoutes";

/** One RSS feed per tag: the newest recaps tagged with it. */
export const getStaticPaths = () => tagFeedPaths("companies");
export const GET = tagFeedGet("companies");
