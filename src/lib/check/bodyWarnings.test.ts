import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { readFrontmatter } from "./readFrontmatter";
import { bodyWarnings, findPlaceholders, listPlaces, stubLine, type BodyOf } from "./bodyWarnings";
import { formatFinding } from "./findings";

const FIXTURES = resolve(import.meta.dirname, "../../../../shared/fixtures");
const present = existsSync(join(FIXTURES, "ainews-sample"));
if (!present) console.warn(`[bodyWarnings] ${FIXTURES} is absent: the checks on the real AINews issues are skipped`);

const recap = (name: string, body: string): BodyOf => ({ file: `content/recaps/${name}`, source: `---\ntitle: T\ndate: 2026-02-17\n---\n${body}`, bodyLine: 5 });
const real = (folder: string): BodyOf[] =>
  readdirSync(join(FIXTURES, folder))
    .filter((f) => f.endsWith(".md"))
    .sort()
    .map((f) => {
      const source = readFileSync(join(FIXTURES, folder, f), "utf8");
      const fm = readFrontmatter(source, f);
      if (!fm.ok) throw new Error(f);
      return { file: `content/recaps/${f}`, source, bodyLine: fm.bodyLine };
    });

describe("stubLine", () => {
  it("finds a body that is one line pointing elsewhere", () => {
    expect(stubLine("\nArchived full issue body is served from static HTML at /frozen-issues/24-04-02-x.html.\n")).toEqual({ text: "Archived full issue body is served from static HTML at /frozen-issues/24-04-02-x.html.", offset: 1 });
    expect(stubLine("Read it [on our site](https://example.com/x).\n")?.offset).toBe(0);
    expect(stubLine("The full issue: https://news.example/issues/1\n")).toBeDefined();
  });

  it("leaves real bodies alone: several lines, a line without a pointer, an empty body", () => {
    expect(stubLine("Sonnet 4.6 is out.\n")).toBeUndefined();
    expect(stubLine("See https://x.example/\n\nAnd more text.\n")).toBeUndefined();
    expect(stubLine("\n\n")).toBeUndefined();
    expect(stubLine(`${"word ".repeat(70)} https://x.example/\n`)).toBeUndefined();
    // One line that cites its source is a short recap, not a pointer to itself.
    expect(stubLine("Anthropic released Claude Opus 5; read [the announcement](https://www.anthropic.com/news/claude-opus-5).\n")).toBeUndefined();
    expect(stubLine("GPT-5.5 tops the index: https://artificialanalysis.ai/\n")).toBeUndefined();
  });
});

describe("findPlaceholders", () => {
  it("finds placeholders in link targets, link text and text, with the file's line, but not in code", () => {
    const body = "\nYou can [unsubscribe]({{{RESEND_UNSUBSCRIBE_URL}}}) from this list.\n\nSee [{{ email.subject }}]({{ email_url }})!\n\nHi *|FNAME|*, `{{ not_this }}`\n\n```liquid\n{% include x %}\n```\n";
    expect(findPlaceholders(recap("a.md", body)).map((p) => [p.line, p.placeholder, p.where])).toEqual([
      [6, "{{{RESEND_UNSUBSCRIBE_URL}}}", "link target"],
      [8, "{{ email.subject }}", "link text"],
      [8, "{{ email_url }}", "link target"],
      [10, "*|FNAME|*", "text"],
    ]);
  });
});

describe("bodyWarnings", () => {
  it("counts each kind once, at its first place, listing the files compactly", () => {
    const files = Array.from({ length: 8 }, (_, i) => recap(`2024-01-0${i + 1}-x.md`, "\nArchived full issue body is served from static HTML at /frozen-issues/x.html.\n"));
    files.push(recap("2024-02-01-y.md", "\nText.\n\n[unsubscribe]({{{RESEND_UNSUBSCRIBE_URL}}})\n"));
    const findings = bodyWarnings(files);
    expect(findings.map(formatFinding)).toEqual([
      'content/recaps/2024-01-01-x.md:6: warning: 8 recaps\' bodies are one line pointing at a copy elsewhere, such as "Archived full issue body is served from static HTML at /frozen-issues/x.html.": the page shows only that line, and search and feeds have nothing else. Import the full bodies (npm run import:recaps -- FOLDER --overwrite) or write them. Recaps: 2024-01-01-x.md:6, 2024-01-02-x.md:6, 2024-01-03-x.md:6, 2024-01-04-x.md:6, 2024-01-05-x.md:6, 2024-01-06-x.md:6 (+2 more)',
      "content/recaps/2024-02-01-y.md:8: warning: 1 unfilled template placeholder in 1 recap, which the newsletter's mail tool would have filled in: the page shows the braces, and a link to one goes nowhere. Remove those lines or replace the placeholders (an archive's Buttondown template code: import it again with npm run import:recaps -- FOLDER --fill-mail-templates --overwrite, which keeps the web version): {{{RESEND_UNSUBSCRIBE_URL}}} as link target 1× (2024-02-01-y.md:8)",
    ]);
    expect(findings[0].places).toHaveLength(8);
    expect(listPlaces([{ file: "content/recaps/a.md", line: 1 }])).toBe("a.md:1");
  });

  it.skipIf(!present)("on the real AINews issues: 30 stubs among the 41, none among the 30 full bodies; every placeholder found", () => {
    const sample = bodyWarnings(real("ainews-sample"));
    const stub = sample.find((f) => f.code === "stub-body")!;
    expect(stub.places).toHaveLength(30);
    expect(stub.message).toContain('such as "Archived full issue body is served from static HTML at /frozen-issues/23-12-06-ainews-is-googles-gemini-legit.html."');
    const full = bodyWarnings(real("ainews-full-sample"));
    expect(full.find((f) => f.code === "stub-body")).toBeUndefined();
    // What a plain search finds: 5 unsubscribe links in the sample; in the full bodies 10 more, the
    // web-version links ({{ email.subject }}, {{ email_url }}) and Liquid's {% if medium == 'web' %}.
    const placeholders = (fs: typeof sample) => fs.find((f) => f.code === "template-placeholder")!;
    expect(placeholders(sample).places).toHaveLength(5);
    expect(placeholders(sample).message).toMatch(/^5 unfilled template placeholders in 5 recaps.*\{\{\{RESEND_UNSUBSCRIBE_URL\}\}\} as link target 5×/);
    const grep = real("ainews-full-sample").reduce((n, r) => n + (r.source.match(/\{\{[^}]*\}+|\{%[^%]*%\}/g)?.length ?? 0), 0);
    expect(placeholders(full).places).toHaveLength(grep);
    console.log(`[bodyWarnings] ainews-sample: ${stub.places!.length} stubs, ${placeholders(sample).places!.length} placeholders; ainews-full-sample: 0 stubs, ${placeholders(full).message.split(":")[0]}`);
    // Buttondown's editor-mode comment glued to the first line, and its [TOC] marker (helper-75):
    // every issue that has one, found at its line.
    const withComment = real("ainews-full-sample").filter((r) => /^<!-- buttondown-editor-mode: \w+ -->\S/m.test(r.source));
    expect(withComment.length).toBeGreaterThan(0);
    expect(full.find((f) => f.code === "comment-glued-to-text")!.places!.map((p) => p.file)).toEqual(withComment.map((r) => r.file));
    const withToc = real("ainews-full-sample").filter((r) => /^\[TOC\]/m.test(r.source)).map((r) => r.file);
    expect(new Set(full.find((f) => f.code === "toc-marker")!.places!.map((p) => p.file))).toEqual(new Set(withToc));
  });
});

describe("marks the site does not render", () => {
  it("warns of a line that starts with a comment and goes on with text, and of a [TOC] line, each counted once, not in code", () => {
    const findings = bodyWarnings([
      recap("2024-04-02-a.md", "<!-- buttondown-editor-mode: plaintext -->> AI News for **4/1**\n\n**Table of Contents**\n\n[TOC] \n"),
      recap("2024-04-03-b.md", "<!-- a note -->\n\nText [TOC] in a sentence.\n\n```\n[TOC]\n<!-- x -->y\n```\n"),
    ]);
    expect(findings.map((f) => [f.code, f.line, f.places?.length])).toEqual([
      ["comment-glued-to-text", 5, 1],
      ["toc-marker", 9, 1],
    ]);
    expect(formatFinding(findings[0])).toBe(
      "content/recaps/2024-04-02-a.md:5: warning: a line starts with an HTML comment followed by text: Markdown reads such a line as raw HTML, so the page shows its Markdown as written (**bold**, [links](...), > quotes). Put the comment on a line of its own, or remove it (Buttondown's <!-- buttondown-editor-mode: plaintext -->: import again with npm run import:recaps -- FOLDER --fill-mail-templates --overwrite). Line: 2024-04-02-a.md:5",
    );
    // Several: counted with the recaps, each phrase once, "Lines" for the list.
    const many = bodyWarnings([recap("2024-04-02-a.md", "<!-- x -->y\n[TOC]\n<!-- x -->z\n[TOC]\n"), recap("2024-04-03-b.md", "<!-- x -->y\n[TOC]\n")]);
    expect(many.map((f) => f.message.replace(/ with an HTML comment.*(?=\. Lines)|: a mail tool's.*(?=\. Lines)/, " …"))).toEqual([
      "3 lines in 2 recaps start …. Lines: 2024-04-02-a.md:5, 2024-04-02-a.md:7, 2024-04-03-b.md:5",
      "3 [TOC] lines in 2 recaps …. Lines: 2024-04-02-a.md:6, 2024-04-02-a.md:8, 2024-04-03-b.md:6",
    ]);
    expect(formatFinding(findings[1])).toMatch(/: warning: a \[TOC\] line: a mail tool's contents marker, .* Remove it \(.*\)\. Line: 2024-04-02-a\.md:9$/);
  });
});
