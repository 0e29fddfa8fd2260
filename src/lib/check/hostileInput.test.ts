import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { largeResultsCsv, largeTableRecap } from "../../../bench/largeInputs";
import { MAX_CSV_ROWS, MAX_RECAP_BYTES } from "../../schemas/limits";
import { dataFilesInMemory, type DataFiles } from "../data/dataFiles";
import { loadDataset } from "../data/loadDataset";
import { InputError } from "../errors";
import { labPath } from "../routes/paths";
import { checkSite, type SiteFiles } from "./checkSite";
import { formatFinding, type Finding } from "./findings";
import type { RecapFile } from "./checkRecaps";

/**
 * Issue 11, in-process: each hostile or broken input of the issue (those that are this file's
 * to cover), put into a copy of test/fixtures/sites/minimal held in memory, and what `npm run
 * check` now says about it: the same code the build runs (checkSite -> loadDataset, the recap
 * schema, recapRuleFindings, the body scan). The build-side refusals of the same inputs are in
 * test/hostileBuild.test.ts; the sanitiser's own cases in src/lib/html/sanitizeHtml.test.ts.
 */

const MINIMAL = resolve(import.meta.dirname, "../../../test/fixtures/sites/minimal");
// After every date of the minimal site (its newest figure is of 2026-04-08): only the hostile input is in the future.
const NOW = new Date("2026-05-01T12:00:00Z");

/** The minimal site's files in memory, with `recaps` and `data` replacing or adding files. */
function site({ recaps = {}, data = {} }: { recaps?: Record<string, string>; data?: Record<string, string> } = {}): SiteFiles {
  const dataFiles: Record<string, string> = {};
  const walk = (dir: string, prefix = "") => {
    for (const e of readdirSync(join(MINIMAL, "data", dir), { withFileTypes: true })) {
      const rel = `${prefix}${e.name}`;
      if (e.isDirectory()) walk(join(dir, e.name), `${rel}/`);
      else dataFiles[rel] = readFileSync(join(MINIMAL, "data", dir, e.name), "utf8");
    }
  };
  walk("");
  Object.assign(dataFiles, data);
  const recapFiles: Record<string, string> = {};
  for (const name of readdirSync(join(MINIMAL, "content/recaps"))) recapFiles[name] = readFileSync(join(MINIMAL, "content/recaps", name), "utf8");
  Object.assign(recapFiles, recaps);
  return {
    data: dataFilesInMemory(dataFiles),
    recaps: Object.entries(recapFiles)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([pathInRecapsDir, source]): RecapFile => ({ file: `content/recaps/${pathInRecapsDir}`, pathInRecapsDir, source })),
    recapsDirExists: true,
    csvCount: Object.keys(dataFiles).length,
  };
}

const check = (files: SiteFiles) => checkSite(files, { ignoredKeys: ["id", "original_slug"], now: NOW }).findings;
const errors = (findings: Finding[]) => findings.filter((f) => f.severity === "error").map(formatFinding);
const warnings = (findings: Finding[]) => findings.filter((f) => f.severity === "warning").map(formatFinding);
const recap = (frontmatter: string, body = "Text.") => `---\n${frontmatter}\n---\n\n${body}\n`;

describe("the minimal site itself", () => {
  it("has no errors (so every error below comes from the hostile input)", () => {
    expect(errors(check(site()))).toEqual([]);
  });
});

describe("raw HTML and URLs in recap bodies", () => {
  it("refuses javascript:, vbscript: and data: links and images, however written, in .md (file:line)", () => {
    const body = [
      "[a](javascript:alert(1))", // line 6
      "[b](JaVaScRiPt:alert(1))",
      "[c](&#106;avascript:alert(1))",
      "[d](jav&#x09;ascript:alert(1))",
      "[e](data:text/html;base64,PHNjcmlwdD4=)",
      "[f](vbscript:msgbox(1))",
      "![g](data:image/svg+xml,<svg/onload=alert(1)>)",
      '<a href="javascript:alert(1)">h</a>',
      "<javascript:alert(1)>",
      "",
      "[ref]: javascript:alert(2)",
      "[i][ref]",
      "",
      "`[code](javascript:not-a-link)` is fine",
    ].join("\n");
    const found = errors(check(site({ recaps: { "2026-02-20-links.md": recap("title: L\ndate: 2026-02-20", body) } })));
    expect(found.map((f) => f.replace(/: expected .*/, ""))).toEqual([
      'content/recaps/2026-02-20-links.md:6: link "javascript:alert(1)"',
      'content/recaps/2026-02-20-links.md:7: link "JaVaScRiPt:alert(1)"',
      'content/recaps/2026-02-20-links.md:8: link "javascript:alert(1)"',
      'content/recaps/2026-02-20-links.md:9: link "jav\\tascript:alert(1)"',
      'content/recaps/2026-02-20-links.md:10: link "data:text/html;base64,PHNjcmlwdD4="',
      'content/recaps/2026-02-20-links.md:11: link "vbscript:msgbox(1)"',
      'content/recaps/2026-02-20-links.md:12: image "data:image/svg+xml,<svg/onload=alert(1)>"',
      'content/recaps/2026-02-20-links.md:13: <a href="javascript:alert(1)">',
      'content/recaps/2026-02-20-links.md:14: link "javascript:alert(1)"',
      'content/recaps/2026-02-20-links.md:17: link "javascript:alert(2)"',
    ]);
    expect(found[0]).toContain('expected an http(s) or mailto: URL, or a path on the site; "javascript:" URLs are not allowed');
  });

  it("refuses the same in .mdx, and a literal javascript: href prop on a JSX element", () => {
    const body = ['[a](javascript:alert(1))', "", '<a href="JAVASCRIPT:alert(1)">b</a>', "", '<img src="data:image/png;base64,AAAA" alt="" />'].join("\n");
    const found = errors(check(site({ recaps: { "2026-02-20-links.mdx": recap("title: L\ndate: 2026-02-20", body) } })));
    expect(found.map((f) => f.replace(/: expected .*/, ""))).toEqual([
      'content/recaps/2026-02-20-links.mdx:6: link "javascript:alert(1)"',
      'content/recaps/2026-02-20-links.mdx:8: <a href="JAVASCRIPT:alert(1)">',
      'content/recaps/2026-02-20-links.mdx:10: <img src="data:image/png;base64,AAAA">',
    ]);
  });

  it("warns, with the line, about raw HTML the sanitiser removes: meta refresh, iframe, onerror, form, style, svg", () => {
    const body = [
      '<meta http-equiv="refresh" content="0;url=https://evil.example/">', // 6
      "",
      '<iframe src="https://evil.example/"></iframe>', // 8
      "",
      '<img src="/a.png" alt="a" onerror="alert(1)">', // 10
      "",
      '<form action="https://evil.example/"><input name="q"></form>', // 12
      "",
      '<p style="position:fixed">x</p>', // 14
      "",
      '<svg width="10" height="10"><image href="/etc/hosts"/></svg>', // 16
    ].join("\n");
    const findings = check(site({ recaps: { "2026-02-20-html.md": recap("title: H\ndate: 2026-02-20", body) } }));
    expect(errors(findings)).toEqual([]);
    expect(warnings(findings).filter((w) => w.includes("2026-02-20-html")).map((w) => w.replace(/ is removed.*/, ""))).toEqual([
      "content/recaps/2026-02-20-html.md:6: warning: raw HTML <meta>",
      "content/recaps/2026-02-20-html.md:8: warning: raw HTML <iframe>",
      "content/recaps/2026-02-20-html.md:10: warning: the attribute onerror of <img>",
      "content/recaps/2026-02-20-html.md:12: warning: raw HTML <form>",
      "content/recaps/2026-02-20-html.md:12: warning: raw HTML <input>",
      "content/recaps/2026-02-20-html.md:12: warning: the attribute name of <input>",
      "content/recaps/2026-02-20-html.md:14: warning: the attribute style of <p>",
      // Inside a paragraph, markdown-it hands each tag over alone; <image> is no HTML element, so it
      // is text (src/lib/markdown/unknownTags.ts), which the <svg> around it takes with it.
      "content/recaps/2026-02-20-html.md:16: warning: raw HTML <svg>",
    ]);
  });
});

describe("frontmatter", () => {
  it("refuses a 299-character slug, from the file name or the slug field, with the limit", () => {
    const long = "a".repeat(288);
    const found = errors(check(site({ recaps: { [`2026-02-20-${long}.md`]: recap("title: Long\ndate: 2026-02-20"), "2026-02-21-x.md": recap(`title: Slug\ndate: 2026-02-21\nslug: ${"b".repeat(299)}`) } })));
    expect(found).toEqual([
      expect.stringMatching(new RegExp(`^content/recaps/2026-02-20-a{288}\\.md:1: the URL slug "2026-02-20-a+…" \\(from its file name\\) is 299 characters long; slugs may have at most 100`)),
      expect.stringMatching(/^content\/recaps\/2026-02-21-x\.md:4 field "slug": expected a slug of at most 100 characters, found one of 299/),
    ]);
  });

  it("refuses image: 'http://[bad', javascript: and data: images, and paths not on the site", () => {
    const found = errors(
      check(
        site({
          recaps: {
            "2026-02-20-a.md": recap("title: A\ndate: 2026-02-20\nimage: 'http://[bad'"),
            "2026-02-20-b.md": recap("title: B\ndate: 2026-02-20\nimage: javascript:alert(1)"),
            "2026-02-20-c.md": recap("title: C\ndate: 2026-02-20\nimage: 'data:image/png;base64,AAAA'"),
            "2026-02-20-d.md": recap("title: D\ndate: 2026-02-20\nimage: //evil.example/x.png"),
          },
        }),
      ),
    );
    expect(found).toEqual([
      'content/recaps/2026-02-20-a.md:4 field "image": expected an http(s) URL or a path on the site starting with / (such as /og/sonnet.png); this http: URL does not parse, found "http://[bad"',
      'content/recaps/2026-02-20-b.md:4 field "image": expected an http(s) URL or a path on the site starting with / (such as /og/sonnet.png); "javascript:" URLs are not allowed, found "javascript:alert(1)"',
      'content/recaps/2026-02-20-c.md:4 field "image": expected an http(s) URL or a path on the site starting with / (such as /og/sonnet.png); "data:" URLs are not allowed, found "data:image/png;base64,AAAA"',
      'content/recaps/2026-02-20-d.md:4 field "image": expected an http(s) URL or a path on the site starting with / (such as /og/sonnet.png), found "//evil.example/x.png"',
    ]);
  });

  it("refuses NUL and control characters in titles, descriptions and tags, naming the character", () => {
    const found = errors(check(site({ recaps: { "2026-02-20-a.md": recap('title: "Bad\\0title"\ndate: 2026-02-20\ndescription: "x\\u001b[31m"\ntopics: ["ok", "t\\u0007ag"]') } })));
    expect(found).toEqual([
      'content/recaps/2026-02-20-a.md:2 field "title": contains a NUL character (U+0000), which pages and feeds cannot carry; delete it (it is usually invisible: retype the text around it)',
      'content/recaps/2026-02-20-a.md:4 field "description": contains the control character U+001B, which pages and feeds cannot carry; delete it (it is usually invisible: retype the text around it)',
      'content/recaps/2026-02-20-a.md:5 field "topics": item 2: contains the control character U+0007, which pages and feeds cannot carry; delete it (it is usually invisible: retype the text around it)',
    ]);
  });

  it("refuses a YAML alias bomb with file:line instead of dying", () => {
    const levels = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (const [i, name] of ["b", "c", "d", "e", "f", "g", "h", "i"].entries()) {
      const prev = "abcdefgh"[i];
      levels.push(`${name}: &${name} [${Array(9).fill(`*${prev}`).join(",")}]`);
    }
    const found = errors(check(site({ recaps: { "2026-02-20-bomb.md": recap(`title: Bomb\ndate: 2026-02-20\n${levels.join("\n")}`) } })));
    expect(found).toEqual(["content/recaps/2026-02-20-bomb.md:5: YAML cannot be read: its aliases (`*name`) expand to too much data (a YAML alias bomb?); write the values out instead"]);
  });

  it("refuses a recap whose URL is an archive page: slug \"2026\" and the file content/recaps/2026/02.md", () => {
    const found = errors(check(site({ recaps: { "2026-02-20-year.md": recap('title: Y\ndate: 2026-02-20\nslug: "2026"'), "2026/02.md": recap("title: M\ndate: 2026-02-20"), "2026/02-21-fine.md": recap("title: F\ndate: 2026-02-21") } })));
    expect(found).toEqual([
      'content/recaps/2026-02-20-year.md:4 field "slug": the URL /recaps/2026/ (from its slug field) is where the archive lives: /recaps/2026/ (the archive of a year, or one of its later pages); the recap would vanish behind it. Give it another slug, such as one starting with its date',
      "content/recaps/2026/02.md:1: the URL /recaps/2026/02/ (from its file name) is where the archive lives: /recaps/2026/02/ (the archive of a month); the recap would vanish behind it. Give it another file name, such as one starting with its date",
    ]);
  });

  it("applies one future-date rule: a published recap dated after tomorrow is an error, a draft a warning", () => {
    const findings = check(site({ recaps: { "2099-01-01-future.md": recap("title: F\ndate: 2099-01-01"), "2099-01-02-draft.md": recap("title: D\ndate: 2099-01-02\ndraft: true"), "2026-05-02-tomorrow.md": recap("title: T\ndate: 2026-05-02") } }));
    expect(errors(findings)).toEqual([
      'content/recaps/2099-01-01-future.md:3 field "date": the date 2099-01-01 is in the future, and the recap is not a draft: it would be published now, first in every feed, with that date; fix the date, or add "draft: true" until that day',
    ]);
    expect(warnings(findings)).toContain('content/recaps/2099-01-02-draft.md:3 field "date": warning: the date 2099-01-02 is in the future; fine for a draft, but set the real date before publishing');
  });

  it("refuses a tag whose slug is too long (a long tag in a non-Latin script makes a long slug)", () => {
    const found = errors(check(site({ recaps: { "2026-02-20-a.md": recap(`title: A\ndate: 2026-02-20\ntopics: ["${"智".repeat(20)}"]`) } })));
    expect(found).toEqual([expect.stringMatching(/^content\/recaps\/2026-02-20-a\.md:4 field "topics": the tag "智+" makes a URL slug of 119 characters; tag slugs may have at most 100/)]);
  });
});

describe("data files", () => {
  const header = "model,version,setting,score,output_tokens,cost_usd,input_price_per_mtok,output_price_per_mtok,evaluated_at,source_url,note";
  const row = (score: string, note = "") => `claude-opus-4-6,v4.0,,${score},,,,,2026-02-18,https://news.smol.ai/x,${note}`;

  it("refuses 1.7976931348623157e308 and 1e-400 with a message, not Infinity or 0", () => {
    const found = errors(check(site({ data: { "results/aa-index.csv": `${header}\n${row("1.7976931348623157e308")}\n${row("1e-400").replace("2026-02-18", "2026-02-19")}\n` } })));
    expect(found).toEqual([
      'data/results/aa-index.csv:2 column "score": expected a number of at most 1e15 (a million billion); this one is too large to be a real figure, found "1.7976931348623157e308"',
      'data/results/aa-index.csv:3 column "score": expected 0 or a number of at least 1e-9; this one is too small to show (it would read as 0), found "1e-400"',
    ]);
  });

  it("refuses NUL and control characters in CSV cells, naming the column", () => {
    const models = readFileSync(join(MINIMAL, "data/models.csv"), "utf8").replace("GLM-5,Zhipu", "GLM\u0000-5,Zhi\u001bpu");
    const found = errors(check(site({ data: { "models.csv": models } })));
    expect(found).toEqual([
      'data/models.csv:5 column "name": contains a NUL character (U+0000), which pages and feeds cannot carry; delete it (it is usually invisible: retype the text around it)',
      'data/models.csv:5 column "lab": contains the control character U+001B, which pages and feeds cannot carry; delete it (it is usually invisible: retype the text around it)',
    ]);
  });

  it("refuses a model id and a lab name whose URL slugs would be too long", () => {
    const registry = readFileSync(join(MINIMAL, "data/models.csv"), "utf8");
    const longId = registry.replace("gpt-5,GPT-5,OpenAI", `${"g".repeat(101)},GPT-5,OpenAI`);
    expect(errors(check(site({ data: { "models.csv": longId } })))).toEqual(['data/models.csv:6 column "id": expected an id of at most 100 characters (it is part of the page\'s URL), found one of 101']);
    const longLab = registry.replace("GLM-5,Zhipu", `GLM-5,${"株".repeat(20)}`);
    expect(errors(check(site({ data: { "models.csv": longLab } })))).toEqual(['data/models.csv:5 column "lab": the lab\'s name makes a URL slug of 119 characters; slugs may have at most 100 (see "Limits" in docs/data-format.md); shorten it']);
  });

  it("gives a lab named in a non-Latin script its code-point slug: the site loads and the lab has a page", () => {
    const models = readFileSync(join(MINIMAL, "data/models.csv"), "utf8").replace("GLM-5,Zhipu", "GLM-5,株式会社");
    expect(errors(check(site({ data: { "models.csv": models } })))).toEqual([]);
    expect(labPath("株式会社")).toBe("/labs/u682a-u5f0f-u4f1a-u793e/");
  });
});

describe("memory: oversized input is refused before it is parsed", () => {
  it("the issue's 8 MB recap (a table of 200,000 rows) is refused by its size", () => {
    const big = largeTableRecap(200_000);
    expect(big.length).toBeGreaterThan(8 * 1024 * 1024);
    // readSiteFiles leaves such a file unread and reports it as a folder problem; checkSite shows it.
    const files = site();
    files.folderProblems = [{ file: "content/recaps/2026-02-20-long-table.md", line: 1, message: `the file is ${(big.length / 1024 / 1024).toFixed(1)} MB; a recap may be at most ${MAX_RECAP_BYTES / 1024 / 1024} MB` }];
    expect(errors(check(files))).toEqual([expect.stringMatching(/^content\/recaps\/2026-02-20-long-table\.md:1: the file is 8\.\d MB; a recap may be at most 8 MB/)]);
    // The size test itself, on disk, is recapSizeProblem (src/integrations/readSiteFiles.test.ts).
  });

  it("the issue's 52 MB results CSV (500,000 rows) is refused by its size, and a 20,001-row one by its rows", () => {
    const huge = largeResultsCsv(500_000);
    expect(huge.length).toBeGreaterThan(50 * 1024 * 1024);
    const found = errors(check(site({ data: { "results/aa-index.csv": huge } })));
    // Refused by its size, before papaparse and zod. How fast is the bench's business, not a timed
    // test's (it failed at 6.5 s against a 5 s bound on a busy machine).
    expect(found).toEqual([expect.stringMatching(/^data\/results\/aa-index\.csv:1: the file is 5\d\.\d MB; a CSV may be at most 8 MB/)]);
    const over = errors(check(site({ data: { "results/aa-index.csv": largeResultsCsv(MAX_CSV_ROWS + 1) } })));
    expect(over).toEqual([`data/results/aa-index.csv:${MAX_CSV_ROWS + 2}: the file has 20,001 rows; a CSV may have at most 20,000 (see "Limits" in docs/data-format.md), and this is the first row over the limit`]);
  });
});

describe("check never dies", () => {
  it("reports a data file it cannot read as a finding, and still checks the recaps", () => {
    const files = site({ recaps: { "2026-02-20-a.md": recap("title: A\ndate: 2026-02-20", "[x](javascript:alert(1))") } });
    const broken: DataFiles = { ...files.data, read: () => { throw new RangeError("Invalid array length"); } };
    const findings = check({ ...files, data: broken });
    expect(errors(findings)).toEqual([
      "content/recaps/2026-02-20-a.md:6: link \"javascript:alert(1)\": expected an http(s) or mailto: URL, or a path on the site; \"javascript:\" URLs are not allowed",
      "data:1: the data files could not be checked: Invalid array length",
    ]);
  });

  it("the loader itself throws InputError, never another error, on each hostile CSV above", () => {
    for (const text of ["id,name\n\u0000", "\u0000", "a,b\n1,2,3", `${"x".repeat(10)}\n`]) {
      expect(() => loadDataset(dataFilesInMemory({ "models.csv": text }))).toThrow(InputError);
    }
  });
});
