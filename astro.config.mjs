// @ts-check
import { defineConfig } from "astro/config";
import mdx from "@astrojs/mdx";
import sitemap from "@astrojs/sitemap";
import { remarkComponentRefs } from "./src/integrations/remarkComponentRefs.ts";
import { remarkSmartypants } from "./src/lib/markdown/remarkSmartypants.ts";
import { markdownOptions } from "./src/lib/markdown/markdownOptions.ts";
import { hostHeaders } from "./src/integrations/hostHeaders.ts";
import { SUBSCRIBE } from "./src/config.ts";
import { formActionOrigin } from "./src/lib/email/subscribe.ts";

import { createHash } from "node:crypto";
import { rmSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";

// A fixture site (BENCHDIGEST_ROOT) gets its own cache, so that the content-layer store of one
// site never leaks entries into another's build.
const contentRoot = process.env.BENCHDIGEST_ROOT;
const cacheDir = contentRoot
  ? `./node_modules/.astro/sites/${createHash("sha1").update(resolve(contentRoot)).digest("hex").slice(0, 12)}/`
  : undefined;

// Astro lists a site's MDX modules in .astro/content-modules.mjs (assets in content-assets.mjs)
// and rewrites the file only when its content store changed. That folder is shared by every
// content root, so after a fixture build the sample site's unchanged store would import the
// fixture's MDX modules and fail to render its own. Removing both files makes each build write
// its own list.
for (const file of ["content-modules.mjs", "content-assets.mjs"]) rmSync(fileURLToPath(new URL(`./.astro/${file}`, import.meta.url)), { force: true });

// Forms post to the site itself and, when a subscribe form is configured (SUBSCRIBE in
// src/config.ts), to the newsletter service's origin; nothing else.
const subscribeOrigin = formActionOrigin(SUBSCRIBE);

// https://astro.build/config
export default defineConfig({
  ...(cacheDir ? { cacheDir } : {}),
  site: process.env.SITE_URL ?? "https://benchdigest.example.org",
  trailingSlash: "always",
  // SmartyPants at a fraction of Astro's cost, no Shiki (the CSP blocks its inline colours): see
  // src/lib/markdown/markdownOptions.ts. MDX takes its own remarkPlugins list, so SmartyPants is
  // named there too, first, where Astro would run it.
  markdown: { ...markdownOptions, remarkPlugins: [...markdownOptions.remarkPlugins], rehypePlugins: [...markdownOptions.rehypePlugins] },
  // remarkComponentRefs: an unknown id in <Leaderboard>, <EfficiencyPlot> or <ModelScore> fails the
  // build with the recap's file and line.
  // optimize: MDX's static subtrees compile to HTML strings instead of one JSX call per element:
  // about a fifth less CPU and far smaller server chunks for long .mdx recaps (docs/performance.md).
  // Safe here because mdxComponents maps only our own components, never plain HTML elements.
  // sitemap: embeds are for other sites to frame; their full pages are in the sitemap instead.
  // hostHeaders: writes dist/_headers with the frame policy a <meta> CSP cannot set (docs/embedding.md).
  integrations: [
    mdx({ optimize: true, remarkPlugins: [remarkSmartypants, remarkComponentRefs] }),
    sitemap({ filter: (page) => !new URL(page).pathname.startsWith("/embed/") }),
    hostHeaders(),
  ],
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
        "img-src 'self' data:",
        "object-src 'none'",
        "base-uri 'self'",
        `form-action 'self'${subscribeOrigin ? ` ${subscribeOrigin}` : ""}`,
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
});
