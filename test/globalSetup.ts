import { existsSync } from "node:fs";
import { join } from "node:path";
import { astroBuild, DIST } from "./helpers/astro";
import { bundleCommands } from "./helpers/cliBundles";
import { pagefindIndex } from "./helpers/pagefind";

/**
 * Builds the bundled sample site into dist/ once before the site tests, exactly as
 * `npm run build` does (`astro build && pagefind --site dist`), so every test reads a fresh
 * production build and its search index.
 * BD_REUSE_DIST=1 skips the build when dist/ exists (for a quick local loop only; CI never sets it).
 */
export default async function setup(): Promise<void> {
  await bundleCommands();
  if (process.env.BD_REUSE_DIST === "1" && existsSync(join(DIST, "index.html"))) {
    console.log("[site tests] BD_REUSE_DIST=1: reusing the existing dist/");
    return;
  }
  const started = Date.now();
  const result = astroBuild(undefined, DIST);
  if (result.status !== 0) {
    throw new Error(`The sample site did not build (exit ${result.status}):\n${result.output.slice(-6000)}`);
  }
  const search = await pagefindIndex(DIST);
  if (search.status !== 0) throw new Error(`Pagefind failed on dist/ (exit ${search.status}):\n${search.output.slice(-4000)}`);
  console.log(`[site tests] built the sample site into dist/ in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
