import Leaderboard from "./Leaderboard.astro";
import EfficiencyPlot from "./EfficiencyPlot.astro";
import ModelScore from "./ModelScore.astro";

/**
 * The components editors can use in any .mdx recap without importing them; the recap page passes
 * them as `<Content components={mdxComponents} />`. Their ids are checked at build time by
 * src/integrations/remarkComponentRefs.ts (the names here and `REF_COMPONENTS` in
 * src/lib/content/componentRefs.ts must agree).
 */
export const mdxComponents = { Leaderboard, EfficiencyPlot, ModelScore };
