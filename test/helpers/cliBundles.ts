import { existsSync, readFileSync, rmSync } from "node:fs";
import { join, resolve } from "node:path";
import { build } from "esbuild";

/** The project root (ROOT in ./astro.ts, which imports this module). */
const ROOT = resolve(import.meta.dirname, "../..");

/**
 * The command-line tests run each command as its own process, with the editor's arguments, working
 * folder and environment, and read its exit status and output. `npm run <command>` starts it through
 * tsx, whose loader spends about a second of CPU per run compiling and resolving a hundred
 * TypeScript modules: with some 150 runs, a quarter of the suite's CPU (docs/quality-gates.md).
 * So the suite compiles each command once, before the tests, with esbuild (the compiler tsx itself
 * uses) into one ES module per command, and runs `node <that module>`: the same source, the same
 * process boundary. The npm packages it imports are compiled in too: resolving and reading the
 * three hundred files of the MDX compiler, micromark and the rest took 0.35 s of CPU per run, most of
 * what a run like `models --help` costs (0.48 s of CPU against 0.12 s bundled; `check` on the sample
 * 1.05 s against 0.66 s). Left out, and imported from node_modules as under tsx: packages that find
 * a file of their own beside their code (piscina starts its worker from `__dirname`), listed in
 * KEPT_EXTERNAL. The source maps are linked files, read only when a stack is printed. The real
 * `npm run` path keeps its own tests (`runNpm`, in test/cli/).
 *
 * The modules live two folders below the project, as scripts/lib/siteRoot.ts does, because
 * `PROJECT_ROOT` is that file's `import.meta.url` three levels up (a command run from the wrong place
 * would find no site and fail every test that uses it).
 */
const CLI_BUNDLES = join(ROOT, "node_modules/.benchdigest-cli");

/**
 * Packages that locate a file of their own at run time, so they stay in node_modules: piscina, and
 * astro (`npm run preview` starts Astro's preview server, which loads Vite and its optional packages).
 */
const KEPT_EXTERNAL = ["piscina", "astro"];

/** The commands `package.json` runs with tsx (`"check": "tsx scripts/check.ts"` -> check). */
function npmCommands(): string[] {
  const scripts = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")).scripts as Record<string, string>;
  return Object.values(scripts).flatMap((line) => /^tsx scripts\/([\w-]+)\.ts$/.exec(line)?.[1] ?? []);
}

/** Compiles every command into CLI_BUNDLES; run once per test run (test/globalSetup.ts). */
export async function bundleCommands(): Promise<void> {
  rmSync(CLI_BUNDLES, { recursive: true, force: true });
  await build({
    entryPoints: npmCommands().map((name) => join(ROOT, "scripts", `${name}.ts`)),
    outdir: CLI_BUNDLES,
    outExtension: { ".js": ".mjs" },
    bundle: true,
    external: KEPT_EXTERNAL,
    format: "esm",
    platform: "node",
    target: "node20",
    sourcemap: "linked",
    // CommonJS packages compiled into an ES module still call `require` for Node's own modules.
    banner: { js: 'import { createRequire as __benchdigestRequire } from "node:module"; const require = __benchdigestRequire(import.meta.url);' },
    logLevel: "error",
  });
  // Code compiled in that looks for its own files would find none beside the bundle (an ES module
  // has no `__dirname`; `import.meta.url` is the bundle's), and fail only where that code runs:
  // refuse it here. Allowed: the banner above, scripts/lib/siteRoot.ts's PROJECT_ROOT (which counts
  // on the bundle's place, see above) and the words in a message (`import.meta.url` in backticks).
  for (const name of npmCommands()) {
    const file = join(CLI_BUNDLES, `${name}.mjs`);
    const lines = readFileSync(file, "utf8").split("\n");
    lines.forEach((text, i) => {
      if (i === 0 || /^var PROJECT_ROOT = /.test(text)) return;
      for (const use of text.matchAll(/\b__(?:dirname|filename)\b|\bimport\.meta\.(?:url|dirname|filename)\b/g)) {
        if (text[use.index - 1] === "`") continue;
        throw new Error(`${file}:${i + 1} uses ${use[0]}: code that finds its own files must stay in node_modules (its package in KEPT_EXTERNAL, test/helpers/cliBundles.ts) or take its path from PROJECT_ROOT`);
      }
    });
  }
}

/** The compiled command `name`, checked to exist (the site project's global setup writes them). */
export function commandBundle(name: string): string {
  const file = join(CLI_BUNDLES, `${name}.mjs`);
  if (!existsSync(file)) throw new Error(`${file} is missing: the command-line tests run in the site project, whose global setup (test/globalSetup.ts) compiles the commands`);
  return file;
}
