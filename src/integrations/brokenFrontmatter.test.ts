import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { readingBrokenFrontmatter, type EntryTypeWithInfo } from "./brokenFrontmatter";

/** An entry type that throws as Astro's do on frontmatter js-yaml cannot read, and on a body it cannot read. */
const astroLike: EntryTypeWithInfo = {
  getEntryInfo: async ({ contents }) => {
    if (contents.includes("[oops")) throw Object.assign(new Error("missed comma between flow collection entries"), { name: "YAMLException" });
    if (contents.includes("BOOM")) throw new Error("something else broke");
    return { data: { title: "T" }, body: "text" };
  },
};

describe("readingBrokenFrontmatter", () => {
  const broken: [string, string][] = [];
  const types = readingBrokenFrontmatter(new Map([[".md", astroLike]]), (path) => path.replace(/^.*\/content\//, "content/"), (path, problems) => broken.push(...problems.map((p): [string, string] => [path, `${p.file}:${p.line}: ${p.message}`])));
  const fileUrl = pathToFileURL("/site/content/recaps/a.md");

  it("reads a file whose YAML is broken as an empty recap, and hands over its problems as the check words them", async () => {
    const info = await types.get(".md")!.getEntryInfo!({ contents: "---\ntitle: A\ntags: [oops\ndate: 2026-01-01\n---\nBody", fileUrl });
    expect(info).toEqual({ data: {}, body: "", rawData: "" });
    expect(broken).toEqual([["/site/content/recaps/a.md", expect.stringMatching(/^content\/recaps\/a\.md:3: YAML syntax error: .*\(the \[ opened on this line is never closed\)$/)]]);
  });

  it("passes a readable file through, and throws on an error that is not its frontmatter's", async () => {
    expect(await types.get(".md")!.getEntryInfo!({ contents: "---\ntitle: A\n---\nBody", fileUrl })).toEqual({ data: { title: "T" }, body: "text" });
    await expect(types.get(".md")!.getEntryInfo!({ contents: "---\ntitle: A\n---\nBOOM", fileUrl })).rejects.toThrow("something else broke");
  });
});
