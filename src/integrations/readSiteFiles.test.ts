import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { checkSiteFolder, listRecapFiles } from "./readSiteFiles";
import { formatFinding } from "../lib/check/findings";

const minimal = resolve(import.meta.dirname, "../../test/fixtures/sites/minimal");
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
const copy = () => {
  const dir = mkdtempSync(join(tmpdir(), "bd-checksite-"));
  dirs.push(dir);
  cpSync(minimal, dir, { recursive: true });
  return dir;
};
const now = new Date("2026-03-01T00:00:00Z");

describe("checkSite", () => {
  it("finds .md and .mdx recaps in subfolders and skips dot-files, as the glob loader does", () => {
    const dir = copy();
    mkdirSync(join(dir, "content/recaps/2026"));
    writeFileSync(join(dir, "content/recaps/2026/03-01-nested.md"), "---\ntitle: N\ndate: 2026-03-01\n---\n");
    writeFileSync(join(dir, "content/recaps/.draft.md"), "not a recap");
    writeFileSync(join(dir, "content/recaps/notes.txt"), "not a recap");
    expect(listRecapFiles(join(dir, "content/recaps"))).toEqual(["2026-02-17-sonnet-lands.mdx", "2026-02-18-token-bill.md", "2026-02-19-draft.md", "2026/03-01-nested.md"]);
  });

  it("reports on a clean site what it read, with the warnings only", () => {
    const report = checkSiteFolder(minimal, { ignoredKeys: ["id", "original_slug"], now });
    expect(report).toMatchObject({ recapCount: 3, csvCount: 5, skipped: undefined });
    expect(report.findings.map((f) => [f.severity, f.code])).toEqual([["warning", "unknown-model-label"]]);
  });

  it("collects data and recap problems together, sorted, and says what waits for the data", () => {
    const dir = copy();
    writeFileSync(join(dir, "data/tag-aliases.csv"), "type,alias,canonical\ncompany,x-ai,xai\n");
    writeFileSync(join(dir, "content/recaps/2026-02-19-draft.md"), "---\ntitle: A draft\n---\n");
    const report = checkSiteFolder(dir, { ignoredKeys: [], now });
    expect(report.findings.map(formatFinding)).toEqual([
      'content/recaps/2026-02-18-token-bill.md:2 field "id": unknown frontmatter key "id"; known keys are title, date, description, draft, models, companies, topics, people, slug, image, redirect_from',
      'content/recaps/2026-02-18-token-bill.md:3 field "original_slug": unknown frontmatter key "original_slug" (did you mean "slug"?); known keys are title, date, description, draft, models, companies, topics, people, slug, image, redirect_from',
      'content/recaps/2026-02-19-draft.md:1 field "date": required: expected a date such as 2026-02-17',
      'data/tag-aliases.csv:2 column "type": expected one of topics, companies, people, found "company"',
    ]);
    expect(report.skipped).toMatch(/checked once the CSV problems are fixed/);
  });

  it("reports a missing recaps folder", () => {
    const dir = copy();
    rmSync(join(dir, "content"), { recursive: true });
    expect(checkSiteFolder(dir, { ignoredKeys: [], now }).findings.map(formatFinding)).toEqual(["content/recaps:1: the recaps folder is missing; expected content/recaps/ with .md or .mdx files"]);
  });
});
