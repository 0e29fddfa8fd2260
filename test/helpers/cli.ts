import { spawn, spawnSync } from "node:child_process";
import { ROOT } from "./astro";
import { commandBundle } from "./cliBundles";

/** What a command printed and how it exited. */
export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
  /** stdout and stderr together. */
  output: string;
}

/** The environment a user's shell would give: no vitest variables, no BENCHDIGEST_ROOT unless asked. */
export function userEnv(extra: Record<string, string | undefined>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: "1", FORCE_COLOR: "0" };
  for (const key of Object.keys(env)) if (key.startsWith("VITEST") || ["TEST", "DEV", "PROD", "MODE", "SSR", "BASE_URL", "BENCHDIGEST_ROOT", "INIT_CWD", "NODE_ENV"].includes(key)) delete env[key];
  for (const [k, v] of Object.entries(extra)) if (v === undefined) delete env[k];
  else env[k] = v;
  return env;
}

/**
 * Runs the command `scripts/<name>.ts` as its own process, from `cwd` (default: the project), compiled
 * once for the test run (test/helpers/cliBundles.ts: the source `npm run` gives tsx, without tsx's
 * per-run compiling; source maps on, as under tsx).
 */
export function runScript(name: string, args: string[], { cwd = ROOT, env = {} }: { cwd?: string; env?: Record<string, string | undefined> } = {}): CliResult {
  const run = spawnSync(process.execPath, ["--enable-source-maps", commandBundle(name), ...args], { cwd, env: userEnv(env), encoding: "utf8" });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr, output: `${run.stdout}${run.stderr}` };
}

/** `runScript` without blocking, for commands that must run at the same time as something else. */
export function runScriptAsync(name: string, args: string[], { cwd = ROOT, env = {} }: { cwd?: string; env?: Record<string, string | undefined> } = {}): Promise<CliResult & { endedAt: number }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, ["--enable-source-maps", commandBundle(name), ...args], { cwd, env: userEnv(env) });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (c) => (stdout += c));
    child.stderr.on("data", (c) => (stderr += c));
    child.on("close", (status) => done({ status, stdout, stderr, output: `${stdout}${stderr}`, endedAt: Date.now() }));
  });
}

/** Runs `npm run <script> -- args` from `cwd`, exactly as an editor types it. */
export function runNpm(script: string, args: string[], { cwd = ROOT, env = {} }: { cwd?: string; env?: Record<string, string | undefined> } = {}): CliResult {
  const run = spawnSync("npm", ["run", "--silent", "--prefix", ROOT, script, "--", ...args], { cwd, env: userEnv(env), encoding: "utf8" });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr, output: `${run.stdout}${run.stderr}` };
}
