export const SITE_TITLE = "Baseline blog";
export const SITE_DESCRIPTION = "The Astro blog starter's pattern, for the build benchmark.";
