import { existsSync, readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { blankFrontmatter, frontmatterEnd, frontmatterHead, readFrontmatter } from "./readFrontmatter";

describe("readFrontmatter", () => {
  it("parses fields the way Astro's js-yaml does: unquoted dates are Dates, quoted ones strings", () => {
    const r = readFrontmatter("---\ntitle: A\ndate: 2026-02-17\nsince: '2026-02-18T05:44:39.731046Z'\nflag: yes\n---\n\nBody\n", "x.md");
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.data.date).toEqual(new Date("2026-02-17T00:00:00Z"));
    expect(r.data.since).toBe("2026-02-18T05:44:39.731046Z");
    expect(r.data.flag).toBe("yes");
    expect(r.bodyLine).toBe(7);
    expect(r.body).toBe("\nBody\n");
  });

  it("reports a YAML syntax error with the file's own line number", () => {
    const r = readFrontmatter("---\ntitle: A\ndate: 2026-02-17\nmodels: [a, b\ntopics: [x]\n---\n", "content/recaps/x.md");
    expect(r.ok).toBe(false);
    if (r.ok) return;
    // The parser stops on line 5; the `[` left open is on line 4.
    expect(r.problems[0]).toMatchObject({ file: "content/recaps/x.md", line: 4 });
    expect(r.problems[0].message).toMatch(/^YAML syntax error: .* \(the \[ opened on this line is never closed\)$/);
  });

  it("says to quote a value holding ': ' (found in review: the parser spoke of nested mappings), once, and the quoted value reads", () => {
    const r = readFrontmatter("---\ntitle: GPT-5.1: the review\ndate: 2026-02-17\n---\n", "content/recaps/x.md");
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]).toMatchObject({ file: "content/recaps/x.md", line: 2 });
    expect(r.problems[0].message).toMatch(/: the value of "title" holds ": ", which YAML reads as a field of its own; quote the value: title: "GPT-5\.1: the review"$/);
    const fixed = readFrontmatter(`---\n${r.problems[0].message.split("quote the value: ")[1]}\ndate: 2026-02-17\n---\n`, "x.md");
    expect(fixed.ok && fixed.data).toMatchObject({ title: "GPT-5.1: the review" });
  });

  it("names the line that opens a quote never closed, not the line where the parser gives up (found by a new user's review)", () => {
    const problem = (source: string) => {
      const r = readFrontmatter(source, "x.md");
      return r.ok ? undefined : { line: r.problems[0].line, message: r.problems[0].message };
    };
    expect(problem('---\ntitle: "Unclosed quote\ndate: 2026-03-01\ndescription: x\ntopics: [a, b]\npeople: [c]\n---\n')).toEqual({
      line: 2,
      message: 'YAML syntax error: Missing closing "quote (the quote " opened on this line is never closed)',
    });
    expect(problem("---\ntitle: A\ndate: 2026-03-01\ndescription: 'Unclosed\ntopics: [a]\n---\n")).toMatchObject({ line: 4, message: expect.stringContaining("the quote ' opened on this line is never closed") });
    // A quoted value over two lines is valid YAML; the one left open after it is named.
    expect(problem('---\ntitle: "fine\n  two lines"\ndescription: "bad\npeople: [c]\n---\n')).toMatchObject({ line: 4 });
    // Another error (a tab, a duplicate key) keeps the parser's own line.
    expect(problem("---\ntitle: A\ndate: 2026-03-01\n  bad: indent\n---\n")?.message).not.toContain("opened on this line");
  });

  it("reports a duplicate key, as js-yaml does", () => {
    const r = readFrontmatter("---\ntitle: A\ntitle: B\n---\n", "x.md");
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0]).toMatchObject({ line: 3 });
  });

  it("requires frontmatter, and a closing fence", () => {
    const none = readFrontmatter("# Just a heading\n", "x.md");
    expect(none.ok || none.problems[0].message).toMatch(/must start with a line `---`/);
    const open = readFrontmatter("---\ntitle: A\n\nBody\n", "x.md");
    expect(open.ok || open.problems[0].message).toMatch(/never closed/);
  });

  it("accepts a byte-order mark and CRLF line ends", () => {
    const r = readFrontmatter("\uFEFF---\r\ntitle: A\r\n---\r\nBody", "x.md");
    expect(r.ok && r.data.title).toBe("A");
  });
});

describe("readFrontmatter reads what Astro reads", () => {
  // The js-yaml that Astro's frontmatter parser (@astrojs/markdown-remark) itself uses.
  const astroRequire = createRequire(createRequire(import.meta.url).resolve("@astrojs/markdown-remark"));
  const jsYaml = astroRequire("js-yaml") as { load(text: string): unknown };
  const root = resolve(import.meta.dirname, "../../..");
  const folders = [join(root, "content/recaps"), join(root, "test/fixtures/sites/minimal/content/recaps"), join(root, "test/fixtures/archives/mixed"), resolve(root, "../shared/fixtures/ainews-sample")];
  const files = folders.filter(existsSync).flatMap((d) => readdirSync(d).filter((n) => /\.mdx?$/.test(n)).map((n) => join(d, n)));

  it("gives the same values as js-yaml for every recap and archive file at hand", () => {
    expect(files.length).toBeGreaterThan(20);
    let compared = 0;
    for (const path of files) {
      const source = readFileSync(path, "utf8");
      const ours = readFrontmatter(source, path);
      const yamlText = /^---\r?\n([\s\S]*?)\r?\n---/.exec(source)?.[1] ?? "";
      let theirs: unknown;
      try {
        theirs = jsYaml.load(yamlText);
      } catch {
        // Both must refuse the same files.
        expect(ours.ok, path).toBe(false);
        continue;
      }
      expect(ours.ok, path).toBe(true);
      if (ours.ok) expect(ours.data, path).toEqual(theirs);
      compared++;
    }
    expect(compared).toBeGreaterThan(20);
  });

  it("reports a YAML alias bomb at its first alias instead of expanding it (the check died with a ReferenceError)", () => {
    const lines = ["---", "title: x", 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (const [i, name] of [..."bcdefghi"].entries()) lines.push(`${name}: &${name} [${Array(9).fill(`*${"abcdefgh"[i]}`).join(",")}]`);
    const result = readFrontmatter([...lines, "---", "body"].join("\n"), "x.md");
    expect(result).toEqual({ ok: false, problems: [{ file: "x.md", line: 4, message: "YAML cannot be read: its aliases (`*name`) expand to too much data (a YAML alias bomb?); write the values out instead" }] });
  });
});

describe("frontmatterEnd and blankFrontmatter", () => {
  it("blank the frontmatter so that lines stay the file's own, and leave a file without one (or with one never closed) as it is", () => {
    const file = "---\ntitle: A recap\ndate: 2026-01-02\n---\n# Hi";
    expect(frontmatterEnd(file.split("\n"))).toBe(3);
    expect(blankFrontmatter(file).split("\n")).toEqual(["", "", "", "", "# Hi"]);
    expect(blankFrontmatter("---  \r\ntitle: x\r\n---\r\nbody")).toBe("\n\n\nbody");
    expect(frontmatterEnd(["no frontmatter"])).toBe(-1);
    expect(blankFrontmatter("no frontmatter")).toBe("no frontmatter");
    expect(frontmatterEnd(["---", "title: x", "body"])).toBe(-1);
    expect(blankFrontmatter("---\ntitle: x\nbody")).toBe("---\ntitle: x\nbody");
  });
});

describe("frontmatterHead", () => {
  it("is the file up to its closing ---, which readFrontmatter reads to the same fields; the whole file when none closes", () => {
    const source = "\uFEFF---\r\ntitle: A\r\ndate: 2026-02-17\r\n---\r\nBody\n---\nmore\n";
    expect(frontmatterHead(source)).toBe("\uFEFF---\r\ntitle: A\r\ndate: 2026-02-17\r\n---");
    const whole = readFrontmatter(source, "x.md");
    const head = readFrontmatter(frontmatterHead(source), "x.md");
    expect(head.ok && whole.ok && head.data).toEqual(whole.ok && whole.data);
    for (const open of ["no frontmatter\n---\n", "---\ntitle: A\n", ""]) expect(frontmatterHead(open)).toBe(open);
  });
});
