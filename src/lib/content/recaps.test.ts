import { describe, expect, it } from "vitest";
import { countWords, readingMinutes, readingMinutesOfHtml } from "./recaps";

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
});
