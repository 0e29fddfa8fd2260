/**
 * `npm run import:recaps` as an editor runs it: a mixed archive from other platforms (a fixture in
 * test/fixtures/archives/), and the 41 real AINews issues from the team's shared fixtures
 * (../shared/fixtures/ainews-sample/, skipped with a message when absent), which must then pass
 * `npm run check` (and build: test/ainewsSample.test.ts builds them, imported the same way).
 */
import { spawn } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { copyFixture, ROOT } from "../helpers/astro";
import { runNpm, runScript } from "../helpers/cli";

const MIXED = join(ROOT, "test/fixtures/archives/mixed");
const SAMPLE = resolve(ROOT, "../shared/fixtures/ainews-sample");
const FULL = resolve(ROOT, "../shared/fixtures/ainews-full-sample");
const fullPresent = existsSync(FULL) && readdirSync(FULL).some((f) => f.endsWith(".md"));
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
      '+ content/recaps/2024-01-05-hello-world.md: pubDate → date; date "Fri, 05 Jan 2024 09:30:00 GMT" → 2024-01-05T09:30:00.000Z; tags, categories → topics; summary → description; cover → image; dropped empty people; dropped author: "Jane Editor"; old path /issues/2024-01-05-hello-world/ kept in redirect_from',
    );
    expect(r.stdout).toContain("+ content/recaps/2024-03-01-unfinished.md: renamed from 24-03-01-myletter-unfinished.md; published: false → draft: true; old path /issues/24-03-01-myletter-unfinished/ kept in redirect_from");
    expect(r.stdout).toContain("+ content/recaps/2024-02-01-weekly-notes.mdx: renamed from weekly-notes.mdx; published → date; tags → topics; old path /issues/weekly-notes/ kept in redirect_from");
    expect(r.stdout).toContain("Skipped 1 file that is not .md, .mdx or .markdown: README.txt");
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
    // Found in review: one recap file given instead of its folder was called "no such folder".
    const file = join(dir, "one.md");
    writeFileSync(file, "---\ntitle: One\ndate: 2026-01-05\n---\n\nBody.\n");
    const single = runScript("import-recaps", [file, "--root", dir]);
    expect(single.status).toBe(1);
    expect(single.stderr).toContain(`${file}: a file, not a folder: import:recaps reads a folder of recaps (an archive); put the file in a folder of its own and give that folder`);
    expect(single.stderr).not.toContain("no such folder");
    const empty = runScript("import-recaps", [join(dir, "data"), "--root", dir]);
    expect(empty.status).toBe(1);
    expect(empty.stderr).toContain("no .md or .mdx files in it");
  });
});

/** An archive with what real ones hold: clashing names, a stray date, Latin-1, MDX that runs code, other files. */
function awkwardArchive(): string {
  const dir = mkdtempSync(join(tmpdir(), "bd-awkward-"));
  dirs.push(dir);
  const issue = (title: string, date: string, body = "Body.\n") => `---\ntitle: ${title}\ndate: '${date}'\n---\n\n${body}`;
  writeFileSync(join(dir, "24-01-01-not-much.md"), issue("not much happened today", "2024-01-01T20:00:00Z"));
  writeFileSync(join(dir, "24-01-02-not-much.md"), issue("not much happened today", "2024-01-01T23:50:00Z"));
  writeFileSync(join(dir, "24-01-01-ainews-not-much.md"), issue("not much happened today", "2024-01-01T08:00:00Z"));
  writeFileSync(join(dir, "26-03-31-claude-code-leak.md"), issue("Claude Code's source leaks", "2026-03-24T05:00:00Z"));
  writeFileSync(Buffer.from(join(dir, "24-02-01-caf\xe9.md"), "latin1"), issue("Cafe", "2024-02-01"));
  writeFileSync(join(dir, "24-02-02-latin.md"), Buffer.concat([Buffer.from(issue("Latin", "2024-02-02", "Le caf")), Buffer.from([0xe9]), Buffer.from(".\n")]));
  writeFileSync(join(dir, "24-03-01-code.mdx"), issue("Code", "2024-03-01", "Text.\n\nexport const leak = process.env\n"));
  mkdirSync(Buffer.from(join(dir, "ann\xe9e-2024"), "latin1"));
  writeFileSync(Buffer.from(join(dir, "ann\xe9e-2024", "24-05-01-in-a-folder.md"), "latin1"), issue("In a folder", "2024-05-01"));
  writeFileSync(join(dir, "99.txt"), "99\n");
  writeFileSync(join(dir, "README.txt"), "about\n");
  writeFileSync(join(dir, ".DS_Store"), "x");
  return dir;
}

describe("npm run import:recaps, an awkward archive", () => {
  it("names clashes apart, tells long date shifts from time zones, refuses non-UTF-8 and MDX code with file:line, lists what it skipped", () => {
    const dir = site();
    const archive = awkwardArchive();
    const r = runScript("import-recaps", [archive, "--root", dir]);
    expect(r.status, r.output).toBe(1);
    expect(r.stderr).not.toMatch(/ENOENT|\n\s+at /);
    expect(r.stderr).toContain('24-02-01-caf\\xE9.md:1: the file name "24-02-01-caf\\\\xE9.md" is not UTF-8 (byte 0xE9 at position 13); rename the file, or import with --encoding windows-1252');
    expect(r.stderr).toContain("24-02-02-latin.md:6: not UTF-8: byte 0xE9 at column 7 is not valid UTF-8");
    expect(r.stderr).toMatch(/ann\\xE9e-2024\/:1: the folder name "ann\\\\xE9e-2024" is not UTF-8 .*; nothing in it was imported/);
    expect(r.stderr).toContain('24-03-01-code.mdx:8: an export runs as code when the site builds: "export const leak = process.env". An imported .mdx file may not run code');
    expect(recapFiles(dir)).toEqual(
      ["2024-01-01-not-much.md", "2024-01-01-not-much-2.md", "2024-01-01-not-much-3.md", "2026-03-24-claude-code-leak.md", ...FIXTURE_RECAPS].sort(),
    );
    expect(r.stdout).toMatch(/^imported 4 of 8 files into /m);
    expect(r.stdout).toContain("  4 not imported (problems above), 0 not replaced");
    expect(r.stdout).toMatch(/Same date and slug as another issue, so named apart .*:\n {2}2024-01-01-not-much-2\.md {2}from \S*24-01-01-not-much\.md {2}\(2024-01-01-not-much went to \S*24-01-01-ainews-not-much\.md\)\n {2}2024-01-01-not-much-3\.md {2}from \S*24-01-02-not-much\.md/);
    expect(r.stdout).toContain("  1 × dated as the frontmatter, one day off the old file name (time zones)");
    expect(r.stdout).toMatch(/The frontmatter date wins: .*\n {2}2026-03-24-claude-code-leak\.md: frontmatter 2026-03-24, file name 26-03-31-claude-code-leak\.md says 2026-03-31 \(7 days later\)/);
    expect(r.stdout).toContain("Skipped 2 files that are not .md, .mdx or .markdown: 99.txt, README.txt");
    expect(r.stdout).toContain("Skipped 1 hidden: .DS_Store");
    // The old URL of each issue is kept for redirects.
    expect(readFileSync(join(dir, "content/recaps/2024-01-01-not-much-3.md"), "utf8")).toContain("redirect_from:\n  - /issues/24-01-02-not-much/\n");

    // Told the encoding and that the MDX may run code, it imports the rest and says how.
    const again = runScript("import-recaps", [archive, "--root", dir, "--encoding", "windows-1252", "--allow-mdx-code"]);
    expect(again.status, again.output).toBe(0);
    expect(again.stdout).toMatch(/^imported 4 of 8 files into /m);
    expect(again.stdout).toContain("+ content/recaps/2024-05-01-in-a-folder.md: renamed from 24-05-01-in-a-folder.md; old path /issues/ann%C3%A9e-2024/24-05-01-in-a-folder/ kept in redirect_from; file name read as windows-1252");
    expect(again.stdout).toContain("  4 already there, unchanged");
    expect(readFileSync(join(dir, "content/recaps/2024-02-02-latin.md"), "utf8")).toContain("Le café.\n");
    expect(readFileSync(join(dir, "content/recaps/2024-02-01-cafe.md"), "utf8")).toContain("redirect_from:\n  - /issues/24-02-01-caf%C3%A9/\n");
    expect(again.stdout).toContain("decoded from windows-1252, written as UTF-8");
    expect(again.stdout).toContain("file name read as windows-1252");
    // Counted over the 4 files this run wrote, not the 4 it found there unchanged.
    expect(again.stdout).toContain("  0 copied byte for byte, 4 with frontmatter rewritten; 3 bodies kept byte for byte, 1 decoded from windows-1252 and kept character for character");
  });

  it("two imports at once: each file written once and whole, the second finds it there", async () => {
    const dir = site();
    // Enough files that the two runs overlap: each plans, then writes with an fsync per file.
    const archive = mkdtempSync(join(tmpdir(), "bd-many-"));
    dirs.push(archive);
    const N = 300;
    for (let i = 0; i < N; i++) writeFileSync(join(archive, `24-01-01-issue-${i}.md`), `---\ntitle: Issue ${i}\ndate: 2024-01-01\n---\n\n${"Body text. ".repeat(200)}\n`);
    const run = () =>
      new Promise<{ code: number | null; out: string }>((done) => {
        const child = spawn(join(ROOT, "node_modules/.bin/tsx"), [join(ROOT, "scripts/import-recaps.ts"), archive, "--root", dir], { cwd: ROOT });
        let out = "";
        child.stdout.on("data", (d) => (out += d));
        child.stderr.on("data", (d) => (out += d));
        child.on("close", (code) => done({ code, out }));
      });
    const [a, b] = await Promise.all([run(), run()]);
    expect([a.code, b.code], a.out.slice(-500) + b.out.slice(-500)).toEqual([0, 0]);
    const count = (o: string, mark: string) => o.split("\n").filter((l) => l.startsWith(mark)).length;
    // Without the lock both runs plan "new" for every file and both write it (N + N).
    expect([count(a.out, "+ ") + count(b.out, "+ "), count(a.out, "= ") + count(b.out, "= ")]).toEqual([N, N]);
    expect(readdirSync(join(dir, "content/recaps")).filter((f) => f.endsWith(".tmp") || f.startsWith("."))).toEqual([]);
    expect(existsSync(join(dir, ".benchdigest.lock"))).toBe(false);
    expect(readFileSync(join(dir, "content/recaps/2024-01-01-issue-7.md"), "utf8")).toMatch(/^---\ntitle: Issue 7\n[\s\S]*\n---\n\n(Body text\. ){200}\n$/);
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
    // file is copied byte for byte under its new name, with its old URL appended as redirect_from.
    const bySource = new Map(r.stdout.split("\n").flatMap((l) => {
      const m = /^\+ content\/recaps\/(\S+): renamed from ([^;\s]+)/.exec(l);
      return m ? [[m[2], m[1]] as const] : [];
    }));
    expect(bySource.size).toBe(sources.length);
    for (const s of sources) {
      const source = readFileSync(join(SAMPLE, s), "utf8");
      const fence = source.indexOf("\n---\n", 4);
      const expected = `${source.slice(0, fence)}\nredirect_from:\n  - /issues/${s.replace(/\.md$/, "")}/${source.slice(fence)}`;
      expect(readFileSync(join(dir, "content/recaps", bySource.get(s)!), "utf8")).toBe(expected);
    }
    expect(r.stdout).toMatch(new RegExp(`^ {2}${sources.length} × old URLs kept in redirect_from$`, "m"));
    expect(r.stdout).toContain("every body is kept byte for byte");

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
        `bodies copied byte for byte, old URLs in redirect_from; ${summary}`,
    );
  });
});

describe.skipIf(!samplePresent || !fullPresent)("npm run import:recaps, the 30 full bodies over the 41 issues' stubs", () => {
  it("refuses to replace the stubs without --overwrite, replaces them with it, and the check then finds no stub", () => {
    const dir = site();
    expect(runScript("import-recaps", [SAMPLE, "--root", dir]).status).toBe(0);
    const before = runScript("check", ["--root", dir], { env: { SITE_URL: "https://news.example.com" } });
    expect(before.stdout).toMatch(/: warning: 30 recaps' bodies are one line pointing at a copy elsewhere/);

    const refused = runScript("import-recaps", [FULL, "--root", dir]);
    expect(refused.status).toBe(1);
    expect(refused.stdout).toContain("  0 not imported (problems above), 30 not replaced");
    // Nothing was written, so nothing was normalised: the summary counts only the files it wrote.
    expect(refused.stdout).toMatch(/^imported 0 of 30 files into /m);
    expect(refused.stdout).not.toMatch(/^ {2}\d+ × /m);
    expect(refused.stdout).not.toContain("with frontmatter rewritten");
    const r = runScript("import-recaps", [FULL, "--root", dir, "--overwrite"]);
    expect(r.status, r.output).toBe(0);
    expect(r.stdout.split("\n").filter((l) => l.startsWith("! "))).toHaveLength(30);
    expect(r.stdout).toMatch(/^imported 30 of 30 files into /m);
    // The "!" lines are explained: each replaced a different file of the same name.
    expect(r.stdout).toContain("  30 replaced a different file of the same name (--overwrite; marked ! above)");
    expect(r.stdout).toMatch(/^ {2}30 × old URLs kept in redirect_from$/m);
    const after = runScript("check", ["--root", dir], { env: { SITE_URL: "https://news.example.com" } });
    expect(after.status, after.output.slice(-2000)).toBe(0);
    expect(after.stdout).not.toContain("pointing at a copy elsewhere");
    const placeholders = /: warning: (\d+) unfilled template placeholders in (\d+) recaps/.exec(after.stdout);
    expect(placeholders, after.stdout.slice(-2000)).not.toBeNull();
    console.log(`[import:recaps] full bodies over the stubs: 30 replaced with --overwrite; check: no stub left, ${placeholders![1]} placeholders in ${placeholders![2]} recaps; ${after.stdout.trim().split("\n").at(-1)}`);
  });
});

describe("npm run import:recaps --fill-mail-templates", () => {
  it("keeps the web version of a Buttondown issue, says so in the summary, and is the same on a second run", () => {
    const dir = site();
    const archive = mkdtempSync(join(tmpdir(), "bd-archive-mail-"));
    dirs.push(archive);
    const issue = [
      "---",
      "title: Claude lands",
      "date: 2024-05-21",
      "---",
      "",
      "The summaries are on its page: [{{ email.subject }}]({{ email_url }})!",
      "",
      "{% if medium == 'web' %}",
      "# Discord summaries",
      "{% else %}",
      "> You're reading this on email.",
      "{% endif %}",
      "",
      "[Unsubscribe]({{{RESEND_UNSUBSCRIBE_URL}}})",
      "",
    ].join("\n");
    writeFileSync(join(archive, "24-05-21-ainews-claude-lands.md"), issue);
    // Without the option: the body as written, and a word on the option.
    const plain = runScript("import-recaps", [archive, "--root", dir, "--dry-run"]);
    expect(plain.status, plain.output).toBe(0);
    expect(plain.stdout).toContain("every body is kept byte for byte");
    expect(plain.stdout).toContain("some bodies hold their mail tool's template code ({% if medium == 'web' %}, {{ email_url }}): --fill-mail-templates keeps their web version");
    const r = runScript("import-recaps", [archive, "--root", dir, "--fill-mail-templates"]);
    expect(r.status, r.output).toBe(0);
    expect(r.stdout).toContain("+ content/recaps/2024-05-21-claude-lands.md: renamed from 24-05-21-ainews-claude-lands.md; old path /issues/24-05-21-ainews-claude-lands/ kept in redirect_from; mail templates filled for the web: 6 tags and marks, 2 lines of text for mail readers only dropped");
    expect(r.stdout).toContain("  1 × mail templates filled for the web (--fill-mail-templates)");
    expect(r.stdout).toContain("0 bodies kept byte for byte, 1 with their mail templates or marks filled or removed for the web");
    const written = readFileSync(join(dir, "content/recaps/2024-05-21-claude-lands.md"), "utf8");
    expect(written.slice(written.indexOf("\n---\n", 4) + 5)).toBe(
      // The mail branch's line, and the mail's footer (its unsubscribe link alone), are gone.
      "\nThe summaries are on its page: [Claude lands](/recaps/2024-05-21-claude-lands/)!\n\n# Discord summaries\n\n",
    );
    const again = runScript("import-recaps", [archive, "--root", dir, "--fill-mail-templates"]);
    expect(again.stdout).toContain("1 already there, unchanged");
    // The check has nothing left to warn about, and the link leads to the recap's own page.
    const check = runScript("check", ["--root", dir]);
    expect(check.status, check.output).toBe(0);
    expect(check.output).not.toContain("template placeholder");
  });
});
