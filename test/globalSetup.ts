import { existsSync } from "node:fs";
import { join } from "node:path";
import { BUILD_NODE_FLAGS } from "../scripts/lib/buildCommand";
import { staleBuild } from "../scripts/lib/buildStamp";
import { buildEnv, DIST, npmRunBuildAsync, ROOT } from "./helpers/astro";
import { bundleCommands } from "./helpers/cliBundles";

/**
 * Gives the site tests a production build of the bundled sample site in dist/, as
 * `npm run build` makes it (scripts/build.ts: Astro, Pagefind, the swap into dist/), so every test
 * reads the site a user would publish and its search index.
 *
 * When dist/ already holds `npm run build`'s site from the files as they are now (its stamp,
 * scripts/lib/buildStamp.ts: the same site, code, packages, Node and build settings, and dist/
 * untouched since), it is not built again: the README's two commands on a clean clone (and CI) run
 * `npm run build` just before `npm test`. Otherwise the site is built here, with `npm run build`.
 * BD_REUSE_DIST=1 skips the build whenever dist/ exists, stamped or not (a quick local loop only;
 * CI never sets it).
 */
export default async function setup(): Promise<void> {
  await bundleCommands();
  if (process.env.BD_REUSE_DIST === "1" && existsSync(join(DIST, "index.html"))) {
    console.log("[site tests] BD_REUSE_DIST=1: reusing the existing dist/");
    return;
  }
  const stale = staleBuild(ROOT, DIST, BUILD_NODE_FLAGS, buildEnv());
  if (stale === undefined) {
    console.log("[site tests] dist/ holds npm run build's site of the files as they are now (its stamp: scripts/lib/buildStamp.ts): not built again");
    return;
  }
  const started = Date.now();
  const result = await npmRunBuildAsync(undefined, DIST);
  if (result.status !== 0) throw new Error(`The sample site did not build (exit ${result.status}):\n${result.output.slice(-6000)}`);
  console.log(`[site tests] built the sample site into dist/ in ${((Date.now() - started) / 1000).toFixed(1)} s (${stale})`);
}
