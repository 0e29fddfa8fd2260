/**
 * What `npm run build` runs (scripts/build.ts), in one place, so that the test suite and the bench
 * build the site exactly as users do (same Node options, same Pagefind step).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { PROJECT_ROOT } from "./siteRoot";

/**
 * The Node options `npm run build` starts Astro with: `--expose-gc` lets the build collect garbage
 * after a page when its heap has doubled (src/integrations/heapGrowthGc.ts).
 */
export const BUILD_NODE_FLAGS: readonly string[] = ["--expose-gc"];

/** Astro's command-line entry point. */
export const ASTRO_BIN = join(PROJECT_ROOT, "node_modules/astro/astro.js");

/** Pagefind's command, which `npm run build` runs on the built site. */
export const PAGEFIND_BIN = join(PROJECT_ROOT, "node_modules/.bin/pagefind");

/** The `build` script of package.json. */
export const buildScript = (): string =>
  (JSON.parse(readFileSync(join(PROJECT_ROOT, "package.json"), "utf8")) as { scripts?: Record<string, string> }).scripts?.build ?? "";

/** Whether a build script is ours (scripts/build.ts), which runs Astro with `BUILD_NODE_FLAGS` and then Pagefind. */
const runsOurBuild = (script: string) => /\bscripts\/build\.ts\b/.test(script);

/**
 * The Node options a build script starts Astro with: `BUILD_NODE_FLAGS` for ours; for a script
 * that calls Astro itself, the flags it names (`node --expose-gc node_modules/astro/astro.js build`
 * gives `["--expose-gc"]`; a plain `astro build` gives none).
 */
export function buildNodeFlags(script = buildScript()): string[] {
  if (runsOurBuild(script)) return [...BUILD_NODE_FLAGS];
  const m = /\bnode((?:\s+--[\w-]+(?:=\S+)?)*)\s+\S*astro(?:\.js)?\s+build\b/.exec(script);
  return m ? m[1].trim().split(/\s+/).filter(Boolean) : [];
}

/** Whether `npm run build` runs Pagefind after `astro build`. */
export const buildRunsPagefind = (script = buildScript()): boolean => runsOurBuild(script) || /\bpagefind\b/.test(script);
