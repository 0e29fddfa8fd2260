/**
 * `npm run import:recaps` as an editor runs it: a mixed archive from other platforms (a fixture in
 * test/fixtures/archives/), and the 41 real AINews issues from the team's shared fixtures
 * (../shared/fixtures/ainews-sample/, skipped with a message when absent), which must then pass
 * `npm run check` (and build: test/ainewsSample.test.ts builds them, imported the same way).
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { copyFixture, ROOT } from "../helpers/astro";
import { runNpm, runScript } from "../helpers/cli";

const MIXED = join(ROOT, "test/fixtures/archives/mixed");
const SAMPLE = resolve(ROOT, "../shared/fixtures/ainews-sample");
const samplePresent = existsSync(SAMPLE) && readdirSync(SAMPLE).some((f) => f.endsWith(".md"));
if (!samplePresent) console.warn(`[import:recaps] ${SAMPLE} is absent: the import of the 41 AINews issues is skipped`);

const dirs: string[] = [];
const site = () => {
  const dir = copyFixture("minimal");
  dirs.push(dir);
  return dir;
};
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
const recapFiles = (dir: string) => readdirSync(join(dir, "content/recaps")).sort();
const FIXTURE_RECAPS = ["2026-02-17-sonnet-lands.mdx", "2026-02-18-token-bill.md", "2026-02-19-draft.md"];

describe("npm run import:recaps, a mixed archive", () => {
  it("imports what it can, normalises names and frontmatter, says what it changed, and exits 1 for the rest", () => {
    const dir = site();
    const r = runScript("import-recaps", [MIXED, "--root", dir, "--strip-prefix", "myletter"]);
    expect(r.status, r.output).toBe(1);
    expect(recapFiles(dir)).toEqual(["2024-01-05-hello-world.md", "2024-02-01-weekly-notes.mdx", "2024-03-01-unfinished.md", ...FIXTURE_RECAPS].sort());
    expect(r.stdout).toContain(
      '+ content/recaps/2024-01-05-hello-world.md: pubDate → date; date "Fri, 05 Jan 2024 09:30:00 GMT" → 2024-01-05T09:30:00.000Z; tags, categories → topics; summary → description; cover → image; dropped empty people; dropped author: "Jane Editor"',
    );
    expect(r.stdout).toContain("+ content/recaps/2024-03-01-unfinished.md: renamed from 24-03-01-myletter-unfinished.md; published: false → draft: true");
    expect(r.stdout).toContain("+ content/recaps/2024-02-01-weekly-notes.mdx: renamed from weekly-notes.mdx; published → date; tags → topics");
    expect(r.stderr).toMatch(/test\/fixtures\/archives\/mixed\/broken-yaml\.md:4: YAML syntax error: .* \(not imported\)/);
    expect(r.stderr).toContain('mixed/no-date.md:1 field "date": expected a date field (date, pubDate, published...) with a date such as 2026-02-17, to name the file (not imported)');
    expect(r.stdout).toMatch(/^imported 3 of 5 files into .* in \d+\.\d s$/m);
    expect(r.stdout).toContain("  2 not imported (problems above), 0 not replaced");
    // Nothing in a body is lost: raw HTML, braces and the table are there as they were.
    const hello = readFileSync(join(dir, "content/recaps/2024-01-05-hello-world.md"), "utf8");
    const source = readFileSync(join(MIXED, "2024-01-05-hello-world.md"), "utf8");
    expect(hello.slice(hello.indexOf("\n---\n", 4))).toBe(source.slice(source.indexOf("\n---\n", 4)));
    // What it wrote passes the check (the broken files were left out).
    const check = runScript("check", ["--root", dir]);
    expect(check.status, check.output).toBe(0);
  });

  it("--dry-run writes nothing; a second import finds the files unchanged; a changed file is a conflict unless --overwrite", () => {
    const dir = site();
    const archive = mkdtempSync(join(tmpdir(), "bd-archive-"));
    dirs.push(archive);
    for (const name of ["2024-01-05-hello-world.md", "weekly-notes.mdx"]) cpSync(join(MIXED, name), join(archive, name));

    const dry = runScript("import-recaps", [archive, "--root", dir, "--dry-run"]);
    expect(dry.status, dry.output).toBe(0);
    expect(dry.stdout).toMatch(/^would import 2 of 2 files into .* \(dry run: nothing written\)$/m);
    expect(recapFiles(dir)).toEqual(FIXTURE_RECAPS);

    expect(runScript("import-recaps", [archive, "--root", dir]).status).toBe(0);
    const again = runScript("import-recaps", [archive, "--root", dir]);
    expect(again.status, again.output).toBe(0);
    expect(again.stdout).toContain("= content/recaps/2024-01-05-hello-world.md (already there, unchanged)");
    expect(again.stdout).toMatch(/^imported 0 of 2 files/m);

    const edited = join(dir, "content/recaps/2024-02-01-weekly-notes.mdx");
    writeFileSync(edited, readFileSync(edited, "utf8").replace("Some *MDX* text.", "Edited by hand."));
    const conflict = runScript("import-recaps", [archive, "--root", dir]);
    expect(conflict.status).toBe(1);
    expect(conflict.stderr).toContain("content/recaps/2024-02-01-weekly-notes.mdx:1: a different file is already there; not replacing it (use --overwrite)");
    expect(readFileSync(edited, "utf8")).toContain("Edited by hand.");
    const overwrite = runScript("import-recaps", [archive, "--root", dir, "--overwrite"]);
    expect(overwrite.status, overwrite.output).toBe(0);
    expect(readFileSync(edited, "utf8")).toContain("Some *MDX* text.");
  });

  it("refuses a missing folder and a folder without recaps", () => {
    const dir = site();
    expect(runScript("import-recaps", [join(dir, "nope"), "--root", dir]).stderr).toContain("no such folder");
    const empty = runScript("import-recaps", [join(dir, "data"), "--root", dir]);
    expect(empty.status).toBe(1);
    expect(empty.stderr).toContain("no .md or .mdx files in it");
  });
});

describe.skipIf(!samplePresent)("npm run import:recaps, the 41 real AINews issues", () => {
  it("imports them with normalised names and untouched contents; then the check passes", () => {
    const dir = site();
    const sources = readdirSync(SAMPLE).filter((f) => f.endsWith(".md")).sort();
    const dry = runNpm("import:recaps", [SAMPLE, "--root", dir, "--dry-run"]);
    expect(dry.status, dry.output).toBe(0);
    expect(recapFiles(dir)).toEqual(FIXTURE_RECAPS);

    const started = Date.now();
    const r = runNpm("import:recaps", [SAMPLE, "--root", dir]);
    const importSeconds = (Date.now() - started) / 1000;
    expect(r.status, r.output).toBe(0);
    expect(r.stdout).toMatch(new RegExp(`^imported ${sources.length} of ${sources.length} files into `, "m"));
    const imported = recapFiles(dir).filter((f) => !FIXTURE_RECAPS.includes(f));
    expect(imported).toHaveLength(sources.length);
    for (const name of imported) expect(name).toMatch(/^\d{4}-\d{2}-\d{2}-[a-z0-9]+(?:-[a-z0-9]+)*\.md$/);
    expect(imported).toEqual(
      expect.arrayContaining(["2023-12-06-is-googles-gemini-legit.md", "2023-12-26-nous-hermes-2-yi-34b-for-christmas.md", "2024-01-16-ties-merging.md", "2026-02-17-sonnet-46.md"]),
    );
    // The AINews frontmatter is already ours (id and original_slug are kept, and ignored): every
    // file is copied byte for byte under its new name.
    const bySource = new Map(r.stdout.split("\n").flatMap((l) => {
      const m = /^\+ content\/recaps\/(\S+): renamed from ([^;\s]+)/.exec(l);
      return m ? [[m[2], m[1]] as const] : [];
    }));
    expect(bySource.size).toBe(sources.length);
    for (const s of sources) expect(readFileSync(join(dir, "content/recaps", bySource.get(s)!), "utf8")).toBe(readFileSync(join(SAMPLE, s), "utf8"));

    // An editor's new recap next to them, then the check and the build.
    expect(runNpm("new", ["After the import", "--date", "2026-08-01", "--root", dir]).status).toBe(0);
    const check = runNpm("check", ["--root", dir]);
    expect(check.status, check.output.slice(-3000)).toBe(0);
    const summary = check.stdout.trim().split("\n").at(-1)!;
    expect(summary).toMatch(new RegExp(`^check passed: 0 errors, \\d+ warnings in ${sources.length + 4} recaps`));

    // The build of the imported issues is test/ainewsSample.test.ts's: it imports them the same way.

    const normalised = r.stdout.split("\n").filter((l) => /^ {2}\d+ × /.test(l)).map((l) => l.trim());
    console.log(
      `[import:recaps] ${sources.length} AINews issues imported in ${/ in (\d+\.\d) s/.exec(r.stdout)?.[1]} s (${importSeconds.toFixed(1)} s with npm and tsx starting); normalised: ${normalised.join(", ")}; ` +
        `frontmatter and bodies copied byte for byte; ${summary}`,
    );
  });
});
