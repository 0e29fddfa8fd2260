/**
 * `npm run check` as an editor runs it: on the sample site, on a copy of the minimal fixture site,
 * and on a copy broken in many ways at once.
 */
import { rmSync, writeFileSync, readFileSync, appendFileSync } from "node:fs";
import { join, relative } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { copyFixture, ROOT } from "../helpers/astro";
import { runNpm, runScript } from "../helpers/cli";

/** A published site's URL: the tests that compare whole outputs set one, so the example-URL warning is its own test. */
const URL_SET = { SITE_URL: "https://news.example.com" };
/**
 * Every check reads the sample's src/config.ts: at URL_SET, a site at another address that still
 * has the sample's title, description, author and subscribe account, four warnings listed after the site's own
 * findings (src/lib/check/sampleIdentity.ts; their own test below).
 */
const IDENTITY = [
  expect.stringMatching(/^src\/config\.ts:\d+ field "SITE\.title": warning: the site's title is still the sample's "benchdigest"/),
  expect.stringMatching(/^src\/config\.ts:\d+ field "SITE\.description": warning: the site's description is still the sample's/),
  expect.stringMatching(/^src\/config\.ts:\d+ field "SITE\.author": warning: the site's author is still the sample's "benchdigest editors"/),
  expect.stringMatching(/^src\/config\.ts:\d+ field "SUBSCRIBE": warning: SUBSCRIBE in src\/config\.ts is still the sample's Buttondown account "benchdigest"/),
];
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

  it("checks a fixture site given by --root, relative to where it is typed", () => {
    const dir = site();
    const expected = [
      'content/recaps/2026-02-17-sonnet-lands.mdx:5 field "models": warning: "seedance-2" matches no model id or alias, so it links to a label page of its own, without scores. If it is another name of a model, add it to that model\'s aliases in data/models.csv to link it (an app or agent such as chatgpt or cursor goes in data/products.csv instead: never linked as a model)',
      ...IDENTITY,
      expect.stringMatching(/^check passed: 0 errors, 5 warnings in 3 recaps and 5 CSV files/),
    ];
    const byRoot = runNpm("check", ["--root", relative(join(dir, ".."), dir)], { cwd: join(dir, ".."), env: URL_SET });
    expect(byRoot.status, byRoot.output).toBe(0);
    expect(byRoot.stdout.trim().split("\n")).toEqual(expected);
  });

  it("warns of registry rows a reader cannot tell apart: one lab, one display name", () => {
    const dir = site();
    const models = join(dir, "data/models.csv");
    const line = readFileSync(models, "utf8").trimEnd().split("\n").length + 1;
    // A host's id for Claude Sonnet 4.6 imported as a row of its own.
    appendFileSync(models, "anthropic-claude-sonnet-4-6,Claude Sonnet 4.6,Anthropic,2026-02-17,false,\n");
    const r = runScript("check", ["--root", dir, "--json"], { env: URL_SET });
    expect(r.status, r.output).toBe(0);
    const same = JSON.parse(r.stdout).findings.filter((f: { code: string }) => f.code === "model-same-name");
    expect(same).toEqual([
      {
        file: "data/models.csv",
        line,
        column: "name",
        severity: "warning",
        code: "model-same-name",
        message: `"claude-sonnet-4-6" (line 2) and "anthropic-claude-sonnet-4-6" (line ${line}) are both "Claude Sonnet 4.6" of Anthropic: readers get 2 model pages of one name once results or recaps name them (a model with neither has no page yet), the model's scores and recaps split between them. If they are one model, keep one row and move the others' ids and aliases into its aliases; if not, give them names that tell them apart`,
        places: [
          { file: "data/models.csv", line: 2 },
          { file: "data/models.csv", line },
        ],
      },
    ]);
  });

  it("warns of rows recorded as left out for a model the registry has now: the board would say it is not registered (found in review, after npm run models -- add without importing the rejects file)", () => {
    const dir = site();
    writeFileSync(
      join(dir, "data/results/terminal-bench.left-out.csv"),
      'benchmark,version,date,model,setting,score,cause,reason\nterminal-bench,v2.0,2026-02-20,claude-sonnet-4-6,Terminus 2,70.1%,unknown-model,"unknown model ""claude-sonnet-4-6"""\nterminal-bench,v2.0,2026-02-20,not-registered-9,,12.0%,unknown-model,"unknown model ""not-registered-9"""\n',
    );
    const r = runScript("check", ["--root", dir, "--json"], { env: URL_SET });
    expect(r.status, r.output).toBe(0);
    const stale = JSON.parse(r.stdout).findings.filter((f: { code: string }) => f.code === "left-out-registered");
    expect(stale).toHaveLength(1);
    expect(stale[0]).toMatchObject({ file: "data/results/terminal-bench.left-out.csv", line: 2, severity: "warning" });
    expect(stale[0].message).toMatch(/^claude-sonnet-4-6 is in the model registry now \(claude-sonnet-4-6, data\/models\.csv:2\), but its row is still recorded as left out \(line 2\) for want of it: /);
  });

  it("warns of a score typed without its decimal point on a board with no range to hold it to (510 for 51 on a points index), at its line", () => {
    const dir = site();
    const results = join(dir, "data/results/aa-index.csv");
    // The line the first appended row lands on (the file ends with a line break).
    const first = readFileSync(results, "utf8").split("\n").length;
    // Three more v4.0 runs, then 51.0 typed as 510: the board would rank it first by a factor of ten.
    appendFileSync(results, ["gpt-5,v4.0,high,47,,,,,2026-02-18,https://example.org/r,", "glm-5,v4.0,,41,,,,,2026-02-18,https://example.org/r,", "claude-opus-4-6,v4.0,high,55,,,,,2026-02-18,https://example.org/r,", "claude-sonnet-4-5,v4.0,high,510,,,,,2026-02-18,https://example.org/r,", ""].join("\n"));
    const r = runScript("check", ["--root", dir, "--json"], { env: URL_SET });
    expect(r.status, r.output).toBe(0);
    expect(JSON.parse(r.stdout).findings.filter((f: { code: string }) => f.code === "shifted-decimal")).toEqual([
      {
        file: "data/results/aa-index.csv",
        line: first + 3,
        column: "score",
        severity: "warning",
        code: "shifted-decimal",
        message: "the score 510 of Intelligence Index v4.0 is 9 times the highest of its other 6 scores (55), and it would be among them as 51: if a decimal point was left out, write 51; if the score is right, leave it",
      },
    ]);
  });

  it("prints every problem at once as file:line and exits 1", () => {
    const dir = site();
    const recaps = join(dir, "content/recaps");
    // A frontmatter key, a YAML syntax error, a duplicate slug, a future date, an unknown id in an
    // MDX component, an unlinked model label and a tag variant.
    writeFileSync(join(recaps, "2026-02-19-draft.md"), "---\ntitle: A draft\ndate: 2026-02-19\ndraft: true\ntitel: oops\n---\n\nNot yet.\n");
    writeFileSync(join(recaps, "2026-02-20-yaml.md"), "---\ntitle: Broken\ndate: 2026-02-20\nmodels: [glm-5\n---\n\nBody.\n");
    writeFileSync(join(recaps, "2026-02-18-token-bill.mdx"), "---\ntitle: Same slug\ndate: 2026-02-18\n---\n\nBody.\n");
    writeFileSync(join(recaps, "2099-01-01-future.md"), "---\ntitle: From the future\ndate: 2099-01-01\ncompanies: [Anthropic, anthropics]\n---\n\nBody.\n");
    appendFileSync(join(recaps, "2026-02-17-sonnet-lands.mdx"), '\n<ModelScore model="claude-sonet-4-6" benchmark="aa-index" />\n');

    const r = runScript("check", ["--root", dir], { env: URL_SET });
    expect(r.status, r.output).toBe(1);
    const lines = r.stdout.trim().split("\n");
    expect(lines.slice(0, -1)).toEqual([
      'content/recaps/2026-02-17-sonnet-lands.mdx:5 field "models": warning: "seedance-2" matches no model id or alias, so it links to a label page of its own, without scores. If it is another name of a model, add it to that model\'s aliases in data/models.csv to link it (an app or agent such as chatgpt or cursor goes in data/products.csv instead: never linked as a model)',
      expect.stringMatching(/^content\/recaps\/2026-02-17-sonnet-lands\.mdx:11( field "model")?: .*"claude-sonet-4-6".*did you mean "claude-sonnet-4-6"/),
      'content/recaps/2026-02-18-token-bill.mdx:1: duplicate slug "2026-02-18-token-bill" (from its file name): content/recaps/2026-02-18-token-bill.md already uses it; give one of them another file name or slug',
      'content/recaps/2026-02-19-draft.md:5 field "titel": unknown frontmatter key "titel" (did you mean "title"?); known keys are title, date, description, draft, models, companies, topics, people, slug, image, redirect_from',
      expect.stringMatching(/^content\/recaps\/2026-02-20-yaml\.md:4: YAML syntax error: /),
      'content/recaps/2099-01-01-future.md:3 field "date": the date 2099-01-01 is in the future, and the recap is not a draft: it would be published now, first in every feed, with that date; fix the date, or add "draft: true" until that day',
      'content/recaps/2099-01-01-future.md:4 field "companies": warning: companies tag "anthropics" (1 recap, /companies/anthropics/) and "anthropic" (2 recaps, /companies/anthropic/) differ only by plural or -ing form, and get separate tag pages; use one spelling, or add the line "companies,anthropics,anthropic" to data/tag-aliases.csv',
      ...IDENTITY,
    ]);
    expect(lines.at(-1)).toMatch(/^check failed: 5 errors, 6 warnings in 6 recaps and 5 CSV files/);
  });

  it("reports CSV cells with the build's loader and says which checks wait for the data", () => {
    const dir = site();
    const csv = join(dir, "data/results/aa-index.csv");
    writeFileSync(csv, readFileSync(csv, "utf8").replace("claude-sonnet-4-5,v4.0,,43,", "claude-sonnet-4-5,v4.0,,n/a,"));
    const models = join(dir, "data/models.csv");
    writeFileSync(models, readFileSync(models, "utf8").replace("glm-5,GLM-5,Zhipu,,true,", "glm-5,GLM-5,Zhipu,2026-02-30,true,"));
    writeFileSync(join(dir, "content/recaps/2026-02-19-draft.md"), "---\ntitle: A draft\ndate: 2026-02-19\ndraft: yes please\n---\n");
    const r = runScript("check", ["--root", dir], { env: URL_SET });
    expect(r.status, r.output).toBe(1);
    expect(r.stdout.trim().split("\n")).toEqual([
      'content/recaps/2026-02-19-draft.md:4 field "draft": expected true or false, found "yes please"',
      'data/models.csv:5 column "released": expected a date that exists (YYYY-MM-DD), found "2026-02-30"',
      'data/results/aa-index.csv:4 column "score": expected a non-negative number such as 51, 60.3%, 1,234, $2,088 or 74M, found "n/a"',
      ...IDENTITY,
      "not checked yet: model labels, MDX component ids and tag variants are checked once the CSV problems are fixed",
      expect.stringMatching(/^check failed: 3 errors, 4 warnings in 3 recaps and 5 CSV files/),
    ]);
  });

  it("--json gives tools every finding with its severity and kind", () => {
    const dir = site();
    writeFileSync(join(dir, "content/recaps/2099-01-01-future.md"), "---\ntitle: Later\ndate: 2099-01-01\ndraft: true\n---\n");
    const r = runScript("check", ["--root", dir, "--json"], { env: URL_SET });
    expect(r.status, r.output).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report).toMatchObject({ ok: true, errors: 0, warnings: 6, recaps: 4, csvFiles: 5, skipped: null });
    expect(report.findings.map((f: { code: string; severity: string; line: number }) => [f.code, f.severity, f.line])).toEqual([
      ["unknown-model-label", "warning", 5],
      ["future-date", "warning", 3],
      ...["SITE.title", "SITE.description", "SITE.author", "SUBSCRIBE"].map(() => ["sample-identity", "warning", expect.any(Number)]),
    ]);
    expect(report.findings.slice(2).map((f: { file: string; field: string }) => `${f.file} ${f.field}`)).toEqual(["src/config.ts SITE.title", "src/config.ts SITE.description", "src/config.ts SITE.author", "src/config.ts SUBSCRIBE"]);
  });

  it("reports a label used in many recaps once, with its count, and --json gives every distinct model name's count and resolution", () => {
    const dir = site();
    const recaps = join(dir, "content/recaps");
    for (const day of ["20", "21", "22"]) writeFileSync(join(recaps, `2026-02-${day}-x.md`), `---\ntitle: X\ndate: 2026-02-${day}\nmodels: [seedance-2, gpt-5-2025-08-07_high, claude]\n---\n\nBody.\n`);
    const text = runScript("check", ["--root", dir]);
    expect(text.stdout.split("\n").filter((l) => l.includes('"seedance-2"'))).toEqual([
      'content/recaps/2026-02-17-sonnet-lands.mdx:5 field "models": warning: "seedance-2" matches no model id or alias (in 4 places; the first is here), so it links to a label page of its own, without scores. If it is another name of a model, add it to that model\'s aliases in data/models.csv to link it (an app or agent such as chatgpt or cursor goes in data/products.csv instead: never linked as a model)',
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
    const strict = runScript("check", ["--root", dir, "--strict"], { env: URL_SET });
    expect(strict.status).toBe(1);
    expect(strict.stdout).toMatch(/^check failed: 0 errors, 5 warnings/m);
    const bad = runScript("check", ["--root", dir, "--jsn"]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain("usage: npm run check");
  });

  it("warns while the site URL is the example, so that --strict fails; a real URL drops that warning", () => {
    const dir = site();
    // The one unlinked label of the fixture would fail --strict too: link it.
    const recap = join(dir, "content/recaps/2026-02-17-sonnet-lands.mdx");
    writeFileSync(recap, readFileSync(recap, "utf8").replace(", seedance-2]", "]"));
    const example = runScript("check", ["--root", dir], { env: { SITE_URL: undefined } });
    expect(example.status, example.output).toBe(0);
    expect(example.stdout).toMatch(/^src\/config\.ts:\d+ field "SITE\.url": warning: the site URL is still the example https:\/\/benchdigest\.example\.org: canonical links, feeds and the sitemap would point there\. Set url in SITE in src\/config\.ts/m);
    expect(example.stdout).toMatch(/^check passed: 0 errors, 1 warning in 3 recaps/m);
    const strict = runScript("check", ["--root", dir, "--strict"], { env: { SITE_URL: undefined } });
    expect(strict.status).toBe(1);
    expect(strict.stdout).toMatch(/^check failed: 0 errors, 1 warning in 3 recaps/m);
    const fromEnv = runScript("check", ["--root", dir, "--strict"], { env: { SITE_URL: "https://benchdigest.example.org/" } });
    expect(fromEnv.stdout).toContain("(from SITE_URL=https://benchdigest.example.org/)");
    // At a real URL the example's warning goes, and the sample's identity is no longer the site's.
    const published = runScript("check", ["--root", dir, "--strict"], { env: URL_SET });
    expect(published.stdout.trim().split("\n")).toEqual([...IDENTITY, expect.stringMatching(/^check failed: 0 errors, 4 warnings in 3 recaps/)]);
  });

  it("warns of the sample's subscribe account, title, description and author once the URL is another, each at its line of src/config.ts; not at the example URL", () => {
    const dir = site();
    const config = readFileSync(join(ROOT, "src/config.ts"), "utf8").split("\n");
    const published = JSON.parse(runScript("check", ["--root", dir, "--json"], { env: URL_SET }).stdout);
    const identity = published.findings.filter((f: { code: string }) => f.code === "sample-identity");
    expect(identity.map((f: { field: string; line: number }) => [f.field, config[f.line - 1].trim()])).toEqual([
      ["SITE.title", 'title: "benchdigest",'],
      ["SITE.description", 'description: "Daily AI recaps joined to the benchmarks they talk about: scores, token bills and what it cost to get there.",'],
      ["SITE.author", 'author: "benchdigest editors",'],
      ["SUBSCRIBE", 'export const SUBSCRIBE: SubscribeConfig | undefined = { provider: "buttondown", account: "benchdigest" };'],
    ]);
    expect(identity[3].message).toBe(
      'SUBSCRIBE in src/config.ts is still the sample\'s Buttondown account "benchdigest": the subscribe form in every page\'s footer would send your readers\' email addresses to the sample\'s newsletter, not yours. Set SUBSCRIBE to your own account (docs/email.md), or to undefined for no form',
    );
    // The sample itself, at the example URL: its identity is its own, and the URL's warning is the one to fix first.
    const sample = JSON.parse(runScript("check", ["--root", dir, "--json"], { env: { SITE_URL: undefined } }).stdout);
    expect(sample.findings.filter((f: { file: string }) => f.file === "src/config.ts").map((f: { code: string }) => f.code)).toEqual(["site-url"]);
  });

  it("counts stub bodies and unfilled placeholders once per kind, listing the files, every place in --json", () => {
    const dir = site();
    const recaps = join(dir, "content/recaps");
    for (let i = 1; i <= 9; i++) {
      writeFileSync(join(recaps, `2024-01-0${i}-stub.md`), `---\ntitle: Stub ${i}\ndate: 2024-01-0${i}\n---\n\nArchived full issue body is served from static HTML at /frozen-issues/24-01-0${i}-stub.html.\n`);
    }
    for (const day of ["10", "11"]) {
      writeFileSync(join(recaps, `2024-01-${day}-mail.md`), `---\ntitle: Mail ${day}\ndate: 2024-01-${day}\n---\n\nThe news.\n\nSee [{{ email.subject }}]({{ email_url }})!\n\nYou can [unsubscribe]({{{RESEND_UNSUBSCRIBE_URL}}}) from this list.\n`);
    }
    const r = runScript("check", ["--root", dir], { env: URL_SET });
    expect(r.status, r.output).toBe(0);
    const lines = r.stdout.trim().split("\n");
    expect(lines.filter((l) => l.includes("stub") || l.includes("placeholder"))).toEqual([
      'content/recaps/2024-01-01-stub.md:6: warning: 9 recaps\' bodies are one line pointing at a copy elsewhere, such as "Archived full issue body is served from static HTML at /frozen-issues/24-01-01-stub.html.": the page shows only that line, and search and feeds have nothing else. Import the full bodies (npm run import:recaps -- FOLDER --overwrite) or write them. Recaps: 2024-01-01-stub.md:6, 2024-01-02-stub.md:6, 2024-01-03-stub.md:6, 2024-01-04-stub.md:6, 2024-01-05-stub.md:6, 2024-01-06-stub.md:6 (+3 more)',
      "content/recaps/2024-01-10-mail.md:8: warning: 6 unfilled template placeholders in 2 recaps, which the newsletter's mail tool would have filled in: the page shows the braces, and a link to one goes nowhere. Remove those lines or replace the placeholders (an archive's Buttondown template code: import it again with npm run import:recaps -- FOLDER --fill-mail-templates --overwrite, which keeps the web version): {{ email.subject }} as link text 2× (2024-01-10-mail.md:8, 2024-01-11-mail.md:8); {{ email_url }} as link target 2× (2024-01-10-mail.md:8, 2024-01-11-mail.md:8); {{{RESEND_UNSUBSCRIBE_URL}}} as link target 2× (2024-01-10-mail.md:10, 2024-01-11-mail.md:10)",
    ]);
    expect(lines.at(-1)).toMatch(/^check passed: 0 errors, 7 warnings in 14 recaps/);
    const json = JSON.parse(runScript("check", ["--root", dir, "--json"], { env: URL_SET }).stdout);
    const stub = json.findings.find((f: { code: string }) => f.code === "stub-body");
    expect(stub.places).toHaveLength(9);
    expect(stub.places[8]).toEqual({ file: "content/recaps/2024-01-09-stub.md", line: 6 });
    expect(json.findings.find((f: { code: string }) => f.code === "template-placeholder").places).toHaveLength(6);
  });

  it("warns about code in an .mdx recap with file:line; --strict refuses it", () => {
    const dir = site();
    // The recap of issue 11: it ran a command at build time and published its output.
    writeFileSync(
      join(dir, "content/recaps/2026-02-20-code.mdx"),
      '---\ntitle: Code\ndate: 2026-02-20\n---\nimport { execSync } from "node:child_process"\n\nBuilt by {execSync("whoami").toString()}.\n',
    );
    const r = runScript("check", ["--root", dir], { env: URL_SET });
    expect(r.status, r.output).toBe(0);
    const lines = r.stdout.trim().split("\n");
    expect(lines.filter((l) => l.includes("runs as code"))).toEqual([
      expect.stringMatching(/^content\/recaps\/2026-02-20-code\.mdx:5: warning: an import runs as code when the site builds: "import \{ execSync \} from \\"node:child_process\\""\. .*MDX is code/),
      expect.stringMatching(/^content\/recaps\/2026-02-20-code\.mdx:7: warning: an \{expression\} runs as code when the site builds: "\{execSync\(\\"whoami\\"\)\.toString\(\)\}"/),
    ]);
    expect(lines.at(-1)).toMatch(/^check passed: 0 errors, 7 warnings/);
    const strict = runScript("check", ["--root", dir, "--strict"], { env: URL_SET });
    expect(strict.status).toBe(1);
    expect(strict.stdout).toMatch(/^check failed: 0 errors, 7 warnings/m);
  });

  it("warns about links in a recap's body to pages the site will not have, with file:line and a did-you-mean; says nothing of paths it cannot know without building", () => {
    const dir = site();
    const body = [
      "A [sib](/recaps/2026-99-99-nope/) and <a href=\"/recaps/nope/\">raw</a>.",
      "",
      "[Sonnet](/models/claude-sonet-4-6/) [board](/leaderboards/aa-index/) [tokens](/recaps/2026-02-18-token-bill/#scores) <img src=\"chart.png\" alt=\"Chart\"> ![x](/charts/nope.png)",
    ];
    writeFileSync(join(dir, "content/recaps/2026-02-20-links.md"), `---\ntitle: Links\ndate: 2026-02-20\n---\n\n${body.join("\n")}\n`);
    const r = runScript("check", ["--root", dir], { env: URL_SET });
    expect(r.status, r.output).toBe(0);
    expect(r.stdout.split("\n").filter((l) => l.startsWith("content/recaps/2026-02-20-links.md"))).toEqual([
      'content/recaps/2026-02-20-links.md:6: warning: <a href="/recaps/nope/"> leads to /recaps/nope/, where the site has no page; correct the path (copy it from the address bar of the page you mean), or remove the link',
      'content/recaps/2026-02-20-links.md:6: warning: link "/recaps/2026-99-99-nope/" leads to /recaps/2026-99-99-nope/, where the site has no page; correct the path (copy it from the address bar of the page you mean), or remove the link',
      `content/recaps/2026-02-20-links.md:8: warning: <img src="chart.png"> is relative: on the recap's page it leads to /recaps/2026-02-20-links/chart.png, where there is no file; write the whole address (https://...) or a path from the site's root (/recaps/...)`,
      'content/recaps/2026-02-20-links.md:8: warning: link "/models/claude-sonet-4-6/" leads to /models/claude-sonet-4-6/, where the site has no page; did you mean /models/claude-sonnet-4-6/? Otherwise correct the path (copy it from the address bar of the page you mean), or remove the link',
    ]);
    const json = JSON.parse(runScript("check", ["--root", dir, "--json"], { env: URL_SET }).stdout);
    expect(json.findings.filter((f: { code: string }) => f.code === "broken-internal-link").map((f: { line: number }) => f.line)).toEqual([6, 6, 8]);
  });

  it("refuses a folder that is not a site", () => {
    const r = runScript("check", ["--root", join(ROOT, "src/styles")]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("is not a site folder: expected content/recaps/ and data/");
  });
});
