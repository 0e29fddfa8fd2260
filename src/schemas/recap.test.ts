import { describe, expect, it } from "vitest";
import { InputError } from "../lib/errors";
import { validateRecap } from "../lib/content/validateRecap";
import { createRecapSchema } from "./recap";

const schema = createRecapSchema({ ignoredKeys: ["id", "original_slug"] });

function problems(data: unknown, source: string): string[] {
  try {
    validateRecap(schema, data, { file: "content/recaps/x.md", source });
  } catch (error) {
    if (error instanceof InputError) return error.message.split("\n").slice(1).map((l) => l.trim());
    throw error;
  }
  throw new Error("expected an InputError");
}

describe("recap frontmatter", () => {
  it("accepts the AINews export shape, dropping ignored keys", () => {
    const data = {
      id: "a1ee8502",
      title: "Is Google's Gemini... legit?",
      date: "2023-12-06T22:22:18.156000Z",
      original_slug: "ainews-ai-discords",
      description: "Gemini.",
      companies: ["google"],
      models: ["gemini-pro", "claude-2.1"],
      topics: ["chain-of-thought"],
      people: ["swyx"],
    };
    const out = validateRecap(schema, data, { file: "x.md", source: "" });
    expect(out).toEqual({
      title: "Is Google's Gemini... legit?",
      date: new Date("2023-12-06T22:22:18.156Z"),
      description: "Gemini.",
      draft: false,
      companies: ["google"],
      models: ["gemini-pro", "claude-2.1"],
      topics: ["chain-of-thought"],
      people: ["swyx"],
    } satisfies Record<string, unknown> as never);
  });

  it("fills defaults: draft false and empty lists", () => {
    const out = validateRecap(schema, { title: "T", date: new Date("2026-02-17") }, { file: "x.md", source: "" });
    expect(out).toMatchObject({ draft: false, models: [], companies: [], topics: [], people: [] });
  });

  it("rejects an unknown key with a did-you-mean and the key's line", () => {
    const source = "---\ntitle: T\ndate: 2026-02-17\nmodles:\n  - x\n---\nbody\n";
    expect(problems({ title: "T", date: new Date("2026-02-17"), modles: ["x"] }, source)).toEqual([
      'content/recaps/x.md:4 field "modles": unknown frontmatter key "modles" (did you mean "models"?); known keys are title, date, description, draft, models, companies, topics, people, slug, image, redirect_from',
    ]);
  });

  it("accepts redirect_from paths on this site and refuses hosts, queries and .. segments", () => {
    const out = validateRecap(schema, { title: "T", date: "2026-02-17", redirect_from: ["/issues/24-04-02-ainews-not-much-happened-today/", "/old.html"] }, { file: "x.md", source: "" });
    expect(out.redirect_from).toEqual(["/issues/24-04-02-ainews-not-much-happened-today/", "/old.html"]);
    const source = "---\ntitle: T\ndate: 2026-02-17\nredirect_from:\n  - https://example.com/x/\n  - /a/../b/\n  - //evil.example/\n  - /ok/\n---\n";
    expect(problems({ title: "T", date: "2026-02-17", redirect_from: ["https://example.com/x/", "/a/../b/", "//evil.example/", "/ok/"] }, source)).toEqual([
      'content/recaps/x.md:5 field "redirect_from": item 1: expected a path on this site such as /issues/old-name/ (starting with /, without a host, ?query, #fragment or .. segment), found "https://example.com/x/"',
      'content/recaps/x.md:6 field "redirect_from": item 2: expected a path on this site such as /issues/old-name/ (starting with /, without a host, ?query, #fragment or .. segment), found "/a/../b/"',
      'content/recaps/x.md:7 field "redirect_from": item 3: expected a path on this site such as /issues/old-name/ (starting with /, without a host, ?query, #fragment or .. segment), found "//evil.example/"',
    ]);
  });

  it("reports a missing title and a missing date", () => {
    expect(problems({ description: "d" }, "---\ndescription: d\n---\n")).toEqual([
      'content/recaps/x.md:1 field "title": required: expected a title',
      'content/recaps/x.md:1 field "date": required: expected a date such as 2026-02-17',
    ]);
  });

  it("reports an impossible date even though YAML turned it into a Date", () => {
    const source = "---\ntitle: T\ndate: 2026-02-30\n---\n";
    expect(problems({ title: "T", date: new Date("2026-03-02") }, source)).toEqual([
      'content/recaps/x.md:3 field "date": expected a date that exists (YYYY-MM-DD), found "2026-02-30"',
    ]);
  });

  it("reports wrong types with the field's line, including list items", () => {
    const source = "---\ntitle: T\ndate: 2026-02-17\ndraft: maybe\nmodels:\n  - a\n  - {x: 1}\n---\n";
    expect(problems({ title: "T", date: new Date("2026-02-17"), draft: "maybe", models: ["a", { x: 1 }] }, source)).toEqual([
      'content/recaps/x.md:4 field "draft": expected true or false, found "maybe"',
      'content/recaps/x.md:7 field "models": item 2: expected a string',
    ]);
  });

  it("reports a models field that is not a list", () => {
    expect(problems({ title: "T", date: "2026-02-17", models: "claude" }, "---\ntitle: T\ndate: 2026-02-17\nmodels: claude\n---\n")).toEqual([
      'content/recaps/x.md:4 field "models": expected a list of strings such as [a, b], found "claude"',
    ]);
  });
  it("reports unknown keys beside a bad value, with the other platforms' names for our fields", () => {
    const source = "---\ntitle: T\ndate: 2026-02-17\ndraft: flase\ndescripton: d\ntags: [a]\n---\n";
    const data = { title: "T", date: new Date("2026-02-17"), draft: "flase", descripton: "d", tags: ["a"] };
    expect(() => validateRecap(createRecapSchema(), data, { file: "content/recaps/x.md", source })).toThrow(
      expect.objectContaining({
        problems: [
          expect.objectContaining({ line: 4, message: 'expected true or false, found "flase"' }),
          expect.objectContaining({ line: 5, message: expect.stringMatching(/^unknown frontmatter key "descripton" \(did you mean "description"\?\)/) }),
          expect.objectContaining({ line: 6, message: expect.stringMatching(/^unknown frontmatter key "tags" \(did you mean "topics"\?\)/) }),
        ],
      }),
    );
  });
});
