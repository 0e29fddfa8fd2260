/**
 * The two sites `npm run bench` builds over each generated archive: ours (`npm run build`, with its
 * Node options, environment and Pagefind step) and the plain Astro blog of bench/baseline/.
 */
import { cpSync, existsSync, symlinkSync } from "node:fs";
import { join, resolve } from "node:path";
import { buildNodeFlags, buildRunsPagefind, ourAstroEnv, productionEnv } from "../scripts/lib/buildCommand";
import { mirrorProjectCode, PROJECT_CODE } from "../scripts/lib/siteMirror";
import type { GeneratedSite } from "./generate";
import { measure, type Measured } from "./processTree";

const ROOT = resolve(import.meta.dirname, "..");
const ASTRO = join(ROOT, "node_modules/astro/astro.js");
const BASELINE = join(ROOT, "bench/baseline");

/** The two sites the bench builds: ours, and the plain Astro blog of bench/baseline/. */
export type SiteName = "ours" | "baseline";

/** Our site's content-layer cache: Astro's default, in the site's own node_modules folder (scripts/lib/siteMirror.ts). */
export function ourCacheDir(siteRoot: string): string {
  return join(siteRoot, "node_modules/.astro");
}

/** One build of one site: Astro, then Pagefind when our `npm run build` runs it. */
export interface BuildRun {
  site: SiteName;
  astro: Measured;
  /** Pagefind as a separate step after `astro build` (ours only, when `npm run build` runs it). */
  search?: Measured;
  wallMs: number;
  peakRss: number;
  cpuS: number;
  exitCode: number | null;
}

/**
 * Private copies of both sites' code for one bench run. Our generated archives are built each as
 * its own Astro root with a copy of `ours` (scripts/lib/siteMirror.ts), so a bench run never
 * shares `.astro/` or a cache with a test build in the checkout; the baseline blog builds in its
 * copy, with a `node_modules` symlink to the repository's. The copy taken at the start pins the
 * code measured to the state it had when the run started.
 */
export interface Mirrors {
  ours: string;
  baseline: string;
}

/** Copies both sites' code under `work`. */
export function makeMirrors(work: string): Mirrors {
  const ours = join(work, "ours");
  const baseline = join(work, "baseline");
  for (const name of PROJECT_CODE) {
    if (existsSync(join(ROOT, name))) cpSync(join(ROOT, name), join(ours, name), { recursive: true });
  }
  cpSync(BASELINE, baseline, { recursive: true, filter: (src) => !/[\\/](node_modules|\.astro)$/.test(src) });
  symlinkSync(join(ROOT, "node_modules"), join(baseline, "node_modules"), "dir");
  return { ours, baseline };
}

/** Builds one site over a generated archive into `outDir`, measuring the whole process tree. */
export async function buildSite(site: SiteName, generated: GeneratedSite, outDir: string, cacheDir: string, mirrors: Mirrors, { previous }: { previous?: string } = {}): Promise<BuildRun> {
  const astro =
    site === "ours"
      ? await measure(process.execPath, [...buildNodeFlags(), ASTRO, "build", "--outDir", outDir], { cwd: mirrorProjectCode(generated.root, mirrors.ours), env: ourAstroEnv() })
      : await measure(process.execPath, [ASTRO, "build", "--outDir", outDir], {
          cwd: mirrors.baseline,
          env: productionEnv({ BENCH_CONTENT_DIR: generated.recapsDir, BENCH_CACHE_DIR: cacheDir }),
        });
  let search: Measured | undefined;
  if (site === "ours" && astro.exitCode === 0 && buildRunsPagefind() && !existsSync(join(outDir, "pagefind"))) {
    // As `npm run build` indexes (scripts/lib/searchIndex.ts: one Pagefind run per bundle), measured
    // as one process tree.
    // `previous`: the last build, whose unchanged search bundles are reused, as `npm run build` does.
    search = await measure(process.execPath, ["--import", "tsx", join(ROOT, "scripts/lib/indexSearchCli.ts"), outDir, ...(previous ? [previous] : [])], { cwd: ROOT, env: productionEnv() });
  }
  return {
    site,
    astro,
    search,
    wallMs: astro.wallMs + (search?.wallMs ?? 0),
    peakRss: Math.max(astro.peakRss, search?.peakRss ?? 0),
    cpuS: astro.cpuS + (search?.cpuS ?? 0),
    exitCode: astro.exitCode !== 0 ? astro.exitCode : (search?.exitCode ?? 0),
  };
}

