import { tagFeedGet, tagFeedPaths } from "../../../site/tagRoutes";

/** One RSS feed per tag: the newest recaps tagged with it. */
export const getStaticPaths = () => tagFeedPaths("topics");
export const GET = tagFeedGet("topics");
