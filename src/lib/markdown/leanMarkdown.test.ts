import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { createMarkdownProcessor, parseFrontmatter } from "@astrojs/markdown-remark";
import { createLeanMarkdownRenderer, type LeanRender } from "./leanMarkdown";
import { markdownOptions } from "./markdownOptions";
import { generateRecap } from "../../../bench/generate";

// The site's own Markdown options, through Astro's pipeline and through the lean one.
const options = { ...markdownOptions, remarkPlugins: [...markdownOptions.remarkPlugins], rehypePlugins: [...markdownOptions.rehypePlugins] };
const astro = await createMarkdownProcessor(options);
const lean = createLeanMarkdownRenderer(options) as LeanRender;

/** Astro's result in the shape its `.md` render function stores. */
async function astroRendered(body: string, frontmatter: Record<string, unknown>, fileURL?: URL) {
  const result = await astro.render(body, { frontmatter, fileURL } as Parameters<typeof astro.render>[1]);
  return { html: result.code, metadata: { ...result.metadata, imagePaths: [...result.metadata.localImagePaths, ...result.metadata.remoteImagePaths] } };
}

/** Renders a whole file both ways; returns whether the lean pipeline took it. */
async function compare(text: string, path?: string): Promise<boolean> {
  const { frontmatter, content } = parseFrontmatter(text);
  const body = content.trim();
  const fileURL = path ? pathToFileURL(path) : undefined;
  const mine = await lean(body, { frontmatter, fileURL });
  if (mine === undefined) return false;
  expect(mine, path ?? body.slice(0, 80)).toEqual(await astroRendered(body, frontmatter, fileURL));
  return true;
}

describe("the lean .md pipeline", () => {
  it("gives Astro's HTML, headings and metadata on Markdown without raw HTML", async () => {
    const samples = [
      "# Title\n\n## Same\n\n## Same\n\n### With `code` and [a link](https://e.org) and *emphasis*\n\nText.",
      '| Model | Score | Cost |\n|:--|--:|:-:|\n| "Orca" 1.0 | 51 | $2,088 |\n| Kalo -- 7B | 60.3% | — |',
      "- [x] done\n- [ ] open\n  1. nested\n  2. list\n\n> quote -- with a dash...\n>\n> > nested",
      "Footnote[^1] and ~~struck~~ text, www.example.org and hi@example.org as autolinks.\n\n[^1]: The note.",
      "```ts\nconst a = \"<b>not html</b>\";\n```\n\nInline `<i>code</i>`, &amp; &copy; entities, \\*escaped\\*, line  \nbreak.",
      "[ref link][r] and ![remote image](https://cdn.example.org/a.png)\n\n[r]: https://example.org/r \"Title\"",
      "- [x] a checked task keeps its boolean attributes\n\n1. one\n2. two\n\n3) starts\n4) at three",
      "עברית and العربية mixed with English; emoji 🚀; a 'single' and \"double\" quote.",
      "",
    ];
    for (const md of samples) expect(await compare(md), md).toBe(true);
  });

  it("leaves documents with raw HTML or local images to Astro's pipeline", async () => {
    for (const md of ["Text with a <br> break.", "<details><summary>More</summary>\n\nHidden.\n\n</details>", "<!-- a comment -->\n\nText.", "![local](./chart.png)"]) {
      expect(await lean(md, { fileURL: pathToFileURL("/site/content/recaps/a.md") }), md).toBeUndefined();
    }
  });

  it("is not used when the config needs Astro's own pipeline", () => {
    expect(createLeanMarkdownRenderer({ ...options, syntaxHighlight: "shiki" })).toBeUndefined();
    expect(createLeanMarkdownRenderer({ ...options, smartypants: true })).toBeUndefined();
    expect(createLeanMarkdownRenderer({ ...options, remarkPlugins: ["remark-toc"] })).toBeUndefined();
  });

  it("gives Astro's output on every .md recap of the sample site", async () => {
    const dir = resolve(import.meta.dirname, "../../../content/recaps");
    const files = readdirSync(dir).filter((f) => f.endsWith(".md"));
    expect(files.length).toBeGreaterThan(5);
    let taken = 0;
    for (const f of files) if (await compare(readFileSync(join(dir, f), "utf8"), join(dir, f))) taken++;
    expect(taken).toBeGreaterThan(0);
  });

  it("gives Astro's output on generated newsletter recaps", { timeout: 60_000 }, async () => {
    const models = [{ id: "orca-1-0", name: "Orca 1.0", lab: "Northwind AI", released: "2016-01-01", aliases: ["orca-1.0-20160101"] }];
    const pools = { topics: ["agents"], companies: ["northwind-ai"], people: ["ada"], labels: ["kalo-7b"] };
    for (let i = 0; i < 6; i++) {
      const { text } = generateRecap(i, { format: "md", profile: "default", seed: 5, models, pools });
      expect(await compare(text)).toBe(true);
    }
  });

  const fixtures = resolve(import.meta.dirname, "../../../../shared/fixtures/ainews-sample");
  it.skipIf(!existsSync(fixtures))("gives Astro's output on the real AINews issues in ../shared/fixtures, or leaves them to Astro (skipped when absent)", async () => {
    const files = readdirSync(fixtures).filter((f) => f.endsWith(".md"));
    let taken = 0;
    for (const f of files) if (await compare(readFileSync(join(fixtures, f), "utf8"), join(fixtures, f))) taken++;
    console.log(`[lean markdown] ${taken} of ${files.length} AINews issues rendered by the lean pipeline, identical to Astro's; the rest have raw HTML or images`);
    expect(files.length).toBeGreaterThan(0);
  }, 120_000);
});
