import { existsSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { build } from "esbuild";
import { ROOT } from "./astro";

/**
 * The command-line tests run each command as its own process, with the editor's arguments, working
 * folder and environment, and read its exit status and output. `npm run <command>` starts it through
 * tsx, whose loader spends about a second of CPU per run compiling and resolving a hundred
 * TypeScript modules: with some 130 runs, a quarter of the suite's CPU (docs/quality-gates.md).
 * So the suite compiles each command once, before the tests, with esbuild (the compiler tsx itself
 * uses) into one ES module per command, and runs `node <that module>`: the same source, the same
 * process boundary, half the CPU. The npm packages stay imports, resolved from node_modules as under
 * tsx. The real `npm run` path keeps its own tests (`runNpm`, in test/cli/).
 *
 * The modules live two folders below the project, as scripts/lib/siteRoot.ts does, because
 * `PROJECT_ROOT` is that file's `import.meta.url` three levels up (a command run from the wrong place
 * would find no site and fail every test that uses it).
 */
export const CLI_BUNDLES = join(ROOT, "node_modules/.benchdigest-cli");

/** The commands `package.json` runs with tsx (`"check": "tsx scripts/check.ts"` -> check). */
export function npmCommands(): string[] {
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
    packages: "external",
    format: "esm",
    platform: "node",
    target: "node20",
    sourcemap: "inline",
    logLevel: "error",
  });
}

/** The compiled command `name`, checked to exist (the site project's global setup writes them). */
export function commandBundle(name: string): string {
  const file = join(CLI_BUNDLES, `${name}.mjs`);
  if (!existsSync(file)) throw new Error(`${file} is missing: the command-line tests run in the site project, whose global setup (test/globalSetup.ts) compiles the commands`);
  return file;
}
