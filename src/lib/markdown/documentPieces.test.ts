import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { parseFrontmatter } from "@astrojs/markdown-remark";
import { documentPieces } from "./documentPieces";
import { createMarkdownIt, createMarkdownRenderer } from "./renderMarkdown";
import type { QuoteContext } from "./smartypantsTokens";
import { generateRecap } from "../../../bench/generate";
import { scanMarkdownBody, scanRenderedTokens } from "../html/scanBody";

const whole = createMarkdownRenderer({ sanitize: (h) => h, pieceChars: Infinity, tableSliceRows: Infinity });
// A piece of at least one character: every top-level block parsed as a document of its own, the
// hardest test of what a piece shares with the rest of its document.
const everyBlock = createMarkdownRenderer({ sanitize: (h) => h, pieceChars: 1, tableSliceRows: Infinity });
// Pieces and long tables sliced together, as the site renders a large recap.
const piecesAndSlices = createMarkdownRenderer({ sanitize: (h) => h, pieceChars: 200, tableSliceRows: 3 });

/** Documents whose blocks depend on each other across a piece's edge. */
const EDGES: Record<string, string> = {
  "a reference used before its definition, in another piece; the first definition wins": `See [the docs][docs] and [again].\n\nMiddle.\n\n[docs]: https://a.example/1 "One"\n\n[docs]: https://a.example/2\n\n[again]: <https://a.example/x y>\n`,
  "headings: the same text twice, levels under sections of earlier pieces": `# Title\n\n### Deep\n\nText.\n\n## Same\n\nText.\n\n## Same\n\n#### Deeper\n\n# Title\n\n## Same\n`,
  "setext headings, a paragraph a fence interrupts, lazy lines": `Heading\n=======\nA paragraph\n\`\`\`\ncode\n\`\`\`\n> quoted\nlazy line\n\nSub\n---\n`,
  "lists, tight and loose, a list ending in blank lines before a paragraph": `- a\n- b\n\n\n\nParagraph.\n\n1. one\n\n2. two\n\n   continued\n\n- x\n  - y\n\n\nEnd.\n`,
  "HTML blocks: one holding blank lines, one a blank line ends, a comment": `<pre>\n\n# not a heading\n\n</pre>\n\n<div>\n*md*\n\n*after*\n\n<!--\n\n# hidden\n\n-->\n\nText.\n`,
  "indented code with blank lines, a fence left open at the end": `    code 1\n\n    code 2\n\nText.\n\n\`\`\`js\nlet a = "b";\n\n# inside\n`,
  "quotes curled across blocks, smart punctuation": `He said "hello\n\nand" then 'bye'...\n\n"Quoted heading" -- here\n\n'Tis the 90's --- "done".\n`,
  "a table, task lists, strikethrough, autolinks, images": `| a | b |\n| - | :-: |\n| 1 | ~~x~~ |\n\n- [ ] todo\n- [x] done\n\nwww.example.com and ![i](./img.png) and ![r](https://r.example/i.png)\n`,
  "CRLF line ends and a NUL": `# One\r\n\r\nText\u0000 here.\r\n\r\n## Two\r\n\r\n- a\r\n- b\r\n`,
  "a long table in the middle, its rows by reference": `# T\n\n[ref]: https://r.example\n\n| a | b |\n| - | - |\n${Array.from({ length: 12 }, (_, i) => `| [r${i}][ref] | ${i} |`).join("\n")}\n\nAfter "it".\n\n| c |\n| - |\n${Array.from({ length: 7 }, (_, i) => `| ${i} |`).join("\n")}\n`,
};

const bodiesIn = (dir: string) =>
  readdirSync(dir)
    .filter((f) => f.endsWith(".md"))
    .map((f) => ({ name: f, body: parseFrontmatter(readFileSync(join(dir, f), "utf8")).content }));

function expectSameRender(name: string, doc: string) {
  const a = whole(doc);
  for (const [how, render] of [["every block a piece", everyBlock], ["pieces and slices", piecesAndSlices]] as const) {
    const b = render(doc);
    expect(b.html, `${name}: ${how}`).toBe(a.html);
    expect(b.headings, `${name}: ${how}`).toEqual(a.headings);
    expect(b.hasRawHtml, `${name}: ${how}`).toBe(a.hasRawHtml);
    expect([...b.localImagePaths].sort(), `${name}: ${how}`).toEqual([...a.localImagePaths].sort());
  }
}

describe("a long document parsed in pieces", () => {
  it("is cut where markdown-it ends a top-level block, with the references of every piece collected first", () => {
    const md = createMarkdownIt();
    const doc = "# A\n\nOne\ntwo.\n\n- x\n\n- y\n\n\nLast [l].\n\n[l]: https://l.example\n";
    const env: { references?: Record<string, unknown> } = {};
    const pieces = documentPieces(md, doc, env, 1)!;
    expect(pieces).toEqual([
      { markdown: "# A\n\n", firstLine: 0 },
      { markdown: "One\ntwo.\n\n", firstLine: 2 },
      { markdown: "- x\n\n- y\n\n\n", firstLine: 5 },
      { markdown: "Last [l].\n\n", firstLine: 10 },
      { markdown: "[l]: https://l.example\n", firstLine: 12 },
    ]);
    expect(pieces.map((p) => p.markdown).join("")).toBe(doc);
    expect(env.references).toEqual({ L: { href: "https://l.example", title: "" } });
    // Pieces of at least 12 characters; the last one takes what is left.
    expect(documentPieces(md, doc, {}, 12)!.map((p) => p.firstLine)).toEqual([0, 5, 12]);
    // Parsed whole: a document no longer than a piece, or one that may hold footnotes.
    const untouched: { references?: unknown } = {};
    expect(documentPieces(md, doc, untouched, doc.length)).toBeUndefined();
    expect(documentPieces(md, `${doc}\nA note.[^1]\n\n[^1]: It.\n`, untouched, 1)).toBeUndefined();
    expect(documentPieces(md, `${doc}\n> A note.[^1]\n>\n> [^1]: It.\n`, untouched, 1)).toBeUndefined();
    // `[^` that defines nothing: pieces, footnote references and all (they stay text).
    expect(documentPieces(md, `${doc}\n\`/[^a-z]/\` and [^2].\n`, {}, 1)).toHaveLength(6);
    expectSameRender("a reference to no footnote", `${doc}\n\`/[^a-z]/\` and [^2].\n`);
    expect(untouched).toEqual({});
  });

  it("renders what the whole document renders: documents whose blocks depend on each other", () => {
    for (const [name, doc] of Object.entries(EDGES)) expectSameRender(name, doc);
  });

  it("renders what the whole document renders: the sample site's recaps and generated newsletter recaps", () => {
    const docs = bodiesIn(resolve(import.meta.dirname, "../../../content/recaps"));
    expect(docs.length).toBeGreaterThan(5);
    const models = [{ id: "orca-1-0", name: "Orca 1.0", lab: "Northwind AI", released: "2016-01-01", aliases: ["orca-1.0-20160101"] }];
    const pools = { topics: ["agents"], companies: ["northwind-ai"], people: ["ada"], labels: ["kalo-7b"] };
    for (const profile of ["default", "full"] as const) {
      for (let i = 0; i < 4; i++) {
        const { name, text } = generateRecap(i, { format: "md", profile, seed: 7, models, pools });
        docs.push({ name: `${profile} ${name}`, body: parseFrontmatter(text).content });
      }
    }
    for (const { name, body } of docs) expectSameRender(name, body);
  });

  const full = resolve(import.meta.dirname, "../../../../shared/fixtures/ainews-full-sample");
  it.skipIf(!existsSync(full))("renders what the whole document renders: the 30 full-size AINews issues in ../shared/fixtures (skipped when absent)", { timeout: 120_000 }, () => {
    const docs = bodiesIn(full);
    expect(docs.length).toBe(30);
    for (const { name, body } of docs) expectSameRender(name, body);
  });
  if (!existsSync(full)) console.log("[documentPieces] ../shared/fixtures/ainews-full-sample is absent: the real issues are not compared");

  it("curls a quote at a piece's start as the whole document does: the sentence before it is carried over (found by helper-70)", () => {
    for (const doc of ["Hi\n\n's\n", 'a\n\n."A\n', "A.\n\n## 's\n", "Word\n\n\"Quoted\" text.\n\nEnd 'x\n", "One. Two 'a\n\n'b' c.\n\nD.\n\n'e\n"]) expectSameRender(doc, doc);
    // 6,000 blocks alternating `Item i` and `'s here` in pieces of 20,000 characters: no sentence
    // ends anywhere, so the text carried from piece to piece is cut short (4,096 characters).
    const doc = `${["Start", ...Array.from({ length: 6000 }, (_, i) => (i % 2 ? "'s here" : `Item ${i}`))].join("\n\n")}\n`;
    const pieces = createMarkdownRenderer({ sanitize: (h) => h, pieceChars: 20_000 });
    expect(pieces(doc).html).toBe(whole(doc).html);
    // 5,000 letters without a space, then a block with no text, then `'s` (found by helper-71): the
    // text carried is at least 4,096 characters, from a space before them.
    const head = `Start\n\n${"a".repeat(5000)}\n\n<b></b>\n\n`;
    for (const next of ["'s here\n", '".A here\n']) {
      const cut = createMarkdownRenderer({ sanitize: (h) => h, pieceChars: head.length - 5 });
      expect(cut(head + next).html).toBe(whole(head + next).html);
    }
  });

  it("says when a piece before curled a quote otherwise than the text after it decides: the document is then rendered whole", () => {
    const md = createMarkdownIt();
    const context: QuoteContext = { text: " a '", curled: " a \u2018", lead: 0, differs: false };
    md.parse("b.\n", { quoteContext: context });
    expect(context.differs).toBe(true);
    const agreed: QuoteContext = { text: " a '", curled: " a \u2019", lead: 0, differs: false };
    const tokens = md.parse("b.\n", { quoteContext: agreed });
    expect(agreed.differs).toBe(false);
    expect(tokens[1].children![0].content).toBe("b.");
    // What is carried on: the text since the last place the quote pass cuts it.
    expect(agreed).toMatchObject({ text: " a ' b." });
    md.parse("Done. Next 'one\n", { quoteContext: agreed });
    expect(agreed.text).toBe(" Next 'one");
  });

  it("hands each link to the scan's caller once, when a read in pieces is given up for a whole one (found by helper-70)", () => {
    // Links in pieces before a long table that the cutter misreads (a fence left open in a list item).
    const links = Array.from({ length: 20000 }, (_, i) => `A paragraph with [a link](/recaps/r${i}/).`).join("\n\n");
    const misread = `- item\n\n  \`\`\`\n  code\n\nPara.\n\n\`\`\`\n\n| a |\n| - |\n${Array.from({ length: 2100 }, (_, i) => `| r${i} |`).join("\n")}\n\`\`\`\n`;
    const seen: string[] = [];
    scanMarkdownBody(`---\ntitle: T\n---\n${links}\n\n${misread}`, "content/recaps/big.md", "/recaps/big/", (link) => seen.push(link.url));
    expect(seen.length).toBe(20000);
    expect(new Set(seen).size).toBe(20000);
  });

  it("is how the site reads a recap over 512 KB: the same page, and each refused link on its own line", () => {
    // 8,000 sections of a heading, a paragraph with a link by reference and a table of 3 rows, about 1 MB.
    const lines = ["[site]: https://site.example/"];
    for (let i = 0; i < 8000; i++) lines.push("", `## Week ${i % 100}`, "", `Notes on "week" ${i}, [the site][site].`, "", "| model | score |", "| --- | ---: |", `| m-${i} | ${i} |`, `| n-${i} | ${i + 1} |`, `| o-${i} | ${i + 2} |`);
    // Refused links far apart: in a paragraph, in a table cell, in an image.
    const bad = { 3004: "[x](javascript:alert(1))", 41000: "| ![y](javascript:alert(2)) | 1 |", 79994: "Then [z](vbscript:x)." };
    for (const [at, text] of Object.entries(bad)) lines.splice(Number(at), 1, text);
    const body = `${lines.join("\n")}\n`;
    expect(body.length).toBeGreaterThan(2 * 512 * 1024);
    const site = createMarkdownRenderer({ sanitize: (h) => h });
    const a = whole(body);
    const b = site(body);
    expect(b.html).toBe(a.html);
    expect(b.headings).toEqual(a.headings);
    expect(new Set(b.headings.map((h) => h.slug)).size).toBe(8000);
    // The scan reads the file's lines: the frontmatter's 4 lines, then the body.
    const findings = scanMarkdownBody(`---\ntitle: T\ndate: 2026-01-01\n---\n${body}`, "content/recaps/big.md");
    expect(findings.filter((f) => f.code === "unsafe-url").map((f) => f.line)).toEqual([3009, 41005, 79999]);
    // The build's first read scans the tokens the renderer parsed, a piece at a time, each with its first line.
    const pieceLines: number[] = [];
    const fromRender: number[] = [];
    site(body, (tokens, pieceLine) => {
      pieceLines.push(pieceLine);
      fromRender.push(...scanRenderedTokens(tokens, "content/recaps/big.md", 4 + pieceLine).filter((f) => f.code === "unsafe-url").map((f) => f.line));
    });
    expect(pieceLines.length).toBeGreaterThan(2);
    expect(fromRender).toEqual([3009, 41005, 79999]);
  });
});
