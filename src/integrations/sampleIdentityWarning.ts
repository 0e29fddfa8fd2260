import type { AstroIntegration } from "astro";
import { sampleIdentityProblems, type SiteIdentity } from "../lib/check/sampleIdentity";

/**
 * Warns at the start of `astro build` of each setting still the sample's (its subscribe account,
 * title, author) on a site whose URL is no longer the example (src/lib/check/sampleIdentity.ts).
 * A warning, as siteUrlWarning's: `npm run check -- --strict` is the gate that fails on it.
 */
export function sampleIdentityWarning(site: SiteIdentity, exampleUrl: string): AstroIntegration {
  return {
    name: "benchdigest-sample-identity",
    hooks: {
      "astro:build:start": ({ logger }) => {
        for (const problem of sampleIdentityProblems(site, exampleUrl)) logger.warn(problem.message);
      },
    },
  };
}
