import { describe, expect, it } from "vitest";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { sanitizeHtml } from "../html/sanitizeHtml";
import { createMarkdownRenderer } from "../markdown/renderMarkdown";
import { countWords, readingMinutes, readingMinutesOfHtml, wordsOfHtml } from "./recaps";

const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(" ");

describe("reading time", () => {
  it("counts words as splitting on \\s+ does, for every white-space character a regular expression knows", () => {
    const split = (t: string) => t.split(/\s+/).filter(Boolean).length;
    // Every code unit of the Basic Multilingual Plane between two words (one assertion: the list
    // of those counted otherwise, empty).
    const bmp = Array.from({ length: 0x10000 }, (_, c) => `a${String.fromCharCode(c)}b`);
    expect(bmp.filter((text) => countWords(text) !== split(text)).map((t) => `U+${t.charCodeAt(1).toString(16)}`)).toEqual([]);
    expect(bmp.filter((text) => countWords(text) === 1).length).toBe(0x10000 - 25);
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
    const pieces = ["word", " ", "\n", "\t", "\u00a0", "\u2003", "\u3000", "\ufeff", "é", "😀", "<p>", "", "  \r\n"];
    const texts = Array.from({ length: 2000 }, () => Array.from({ length: next() % 12 }, () => pieces[next() % pieces.length]).join(""));
    expect(texts.filter((text) => countWords(text) !== split(text))).toEqual([]);
  });

  it("counts 230 words a minute, at least one minute, without code blocks", () => {
    expect(readingMinutes("")).toBe(1);
    expect(readingMinutes(words(460))).toBe(2);
    expect(readingMinutes(`${words(460)}\n\n\`\`\`\n${words(2000)}\n\`\`\`\n`)).toBe(2);
  });

  it("reads the same time off the rendered HTML: tags, link targets and code blocks are not words", () => {
    const html = `<h2 id="a">Heading</h2><p>${words(458)} <a href="https://example.org/a/very/long/link">link</a></p><pre><code>${words(2000)}</code></pre>`;
    expect(readingMinutesOfHtml(html)).toBe(2);
    expect(readingMinutesOfHtml(`<p>${words(1150)}</p>`)).toBe(5);
    expect(readingMinutesOfHtml("")).toBe(1);
  });

  it("counts the words of HTML in one pass as stripping its <pre> blocks and tags and counting the rest does", () => {
    const stripped = (html: string) => countWords(html.replace(/<pre[\s>][\s\S]*?<\/pre>/g, " ").replace(/<[^>]*>/g, " "));
    const cases = [
      "<p>a<b>b</b>c</p>", "a < b and c > d", "x <pre>no close", "<pre class=\"x\">y z</pre>w", "<preview>kept</preview>", "<pre>\n</pre><pre>a</pre>b",
      "trailing <", "<p>non\u00a0breaking\u2003spaces\u3000here</p>", "<pre\tx>tab</pre> after", "",
    ];
    for (const html of cases) expect(wordsOfHtml(html), JSON.stringify(html)).toBe(stripped(html));
    // Real issues, rendered as the site renders them (skipped without the fixtures).
    const dir = resolve(import.meta.dirname, "../../../../shared/fixtures/ainews-full-sample");
    if (!existsSync(dir)) return console.warn(`recaps.test.ts: ${dir} is missing: the real issues are not counted`);
    const render = createMarkdownRenderer({ sanitize: sanitizeHtml });
    const files = readdirSync(dir, { recursive: true, encoding: "utf8" }).filter((n) => n.endsWith(".md"));
    expect(files.length).toBeGreaterThan(20);
    for (const name of files) {
      const html = render(readFileSync(resolve(dir, name), "utf8")).html;
      expect(wordsOfHtml(html), name).toBe(stripped(html));
    }
  });
});
