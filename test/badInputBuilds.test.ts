import { spawn } from "node:child_process";
import { existsSync, rmSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { astroBuildAsync, ROOT } from "./helpers/astro";
import { badInputCases, materialise, type BadInputCase } from "./helpers/badInputCorpus";
import { STAGES } from "./helpers/buildStages";
import { userEnv } from "./helpers/cli";

/**
 * The bad-input corpus for real: for each build stage at which a case is refused (see
 * test/helpers/buildStages.ts), one case goes through `npm run build` and `npm run check` as an
 * editor runs them, so that the build's own reporting of that stage stays covered: exit status 1,
 * the `file:line` messages in what it prints, and no site left behind. The case built is the one
 * marked `# real build` in its expected.txt, else the stage's first case. Every other case runs
 * in-process (test/badInput.test.ts).
 */

const cases = badInputCases();
const built: BadInputCase[] = STAGES.flatMap((stage) => {
  const ofStage = cases.filter((c) => c.stage === stage);
  const marked = ofStage.filter((c) => c.realBuild);
  return marked.length ? marked : ofStage.slice(0, 1);
});

/** `npm run check -- --root <site>` as the package script runs it (tsx scripts/check.ts). */
function runCheck(site: string): Promise<{ status: number | null; output: string }> {
  return new Promise((done) => {
    const child = spawn(join(ROOT, "node_modules/.bin/tsx"), [join(ROOT, "scripts/check.ts"), "--root", site], { cwd: ROOT, env: userEnv({}) });
    let output = "";
    child.stdout.on("data", (c) => (output += c));
    child.stderr.on("data", (c) => (output += c));
    child.on("close", (status) => done({ status, output }));
  });
}

/** Two builds at a time: each site is its own Astro root, so builds of different sites do not meet. */
const CONCURRENCY = 2;
let running = 0;
const waiting: (() => void)[] = [];
async function limited<T>(task: () => Promise<T>): Promise<T> {
  if (running >= CONCURRENCY) await new Promise<void>((go) => waiting.push(go));
  running++;
  try {
    return await task();
  } finally {
    running--;
    waiting.shift()?.();
  }
}

const temps: string[] = [];
afterAll(() => temps.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe("the bad-input corpus, built for real", () => {
  it("builds at least one case of every stage the corpus reaches", () => {
    const reached = [...new Set(cases.map((c) => c.stage))].filter((s) => s !== undefined);
    expect(reached.length).toBeGreaterThanOrEqual(4);
    expect(new Set(built.map((c) => c.stage))).toEqual(new Set(reached));
    console.log(`[bad input] real builds: ${built.map((c) => `${c.stage} (${c.name})`).join(", ")}`);
  });

  describe.concurrent.each(built)("$stage stage: $name", ({ name, lines, description }) => {
    it(`is refused by npm run build and npm run check with file:line (${description})`, async () => {
      const site = materialise(name);
      temps.push(site);
      const outDir = join(site, "dist");
      const [build, check] = await limited(() => Promise.all([astroBuildAsync(site, outDir), runCheck(site)]));
      for (const [command, run] of [["npm run build", build], ["npm run check", check]] as const) {
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
