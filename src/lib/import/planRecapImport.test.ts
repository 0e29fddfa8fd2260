import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { createRecapSchema } from "../../schemas/recap";
import { formatProblem } from "../errors";
import { readFrontmatter } from "../check/readFrontmatter";
import { archiveSlug, planRecapImport, type ArchiveFile } from "./planRecapImport";

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
    const one = (existing?: string) => planRecapImport([{ name: "23-12-06-ainews-a.md", file: "a.md", source }], { ...options, existing: () => existing }).recaps[0];
    expect(one()).toMatchObject({ to: "2023-12-06-a.md", text: source, changes: ["renamed from 23-12-06-ainews-a.md"], rewritten: false, status: "new" });
    expect(one(source).status).toBe("unchanged");
    expect(one("---\ntitle: other\n---\n").status).toBe("conflict");
  });

  it("names the file after the frontmatter date and says when the old name had another day", () => {
    const source = "---\ntitle: A\ndate: '2023-12-26T01:00:00Z'\n---\nBody\n";
    const r = planRecapImport([{ name: "23-12-25-ainews-12252023-a.md", file: "a.md", source }], options).recaps[0];
    expect(r.to).toBe("2023-12-26-a.md");
    expect(r.changes).toEqual(["renamed from 23-12-25-ainews-12252023-a.md", "dated 2023-12-26 as in its frontmatter (the old file name said 2023-12-25)"]);
  });

  it("refuses two files that would get the same name", () => {
    const f = (name: string) => ({ name, file: name, source: "---\ntitle: A\ndate: 2024-01-01\n---\n" });
    const p = planRecapImport([f("24-01-01-same.md"), f("2024-01-01-same.md")], options);
    expect(p.recaps).toHaveLength(1);
    expect(p.problems.map(formatProblem)).toEqual(["2024-01-01-same.md:1: would be imported as 2024-01-01-same.md, like 24-01-01-same.md; rename one of them"]);
  });
});
