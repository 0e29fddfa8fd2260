import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { largeProseRecap, largeTableRecap } from "../bench/largeInputs";
import { copyFixture, npmRunBuildAsync } from "./helpers/astro";

/**
 * Issue 11, real builds: `npm run build` (scripts/build.ts) on copies of the minimal fixture with
 * the issue's hostile input, one build per stage at which the build can fail: the recap loader's
 * first pass (before anything renders: the folder, sizes, YAML, fields, the shared rules and the
 * body's URLs, all listed in one run) and page rendering (an MDX expression that throws). Each must exit 1 with every problem as `file:line`,
 * and leave no partial site: the output folder as it was, no temporary folder, and the draft's
 * text nowhere (Astro's server chunks hold every recap, drafts included). The same inputs through
 * `npm run check` are in src/lib/check/hostileInput.test.ts. (The content layer's CSV stage is
 * test/build.test.ts's.)
 */

const temps: string[] = [];
afterAll(() => temps.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A copy of the minimal fixture with `files` written into it, and an output folder beside it. */
function hostileSite(files: Record<string, string>): { site: string; out: string; parent: string } {
  const site = copyFixture("minimal");
  const parent = mkdtempSync(join(tmpdir(), "bd-hostile-out-"));
  temps.push(site, parent);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(site, path, ".."), { recursive: true });
    writeFileSync(join(site, path), text);
  }
  return { site, out: join(parent, "site"), parent };
}

/** Every file under `dir` whose text contains `needle`. */
function filesContaining(dir: string, needle: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name))
    .filter((f) => statSync(f).size < 50_000_000 && readFileSync(f, "utf8").includes(needle));
}

/** What a failed build must leave: the output folder as before, no temporary folder, no draft text. */
function expectNoPartialSite(parent: string, out: string, before: string[] | undefined): void {
  expect(readdirSync(parent).filter((n) => n.includes("-partial-") || n.includes("-old-"))).toEqual([]);
  if (before === undefined) expect(existsSync(out)).toBe(false);
  else expect(readdirSync(out).sort()).toEqual(before);
  // The minimal fixture's draft says "Not yet."; no file of the output's folder may hold it.
  expect(filesContaining(parent, "Not yet.")).toEqual([]);
}

const recap = (frontmatter: string, body = "Text.") => `---\n${frontmatter}\n---\n\n${body}\n`;

describe("npm run build on hostile input (issue 11)", () => {
  // The two builds run side by side, each in its own site folder with its own output.
  it.concurrent("before anything renders: symlinks out of content/ and in a loop, an alias bomb, javascript: URLs, an 8 MB recap, a 1.2 MB MDX recap with a component, archive-route and 299-character slugs, a recap dated 2099, image: 'http://[bad', NUL in a title", async () => {
    const bomb = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]', ...[..."bcdefghi"].map((n, i) => `${n}: &${n} [${Array(9).fill(`*${"abcdefgh"[i]}`).join(",")}]`)].join("\n");
    const { site, out, parent } = hostileSite({
      "content/recaps/2026-02-20-bomb.md": recap(`title: Bomb\ndate: 2026-02-20\n${bomb}`),
      "content/recaps/2026-02-20-links.md": recap("title: Links\ndate: 2026-02-20", "[a](JaVaScRiPt:alert(1)) and [b](&#106;avascript:alert(1))"),
      "content/recaps/2026-02-20-jsx.mdx": recap("title: JSX\ndate: 2026-02-20", '<a href="javascript:alert(1)">x</a>'),
      "content/recaps/2026-02-20-long-table.md": largeTableRecap(200_000),
      // 1.2 MB of MDX with a component: over the limit for what Astro's pipeline renders (src/schemas/limits.ts).
      "content/recaps/2026-02-20-long-mdx.mdx": largeProseRecap(1.2 * 1024 * 1024).replace(/\n---\n/, '\n---\n\n<ModelScore model="claude-sonnet-4-6" benchmark="aa-index" version="v4.0" />\n'),
      "content/recaps/2026-02-20-year.md": recap('title: Year\ndate: 2026-02-20\nslug: "2026"'),
      "content/recaps/2026/02.md": recap("title: Month\ndate: 2026-02-20"),
      "content/recaps/2026-02-20-long.md": recap(`title: Long\ndate: 2026-02-20\nslug: ${"a".repeat(299)}`),
      "content/recaps/2099-01-01-future.md": recap("title: Future\ndate: 2099-01-01"),
      "content/recaps/2026-02-20-image.md": recap("title: Image\ndate: 2026-02-20\nimage: 'http://[bad'"),
      "content/recaps/2026-02-20-nul.md": recap('title: "Bad\\0title"\ndate: 2026-02-20'),
    });
    const outside = mkdtempSync(join(tmpdir(), "bd-outside-"));
    temps.push(outside);
    writeFileSync(join(outside, "secret.md"), recap("title: Secret\ndate: 2026-02-20", "A file outside the project."));
    symlinkSync(join(outside, "secret.md"), join(site, "content/recaps/2026-02-20-secret.md"));
    symlinkSync(join(site, "content/recaps"), join(site, "content/recaps/loop"));

    const result = await npmRunBuildAsync(site, out);
    expect(result.status, result.output.slice(-3000)).toBe(1);
    // Every problem in one run, as `npm run check` lists them.
    for (const line of [
      "content/recaps/2026-02-20-bomb.md:5: YAML cannot be read: its aliases (`*name`) expand to too much data",
      'content/recaps/2026-02-20-jsx.mdx:6: <a href="javascript:alert(1)">: expected an http(s) or mailto: URL, or a path on the site; "javascript:" URLs are not allowed',
      'content/recaps/2026-02-20-links.md:6: link "JaVaScRiPt:alert(1)": expected an http(s) or mailto: URL',
      'content/recaps/2026-02-20-links.md:6: link "javascript:alert(1)": expected an http(s) or mailto: URL',
      'content/recaps/2026-02-20-long-table.md:1: the file is 8.2 MB; a recap may be at most 8 MB (see "Limits" in docs/data-format.md)',
      "content/recaps/2026-02-20-long-mdx.mdx:1: the file is 1.2 MB, and Astro's pipeline renders it (it is MDX that uses components, expressions or HTML): such a recap may be at most 512 KB",
      "content/recaps/2026-02-20-secret.md:1: this symlink leads outside the site's content/ folder",
      "content/recaps/loop:1: this symlink leads back to a folder it is in (content/recaps)",
      'content/recaps/2026-02-20-year.md:4 field "slug": the URL /recaps/2026/ (from its slug field) is where the archive lives',
      "content/recaps/2026/02.md:1: the URL /recaps/2026/02/ (from its file name) is where the archive lives",
      'content/recaps/2026-02-20-long.md:4 field "slug": expected a slug of at most 100 characters, found one of 299',
      'content/recaps/2099-01-01-future.md:3 field "date": the date 2099-01-01 is in the future, and the recap is not a draft',
      'content/recaps/2026-02-20-image.md:4 field "image": expected an http(s) URL or a path on the site starting with / (such as /og/sonnet.png); this http: URL does not parse, found "http://[bad"',
      'content/recaps/2026-02-20-nul.md:2 field "title": contains a NUL character (U+0000)',
    ]) expect(result.output).toContain(line);
    expect(result.output).not.toContain("A file outside the project.");
    expect(result.output).not.toMatch(/ENAMETOOLONG|Invalid URL|Missing parameter/);
    expectNoPartialSite(parent, out, undefined);
  });

  it.concurrent("page rendering: an MDX expression that throws names its file and line; the last good build stays in place", async () => {
    const { site, out, parent } = hostileSite({
      "content/recaps/2026-02-20-throws.mdx": recap("title: Throws\ndate: 2026-02-20", "Text.\n\n{undefined.x}"),
    });
    mkdirSync(out);
    writeFileSync(join(out, "index.html"), "the last good build");
    const result = await npmRunBuildAsync(site, out);
    expect(result.status, result.output.slice(-3000)).toBe(1);
    expect(result.output).toContain("content/recaps/2026-02-20-throws.mdx:8: the expression {undefined.x} failed: Cannot read properties of undefined (reading 'x')");
    expect(result.output).toContain("still holds the last successful build");
    expectNoPartialSite(parent, out, ["index.html"]);
    expect(readFileSync(join(out, "index.html"), "utf8")).toBe("the last good build");
  });
});
