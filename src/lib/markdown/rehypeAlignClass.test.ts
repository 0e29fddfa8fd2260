import { describe, expect, it } from "vitest";
import { createMarkdownProcessor } from "@astrojs/markdown-remark";
import { compile } from "@mdx-js/mdx";
import { markdownOptions } from "./markdownOptions";
import { createMarkdownRenderer } from "./renderMarkdown";

const table = "| Model | Score | Cost | Note |\n|:--|--:|:-:|---|\n| Orca | 51 | $2,088 | plain |";
const options = { ...markdownOptions, remarkPlugins: [...markdownOptions.remarkPlugins], rehypePlugins: [...markdownOptions.rehypePlugins] };

describe("rehypeAlignClass", () => {
  it("turns GFM column alignment into classes in .md, through Astro's pipeline and ours (markdown-it)", async () => {
    const html = (await (await createMarkdownProcessor(options)).render(table)).code;
    expect(html).not.toMatch(/\salign=/);
    expect(html).toContain('<th class="align-left">Model</th>');
    expect(html).toContain('<td class="align-right">51</td>');
    expect(html).toContain('<td class="align-center">$2,088</td>');
    expect(html).toContain("<td>plain</td>");
    expect(createMarkdownRenderer({ sanitize: (html) => html })(table).html).toBe(html);
  });

  it("does the same in MDX, inside components too", async () => {
    const code = String(await compile(`<Box>\n\n${table}\n\n</Box>`, { remarkPlugins: [(await import("remark-gfm")).default], rehypePlugins: [...markdownOptions.rehypePlugins] }));
    expect(code).not.toMatch(/align: "right"/);
    expect(code).toContain('className: "align-right"');
  });
});
