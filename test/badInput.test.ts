import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { cpSync, existsSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { astroBuildAsync, copyFixture, ROOT } from "./helpers/astro";

/**
 * The bad-input corpus (test/fixtures/bad/, see its README): every malformed input stops both
 * `npm run build` and `npm run check` with exit 1 and the expected `file:line` message. Each case
 * is the minimal fixture site with a few files replaced. Cases run two at a time: each build
 * writes into its own folder inside the project (Astro puts the server chunks of a build whose
 * outDir is outside the project into the shared `.astro/`, where concurrent builds would read
 * each other's), and each case's check runs beside its build.
 */

const BAD = join(ROOT, "test/fixtures/bad");
const cases = readdirSync(BAD, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();

/** Expected lines of a case: plain substrings, or `re:` regular expressions. */
function expectations(name: string): { description: string; lines: (string | RegExp)[] } {
  const text = readFileSync(join(BAD, name, "expected.txt"), "utf8").split("\n");
  const description = text[0].replace(/^#\s*/, "");
  const lines = text.slice(1).filter((l) => l.trim() !== "" && !l.startsWith("#")).map((l) => (l.startsWith("re:") ? new RegExp(l.slice(3)) : l));
  return { description, lines };
}

/** Runs `npm run check` as the package script does (tsx scripts/check.ts) for a site folder. */
function runCheck(site: string): Promise<{ status: number | null; output: string }> {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: "1", FORCE_COLOR: "0" };
  for (const key of Object.keys(env)) if (key.startsWith("VITEST") || ["TEST", "DEV", "PROD", "MODE", "SSR", "BASE_URL", "BENCHDIGEST_ROOT", "NODE_ENV"].includes(key)) delete env[key];
  return new Promise((done) => {
    const child = spawn(join(ROOT, "node_modules/.bin/tsx"), [join(ROOT, "scripts/check.ts"), "--root", site], { cwd: ROOT, env });
    let output = "";
    child.stdout.on("data", (c) => (output += c));
    child.stderr.on("data", (c) => (output += c));
    child.on("close", (status) => done({ status, output }));
  });
}

const hasCheck = existsSync(join(ROOT, "scripts/check.ts"));
const OUT = join(ROOT, "node_modules/.cache/benchdigest-bad-input");
const CONCURRENCY = 2;

/**
 * At most CONCURRENCY cases at once; an `exclusive` case runs alone. A build that gets as far as
 * compiling MDX reads `.astro/content-modules.mjs`, which every build of this project rewrites
 * with its own site's files, so the cases refused only at that stage (marked `# alone` in their
 * expected.txt) never share the machine. Every other case is refused while content syncs.
 */
let running = 0;
const waiting: { exclusive: boolean; go: () => void }[] = [];
const canStart = (exclusive: boolean) => (exclusive ? running === 0 : running < CONCURRENCY);
function wake(): void {
  while (waiting.length && canStart(waiting[0].exclusive)) {
    const next = waiting.shift()!;
    running += next.exclusive ? CONCURRENCY : 1;
    next.go();
  }
}
async function limited<T>(exclusive: boolean, task: () => Promise<T>): Promise<T> {
  await new Promise<void>((go) => {
    waiting.push({ exclusive, go });
    wake();
  });
  try {
    return await task();
  } finally {
    running -= exclusive ? CONCURRENCY : 1;
    wake();
  }
}
const temps: string[] = [];
afterAll(() => {
  rmSync(OUT, { recursive: true, force: true });
  for (const dir of temps) {
    rmSync(dir, { recursive: true, force: true });
    // astro.config.mjs gives each fixture site its own cache folder; do not let them pile up.
    const cache = createHash("sha1").update(resolve(dir)).digest("hex").slice(0, 12);
    rmSync(join(ROOT, "node_modules/.astro/sites", cache), { recursive: true, force: true });
  }
});

describe("the bad-input corpus", () => {
  it("has at least 40 cases, each with an expected message", () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
    for (const name of cases) expect(expectations(name).lines.length, `${name}/expected.txt`).toBeGreaterThan(0);
    console.log(`[bad input] ${cases.length} cases`);
  });

  describe.concurrent.each(cases)("%s", (name) => {
    const { description, lines } = expectations(name);
    it(`is refused by build${hasCheck ? " and check" : ""} with file:line (${description})`, async () => {
      const site = copyFixture("minimal");
      temps.push(site);
      cpSync(join(BAD, name, "site"), site, { recursive: true });
      const outDir = join(OUT, name);
      const exclusive = /^# alone/m.test(readFileSync(join(BAD, name, "expected.txt"), "utf8"));
      const [build, check] = await limited(exclusive, () => Promise.all([astroBuildAsync(site, outDir), hasCheck ? runCheck(site) : undefined]));
      const runs: [string, { status: number | null; output: string }][] = [["npm run build", build]];
      if (check) runs.push(["npm run check", check]);
      for (const [command, run] of runs) {
        expect(run.status, `${command} exit status for ${name}:\n${run.output.slice(-3000)}`).toBe(1);
        for (const line of lines) {
          if (typeof line === "string") expect(run.output, `${command} output for ${name}`).toContain(line);
          else expect(run.output, `${command} output for ${name}`).toMatch(line);
        }
      }
      expect(existsSync(join(outDir, "index.html")), "a refused build leaves no site").toBe(false);
    });
  });
});
