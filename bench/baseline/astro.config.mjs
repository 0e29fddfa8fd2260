// @ts-check
// The baseline of `npm run bench`: the official Astro blog starter's pattern (glob collection,
// getStaticPaths, render, an index page, RSS with descriptions, MDX and sitemap), nothing else.
// It has no package.json of its own: it builds with the repository's node_modules
// (`node node_modules/astro/astro.js build --root bench/baseline`), so both sites run the same
// pinned Astro. BENCH_CONTENT_DIR is the generated recaps folder; BENCH_CACHE_DIR keeps its
// content-layer cache out of the repository.
import { defineConfig } from "astro/config";
import mdx from "@astrojs/mdx";
import sitemap from "@astrojs/sitemap";
import { tmpdir } from "node:os";
import { join } from "node:path";

export default defineConfig({
  site: "https://baseline.example.org",
  cacheDir: process.env.BENCH_CACHE_DIR ?? join(tmpdir(), "bd-baseline-cache"),
  integrations: [mdx(), sitemap()],
});
