import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseFrontmatter } from "@astrojs/markdown-remark";
import { describe, expect, it } from "vitest";
import { renderedBody } from "./renderedBody";

const ROOT = resolve(import.meta.dirname, "../../..");
const FIXTURES = resolve(ROOT, "../shared/fixtures");

/** What Astro's `.md` and `.mdx` content entry types hand a render function, and the line it starts on. */
function astroBody(source: string) {
  const content = parseFrontmatter(source, { frontmatter: "empty-with-spaces" }).content;
  const lead = content.slice(0, content.length - content.trimStart().length);
  return { body: content.trim(), firstLine: (lead.match(/\r\n|\r|\n/g) ?? []).length };
}

const recapFiles = (dir: string): string[] =>
  existsSync(dir) ? readdirSync(dir, { recursive: true, encoding: "utf8" }).filter((n) => /\.mdx?$/.test(n)).map((n) => join(dir, n)) : [];

describe("renderedBody", () => {
  it("is the body Astro renders, starting on the file's line, for frontmatter written every way", () => {
    const cases = [
      "---\ntitle: T\n---\nBody.\n",
      "---\ntitle: T\ndate: 2026-02-17\n---\n\n\n# Heading\n\nText.\n",
      "\ufeff---\r\ntitle: T\r\n---\r\n\r\nCRLF body\r\n",
      "---\ntitle: T\n---\n    indented first line [x](javascript:1)\n\nmore\n",
      "---\ntitle: \"$& and $1 and $$\"\n---\nDollar signs in the frontmatter.\n",
      "+++\ntitle = \"T\"\n+++\nTOML.\n",
      "No frontmatter at all.\n\n   \n",
      "\n\n---\ntitle: T\n---\nBlank lines before the frontmatter.\n",
      "---\ntitle: T\n---\n",
      "---\r\ntitle: T\r---\rOld Mac line ends.\r",
    ];
    for (const source of cases) expect(renderedBody(source), JSON.stringify(source)).toEqual(astroBody(source));
    // A body whose first line is indented: Astro trims it, so it is a paragraph, on line 4.
    expect(renderedBody(cases[3])).toEqual({ body: "indented first line [x](javascript:1)\n\nmore", firstLine: 3 });
  });

  it("is the body Astro renders for every recap of the sample and of the fixtures", () => {
    const files = [...recapFiles(join(ROOT, "content/recaps")), ...recapFiles(FIXTURES)];
    if (!existsSync(FIXTURES)) console.warn(`renderedBody.test.ts: ${FIXTURES} is missing: only the sample's recaps are compared`);
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) {
      const source = readFileSync(file, "utf8");
      expect(renderedBody(source), file).toEqual(astroBody(source));
    }
  });
});
