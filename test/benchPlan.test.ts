import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { generateOptions } from "../bench/generate";
import { benchPlan } from "../bench/run";

/**
 * The benchmark's command lines, `npm run bench` (bench/run.ts) and `npx tsx bench/generate.ts`:
 * what they plan, and what they refuse. Not a timing test.
 */
describe("benchPlan", () => {
  const runs = (argv: string[]) => benchPlan(argv).configs.map((c) => `${c.profile}/${c.n}/${c.format}`);

  it("plans the runs docs/performance.md describes", () => {
    expect(runs(["--quick"])).toEqual(["default/250/md", "default/250/mdx"]);
    expect(runs([])).toEqual(["default/250/md", "default/250/mdx", "default/1000/md", "default/1000/mdx", "default/4000/md", "default/4000/mdx", "archive/700/md"]);
    expect(runs(["--n", "1000", "--format", "mdx", "--no-warm", "--no-archive"])).toEqual(["default/1000/mdx"]);
    expect(runs(["--archive-only"])).toEqual(["archive/700/md"]);
    expect(runs(["--profile", "full", "--n", "140,700", "--no-ours"])).toEqual(["full/140/md", "full/700/md"]);
    expect(benchPlan(["--profile", "full", "--no-ours"]).ours).toBe(false);
    expect(benchPlan(["--quick", "--keep"]).keep).toBe(true);
  });

  it("refuses an unknown or misspelt option instead of running without it", () => {
    // Without the check, `--qiuck` started the full run (N = 250, 1000, 4000 and the archive).
    expect(() => benchPlan(["--qiuck"])).toThrow('unknown option "--qiuck": expected --n <value>, --format <value>');
    expect(() => benchPlan(["--quick", "250"])).toThrow('unknown option "250"');
  });

  it("refuses a missing or malformed value", () => {
    expect(() => benchPlan(["--n"])).toThrow("--n: expected a value after it");
    expect(() => benchPlan(["--n", "--quick"])).toThrow("--n: expected a value after it");
    expect(() => benchPlan(["--n", "1k"])).toThrow('--n: expected recap counts such as 250 or 250,1000, found "1k"');
    expect(() => benchPlan(["--n", "250,"])).toThrow("--n: expected recap counts");
    expect(() => benchPlan(["--format", "md,html"])).toThrow('--format: expected md, mdx or mixed (comma-separated), found "html"');
    expect(() => benchPlan(["--archive-n", "700,1000"])).toThrow('--archive-n: expected one recap count, found "700,1000"');
    expect(() => benchPlan(["--profile", "archive"])).toThrow("--profile: expected default or full");
  });

  it("refuses options the full-size profile would ignore", () => {
    expect(() => benchPlan(["--profile", "full", "--format", "mdx"])).toThrow("--profile full builds .md full-body issues only: --format would be ignored");
  });
});

describe("generateOptions", () => {
  it("reads the options docs/performance.md names", () => {
    expect(generateOptions(["--n", "250", "--format", "mdx", "--out", "dir"])).toEqual({ count: 250, format: "mdx", profile: "default", seed: 7, outDir: "dir" });
    expect(generateOptions(["--profile", "archive", "--seed", "3"])).toMatchObject({ count: 250, format: "md", profile: "archive", seed: 3 });
  });

  it("refuses an unknown option, a missing value and a seed that is not a whole number", () => {
    // Without the check, --fromat mdx wrote .md recaps and --seed x seeded with 0, without a word.
    expect(() => generateOptions(["--fromat", "mdx"])).toThrow('unknown option "--fromat": expected --n <value>, --format <value>');
    expect(() => generateOptions(["--out"])).toThrow("--out: expected a value after it");
    expect(() => generateOptions(["--seed", "x"])).toThrow('--seed: expected a whole number, found "x"');
  });
});

describe("the measuring scripts' command lines", () => {
  const ROOT = join(import.meta.dirname, "..");
  const run = (script: string, ...args: string[]) => spawnSync(process.execPath, ["--import", "tsx", join(ROOT, "bench", script), ...args], { cwd: ROOT, encoding: "utf8", timeout: 60_000 });

  it("refuse a malformed number, an unknown option or a missing argument before doing anything", () => {
    // Without the checks these ran on NaN: --prose-bytes 8MiB built a site whose "large" recap
    // was empty and printed its figures, --queries 1O ran no query and reported no difference.
    const cases: [string, string[], string][] = [
      ["largeRecapBuild.ts", ["--prose-bytes", "8MiB"], '--prose-bytes: expected a whole number of at least 1, found "8MiB"'],
      ["largeRecapBuild.ts", ["--tables-bytes", "9", "--rows-pre-table", "3"], "Unknown option '--rows-pre-table'"],
      ["largeRecapBuild.ts", [], "expected one of --prose-bytes, --table-bytes and --tables-bytes, found 0"],
      ["searchRanking.ts", [ROOT, "--bundles", "x"], "expected a folder `astro build` wrote"],
      ["searchRanking.ts", ["--queries", "1O"], "expected one built site folder, found 0"],
      ["markdownFuzz.ts", ["400", "seed"], 'seed: expected a whole number of at least 0, found "seed"'],
      ["markdown.ts", ["--runs", "1O"], '--runs: expected a whole number of at least 1, found "1O"'],
      ["sanitizerThroughput.ts", ["--rounds", "1O"], '--rounds: expected a whole number of at least 1, found "1O"'],
      ["plainMdxFuzz.ts", ["--verbose=yes"], "--verbose"],
      ["fixtureProfile.ts", [join(ROOT, "no-such-folder")], "no-such-folder: no such folder"],
    ];
    // npm run bench: its refusal with the usage, not a stack trace; --help prints the usage.
    const refused = run("run.ts", "--qiuck");
    expect([refused.status, refused.stdout]).toEqual([2, ""]);
    expect(refused.stderr).toContain('npm run bench: unknown option "--qiuck"');
    expect(refused.stderr).toContain("usage: npm run bench -- [options]");
    expect(refused.stderr).not.toMatch(/\n\s+at /);
    const help = run("run.ts", "--help");
    expect([help.status, help.stderr]).toEqual([0, ""]);
    expect(help.stdout).toContain("--profile full");
    for (const [script, args, message] of cases) {
      const r = run(script, ...args);
      expect({ script, args, status: r.status }).toEqual({ script, args, status: 2 });
      expect(r.stderr).toContain(message);
      expect(r.stderr).toContain(`usage: npx tsx bench/${script}`);
    }
  });
});
