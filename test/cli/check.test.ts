/**
 * `npm run check` as an editor runs it: on the sample site, on a copy of the minimal fixture site,
 * and on a copy broken in many ways at once.
 */
import { rmSync, writeFileSync, readFileSync, appendFileSync } from "node:fs";
import { join, relative } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { copyFixture, ROOT } from "../helpers/astro";
import { runNpm, runScript } from "../helpers/cli";

const sites: string[] = [];
const site = () => {
  const dir = copyFixture("minimal");
  sites.push(dir);
  return dir;
};
afterAll(() => sites.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe("npm run check", () => {
  it("passes the sample site: exit 0, warnings printed, a summary line", () => {
    const r = runNpm("check", []);
    expect(r.status, r.output).toBe(0);
    expect(r.stdout).toMatch(/^check passed: 0 errors, \d+ warnings? in \d+ recaps and \d+ CSV files \(\d+\.\d s\)$/m);
    // The sample keeps one unlinked label (seedance-2 is in the imported catalog now): a warning,
    // which does not fail the check.
    expect(r.stdout).toContain('content/recaps/2026-06-09-claude-fable-5-tops-index.mdx:9 field "models": warning: "claude-mythos-5" matches no model id or alias');
  });

  it("checks a fixture site given by --root (relative to where it is typed) or BENCHDIGEST_ROOT", () => {
    const dir = site();
    const expected = [
      'content/recaps/2026-02-17-sonnet-lands.mdx:5 field "models": warning: "seedance-2" matches no model id or alias, so it is shown as a plain label. To link it, add it to the aliases of a model in data/models.csv',
      expect.stringMatching(/^check passed: 0 errors, 1 warning in 3 recaps and 5 CSV files/),
    ];
    const byRoot = runNpm("check", ["--root", relative(join(dir, ".."), dir)], { cwd: join(dir, "..") });
    expect(byRoot.status, byRoot.output).toBe(0);
    expect(byRoot.stdout.trim().split("\n")).toEqual(expected);
    const byEnv = runScript("check", [], { env: { BENCHDIGEST_ROOT: dir } });
    expect(byEnv.stdout.trim().split("\n")).toEqual(expected);
  });

  it("prints every problem at once as file:line and exits 1", () => {
    const dir = site();
    const recaps = join(dir, "content/recaps");
    // A frontmatter key, a YAML syntax error, a duplicate slug, a future date, an unknown id in an
    // MDX component, an unlinked model label and a tag variant.
    writeFileSync(join(recaps, "2026-02-19-draft.md"), "---\ntitle: A draft\ndate: 2026-02-19\ndraft: true\ntitel: oops\n---\n\nNot yet.\n");
    writeFileSync(join(recaps, "2026-02-20-yaml.md"), "---\ntitle: Broken\ndate: 2026-02-20\nmodels: [glm-5\n---\n\nBody.\n");
    writeFileSync(join(recaps, "2026-02-18-token-bill.mdx"), "---\ntitle: Same slug\ndate: 2026-02-18\n---\n\nBody.\n");
    writeFileSync(join(recaps, "2099-01-01-future.md"), "---\ntitle: From the future\ndate: 2099-01-01\ncompanies: [Anthropic]\n---\n\nBody.\n");
    appendFileSync(join(recaps, "2026-02-17-sonnet-lands.mdx"), '\n<ModelScore model="claude-sonet-4-6" benchmark="aa-index" />\n');

    const r = runScript("check", ["--root", dir]);
    expect(r.status, r.output).toBe(1);
    const lines = r.stdout.trim().split("\n");
    expect(lines.slice(0, -1)).toEqual([
      'content/recaps/2026-02-17-sonnet-lands.mdx:5 field "models": warning: "seedance-2" matches no model id or alias, so it is shown as a plain label. To link it, add it to the aliases of a model in data/models.csv',
      expect.stringMatching(/^content\/recaps\/2026-02-17-sonnet-lands\.mdx:11( field "model")?: .*"claude-sonet-4-6".*did you mean "claude-sonnet-4-6"/),
      'content/recaps/2026-02-18-token-bill.mdx:1: duplicate slug "2026-02-18-token-bill" (from its file name): content/recaps/2026-02-18-token-bill.md already uses it; give one of them another file name or slug',
      'content/recaps/2026-02-19-draft.md:5 field "titel": unknown frontmatter key "titel" (did you mean "title"?); known keys are title, date, description, draft, models, companies, topics, people, slug, image',
      expect.stringMatching(/^content\/recaps\/2026-02-20-yaml\.md:4: YAML syntax error: /),
      'content/recaps/2099-01-01-future.md:3 field "date": the date 2099-01-01 is in the future, and the recap is not a draft: it would be published now with that date; fix the date or add "draft: true"',
      'content/recaps/2099-01-01-future.md:4 field "companies": warning: companies tag "Anthropic" (1 recap) differs from "anthropic" (1 recap) only by punctuation or case, so they get separate tag pages; use one spelling, or add the line "companies,Anthropic,anthropic" to data/tag-aliases.csv',
    ]);
    expect(lines.at(-1)).toMatch(/^check failed: 5 errors, 2 warnings in 6 recaps and 5 CSV files/);
  });

  it("reports CSV cells with the build's loader and says which checks wait for the data", () => {
    const dir = site();
    const csv = join(dir, "data/results/aa-index.csv");
    writeFileSync(csv, readFileSync(csv, "utf8").replace("claude-sonnet-4-5,v4.0,,43,", "claude-sonnet-4-5,v4.0,,n/a,"));
    const models = join(dir, "data/models.csv");
    writeFileSync(models, readFileSync(models, "utf8").replace("glm-5,GLM-5,Zhipu,,true,", "glm-5,GLM-5,Zhipu,2026-02-30,true,"));
    writeFileSync(join(dir, "content/recaps/2026-02-19-draft.md"), "---\ntitle: A draft\ndate: 2026-02-19\ndraft: yes please\n---\n");
    const r = runScript("check", ["--root", dir]);
    expect(r.status, r.output).toBe(1);
    expect(r.stdout.trim().split("\n")).toEqual([
      'content/recaps/2026-02-19-draft.md:4 field "draft": expected true or false',
      'data/models.csv:5 column "released": expected a date that exists (YYYY-MM-DD), found "2026-02-30"',
      'data/results/aa-index.csv:4 column "score": expected a non-negative number such as 51, 60.3%, 1,234, $2,088 or 74M, found "n/a"',
      "not checked yet: model labels, MDX component ids and tag variants are checked once the CSV problems are fixed",
      expect.stringMatching(/^check failed: 3 errors, 0 warnings in 3 recaps and 5 CSV files/),
    ]);
  });

  it("--json gives tools every finding with its severity and kind", () => {
    const dir = site();
    writeFileSync(join(dir, "content/recaps/2099-01-01-future.md"), "---\ntitle: Later\ndate: 2099-01-01\ndraft: true\n---\n");
    const r = runScript("check", ["--root", dir, "--json"]);
    expect(r.status, r.output).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report).toMatchObject({ ok: true, errors: 0, warnings: 2, recaps: 4, csvFiles: 5 });
    expect(report.findings.map((f: { code: string; severity: string; line: number }) => [f.code, f.severity, f.line])).toEqual([
      ["unknown-model-label", "warning", 5],
      ["future-date", "warning", 3],
    ]);
  });

  it("reports a label used in many recaps once, with its count, and --json gives every distinct model name's count and resolution", () => {
    const dir = site();
    const recaps = join(dir, "content/recaps");
    for (const day of ["20", "21", "22"]) writeFileSync(join(recaps, `2026-02-${day}-x.md`), `---\ntitle: X\ndate: 2026-02-${day}\nmodels: [seedance-2, gpt-5-2025-08-07_high, claude]\n---\n\nBody.\n`);
    const text = runScript("check", ["--root", dir]);
    expect(text.stdout.split("\n").filter((l) => l.includes('"seedance-2"'))).toEqual([
      'content/recaps/2026-02-17-sonnet-lands.mdx:5 field "models": warning: "seedance-2" matches no model id or alias (in 4 places; the first is here), so it is shown as a plain label. To link it, add it to the aliases of a model in data/models.csv',
    ]);
    const r = runScript("check", ["--root", dir, "--json"]);
    expect(r.status, r.output).toBe(0);
    const report = JSON.parse(r.stdout);
    const label = (name: string) => report.labels.find((l: { label: string }) => l.label === name);
    expect(label("seedance-2")).toMatchObject({ count: 4, resolution: { kind: "unresolved", reason: "unknown", candidates: [] } });
    expect(label("seedance-2").uses[0]).toEqual({ file: "content/recaps/2026-02-17-sonnet-lands.mdx", line: 5, where: "recap" });
    expect(label("gpt-5-2025-08-07_high")).toMatchObject({ count: 3, resolution: { kind: "model", id: "gpt-5", setting: "high", snapshot: "2025-08-07", rules: ["setting", "alias"] } });
    expect(label("claude")).toMatchObject({ count: 3, resolution: { kind: "family", family: "claude", members: ["claude-opus-4-6", "claude-sonnet-4-5", "claude-sonnet-4-6"] } });
    // Results files' names are listed too, each use with its file and line.
    expect(label("gpt-5-2025-08-07_medium")).toMatchObject({ count: 1, uses: [{ file: "data/results/terminal-bench.csv", line: 3, where: "results" }], resolution: { kind: "model", id: "gpt-5", setting: "medium" } });
    expect(report.findings.filter((f: { code: string }) => f.code === "unknown-model-label")).toHaveLength(2);
  });

  it("--strict fails on warnings too; a bad option exits 2 with the usage", () => {
    const dir = site();
    const strict = runScript("check", ["--root", dir, "--strict"]);
    expect(strict.status).toBe(1);
    expect(strict.stdout).toMatch(/^check failed: 0 errors, 1 warning/m);
    const bad = runScript("check", ["--root", dir, "--jsn"]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain("usage: npm run check");
  });

  it("refuses a folder that is not a site", () => {
    const r = runScript("check", ["--root", join(ROOT, "src/styles")]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("is not a site folder: expected content/recaps/ and data/");
  });
});
