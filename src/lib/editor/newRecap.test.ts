import { describe, expect, it } from "vitest";
import { createRecapSchema } from "../../schemas/recap";
import { readFrontmatter } from "../check/readFrontmatter";
import { validateRecap } from "../content/validateRecap";
import { localToday, newRecap, splitList } from "./newRecap";

const schema = createRecapSchema();

describe("newRecap", () => {
  it("names the file <date>-<slug>.<format> and writes complete frontmatter that passes the schema", () => {
    const r = newRecap({ title: "Claude Sonnet 4.6 lands", date: "2026-02-17", format: "mdx", models: ["claude-sonnet-4-6", "true"], topics: ["a: b"] });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.fileName).toBe("2026-02-17-claude-sonnet-4-6-lands.mdx");
    const fm = readFrontmatter(r.text, r.fileName);
    if (!fm.ok) throw new Error(fm.problems[0].message);
    const data = validateRecap(schema, fm.data, { file: r.fileName, source: r.text });
    expect(data).toEqual({
      title: "Claude Sonnet 4.6 lands",
      date: new Date("2026-02-17T00:00:00Z"),
      description: "",
      draft: true,
      models: ["claude-sonnet-4-6", "true"],
      companies: [],
      topics: ["a: b"],
      people: [],
    });
    expect(r.text).toContain("models:\n  - claude-sonnet-4-6\n");
  });

  it("writes a .md file, a published recap, a chosen slug, and titles YAML would misread", () => {
    const r = newRecap({ title: "GPT-5: \"the\" #1?", date: "2026-03-01", format: "md", draft: false, slug: "gpt-5" });
    if (!r.ok) throw new Error(r.message);
    expect(r.fileName).toBe("2026-03-01-gpt-5.md");
    expect(r.text).not.toContain("draft");
    const fm = readFrontmatter(r.text, r.fileName);
    expect(fm.ok && fm.data.title).toBe('GPT-5: "the" #1?');
  });

  it("says when the file name leaves out words of the title that do not fold to ASCII (helper-74: a Chinese title gave 4-5.mdx without a word)", () => {
    expect(newRecap({ title: "文心一言 4.5 发布", date: "2026-12-01", format: "mdx" })).toMatchObject({ ok: true, fileName: "2026-12-01-4-5.mdx", note: 'the file name leaves out "文心一言", "发布" (file names and URLs are ASCII); pass --slug some-words to choose it' });
    expect(newRecap({ title: "文心一言发布", date: "2026-12-01", format: "md" })).toMatchObject({ ok: true, fileName: "2026-12-01-u6587-u5fc3-u4e00-u8a00-u53d1-u5e03.md", note: expect.stringContaining("named by the letters' code points; pass --slug") });
    // Accented Latin folds; a chosen slug is the editor's.
    expect(newRecap({ title: "Straße café 2", date: "2026-12-01", format: "md" })).not.toHaveProperty("note");
    expect(newRecap({ title: "文心一言 4.5 发布", date: "2026-12-01", format: "md", slug: "ernie-4-5" })).toMatchObject({ fileName: "2026-12-01-ernie-4-5.md" });
    expect(newRecap({ title: "文心一言 4.5 发布", date: "2026-12-01", format: "md", slug: "ernie-4-5" })).not.toHaveProperty("note");
  });

  it("refuses an empty title, a bad date and a title with nothing to slug", () => {
    expect(newRecap({ title: " ", date: "2026-02-17", format: "md" })).toMatchObject({ ok: false, message: expect.stringContaining("expected a title") });
    expect(newRecap({ title: "A", date: "2026-02-30", format: "md" })).toMatchObject({ ok: false, message: '--date: expected a date that exists (YYYY-MM-DD), found "2026-02-30"' });
    expect(newRecap({ title: "A", date: "17/02/2026", format: "md" })).toMatchObject({ ok: false, message: '--date: expected a date such as 2026-02-17, found "17/02/2026"' });
    expect(newRecap({ title: "🚀", date: "2026-02-17", format: "md" })).toMatchObject({ ok: false, message: expect.stringContaining("--slug") });
  });

  it("splits list options and formats the local date", () => {
    expect(splitList(" a, b ,,c")).toEqual(["a", "b", "c"]);
    expect(splitList(undefined)).toEqual([]);
    expect(localToday(new Date(2026, 1, 7, 23, 59))).toBe("2026-02-07");
  });
});
