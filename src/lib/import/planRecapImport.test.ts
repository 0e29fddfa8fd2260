import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { createRecapSchema } from "../../schemas/recap";
import { formatProblem } from "../errors";
import { readFrontmatter } from "../check/readFrontmatter";
import { archiveSlug, oldPathsFor, planRecapImport, type ArchiveFile } from "./planRecapImport";

const schema = createRecapSchema({ ignoredKeys: ["id", "original_slug"] });
const options = { schema, keepKeys: ["id", "original_slug"], stripPrefixes: ["ainews", "myletter"], existing: () => undefined };
const mixed = resolve(import.meta.dirname, "../../../test/fixtures/archives/mixed");
const archive: ArchiveFile[] = readdirSync(mixed)
  .filter((n) => /\.mdx?$/.test(n))
  .sort()
  .map((name) => ({ name, file: `mixed/${name}`, source: readFileSync(join(mixed, name), "utf8") }));
const bodyOf = (text: string) => text.slice(text.indexOf("\n---", 3) + 4);

describe("archiveSlug", () => {
  it("drops the date prefix, the newsletter prefix and the date repeated as a number", () => {
    expect(archiveSlug("23-12-06-ainews-is-googles-gemini-legit.md", "2023-12-06", ["ainews"])).toBe("is-googles-gemini-legit");
    expect(archiveSlug("23-12-25-ainews-12252023-nous-hermes-2-yi-34b-for-christmas.md", "2023-12-25", ["ainews"])).toBe("nous-hermes-2-yi-34b-for-christmas");
    expect(archiveSlug("24-01-16-ainews-1162024-ties-merging.md", "2024-01-16", ["ainews"])).toBe("ties-merging");
    expect(archiveSlug("26-02-17-sonnet-46.md", "2026-02-17", ["ainews"])).toBe("sonnet-46");
    // The frontmatter may date an issue a day after its file name (sent after midnight UTC).
    expect(archiveSlug("23-12-25-ainews-12252023-nous-hermes.md", "2023-12-26", ["ainews"])).toBe("nous-hermes");
    expect(archiveSlug("2024-01-05-Hello World.md", "2024-01-05", [])).toBe("hello-world");
    // A number that is not the date is part of the title.
    expect(archiveSlug("25-07-07-ainews-2025-in-review.md", "2025-07-07", ["ainews"])).toBe("2025-in-review");
  });
});

describe("planRecapImport", () => {
  const plan = planRecapImport(archive, options);

  it("names files <date>-<slug> from the frontmatter date and keeps .md as .md and .mdx as .mdx", () => {
    expect(plan.recaps.map((r) => [r.from, r.to, r.status])).toEqual([
      ["mixed/2024-01-05-hello-world.md", "2024-01-05-hello-world.md", "new"],
      ["mixed/24-03-01-myletter-unfinished.md", "2024-03-01-unfinished.md", "new"],
      ["mixed/weekly-notes.mdx", "2024-02-01-weekly-notes.mdx", "new"],
    ]);
  });

  it("maps other platforms' frontmatter to ours and says what it changed", () => {
    const hello = plan.recaps[0];
    expect(hello.changes).toEqual([
      "pubDate → date",
      'date "Fri, 05 Jan 2024 09:30:00 GMT" → 2024-01-05T09:30:00.000Z',
      "tags, categories → topics",
      "summary → description",
      "cover → image",
      "dropped empty people",
      'dropped author: "Jane Editor"',
    ]);
    const fm = readFrontmatter(hello.text, hello.to);
    expect(fm.ok && fm.data).toEqual({
      title: "Hello, world: issue #1",
      date: "2024-01-05T09:30:00.000Z",
      description: "The first issue of a newsletter exported from another platform.",
      topics: ["launch", "Open Models", "newsletter"],
      image: "/images/hello.png",
    });
    expect(plan.recaps[1].changes).toEqual(["renamed from 24-03-01-myletter-unfinished.md", "published: false → draft: true"]);
    expect(plan.recaps[2].changes).toEqual(["renamed from weekly-notes.mdx", "published → date", "tags → topics"]);
    const notes = readFrontmatter(plan.recaps[2].text, "x");
    expect(notes.ok && notes.data.topics).toEqual(["evals", "agents"]);
  });

  it("keeps every body byte for byte", () => {
    for (const r of plan.recaps) {
      const source = archive.find((f) => f.file === r.from)!.source;
      expect(bodyOf(r.text)).toBe(bodyOf(source));
    }
  });

  it("refuses files it cannot import, naming file and line, and imports the rest", () => {
    expect(plan.problems.map(formatProblem)).toEqual([
      expect.stringMatching(/^mixed\/broken-yaml\.md:4: YAML syntax error: /),
      'mixed/no-date.md:1 field "date": expected a date field (date, pubDate, published...) with a date such as 2026-02-17, to name the file',
    ]);
  });

  it("copies a file that needs no change as it is, and knows a re-import from a conflict", () => {
    const source = "---\nid: x\ntitle: A\ndate: '2023-12-06T22:22:18.156000Z'\noriginal_slug: ainews-a\n---\nBody {with braces}\n";
    const one = (existing?: string) => planRecapImport([{ name: "23-12-06-ainews-a.md", file: "a.md", source }], { ...options, existing: (n) => (n === "2023-12-06-a.md" ? existing : undefined) }).recaps[0];
    expect(one()).toMatchObject({ to: "2023-12-06-a.md", text: source, changes: ["renamed from 23-12-06-ainews-a.md"], rewritten: false, status: "new", redirectFrom: [] });
    expect(one(source).status).toBe("unchanged");
    expect(one("---\ntitle: other\n---\n").status).toBe("conflict");
  });

  it("keeps frontmatter an editor changed in content/recaps/ and puts the archive's body under it, with the import's old paths", () => {
    const archived = (body: string) => `---\ntitle: A\ndate: 2024-04-02\nmodels: [gpt-4o, arc-agi-2]\n---\n${body}`;
    const fixed = "---\ntitle: A\ndate: 2024-04-02\nmodels: [gpt-4o]\ntopics: [arc-agi-2]\n---\n";
    const plan = (existing: string, oldPaths: string[] = []) =>
      planRecapImport([{ name: "2024-04-02-a.md", file: "full/2024-04-02-a.md", source: archived("The whole issue.\n") }], {
        ...options,
        oldPaths,
        existing: (n) => (n === "2024-04-02-a.md" ? existing : undefined),
      }).recaps[0];
    const r = plan(`${fixed}Archived full issue body is elsewhere.\n`);
    expect(r.status).toBe("conflict");
    expect(r.text).toBe(`${fixed}The whole issue.\n`);
    expect(r.keptFrontmatter).toEqual(["models", "topics"]);
    expect(r.changes).toEqual(["frontmatter kept as it is in content/recaps/ (it differs from the archive's in models, topics), the archive's body under it"]);
    // The same body already there: nothing to write, the editor's frontmatter stays.
    expect(plan(`${fixed}The whole issue.\n`).status).toBe("unchanged");
    // The archive's own URL still joins redirect_from.
    const withPath = plan(`${fixed}Stub.\n`, ["/issues/{name}/"]);
    expect(withPath.text).toBe(`${fixed.replace("\n---\n", "\nredirect_from:\n  - /issues/2024-04-02-a/\n---\n")}The whole issue.\n`);
    expect(withPath.changes.at(-1)).toBe("old path /issues/2024-04-02-a/ kept in redirect_from");
    // A file there whose frontmatter does not read (here an alias bomb, which is never expanded) is replaced whole.
    const bomb = `---\na: &a [x, x, x, x, x, x, x, x, x, x]\n${Array.from({ length: 9 }, (_, i) => `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(10).fill(`*${String.fromCharCode(97 + i)}`).join(", ")}]`).join("\n")}\n---\nStub.\n`;
    expect([plan(bomb).text, plan(bomb).keptFrontmatter]).toEqual([archived("The whole issue.\n"), undefined]);
    // Only the body differs: the archive's file replaces it whole, as before.
    const same = plan(archived("Stub.\n"));
    expect([same.status, same.text, same.keptFrontmatter]).toEqual(["conflict", archived("The whole issue.\n"), undefined]);
  });

  it("never puts an archive's one-line stub over a recap's full body, even when the frontmatter differs", () => {
    // The AINews export's own pre-2026 issues are one-line pointers; their full bodies come from
    // ainews-full-sample with --overwrite. Importing the export again (to fill the newer issues'
    // mail templates, as npm run check advises) must not put the pointers back.
    const dir = "../shared/fixtures";
    const name = "24-04-02-ainews-not-much-happened-today.md";
    const read = (folder: string) => {
      try {
        return readFileSync(join(resolve(import.meta.dirname, "../../..", dir), folder, name), "utf8");
      } catch {
        return undefined;
      }
    };
    const stubSource = read("ainews-sample");
    const fullSource = read("ainews-full-sample");
    if (!stubSource || !fullSource) return void console.warn(`skipped: ${dir}/ainews-sample and ainews-full-sample not found`);
    const opts = { ...options, oldPaths: ["/issues/{name}/"] };
    const full = planRecapImport([{ name, file: `full/${name}`, source: fullSource }], opts).recaps[0];
    const again = planRecapImport([{ name, file: `sample/${name}`, source: stubSource }], { ...opts, existing: (n) => (n === full.to ? full.text : undefined) }).recaps[0];
    expect(again.status).toBe("kept");
    expect(again.keptBody).toMatch(/^Archived full issue body is served from static HTML at \/frozen-issues\//);
    // An editor's frontmatter over the full body: still kept.
    const edited = full.text.replace("\ntitle: ", "\ntitle: Edited ");
    expect(planRecapImport([{ name, file: `sample/${name}`, source: stubSource }], { ...opts, existing: (n) => (n === full.to ? edited : undefined) }).recaps[0].status).toBe("kept");
    // The other way round is how full bodies come in: a stub there is replaced.
    const stub = planRecapImport([{ name, file: `sample/${name}`, source: stubSource }], opts).recaps[0];
    const over = planRecapImport([{ name, file: `full/${name}`, source: fullSource }], { ...opts, existing: (n) => (n === stub.to ? stub.text : undefined) }).recaps[0];
    expect([over.status, over.keptBody]).toEqual(["conflict", undefined]);
    // A body that is not a stub still replaces another (the --overwrite the editor asked for).
    const other = planRecapImport([{ name, file: `full/${name}`, source: fullSource.replace(/\n[^\n]+\n*$/, "\nA new last line.\n") }], { ...opts, existing: (n) => (n === full.to ? full.text : undefined) }).recaps[0];
    expect(other.status).toBe("conflict");
  });

  it("names the file after the frontmatter date and says when the old name had another day", () => {
    const source = "---\ntitle: A\ndate: '2023-12-26T01:00:00Z'\n---\nBody\n";
    const r = planRecapImport([{ name: "23-12-25-ainews-12252023-a.md", file: "a.md", source }], options).recaps[0];
    expect(r.to).toBe("2023-12-26-a.md");
    expect(r.changes).toEqual(["renamed from 23-12-25-ainews-12252023-a.md", "dated 2023-12-26 as in its frontmatter (the old file name said 2023-12-25: one day apart, a send time in another time zone)"]);
    expect(r.dateShift).toBeUndefined();
  });

  it("tells a shift of more than a day from a time-zone shift, and keeps the frontmatter date", () => {
    // The shape of the real 26-03-31-claude-code-leak.md, whose frontmatter says a week earlier.
    const source = "---\ntitle: Claude Code leak\ndate: '2026-03-24T05:00:00Z'\n---\nBody\n";
    const r = planRecapImport([{ name: "26-03-31-claude-code-leak.md", file: "26-03-31-claude-code-leak.md", source }], options).recaps[0];
    expect(r.to).toBe("2026-03-24-claude-code-leak.md");
    expect(r.dateShift).toEqual({ frontmatter: "2026-03-24", fileName: "2026-03-31", days: -7 });
    expect(r.changes[1]).toBe("dated 2026-03-24 as in its frontmatter, 7 days before the 2026-03-31 of its old file name: check which is right");
  });

  it("gives files with the same date and slug unique names, the same on every run, and says which", () => {
    const f = (name: string, date = "2024-01-01") => ({ name, file: name, source: `---\ntitle: Not much\ndate: '${date}T23:00:00Z'\n---\n${name}\n` });
    // Three-way: two files dated into the same day plus one named -2 already.
    const files = [f("24-01-01-not-much.md"), f("24-01-02-not-much.md", "2024-01-01"), f("24-01-01-ainews-not-much.md"), f("24-01-01-not-much-2.md")];
    const p = planRecapImport(files, options);
    expect(p.problems).toEqual([]);
    expect(p.recaps.map((r) => [r.from, r.to, r.collision?.takenBy])).toEqual([
      ["24-01-01-not-much.md", "2024-01-01-not-much.md", undefined],
      ["24-01-02-not-much.md", "2024-01-01-not-much-3.md", "24-01-01-not-much.md"],
      ["24-01-01-ainews-not-much.md", "2024-01-01-not-much-4.md", "24-01-01-not-much.md"],
      ["24-01-01-not-much-2.md", "2024-01-01-not-much-2.md", undefined],
    ]);
    expect(p.recaps[1].changes.at(-1)).toBe("named 2024-01-01-not-much-3: 2024-01-01-not-much is taken by 24-01-01-not-much.md (same date and slug)");
    expect(new Set(p.recaps.map((r) => r.to)).size).toBe(4);
    // A second run over the files the first wrote finds them all unchanged.
    const written = new Map(p.recaps.map((r) => [r.to, r.text]));
    expect(planRecapImport(files, { ...options, existing: (n) => written.get(n) }).recaps.map((r) => r.status)).toEqual(["unchanged", "unchanged", "unchanged", "unchanged"]);
    // An existing recap of the other format would share the URL: the import steps around it.
    const beside = planRecapImport([f("24-01-01-not-much.md")], { ...options, existing: (n) => (n === "2024-01-01-not-much.mdx" ? "x" : undefined) });
    expect(beside.recaps[0]).toMatchObject({ to: "2024-01-01-not-much-2.md", collision: { wanted: "2024-01-01-not-much", takenBy: "content/recaps/2024-01-01-not-much.mdx" } });
    // Several of them, more than the archive has files: the first free number still (found in review: -3 was handed out though taken).
    const taken = new Set(["2024-01-01-not-much.mdx", "2024-01-01-not-much-2.mdx", "2024-01-01-not-much-3.mdx"]);
    const many = planRecapImport([f("24-01-01-not-much.md")], { ...options, existing: (n) => (taken.has(n) ? "x" : undefined) });
    expect(many.recaps[0].to).toBe("2024-01-01-not-much-4.md");
  });

  it("keeps the archive's own URLs in redirect_from, appended so the rest of the frontmatter keeps its text", () => {
    const source = "---\nid: x\ntitle: A\ndate: '2024-04-02T21:04:12Z'\noriginal_slug: ainews-a-8015\ndescription: >-\n  **Bold** and a long line that the YAML library would fold differently if it rewrote it, which it must not do here.\n---\nBody\n";
    const r = planRecapImport([{ name: "24-04-02-ainews-a.md", file: "a.md", source }], { ...options, oldPaths: ["/issues/{name}/", "/archive/{original_slug}/"] }).recaps[0];
    expect(r.redirectFrom).toEqual(["/issues/24-04-02-ainews-a/", "/archive/ainews-a-8015/"]);
    expect(r.text).toBe(source.replace("\n---\nBody", "\nredirect_from:\n  - /issues/24-04-02-ainews-a/\n  - /archive/ainews-a-8015/\n---\nBody"));
    expect(r.changes).toEqual(["renamed from 24-04-02-ainews-a.md", "old paths /issues/24-04-02-ainews-a/, /archive/ainews-a-8015/ kept in redirect_from"]);
    expect(r.rewritten).toBe(true);
  });

  it("refuses .mdx files that run code unless allowed, and .mdx that does not parse", () => {
    const mdx = (body: string) => ({ name: "24-01-01-x.mdx", file: "archive/24-01-01-x.mdx", source: `---\ntitle: X\ndate: 2024-01-01\n---\n\n${body}` });
    expect(planRecapImport([mdx('import X from "./x.js"\n\n<X />\n')], options).problems.map(formatProblem)).toEqual([
      'archive/24-01-01-x.mdx:6: an import runs as code when the site builds: "import X from \\"./x.js\\"". An imported .mdx file may not run code in the site\'s build (see "MDX is code" in docs/editing.md): check it, then import with --allow-mdx-code to accept it',
    ]);
    expect(planRecapImport([mdx("Sum {1 + 1}\n")], { ...options, allowMdxCode: true }).recaps).toHaveLength(1);
    expect(planRecapImport([mdx("Broken {brace\n")], { ...options, allowMdxCode: true }).problems[0].message).toMatch(/^MDX syntax error/);
    expect(planRecapImport([mdx('<Leaderboard benchmark="x" top={5} />\n')], options).recaps).toHaveLength(1);
  });

  it("says when a file was decoded from another encoding", () => {
    const r = planRecapImport([{ name: "24-01-01-cafe.md", file: "cafe.md", source: "---\ntitle: Café\ndate: 2024-01-01\n---\nLe café.\n", decodedFrom: "windows-1252" }], options).recaps[0];
    expect(r).toMatchObject({ decodedFrom: "windows-1252", rewritten: true });
    expect(r.changes).toContain("decoded from windows-1252, written as UTF-8");
  });
});

describe("oldPathsFor", () => {
  it("expands {name} and {original_slug}, percent-encoding each segment", () => {
    expect(oldPathsFor("24-04-02-ainews-x.md", {}, ["/issues/{name}/"])).toEqual(["/issues/24-04-02-ainews-x/"]);
    expect(oldPathsFor("2024/Hello World.markdown", { original_slug: "hello" }, ["/{name}.html", "/p/{original_slug}/"])).toEqual(["/2024/Hello%20World.html", "/p/hello/"]);
    expect(oldPathsFor("a.md", {}, ["/p/{original_slug}/"])).toEqual([]);
  });
});
