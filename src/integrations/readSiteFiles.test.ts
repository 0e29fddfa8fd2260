import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { checkSiteFolder, listRecapFiles } from "./readSiteFiles";
import { largeProseRecap, largeTableRecap } from "../../bench/largeInputs";
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
// After every date of the minimal site (its newest figure is of 2026-04-08).
const now = new Date("2026-05-01T00:00:00Z");

describe("checkSite", () => {
  it("finds .md and .mdx recaps in subfolders and skips dot-files, as the glob loader does", () => {
    const dir = copy();
    mkdirSync(join(dir, "content/recaps/2026"));
    writeFileSync(join(dir, "content/recaps/2026/03-01-nested.md"), "---\ntitle: N\ndate: 2026-03-01\n---\n");
    writeFileSync(join(dir, "content/recaps/.draft.md"), "not a recap");
    writeFileSync(join(dir, "content/recaps/notes.txt"), "not a recap");
    expect(listRecapFiles(join(dir, "content/recaps")).files).toEqual(["2026-02-17-sonnet-lands.mdx", "2026-02-18-token-bill.md", "2026-02-19-draft.md", "2026/03-01-nested.md"]);
  });

  it("warns of a recap saved as .markdown or .MD, which the site leaves out, and names the file to rename it to", () => {
    const dir = copy();
    const recap = "---\ntitle: Saved otherwise\ndate: 2026-03-01\n---\n\nThe body.\n";
    writeFileSync(join(dir, "content/recaps/2026-03-01-saved.markdown"), recap);
    writeFileSync(join(dir, "content/recaps/2026-03-02-caps.MD"), recap);
    writeFileSync(join(dir, "content/recaps/notes.txt"), "not a recap");
    const report = checkSiteFolder(dir, { ignoredKeys: ["id", "original_slug"], now });
    expect(report.recapCount).toBe(3);
    expect(report.findings.filter((f) => f.code === "recap-file-unread").map(formatFinding)).toEqual([
      'content/recaps/2026-03-01-saved.markdown:1: warning: this file is not published: only .md and .mdx files are recaps (the name ends in ".markdown"); rename it to 2026-03-01-saved.md (or .mdx) to publish it',
      'content/recaps/2026-03-02-caps.MD:1: warning: this file is not published: only .md and .mdx files are recaps (the name ends in ".MD"); rename it to 2026-03-02-caps.md (or .mdx) to publish it',
    ]);
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

describe("the recaps folder, as the check and the build read it (issue 11)", () => {
  it("refuses a symlink leading outside content/, naming the link; the file is not read", () => {
    const dir = copy();
    const outside = mkdtempSync(join(tmpdir(), "bd-outside-"));
    dirs.push(outside);
    writeFileSync(join(outside, "secret.md"), "---\ntitle: Secret\ndate: 2026-02-20\n---\n\nOutside the project.\n");
    symlinkSync(join(outside, "secret.md"), join(dir, "content/recaps/2026-02-20-secret.md"));
    symlinkSync(outside, join(dir, "content/recaps/elsewhere"));
    const listing = listRecapFiles(join(dir, "content/recaps"), dir);
    expect(listing.files).not.toContain("2026-02-20-secret.md");
    expect(listing.problems.map((p) => `${p.file}:${p.line}: ${p.message.replace(/\(to [^)]*\)/, "(to …)")}`)).toEqual([
      "content/recaps/2026-02-20-secret.md:1: this symlink leads outside the site's content/ folder (to …); recaps must be files under content/. Copy the file in instead",
      "content/recaps/elsewhere:1: this symlink leads outside the site's content/ folder (to …); recaps must be files under content/. Copy the file in instead",
    ]);
    expect(checkSiteFolder(dir, { ignoredKeys: ["id", "original_slug"], now }).findings.filter((f) => f.severity === "error").map((f) => f.code)).toEqual(["recap-file", "recap-file"]);
  });

  it("detects a symlink loop (which published every recap twice), a self-loop and a second link to one file", () => {
    const dir = copy();
    const recaps = join(dir, "content/recaps");
    symlinkSync(recaps, join(recaps, "loop"));
    symlinkSync(join(dir, "content"), join(recaps, "up"));
    symlinkSync(join(recaps, "self"), join(recaps, "self"));
    symlinkSync(join(recaps, "2026-02-18-token-bill.md"), join(recaps, "2026-02-18-again.md"));
    symlinkSync(join(recaps, "nowhere.md"), join(recaps, "2026-02-20-dangling.md"));
    const listing = listRecapFiles(recaps, dir);
    expect(listing.files).toEqual(["2026-02-17-sonnet-lands.mdx", "2026-02-18-token-bill.md", "2026-02-19-draft.md"]);
    expect(listing.problems.map((p) => `${p.file}: ${p.message.split(";")[0].split(":")[0]}`)).toEqual([
      "content/recaps/2026-02-18-again.md: this is content/recaps/2026-02-18-token-bill.md again, reached through a symlink",
      "content/recaps/2026-02-20-dangling.md: this symlink leads to nothing",
      "content/recaps/loop: this symlink leads back to a folder it is in (content/recaps)",
      "content/recaps/self: this symlink is a loop (it leads back to itself)",
      "content/recaps/up: this symlink leads back to a folder it is in (content)",
    ]);
  });

  it("refuses a named pipe called like a recap, itself or behind a link, without reading it (found in review: the check and npm run new waited for ever)", () => {
    const dir = copy();
    const recaps = join(dir, "content/recaps");
    execFileSync("mkfifo", [join(recaps, "2026-02-21-pipe.md")]);
    symlinkSync(join(recaps, "2026-02-21-pipe.md"), join(recaps, "2026-02-22-link.md"));
    const listing = listRecapFiles(recaps, dir);
    expect(listing.files).toEqual(["2026-02-17-sonnet-lands.mdx", "2026-02-18-token-bill.md", "2026-02-19-draft.md"]);
    expect(listing.problems.map((p) => `${p.file}: ${p.message}`)).toEqual([
      "content/recaps/2026-02-21-pipe.md: this is not a file (a named pipe, a socket or a device): a recap must be a file; remove it",
      "content/recaps/2026-02-22-link.md: this is not a file (a named pipe, a socket or a device): a recap must be a file; remove it",
    ]);
  });

  it("allows a symlink to a file or folder elsewhere under content/", () => {
    const dir = copy();
    mkdirSync(join(dir, "content/shared"));
    writeFileSync(join(dir, "content/shared/2026-02-20-shared.md"), "---\ntitle: Shared\ndate: 2026-02-20\n---\n\nx\n");
    symlinkSync(join(dir, "content/shared"), join(dir, "content/recaps/shared"));
    expect(listRecapFiles(join(dir, "content/recaps"), dir)).toEqual({ files: ["2026-02-17-sonnet-lands.mdx", "2026-02-18-token-bill.md", "2026-02-19-draft.md", "shared/2026-02-20-shared.md"], problems: [], unread: [] });
  });

  it("refuses a recap over 8 MiB by its size, without reading it", () => {
    const dir = copy();
    writeFileSync(join(dir, "content/recaps/2026-02-20-long-table.md"), largeTableRecap(200_000));
    const report = checkSiteFolder(dir, { ignoredKeys: ["id", "original_slug"], now });
    expect(report.findings.filter((f) => f.severity === "error").map(formatFinding)).toEqual([
      'content/recaps/2026-02-20-long-table.md:1: the file is 8.2 MB; a recap may be at most 8 MB (see "Limits" in docs/data-format.md): split it into several recaps, or move long tables into a results CSV',
    ]);
    expect(report.recapCount).toBe(3);
  });

  it("refuses a recap over 512 KiB that Astro's pipeline renders (MDX with a component, a local image), and takes one the site's renderer renders", () => {
    const dir = copy();
    const prose = largeProseRecap(1.2 * 1024 * 1024).replace(/\n---\n/, "\n---\n\n");
    writeFileSync(join(dir, "content/recaps/2026-02-21-prose.md"), prose);
    writeFileSync(join(dir, "content/recaps/2026-02-22-plain.mdx"), prose);
    writeFileSync(join(dir, "content/recaps/2026-02-23-component.mdx"), prose.replace(/\n---\n\n/, '\n---\n\n<ModelScore model="claude-sonnet-4-6" benchmark="aa-index" version="v4.0" />\n\n'));
    writeFileSync(join(dir, "content/recaps/2026-02-24-image.md"), `${prose}\n![The chart](./chart.png)\n`);
    const report = checkSiteFolder(dir, { ignoredKeys: ["id", "original_slug"], now });
    expect(report.findings.filter((f) => f.severity === "error").map(formatFinding)).toEqual([
      'content/recaps/2026-02-23-component.mdx:1: the file is 1.2 MB, and Astro\'s pipeline renders it (it is MDX that uses components, expressions or HTML): such a recap may be at most 512 KB, a Markdown recap 8 MB (see "Limits" in docs/data-format.md): split it into several recaps, or write the long part as plain Markdown',
      'content/recaps/2026-02-24-image.md:1: the file is 1.2 MB, and Astro\'s pipeline renders it (it has a local image, which Astro optimises): such a recap may be at most 512 KB, a Markdown recap 8 MB (see "Limits" in docs/data-format.md): split it into several recaps',
    ]);
    expect(report.recapCount).toBe(5);
    // Just over the limit, in KB: not "0.5 MB" against 512 KB.
    writeFileSync(join(dir, "content/recaps/2026-02-23-component.mdx"), `---\ntitle: C\ndate: 2026-02-23\n---\n\n<ModelScore model="claude-sonnet-4-6" benchmark="aa-index" version="v4.0" />\n\n${"x".repeat(512 * 1024)}\n`);
    rmSync(join(dir, "content/recaps/2026-02-24-image.md"));
    expect(checkSiteFolder(dir, { ignoredKeys: ["id", "original_slug"], now }).findings.filter((f) => f.severity === "error").map(formatFinding)).toEqual([
      expect.stringMatching(/^content\/recaps\/2026-02-23-component\.mdx:1: the file is 513 KB, and Astro's pipeline renders it .*: such a recap may be at most 512 KB,/),
    ]);
  });
});
