import { spawn, spawnSync } from "node:child_process";
import { cpSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { buildNodeFlags, ourAstroEnv } from "../../scripts/lib/buildCommand";
import { mirrorProjectCode } from "../../scripts/lib/siteMirror";
import { commandBundle } from "./cliBundles";

/** The project root (where package.json is). */
export const ROOT = resolve(import.meta.dirname, "../..");
/** Fixture sites used by build tests. */
export const FIXTURE_SITES = join(ROOT, "test/fixtures/sites");
/**
 * Where the sample site's production build is (built once by test/globalSetup.ts). BD_DIST points
 * the site tests at another build folder (with BD_REUSE_DIST=1, a copy no other process rewrites).
 */
export const DIST = process.env.BD_DIST ? resolve(process.env.BD_DIST) : join(ROOT, "dist");

/** Outcome of an `astro build` run. */
export interface BuildResult {
  status: number | null;
  output: string;
  outDir: string;
}

/**
 * Runs `astro build` for a site folder (one with content/recaps and data; undefined for the sample
 * site, the project itself), the way `npm run build` does (with its Node options), into `outDir`.
 * A site other than the project is built as its own Astro root, with a copy of the project's code
 * (scripts/lib/siteMirror.ts): its caches stay in its folder, and sites can build side by side.
 * Returns the exit status and everything it printed.
 */
export function astroBuild(site: string | undefined, outDir: string, extraEnv: Record<string, string> = {}): BuildResult {
  const run = spawnSync(process.execPath, buildArgs(outDir), {
    cwd: siteRoot(site),
    env: buildEnv(extraEnv),
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: run.status, output: `${run.stdout}\n${run.stderr}`, outDir };
}

/** `astroBuild` without blocking, so that several small fixture sites can build side by side. */
export function astroBuildAsync(site: string | undefined, outDir: string, extraEnv: Record<string, string> = {}): Promise<BuildResult> {
  return buildInBackground(buildArgs(outDir), site, outDir, buildEnv(extraEnv));
}

/** `node <args>` in the site's Astro root with `env`, its output collected. */
function buildInBackground(args: string[], site: string | undefined, outDir: string, env: NodeJS.ProcessEnv): Promise<BuildResult> {
  return new Promise((done) => {
    const child = spawn(process.execPath, args, { cwd: siteRoot(site), env });
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    child.on("close", (status) => done({ status, output, outDir }));
  });
}

/**
 * Runs `npm run build` itself (scripts/build.ts: Astro into a temporary folder, Pagefind, then the
 * swap into `out`) in a site folder, as a user runs it, from the command compiled for the test run
 * (test/helpers/cliBundles.ts: the same source without tsx's per-run compiling), without blocking.
 * `shellEnv` is set as a user's shell would set it, after the test run's own variables are taken
 * out (NODE_ENV too). `site` undefined: the sample site, in the project. Resolves to the exit
 * status and the output.
 */
export function npmRunBuildAsync(site: string | undefined, out: string, shellEnv: Record<string, string> = {}): Promise<BuildResult> {
  return buildInBackground(["--enable-source-maps", commandBundle("build"), "--out", out], site, out, { ...buildEnv(), ...shellEnv });
}

/** The Astro root of a build: the project for the sample site, else the site folder with the project's code. */
function siteRoot(site: string | undefined): string {
  return site === undefined ? ROOT : mirrorProjectCode(site);
}

/** `node <npm run build's Node options> <FIXTURE_BUILD_V8_FLAGS> astro.js build --outDir <outDir>`'s arguments. */
function buildArgs(outDir: string): string[] {
  return [...buildNodeFlags(), ...fixtureBuildV8Flags(), join(ROOT, "node_modules/astro/astro.js"), "build", "--outDir", resolve(outDir)];
}

/**
 * V8 options the suite's fixture builds add to `npm run build`'s: `--liftoff-only` compiles
 * WebAssembly with V8's baseline compiler only. Astro's .astro compiler is a 5 MB Go program
 * compiled to WebAssembly, and V8 tiered its hot functions up with TurboFan in every build, for
 * the 64 components of this project (a fixed cost, whatever the site): compiling them took 2.6 s
 * of CPU in a script, 0.65 s with the option; a warm build of the minimal site 18.1 and 17.8 s,
 * 17.3 and 14.6 s with it (docs/quality-gates.md). It changes how fast the compiler's code runs,
 * not what it computes: the pages are the same bytes. Not in `npm run build` itself: V8 calls it
 * an option for testing, and a Node whose V8 lacks it refuses to start; here it is added only when
 * this Node takes it.
 */
const FIXTURE_BUILD_V8_FLAGS: readonly string[] = ["--liftoff-only"];

let takenFlags: string[] | undefined;
/** `FIXTURE_BUILD_V8_FLAGS`, or none when this Node refuses them (asked once per test file). */
function fixtureBuildV8Flags(): string[] {
  takenFlags ??= spawnSync(process.execPath, [...FIXTURE_BUILD_V8_FLAGS, "-e", ""]).status === 0 ? [...FIXTURE_BUILD_V8_FLAGS] : [];
  return takenFlags;
}

/**
 * The environment `npm run build` gives Astro (`ourAstroEnv`), without what vitest puts into
 * process.env (NODE_ENV=test, VITEST, DEV=1), which would make a development build.
 */
export const buildEnv = ourAstroEnv;

/** A writable temporary copy of a fixture site. */
export function copyFixture(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), `bd-${name}-`));
  cpSync(join(FIXTURE_SITES, name), dir, { recursive: true });
  return dir;
}
