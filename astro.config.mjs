// @ts-check
import { defineConfig } from "astro/config";
import mdx from "@astrojs/mdx";
import sitemap from "@astrojs/sitemap";

import { createHash } from "node:crypto";
import { resolve } from "node:path";

// A fixture site (BENCHDIGEST_ROOT) gets its own cache, so that the content-layer store of one
// site never leaks entries into another's build.
const contentRoot = process.env.BENCHDIGEST_ROOT;
const cacheDir = contentRoot
  ? `./node_modules/.astro/sites/${createHash("sha1").update(resolve(contentRoot)).digest("hex").slice(0, 12)}/`
  : undefined;

// https://astro.build/config
export default defineConfig({
  ...(cacheDir ? { cacheDir } : {}),
  site: process.env.SITE_URL ?? "https://benchdigest.example.org",
  trailingSlash: "always",
  integrations: [mdx(), sitemap()],
  build: { format: "directory" },
});
