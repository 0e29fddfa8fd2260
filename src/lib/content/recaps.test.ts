import { describe, expect, it } from "vitest";
import { readingMinutes, readingMinutesOfHtml } from "./recaps";

const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(" ");

describe("reading time", () => {
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
});
