/**
 * What a finished `npm run build` was built from, so that `npm test` can tell whether the site it
 * would build first is the one already in the output folder. The README's two commands on a clean
 * clone (and CI) run `npm run build` and then `npm test`, whose global setup built the same site a
 * second time (test/globalSetup.ts).
 *
 * The stamp holds a fingerprint of the inputs and one of the output, and lives in
 * `node_modules/.cache/benchdigest/`, never in the published site:
 * - inputs: the path and bytes of every file of the site's folder (the site's own and the project's
 *   code, content, data, configuration, `package-lock.json`), symlinks as their targets (and a
 *   linked file's bytes), less what builds and tests write there (`node_modules/`, `.git/`,
 *   `.astro/`, the output folder and the build's temporary folders, `test-results/`, logs, the
 *   site lock) and what no build reads (the project's `test/`, `docs/` and `bench/`); plus the installed packages (`node_modules/.package-lock.json`), Node's version,
 *   the Node options Astro runs with and the environment variables the build reads (`SITE_URL`,
 *   `BD_SEARCH_SHARD_BYTES`, `BENCHDIGEST_*`). A file added, removed or changed anywhere else
 *   changes it: the test run then builds, as it would have.
 * - output: every file's path, size and modification time once the build was swapped in; a file
 *   written, removed or touched there since (another build, an edit by hand) changes it.
 */
import { createHash } from "node:crypto";
import { existsSync, lstatSync, readdirSync, readFileSync, readlinkSync, statSync } from "node:fs";
import { basename, join, relative, resolve } from "node:path";
import { writeFileSafely } from "../../src/integrations/safeWrite";

/** What a site folder holds that no build reads: caches, outputs, test results. */
const NOT_INPUTS_ANYWHERE = new Set(["node_modules", ".git"]);
// test/, docs/ and bench/ hold the project's tests, documentation and benchmark, which no build
// reads: editing a test no longer makes `npm test` build the sample site again.
const NOT_INPUTS_AT_ROOT = new Set([".astro", "dist", "test-results", ".benchdigest.lock", ".benchdigest.lock-owner", ".DS_Store", "test", "docs", "bench"]);
const TEMPORARY = /^\..+-(?:partial|old)-\d+$/;
/**
 * Variables the build reads besides `BENCHDIGEST_*`: the site URL (src/config.ts) and the search
 * index's bundle size (scripts/lib/searchIndex.ts).
 */
const BUILD_VARIABLES = new Set(["SITE_URL", "BD_SEARCH_SHARD_BYTES"]);

export interface BuildStamp {
  inputs: string;
  output: string;
}

/** The stamp file of the build of `root` into `out`. */
export function buildStampFile(root: string, out: string): string {
  const key = createHash("sha256").update(resolve(out)).digest("hex").slice(0, 16);
  return join(root, "node_modules/.cache/benchdigest", `build-stamp-${key}.json`);
}

/** The fingerprint of what a build of `root` into `out` reads (see above). */
export function inputsFingerprint(root: string, out: string, nodeOptions: readonly string[], env: NodeJS.ProcessEnv = process.env): string {
  const hash = createHash("sha256");
  const outside = resolve(out);
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (NOT_INPUTS_ANYWHERE.has(name) || path === outside) continue;
      if (dir === root && (NOT_INPUTS_AT_ROOT.has(name) || TEMPORARY.test(name) || name.endsWith(".log"))) continue;
      const stat = lstatSync(path);
      const rel = relative(root, path);
      if (stat.isSymbolicLink()) {
        // Where it leads and, for a file, what it holds: a link out of the site (public/logo.svg to
        // a shared folder) is copied into the output by what its target holds.
        hash.update(`link ${rel}\0${readlinkSync(path)}\0`);
        const target = existsSync(path) ? statSync(path) : undefined;
        if (target?.isFile()) hash.update(`${target.size}\0`).update(readFileSync(path));
      } else if (stat.isDirectory()) walk(path);
      else if (stat.isFile()) hash.update(`file ${rel}\0${stat.size}\0`).update(readFileSync(path));
    }
  };
  walk(root);
  const installed = join(root, "node_modules/.package-lock.json");
  hash.update(`installed\0`).update(existsSync(installed) ? readFileSync(installed) : "none");
  const read = Object.keys(env).filter((k) => BUILD_VARIABLES.has(k) || k.startsWith("BENCHDIGEST_")).sort();
  hash.update(`\0node ${process.version}\0${nodeOptions.join(" ")}\0${read.map((k) => `${k}=${env[k]}`).join("\0")}`);
  return hash.digest("hex");
}

/** The fingerprint of a built site: every file's path, size and modification time. */
function outputFingerprint(out: string): string {
  const hash = createHash("sha256");
  const files = readdirSync(out, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name))
    .sort();
  for (const file of files) {
    const stat = statSync(file);
    hash.update(`${relative(out, file)}\0${stat.size}\0${stat.mtimeMs}\0`);
  }
  return hash.digest("hex");
}

/** Records that `out` now holds the build of `root` from `inputs` (a fingerprint taken before the build read them). */
export function writeBuildStamp(root: string, out: string, inputs: string): void {
  const stamp: BuildStamp = { inputs, output: outputFingerprint(out) };
  // writeFileSafely makes the cache folder when it is missing.
  writeFileSafely(buildStampFile(root, out), `${JSON.stringify(stamp)}\n`);
}

/**
 * Whether `out` holds `npm run build`'s site of `root` from inputs as they are now: undefined when
 * it does, else why not.
 */
export function staleBuild(root: string, out: string, nodeOptions: readonly string[], env: NodeJS.ProcessEnv = process.env): string | undefined {
  const file = buildStampFile(root, out);
  if (!existsSync(file)) return `no npm run build has stamped ${basename(out)}/`;
  if (!existsSync(out)) return `${basename(out)}/ is missing`;
  const stamp = JSON.parse(readFileSync(file, "utf8")) as BuildStamp;
  if (stamp.inputs !== inputsFingerprint(root, out, nodeOptions, env)) return "the site's files, packages or build settings changed since";
  if (stamp.output !== outputFingerprint(out)) return `${basename(out)}/ changed since`;
  return undefined;
}
