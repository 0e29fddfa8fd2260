import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { ROOT } from "./astro";

/**
 * Runs Pagefind over a built site, exactly as `npm run build` does after `astro build`
 * (`pagefind --site dist`). Returns the exit status and what it printed.
 */
export function pagefindIndex(siteDir: string): { status: number | null; output: string } {
  const run = spawnSync(join(ROOT, "node_modules/.bin/pagefind"), ["--site", siteDir], { cwd: ROOT, encoding: "utf8", maxBuffer: 16 * 1024 * 1024 });
  return { status: run.status, output: `${run.stdout}\n${run.stderr}` };
}
