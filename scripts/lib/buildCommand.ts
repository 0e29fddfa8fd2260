/**
 * What `npm run build` runs, read from package.json, so that the test suite and the bench build the
 * site exactly as users do (same Node options, same Pagefind step).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { PROJECT_ROOT } from "./siteRoot";

/** The `build` script of package.json. */
export const buildScript = (): string =>
  (JSON.parse(readFileSync(join(PROJECT_ROOT, "package.json"), "utf8")) as { scripts?: Record<string, string> }).scripts?.build ?? "";

/**
 * The Node options `npm run build` starts Astro with (`node --expose-gc node_modules/astro/astro.js
 * build` gives `["--expose-gc"]`; a plain `astro build` gives none).
 */
export function buildNodeFlags(script = buildScript()): string[] {
  const m = /\bnode((?:\s+--[\w-]+(?:=\S+)?)*)\s+\S*astro(?:\.js)?\s+build\b/.exec(script);
  return m ? m[1].trim().split(/\s+/).filter(Boolean) : [];
}

/** Whether `npm run build` runs Pagefind after `astro build`. */
export const buildRunsPagefind = (script = buildScript()): boolean => /\bpagefind\b/.test(script);
