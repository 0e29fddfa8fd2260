// @ts-check
import { defineConfig } from "astro/config";
import mdx from "@astrojs/mdx";
import sitemap from "@astrojs/sitemap";

// https://astro.build/config
export default defineConfig({
  site: process.env.SITE_URL ?? "https://benchdigest.example.org",
  trailingSlash: "always",
  integrations: [mdx(), sitemap()],
  build: { format: "directory" },
});
