import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { indexSite } from "../../scripts/lib/searchIndex";
import { ROOT } from "./astro";

/**
 * Indexes a built site for search exactly as `npm run build` does after `astro build`
 * (scripts/lib/searchIndex.ts: Pagefind, in several runs when the recap pages are over the shard
 * size; `maxBytes` sets that size for a test; `previous`, a last build whose unchanged archive
 * bundles are reused). Resolves to the exit status, what Pagefind printed and the bundles reused.
 */
export async function pagefindIndex(siteDir: string, maxBytes?: number, previous?: string): Promise<{ status: number | null; output: string; reused: string[] }> {
  let output = "";
  const { status, reused } = await indexSite(
    siteDir,
    (args) => {
      const run = spawnSync(join(ROOT, "node_modules/.bin/pagefind"), args, { cwd: ROOT, encoding: "utf8", maxBuffer: 16 * 1024 * 1024 });
      output += `${run.stdout}\n${run.stderr}`;
      return Promise.resolve(run.status ?? 1);
    },
    { maxBytes, previous },
  );
  return { status, output, reused };
}
