import { spawn, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { rmSync } from "node:fs";
import { join, resolve } from "node:path";
import { ROOT } from "./astro";

/** What a command printed and how it exited. */
export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
  /** stdout and stderr together. */
  output: string;
}

/** The environment a user's shell would give: no vitest variables, no BENCHDIGEST_ROOT unless asked. */
function userEnv(extra: Record<string, string | undefined>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: "1", FORCE_COLOR: "0" };
  for (const key of Object.keys(env)) if (key.startsWith("VITEST") || ["TEST", "DEV", "PROD", "MODE", "SSR", "BASE_URL", "BENCHDIGEST_ROOT", "INIT_CWD", "NODE_ENV"].includes(key)) delete env[key];
  for (const [k, v] of Object.entries(extra)) if (v === undefined) delete env[k];
  else env[k] = v;
  return env;
}

/** Runs `scripts/<name>.ts` with tsx, as the npm scripts do, from `cwd` (default: the project). */
export function runScript(name: string, args: string[], { cwd = ROOT, env = {} }: { cwd?: string; env?: Record<string, string | undefined> } = {}): CliResult {
  const run = spawnSync(join(ROOT, "node_modules/.bin/tsx"), [join(ROOT, "scripts", `${name}.ts`), ...args], { cwd, env: userEnv(env), encoding: "utf8" });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr, output: `${run.stdout}${run.stderr}` };
}

/**
 * `runScript` without blocking this process: for a command that talks to a server the test runs
 * (a blocking spawn would stop that server from answering).
 */
export function runScriptAsync(name: string, args: string[], { cwd = ROOT, env = {} }: { cwd?: string; env?: Record<string, string | undefined> } = {}): Promise<CliResult> {
  return new Promise((done, failed) => {
    const child = spawn(join(ROOT, "node_modules/.bin/tsx"), [join(ROOT, "scripts", `${name}.ts`), ...args], { cwd, env: userEnv(env) });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (d: string) => (stdout += d));
    child.stderr.setEncoding("utf8").on("data", (d: string) => (stderr += d));
    child.on("error", failed);
    child.on("close", (status) => done({ status, stdout, stderr, output: `${stdout}${stderr}` }));
  });
}

/** Runs `npm run <script> -- args` from `cwd`, exactly as an editor types it. */
export function runNpm(script: string, args: string[], { cwd = ROOT, env = {} }: { cwd?: string; env?: Record<string, string | undefined> } = {}): CliResult {
  const run = spawnSync("npm", ["run", "--silent", "--prefix", ROOT, script, "--", ...args], { cwd, env: userEnv(env), encoding: "utf8" });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr, output: `${run.stdout}${run.stderr}` };
}

/**
 * Removes the Astro cache that astro.config.mjs keeps for a fixture site
 * (node_modules/.astro/sites/<hash>/), so that temporary sites do not pile up caches.
 */
export function removeSiteCache(contentRoot: string): void {
  const hash = createHash("sha1").update(resolve(contentRoot)).digest("hex").slice(0, 12);
  rmSync(join(ROOT, "node_modules/.astro/sites", hash), { recursive: true, force: true });
}
