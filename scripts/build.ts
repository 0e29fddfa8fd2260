/**
 * `npm run build [-- --out <dir>]`: builds the site into dist/ (or `--out`) all at once or not at
 * all. Astro builds into a temporary folder (`.dist-partial-<pid>`, in the site's folder),
 * Pagefind indexes that folder (in several runs on a large archive: scripts/lib/searchIndex.ts),
 * and only when both succeed does it replace dist/ (two renames). A build that fails, at any stage (bad input, a page
 * that throws, the process killed or out of memory), leaves dist/ as the last successful build
 * left it and removes its temporary folder: no half-built site, and
 * none of the server chunks Astro writes while it builds (they hold every recap, drafts included)
 * ever sit in dist/ for a deploy that ignores the exit status to publish.
 *
 * Why a temporary folder rather than deleting dist/ on failure: a crash (a V8 out-of-memory, a
 * `kill -9`) runs no cleanup, so a partial dist/ would survive exactly the failures that produce
 * one; and a failed build keeps the last good site servable. Leftover temporary folders of a
 * killed build are removed by the next build.
 *
 * An `--out` outside the site's folder: Astro then builds into `<site>/.astro/` and copies that
 * whole folder into the output, its own files included (the list of every MDX recap, drafts too,
 * the collections' schemas and, after `npm run dev`, the data store with every recap's text), and
 * deletes `.astro/` (Astro 5.18, `getOutDirWithinCwd` and `cleanServerOutput`). So Astro always
 * builds into a temporary folder inside the site (`.<out>-partial-<pid>` there), which is then
 * moved beside the output (copied, when the output is on another file system) and swapped in.
 *
 * Node options: Astro runs with `BUILD_NODE_FLAGS` (scripts/lib/buildCommand.ts), as the tests and
 * the bench run it. The site built is the folder the command runs in (Astro's root, see
 * src/integrations/benchdigest.ts): the project for `npm run build`; a test runs it in a site
 * folder that holds a copy of the project's code (scripts/lib/siteMirror.ts).
 */
import { spawn } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { ASTRO_BIN, BUILD_ENV_DEFAULTS, BUILD_NODE_FLAGS, PAGEFIND_BIN } from "./lib/buildCommand";
import { parseCommandLine } from "./lib/commandLine";
import { inputsFingerprint, writeBuildStamp } from "./lib/buildStamp";
import { indexSite, searchSummary } from "./lib/searchIndex";
import { userPath } from "./lib/siteRoot";
import { recapThreadCount } from "../src/integrations/recapThreads";

const USAGE = `usage: npm run build -- [--out <dir>]
  --out   where the built site goes (default dist/ in the project); replaced only when the build succeeds`;

const args = parseCommandLine(USAGE, { out: { type: "string" } }, { positionals: false }).values;
// A setting read from the environment is checked before Astro starts, with its message alone.
try {
  recapThreadCount(0);
} catch (error) {
  process.stderr.write(`${(error as Error).message}\n`);
  process.exit(2);
}
const root = process.cwd();
const out = args.out ? userPath(args.out) : join(root, "dist");
const parent = dirname(out);
const partialPrefix = `.${basename(out)}-partial-`;
// Where Astro and Pagefind write (inside the site: see above), and where the result waits beside
// the output for the swap; the same folder when the output is inside the site.
const staged = join(root, `${partialPrefix}${process.pid}`);
const partial = join(parent, `${partialPrefix}${process.pid}`);
const old = join(parent, `.${basename(out)}-old-${process.pid}`);

if (existsSync(parent) && !statSync(parent).isDirectory()) {
  process.stderr.write(`--out ${out}: ${parent} is a file, not a folder\n`);
  process.exit(2);
}

/** Whether process `pid` still runs. */
function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

// A build killed before it could clean up left its folders behind: remove them now. Not those of a
// build still running: `npm run build` and `npm run build -- --out elsewhere/dist` both stage
// `.dist-partial-<pid>` in the site folder.
for (const folder of new Set([root, parent])) {
  for (const name of existsSync(folder) ? readdirSync(folder) : []) {
    const prefix = [partialPrefix, `.${basename(out)}-old-`].find((p) => name.startsWith(p));
    const pid = prefix === undefined ? NaN : Number(/^\d+/.exec(name.slice(prefix.length))?.[0]);
    if (prefix !== undefined && !(pid !== process.pid && running(pid))) rmSync(join(folder, name), { recursive: true, force: true });
  }
}

let child: ReturnType<typeof spawn> | undefined;
const cleanUp = () => {
  rmSync(staged, { recursive: true, force: true });
  rmSync(partial, { recursive: true, force: true });
};
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
  process.on(signal, () => {
    child?.kill(signal);
    cleanUp();
    process.exit(128 + (signal === "SIGINT" ? 2 : signal === "SIGTERM" ? 15 : 1));
  });
}

// The published site, whatever the shell's NODE_ENV: under NODE_ENV=development Astro builds the
// site `npm run dev` serves, drafts and their email editions included.
// BUILD_ENV_DEFAULTS (scripts/lib/buildCommand.ts) where the shell does not set them.
const BUILD_ENV: NodeJS.ProcessEnv = { ...BUILD_ENV_DEFAULTS, ...process.env, NODE_ENV: "production" };
if (process.env.NODE_ENV !== undefined && process.env.NODE_ENV !== "production") {
  console.log(`NODE_ENV=${process.env.NODE_ENV} left aside: npm run build builds the published site (drafts show in npm run dev only).`);
}

/** Runs a command with this terminal, resolving to its exit status (a signal counts as failure). */
function run(command: string, commandArgs: string[]): Promise<number> {
  return new Promise((done) => {
    try {
      child = spawn(command, commandArgs, { cwd: root, stdio: "inherit", env: BUILD_ENV });
    } catch (error) {
      // Thrown before any process starts (an argument list too long for the system, E2BIG).
      process.stderr.write(`${command}: ${(error as Error).message}\n`);
      done(1);
      return;
    }
    child.on("error", (error) => {
      process.stderr.write(`${command}: ${error.message}\n`);
      done(1);
    });
    child.on("close", (code, signal) => done(code ?? (signal ? 1 : 0)));
  });
}

// The inputs as this build reads them, for the stamp written once it succeeds (scripts/lib/buildStamp.ts).
const inputs = inputsFingerprint(root, out, BUILD_NODE_FLAGS);
const astro = await run(process.execPath, [...BUILD_NODE_FLAGS, ASTRO_BIN, "build", "--outDir", staged]);
if (astro !== 0) {
  cleanUp();
  process.stderr.write(`\nThe build failed (exit ${astro}); ${existsSync(out) ? `${out} still holds the last successful build` : `nothing was written to ${out}`}.\n`);
  process.exit(astro);
}
const search = await indexSite(staged, (args) => run(PAGEFIND_BIN, args), { previous: existsSync(out) ? out : undefined });
const summary = searchSummary(search);
if (summary) console.log(summary);
const pagefind = search.status;
if (pagefind !== 0) {
  cleanUp();
  process.stderr.write(`\nPagefind failed (exit ${pagefind}); ${existsSync(out) ? `${out} still holds the last successful build` : `nothing was written to ${out}`}.\n`);
  process.exit(pagefind);
}
try {
  if (staged !== partial) {
    // `--out` into a folder that does not exist yet: made, as Astro made it when it wrote there.
    mkdirSync(parent, { recursive: true });
    try {
      renameSync(staged, partial);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EXDEV") throw error;
      // Another file system: copied whole beside the output first, so that the swap stays a rename.
      cpSync(staged, partial, { recursive: true, verbatimSymlinks: true });
      rmSync(staged, { recursive: true, force: true });
    }
  }
} catch (error) {
  // A full disk, no permission to write beside the output: no built site left in the site folder.
  cleanUp();
  process.stderr.write(`\nThe built site could not be moved beside ${out}: ${(error as Error).message}; ${existsSync(out) ? `${out} still holds the last successful build` : `nothing was written to ${out}`}.\n`);
  process.exit(1);
}
if (existsSync(out)) renameSync(out, old);
renameSync(partial, out);
rmSync(old, { recursive: true, force: true });
writeBuildStamp(root, out, inputs);
