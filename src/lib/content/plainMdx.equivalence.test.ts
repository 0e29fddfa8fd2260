import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { createMarkdownProcessor } from "@astrojs/markdown-remark";
import { markdownOptions } from "../markdown/markdownOptions";
import { createMarkdownRenderer } from "../markdown/renderMarkdown";
import { comparableHtml, firstDifference } from "../markdown/comparableHtml";
import { siteFolders } from "../../integrations/siteFolders";
import { createMdxReference } from "../../../bench/mdxReference";
import { blankFrontmatter } from "../check/readFrontmatter";
import { isPlainMarkdownMdx } from "./plainMdx";

/*
 * isPlainMarkdownMdx's promise: a body it takes reads the same in MDX as in Markdown, so rendering
 * it with the `.md` renderer gives the page MDX would. Checked here against MDX's own pipeline, as
 * @astrojs/mdx sets it up (bench/mdxReference.ts).
 *
 * Two comparisons, after comparableHtml (spelling folded):
 * - MDX against Astro's `.md` pipeline (createMarkdownProcessor, the site's options): the two read
 *   with micromark, so for a plain body they must agree exactly. This is what isPlainMarkdownMdx
 *   decides, and it is checked on every body, random ones included.
 * - MDX against our markdown-it renderer, on the hand-written bodies and the sample's recaps.
 *   markdown-it against Astro's `.md` pipeline is renderMarkdown.test.ts's subject, with the
 *   differences it accepts (docs/performance.md, "Equivalence"); random bodies find more of those
 *   (see bench/plainMdxFuzz.ts), which are not this module's to fix.
 */

const site = siteFolders(resolve(import.meta.dirname, "../../.."));

const viaMdx = createMdxReference(site.root);
const astro = await createMarkdownProcessor({ ...markdownOptions, remarkPlugins: [...markdownOptions.remarkPlugins], rehypePlugins: [...markdownOptions.rehypePlugins] });
const render = createMarkdownRenderer({ sanitize: (html) => html, tableSliceRows: Infinity });

async function differences(body: string, withOurs: boolean): Promise<string[]> {
  const theirs = comparableHtml(await viaMdx(body));
  const out: string[] = [];
  const md = firstDifference(theirs, comparableHtml((await astro.render(body, { frontmatter: {} } as never)).code));
  if (md) out.push(`MDX and Astro's .md pipeline ${md}`);
  const ours = withOurs ? firstDifference(theirs, comparableHtml(render(body).html)) : undefined;
  if (ours) out.push(`MDX and markdown-it ${ours}`);
  return out;
}

/** Every construct an editor writes, and the odd corners of what isPlainMarkdownMdx lets through. */
const HAND_WRITTEN = [
  "# Launch\n\nGPT-5 *arrives*, **at last** -- with [a post](https://example.org/a) and ![a chart](https://example.org/c.png).",
  "| model | score |\n|:--|--:|\n| a | 1 |\n| `x\\|y` | \\| |\n\n- [x] done\n- [ ] open\n\n> quoted\n> > twice\n\nNote[^1].\n\n[^1]: A note\n  on two lines.",
  "- a list\n  - nested by two spaces\n   - three\n\n1. one\n2. two\n\n1) a\n2) b\n\n10. ten\n11. eleven",
  "* a\n\n  > b\n  > c\n\n- a\n- b\n\n\n- c",
  "Important: the exports rose.\n\nimportant things first\n\nexports\n\nimports rose\n\n import a from 'b'\n\n   export const a = 1",
  "```json\n{ \"a\": 1 }\n```\n\nAfter the fence.\n\n~~~\n```\n{x}\n~~~\n\n````\n```\n````\n\n```\n```\n\n``` \ncode\n```\n\n```js\ncode\n```",
  "~~~~\n<div>\n    indented code inside a fence\n~~~\nstill code\n~~~~\nText.",
  "```\nnever closed, so code to the end: <X/> {y}",
  "| a | b |\n|---|:-:|\n| c | d |\n```\n{x}\n```",
  "> a\n```\n{x}\n```\n\n- a\n```\n{x}\n```\n\nPara\n```\n{x}\n```",
  "1. a\n\n   ```\n   x\n   ```\n2. b",
  "&lt;b&gt; &#123;x&#125; &#60; &#x7b; &nbsp;&copy;&amp; AT&T",
  "\\* \\_ \\` \\# \\[ \\] \\( \\) \\! \\> \\| \\~ \\\\ trailing\\",
  "Hard  \nbreak\\\nand soft\nbreak",
  "[a]: https://x.org\n\n[a] and [b][a] and [a][] and [A]\n\n[x]: https://a.org 'title'\n[x]\n\n[ref]\n\n[ref]: https://a.org\n[REF]: https://b.org",
  "[link](https://x.org/a b) [t](https://x.org \"T\") ![img](https://x.org/a.png \"t\")",
  "a\r\nb\r\n\r\n- c\r\n- d\r\n\r\n```\r\ncode\r\n```",
  "a\rb\r\rc",
  "a\tb\tc\n\n- a\n- b\tc\n\n-   three spaces after the marker",
  "   # indented heading\n\nSetext\n---\n\nfoo\n===\nbar\n\n# H #\n## H2 ##\n#No",
  "***bold italic*** a_b_c __d__ *e*f ~one~ ~~two~~ ***\n---\n___",
  "www.example.org https://a.org/x_(y) a@b.co https://a.org/x?y=1&z=2.",
  "--max-tokens 10, \"quoted\" 'single' don't... a > b >= c -- d --- e",
  "Term\n: def\n\n:::note\nx\n:::\n\n$x$ and $$y$$ !important",
  "Note[^1] and[^2].\n\n[^1]: a [^2]\n[^2]: b",
  "Note[^1] and[^2].\n\n| a |\n|---|\n| b |\n[^1]: under a table\n\n> quote\n[^2]: under a quote",
  "Hello `code` and ``co`de`` and `` ` ``",
  "a\n- b\n1. c\n2) d",
  "line with trailing spaces   \n\nx\n\n\n",
  "",
  "a\u2028b",
  "```\n    ~~~\n```\n\n````\n    ```\n````\n\n> ```js\n> let a = 1\n> ```\n\n```js\u00a0x\ncode\n```",
];

/**
 * Bodies where markdown-it and micromark disagree, so MDX and Astro's `.md` pipeline agree with each
 * other and not with markdown-it: `.md` recaps render the same way (renderMarkdown.test.ts' subject).
 * - A list item whose fence is never closed, then a blank line and another item: micromark keeps the
 *   list tight (`<li>b</li>`), markdown-it makes it loose (`<li><p>b</p></li>`).
 * - A leading or trailing no-break space (U+00A0) in a paragraph, heading or table cell: markdown-it
 *   trims it (JavaScript's `trim`), micromark trims only spaces and tabs.
 */
const MARKDOWN_IT_DIFFERS = ["- ```\n  code\n\n- b", "\u00a0x\u00a0\n\n# \u00a0H\n\n| \u00a0a |\n|---|\n| b\u00a0 |"];

/** Random bodies of Markdown's special characters and blocks, those isPlainMarkdownMdx takes. */
const inline = ["\u00a0", "\uFEFF", "\n    ", "\n\t", "\n   ```", "\n```", "\n~~~", "word", "Word", " ", "  ", "\t", "\n", "\n\n", "*", "**", "_", "~", "~~", "`", "```", "~~~", "[", "]", "(", ")", "![", ">", "&amp;", "&lt;", "&#123;", "&", "\\", '"', "'", "--", "...", "www.x.com", "https://a.org/p_q", "a@b.co", "[^1]", "|", "#", ":", "-", "1.", "2)", "🚀", "x_y", "import", "export", "import x from 'y'", "$", "!"];
const blockStart = ["", "# ", "- ", "* ", "1. ", "3) ", "> ", "> > ", "- > ", "> - ", "  ", "   ", "```\n", "```js\n", "~~~\n", "  ```\n", "- ```\n", "- ```js x\n", "[^1]: ```js x\n", "```\u00a0 js\n", "| a | b |\n|---|:-:|\n| ", "- [ ] ", "[^1]: ", "[a]: ", "***\n", "Title\n===\n", "import ", "export "];
const block = fc.tuple(fc.constantFrom(...blockStart), fc.array(fc.constantFrom(...inline), { maxLength: 12 })).map(([b, xs]) => b + xs.join(""));
const separator = fc.constantFrom("\n", "\n\n", "\r\n");
const randomBody = fc.array(fc.tuple(separator, block), { minLength: 1, maxLength: 6 }).map((blocks) => blocks.map(([sep, b], i) => (i ? sep : "") + b).join(""));

describe("a plain .mdx body renders as MDX renders it", () => {
  it("on hand-written bodies: MDX, Astro's .md pipeline and markdown-it agree", async () => {
    const plain = HAND_WRITTEN.filter(isPlainMarkdownMdx);
    expect(plain.length).toBeGreaterThan(HAND_WRITTEN.length - 3);
    for (const body of plain) expect(await differences(body, true), JSON.stringify(body)).toEqual([]);
  });

  it("on bodies markdown-it reads otherwise than micromark: MDX and Astro's .md pipeline agree", async () => {
    for (const body of MARKDOWN_IT_DIFFERS) {
      expect(isPlainMarkdownMdx(body), JSON.stringify(body)).toBe(true);
      expect(await differences(body, false), JSON.stringify(body)).toEqual([]);
      expect(comparableHtml(render(body).html), JSON.stringify(body)).not.toBe(comparableHtml(await viaMdx(body)));
    }
  });

  it("on the sample site's plain .mdx recaps", async () => {
    const dir = join(site.root, "content/recaps");
    const bodies = readdirSync(dir).filter((name) => name.endsWith(".mdx")).map((name) => blankFrontmatter(readFileSync(join(dir, name), "utf8")).replace(/^\n+/, ""));
    const plain = bodies.filter(isPlainMarkdownMdx);
    expect(plain.length).toBeGreaterThanOrEqual(5);
    for (const body of plain) expect(await differences(body, true), body.slice(0, 80)).toEqual([]);
  });

  it.each([1, 2, 3])("on random bodies (fast-check, seed %i): MDX and Astro's .md pipeline agree", async (seed) => {
    const plain = fc.sample(randomBody, { numRuns: 300, seed }).filter(isPlainMarkdownMdx);
    // The generator must keep producing plain bodies, or this checks nothing.
    expect(plain.length).toBeGreaterThan(100);
    const found: string[] = [];
    for (const body of plain) for (const d of await differences(body, false)) found.push(`${JSON.stringify(body)}\n${d}`);
    expect(found).toEqual([]);
  });
});
