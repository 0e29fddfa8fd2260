import { describe, expect, it } from "vitest";
import { createMarkdownProcessor } from "@astrojs/markdown-remark";
import { compile } from "@mdx-js/mdx";
import { markdownOptions } from "./markdownOptions";
import { createMarkdownRenderer } from "./renderMarkdown";
import { headingLevels } from "./rehypeShiftHeadings";

const options = { ...markdownOptions, remarkPlugins: [...markdownOptions.remarkPlugins], rehypePlugins: [...markdownOptions.rehypePlugins] };

describe("rehypeShiftHeadings", () => {
  it("shifts a body with # sections one level down, so the page title stays the only h1", async () => {
    const body = "# AI Twitter Recap\n\ntext\n\n## Models\n\n###### deep\n\n# AI Reddit Recap\n";
    const rendered = await (await createMarkdownProcessor(options)).render(body);
    expect(rendered.code).not.toContain("<h1");
    expect(rendered.code).toContain('<h2 id="ai-twitter-recap">AI Twitter Recap</h2>');
    expect(rendered.code).toContain('<h3 id="models">Models</h3>');
    // ###### after ## is one level deeper than its section, not four.
    expect(rendered.code).toContain('<h4 id="deep">deep</h4>');
    // The table of contents reads the shifted depths.
    expect(rendered.metadata.headings.map((h) => h.depth)).toEqual([2, 3, 4, 2]);
    expect(createMarkdownRenderer({ sanitize: (html) => html })(body).html).toBe(rendered.code);
  });

  it("leaves a body whose top level is ## as written", async () => {
    const rendered = await (await createMarkdownProcessor(options)).render("## One\n\n### Two\n");
    expect(rendered.metadata.headings.map((h) => h.depth)).toEqual([2, 3]);
    expect(headingLevels([2, 3, 4])).toEqual([2, 3, 4]);
    expect(headingLevels([1, 3, 2, 1, 4])).toEqual([2, 3, 3, 2, 3]);
    expect(headingLevels([2, 3, 2])).toEqual([2, 3, 2]);
  });

  it("gives sibling headings one level: every ### under a # section, not the first h3 and the rest h4 (found in review)", async () => {
    // AINews's "PART 2": a # section, then one ### per channel; a channel's #### under it.
    expect(headingLevels([1, 3, 3, 3, 4, 3, 1])).toEqual([2, 3, 3, 3, 4, 3, 2]);
    expect(headingLevels([3, 3, 3])).toEqual([2, 2, 2]);
    const body = "# PART 2\n\n### Channel A\n\ntext\n\n### Channel B\n\n#### Thread\n\n### Channel C\n";
    const rendered = await (await createMarkdownProcessor(options)).render(body);
    expect(rendered.metadata.headings.map((h) => h.depth)).toEqual([2, 3, 3, 4, 3]);
    expect(createMarkdownRenderer({ sanitize: (html) => html })(body).html).toBe(rendered.code);
  });

  it("shifts MDX bodies the same way", async () => {
    const code = String(await compile("# Top\n\n## Next\n", { rehypePlugins: [...markdownOptions.rehypePlugins] }));
    expect(code).toContain("h2:");
    expect(code).not.toContain("h1:");
  });
});
