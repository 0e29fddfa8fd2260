import type { AstroIntegration } from "astro";
import { siteUrlProblem } from "../lib/check/siteUrl";

/**
 * Warns at the start of `astro build` while the site URL is the example one (or stops it when the
 * URL is not an http(s) address): every canonical link, feed and sitemap entry is made from it.
 * A warning, not an error, so that the sample site, CI and the tests build as shipped;
 * `npm run check -- --strict` is the gate that fails on it.
 */
export function siteUrlWarning(url: string, example: string): AstroIntegration {
  return {
    name: "benchdigest-site-url",
    hooks: {
      "astro:build:start": ({ logger }) => {
        const problem = siteUrlProblem(url, example);
        if (!problem) return;
        if (problem.severity === "error") throw new Error(problem.message);
        logger.warn(problem.message);
      },
    },
  };
}
