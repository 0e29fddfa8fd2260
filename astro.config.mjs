// @ts-check
import { defineConfig } from "astro/config";
import { benchdigest } from "./src/integrations/benchdigest.ts";
import { markdownOptions } from "./src/lib/markdown/markdownOptions.ts";
import { EXAMPLE_SITE_URL, REMOTE_IMAGES, SITE, SUBSCRIBE } from "./src/config.ts";
import { imgSrcSources } from "./src/lib/html/remoteImages.ts";
import { siteUrlWarning } from "./src/integrations/siteUrlWarning.ts";
import { publicShadowed } from "./src/integrations/publicShadowed.ts";
import { sampleIdentityWarning } from "./src/integrations/sampleIdentityWarning.ts";
import { hostHeaders } from "./src/integrations/hostHeaders.ts";
import { formActionOrigin } from "./src/lib/email/subscribe.ts";

// Forms post to the site itself and, when a subscribe form is configured (SUBSCRIBE in
// src/config.ts), to the newsletter service's origin; nothing else.
const subscribeOrigin = formActionOrigin(SUBSCRIBE);

// The site pins Astro 5.18.2 (package.json): `npm run dev` telling an editor that "a new version
// of Astro is available" (7.x, which needs a newer Node and changes the content layer this site
// builds on) invites an upgrade nothing here supports (helper-79). An editor who sets the variable
// keeps their own choice.
process.env.ASTRO_DISABLE_UPDATE_CHECK ??= "true";

// https://astro.build/config
export default defineConfig({
  // The site URL is set in one place, SITE.url in src/config.ts (or SITE_URL for one build).
  site: SITE.url,
  trailingSlash: "always",
  // SmartyPants at a fraction of Astro's cost, no Shiki (the CSP blocks its inline colours): see
  // src/lib/markdown/markdownOptions.ts. MDX takes its own remarkPlugins list, so the benchdigest
  // integration names SmartyPants there too.
  markdown: { ...markdownOptions, remarkPlugins: [...markdownOptions.remarkPlugins], rehypePlugins: [...markdownOptions.rehypePlugins] },
  // The site being built (Astro's root) for the content config, MDX with our remark plugins, the
  // sitemap: src/integrations/benchdigest.ts.
  // siteUrlWarning: the build warns while SITE.url is the example URL; sampleIdentityWarning, while
  // SUBSCRIBE, the title or the author is still the sample's on a site at another URL.
  // hostHeaders: writes dist/_headers with the frame policy a <meta> CSP cannot set (docs/embedding.md).
  // publicShadowed: stops the build where a page would write over a file of public/ (an editor's og-default.png).
  integrations: [benchdigest(), siteUrlWarning(SITE.url, EXAMPLE_SITE_URL), publicShadowed(), sampleIdentityWarning({ ...SITE, subscribe: SUBSCRIBE }, EXAMPLE_SITE_URL), hostHeaders()],
  // concurrency: pages render 8 at a time. One at a time, the build waited on each page's file
  // write: about a third of page generation on a 5,000-page archive was the main thread idle
  // (docs/performance.md).
  build: { format: "directory", concurrency: 8 },
  experimental: {
    // A strict Content-Security-Policy in a <meta> on every page: scripts and styles only from the
    // site itself or by the SHA-256 hash Astro computes for each inline one; no inline event
    // handlers, no eval. 'wasm-unsafe-eval' lets Pagefind compile its WebAssembly search index; it
    // does not allow eval() of JavaScript. Checked in the browser by test/browser/.
    csp: {
      algorithm: "SHA-256",
      directives: [
        "default-src 'self'",
        // Remote images in recaps (REMOTE_IMAGES in src/config.ts, docs/images.md): https: images
        // under "load"; the site's own only under "download" and "block".
        `img-src ${imgSrcSources(REMOTE_IMAGES)}`,
        "object-src 'none'",
        "base-uri 'self'",
        `form-action 'self'${subscribeOrigin ? ` ${subscribeOrigin}` : ""}`,
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
});
