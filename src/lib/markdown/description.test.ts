import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { readFrontmatter } from "../check/readFrontmatter";
import { descriptionHtml, descriptionText } from "./description";

describe("descriptionHtml", () => {
  it("renders inline Markdown: bold, italics, code, strikethrough, links", () => {
    expect(descriptionHtml("**Qwen 3.5** ships *today*: `262K` tokens, ~~1M~~ [blog](https://qwen.ai/blog) [mail](mailto:a@b.example) [page](/models/qwen-3-5/)")).toBe(
      '<strong>Qwen 3.5</strong> ships <em>today</em>: <code>262K</code> tokens, <s>1M</s> <a href="https://qwen.ai/blog">blog</a> <a href="mailto:a@b.example">mail</a> <a href="/models/qwen-3-5/">page</a>',
    );
  });

  it("escapes raw HTML and drops unsafe links, keeping their text", () => {
    expect(descriptionHtml('<script>alert(1)</script> <img src=x onerror="alert(1)"> [x](javascript:alert(1)) [y](//evil.example/) [z](data:text/html,hi)')).toBe(
      "&lt;script&gt;alert(1)&lt;/script&gt; &lt;img src=x onerror=\"alert(1)\"&gt; [x](javascript:alert(1)) y [z](data:text/html,hi)",
    );
  });

  it("is one paragraph of inline text: no headings, lists, images or bare-URL links", () => {
    expect(descriptionHtml("# Not a heading\n- not a list ![a chart of *scores*](chart.png) https://example.com")).toBe("# Not a heading\n- not a list a chart of <em>scores</em> https://example.com");
  });

  it("leaves what CommonMark leaves: snake_case, escaped asterisks, entities", () => {
    expect(descriptionHtml("snake_case_name, \\*not bold\\*, AT&amp;T, $58k")).toBe("snake_case_name, *not bold*, AT&amp;T, $58k");
  });

  it("keeps only the text of links when asked (a description inside a link)", () => {
    expect(descriptionHtml("see [the blog](https://x.example/) **now**", { links: false })).toBe("see the blog <strong>now</strong>");
  });
});

describe("descriptionText", () => {
  it("strips markup, decodes entities, collapses whitespace, and does not escape", () => {
    expect(descriptionText("**Qwen 3.5** ships [today](https://qwen.ai/) &amp; `v2 <b>`\n  with *more*")).toBe("Qwen 3.5 ships today & v2 <b> with more");
    expect(descriptionText("a ![chart of *scores*](c.png) b \\*literal\\*")).toBe("a chart of scores b *literal*");
    expect(descriptionText("")).toBe("");
  });
});

const FIXTURES = resolve(import.meta.dirname, "../../../../shared/fixtures");
const present = existsSync(join(FIXTURES, "ainews-sample"));
if (!present) console.warn(`[description] ${FIXTURES} is absent: the real AINews descriptions are not checked`);

describe.skipIf(!present)("the real AINews descriptions (ainews-sample and ainews-full-sample)", () => {
  const descriptions = ["ainews-sample", "ainews-full-sample"].flatMap((folder) =>
    readdirSync(join(FIXTURES, folder))
      .filter((f) => f.endsWith(".md"))
      .map((f) => {
        const fm = readFrontmatter(readFileSync(join(FIXTURES, folder, f), "utf8"), f);
        if (!fm.ok) throw new Error(f);
        return { file: `${folder}/${f}`, text: String(fm.data.description ?? "") };
      })
      .filter((d) => d.text),
  );

  it("render with no literal Markdown left, and read as plain text without markup", () => {
    expect(descriptions.length).toBe(71);
    const withBold = descriptions.filter((d) => d.text.includes("**"));
    for (const d of descriptions) {
      const html = descriptionHtml(d.text);
      const text = descriptionText(d.text);
      expect(html, d.file).not.toMatch(/\*\*|__|<(?!\/?(strong|em|code|s|a|br)\b)/);
      expect(text, d.file).not.toMatch(/\*\*|<\/?(strong|em|code)>|\]\(/);
      // The same words: the text reading is the HTML without its tags (entities decoded).
      const fromHtml = html.replace(/<[^>]+>/g, "").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, "&").replace(/\s+/g, " ").trim();
      expect(text, d.file).toBe(fromHtml);
    }
    const strong = descriptions.reduce((n, d) => n + (descriptionHtml(d.text).match(/<strong>/g)?.length ?? 0), 0);
    console.log(`[description] ${descriptions.length} real descriptions, ${withBold.length} with **bold** (${strong} bold spans rendered); none shows Markdown`);
    expect(withBold.length).toBeGreaterThan(60);
  });

  it("turn a real one into what a reader and a meta tag should see", () => {
    const d = descriptions.find((x) => x.file === "ainews-sample/24-04-02-ainews-not-much-happened-today.md")!;
    expect(descriptionHtml(d.text)).toMatch(/^<strong>RAGFlow<\/strong> open sourced, a deep document understanding RAG engine with <strong>16\.3k context length<\/strong>/);
    expect(descriptionText(d.text)).toMatch(/^RAGFlow open sourced, a deep document understanding RAG engine with 16\.3k context length and natural language instruction support\. Jamba v0\.1, a 52B parameter MoE model by Lightblue/);
  });
});

describe("descriptions seen again", () => {
  it("give the same HTML and text, with and without links kept apart", () => {
    const d = "**A** [b](https://x.org/)";
    expect(descriptionHtml(d, { links: false })).toBe("<strong>A</strong> b");
    expect(descriptionHtml(d)).toBe('<strong>A</strong> <a href="https://x.org/">b</a>');
    expect(descriptionHtml(d, { links: false })).toBe("<strong>A</strong> b");
    expect(descriptionText(d)).toBe("A b");
    expect(descriptionText(d)).toBe("A b");
  });
});
