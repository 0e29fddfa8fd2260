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

/**
 * Environment `npm run build` gives Astro, where the shell does not set it. `MIMALLOC_PURGE_DELAY`:
 * resvg-js (the social images, src/integrations/pngThreads.ts) allocates with mimalloc, which gives
 * freed memory back to the system 10 ms after it is freed, so each 1200×630 card faulted its 3 MB
 * of pixels, its PNG buffers and its font reads in again. Where a page fault is dear (the 2-core
 * virtual machines this project is built and measured on: a 3 MB copy into fresh memory took
 * 9.6 ms), that was a third of a card. Kept for a second, the memory is reused by the next card:
 * `asPng` 8.5 ms instead of 16.4, the cards of a cold N = 250 build 1 to 2 s sooner, its peak at
 * most about 50 MB higher (docs/performance.md, "Social images: memory kept between cards").
 * Rollup's native parser also allocates with mimalloc (Vite's phase did not change); Pagefind, a
 * static musl binary, reads none of it.
 */
export const BUILD_ENV_DEFAULTS: Readonly<Record<string, string>> = { MIMALLOC_PURGE_DELAY: "1000" };

/** Astro's command-line entry point. */
export const ASTRO_BIN = join(PROJECT_ROOT, "node_modules/astro/astro.js");

/** Pagefind's command, which `npm run build` runs on the built site. */
export const PAGEFIND_BIN = join(PROJECT_ROOT, "node_modules/.bin/pagefind");

/** The `build` script of package.json. */
const buildScript = (): string =>
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

/**
 * What a build script adds to the shell's environment for Astro: for ours, the `BUILD_ENV_DEFAULTS`
 * the shell does not set; nothing for a script that calls Astro itself.
 */
export function buildEnvDefaults(script = buildScript(), shell: NodeJS.ProcessEnv = process.env): Record<string, string> {
  if (!runsOurBuild(script)) return {};
  return Object.fromEntries(Object.entries(BUILD_ENV_DEFAULTS).filter(([key]) => shell[key] === undefined));
}

/**
 * The environment of a production build's child process, as `npm run build` would see it: the
 * shell's with `extra` on top, telemetry and colours off, `NODE_ENV=production`, and without what
 * vitest and Vite leave in process.env (NODE_ENV=test, VITEST, DEV=1...: import.meta.env leaks
 * into it), which Astro and Vite read and would build the development site with, drafts included.
 */
export function productionEnv(extra: Record<string, string> = {}, shell: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...shell, ASTRO_TELEMETRY_DISABLED: "1", NO_COLOR: "1", FORCE_COLOR: "0", ...extra, NODE_ENV: "production" };
  for (const key of Object.keys(env)) if (key.startsWith("VITEST") || ["TEST", "DEV", "PROD", "MODE", "SSR", "BASE_URL"].includes(key)) delete env[key];
  return env;
}

/** The environment `npm run build` gives Astro for our site: `productionEnv` with `buildEnvDefaults()`. */
export function ourAstroEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return productionEnv({ ...buildEnvDefaults(), ...extra });
}

/** Whether `npm run build` runs Pagefind after `astro build`. */
export const buildRunsPagefind = (script = buildScript()): boolean => runsOurBuild(script) || /\bpagefind\b/.test(script);
