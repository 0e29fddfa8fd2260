import { describe, expect, it } from "vitest";
import { cutLongTables, spliceMarkedRows, tableBodyRows, type TableCut } from "./longTables";
import { createMarkdownRenderer } from "./renderMarkdown";

const whole = createMarkdownRenderer({ sanitize: (h) => h, tableSliceRows: Infinity });
const sliced = createMarkdownRenderer({ sanitize: (h) => h, tableSliceRows: 3 });

/** Rows of every kind of cell a table holds: alignment, code with an escaped pipe, links by reference, images, raw HTML, quotes, autolinks, strikethrough, an extra cell. */
function rows(n: number, from = 0): string {
  const kinds = [
    (i: number) => `| model-${i} | ${i}.5 | **bold** and _em_ | "quoted" it's |`,
    (i: number) => `| \`a \\| b\` ${i} | ${i} | [ref link][docs] | www.example.com/${i} |`,
    (i: number) => `| ![chart ${i}](./img/c${i}.png) | ${i} | <b>raw ${i}</b> | ~~old~~ new |`,
    (i: number) => `| [inline](https://a.example/${i} "t") | ${i} | ![remote](https://img.example/${i}.png) | x | extra cell |`,
  ];
  return Array.from({ length: n }, (_, k) => kinds[(from + k) % kinds.length](from + k)).join("\n");
}
const header = "| Model | Score | Note | Link |\n| :--- | ---: | :---: | --- |";

const documents: Record<string, string> = {
  "two long tables, text around them, a reference defined after": `# Scores\n\nBefore the table.\n\n${header}\n${rows(20)}\n\nBetween "the" tables.\n\n${header}\n${rows(11, 5)}\n\nAfter.\n\n[docs]: https://docs.example/x\n`,
  "a row with fewer cells ends the cut; the rest stays in the table": `${header}\n${rows(8)}\n| short | row |\n${rows(9, 2)}\n`,
  "a footnote reference ends the cut": `Text.[^a]\n\n${header}\n${rows(7)}\n| with[^b] | 1 | x | y |\n${rows(7, 1)}\n\n[^a]: First.\n[^b]: Second.\n`,
  "a list item ends the table": `${header}\n${rows(9)}\n- an item\n- another\n`,
  "a table in a fenced code block, and one in a pre block with blank lines": `\`\`\`md\n${header}\n${rows(9)}\n\`\`\`\n\n<pre>\n\n${header}\n${rows(9)}\n\n</pre>\n\n${header}\n${rows(9)}\n`,
  "a table right after a paragraph line": `A paragraph.\n${header}\n${rows(9)}\n`,
  "a delimiter row that starts as a list item": `| a | b |\n- | -\n${rows(9)}\n`,
  "CRLF line ends, and a row indented by a tab": `${header}\r\n${rows(9).replace(/\n/g, "\r\n")}\r\n\t| tab | 1 | x | y |\r\n${rows(4)}\r\n`,
  "a table inside a quote and a list (not cut)": `> ${header.replace("\n", "\n> ")}\n> ${rows(9).replace(/\n/g, "\n> ")}\n\n- item\n\n  ${header.replace("\n", "\n  ")}\n  ${rows(9).replace(/\n/g, "\n  ")}\n`,
};

describe("long tables, rendered a slice of rows at a time", () => {
  it("cuts a long table's rows past the first slice, and ends that slice with a marker row", () => {
    const { markdown, cuts } = cutLongTables("Intro.\n\n| a | b |\n| - | -: |\n| 1 | x |\n| 2 | y |\n| 3 | z |\n| 4 | w |\n| 5 | v |\n\nEnd.\n", 2);
    expect(cuts).toHaveLength(1);
    const { marker, slices } = cuts[0];
    expect(markdown).toBe(`Intro.\n\n| a | b |\n| - | -: |\n| 1 | x |\n| 2 | y |\n| ${marker} | |\n\nEnd.\n`);
    expect(slices).toEqual([
      { markdown: "| a | b |\n| - | -: |\n| 3 | z |\n| 4 | w |", firstLine: 6 },
      { markdown: "| a | b |\n| - | -: |\n| 5 | v |", firstLine: 8 },
    ]);
    // Where the marker row is in the document returned, and how many rows it stands for (a scan's line numbers).
    expect(cuts[0]).toMatchObject({ line: 6, rows: 3 });
    // A table of at most a slice, or none: the document as it was.
    expect(cutLongTables("| a |\n| - |\n| 1 |\n| 2 |\n", 2)).toEqual({ markdown: "| a |\n| - |\n| 1 |\n| 2 |\n", cuts: [] });
    expect(cutLongTables("No table | here.\n", 0)).toEqual({ markdown: "No table | here.\n", cuts: [] });
  });

  it("takes a marker that the document does not hold", () => {
    const doc = `bdrows${(200).toString(36)}\n\n| a |\n| - |\n${Array.from({ length: 10 }, (_, i) => `| ${i} |`).join("\n")}\n`;
    const { cuts } = cutLongTables(doc.padEnd(200, " "), 2);
    expect(doc.padEnd(200, " ")).not.toContain(cuts[0].marker);
  });

  for (const [name, doc] of Object.entries(documents)) {
    it(`writes what the whole table writes: ${name}`, () => {
      const a = whole(doc);
      const b = sliced(doc);
      expect(b.html).toBe(a.html);
      expect(b.headings).toEqual(a.headings);
      expect(b.hasRawHtml).toBe(a.hasRawHtml);
      expect([...b.localImagePaths].sort()).toEqual([...a.localImagePaths].sort());
    });
  }

  it("cuts where it can in those documents (the comparisons above compare sliced tables)", () => {
    const cut = Object.fromEntries(Object.entries(documents).map(([name, doc]) => [name, cutLongTables(doc, 3).cuts.length]));
    expect(cut).toEqual({
      "two long tables, text around them, a reference defined after": 2,
      "a row with fewer cells ends the cut; the rest stays in the table": 1,
      "a footnote reference ends the cut": 1,
      "a list item ends the table": 1,
      "a table in a fenced code block, and one in a pre block with blank lines": 1,
      "a table right after a paragraph line": 0,
      "a delimiter row that starts as a list item": 0,
      "CRLF line ends, and a row indented by a tab": 1,
      "a table inside a quote and a list (not cut)": 0,
    });
  });

  it("does not take for a delimiter row a line that markdown-it's table rule does not (found by helper-25)", () => {
    const oneColumn = Array.from({ length: 10 }, (_, i) => `| r${i} |`).join("\n");
    // Indented 4 columns (by spaces or a tab), one character only, or white space other than space and tab.
    for (const delimiter of ["    ---", "\t---", "-", "|-\u00a0|", "|-\f|", "|--||--|"]) {
      const doc = `| a |\n${delimiter}\n${oneColumn}\n`;
      expect(cutLongTables(doc, 3).cuts).toEqual([]);
      expect(sliced(doc).html).toBe(whole(doc).html);
    }
  });

  it("renders the whole document when the marker row did not come out as one table cell (found by helper-25)", () => {
    const oneColumn = (n: number) => Array.from({ length: n }, (_, i) => `| r${i} |`).join("\n");
    // A fence left open in a list item ends with the item; the cutter takes the next fence for its close.
    const fenced = `- item\n\n  \`\`\`\n  code\n\nPara.\n\n\`\`\`\n\n| a |\n| - |\n${oneColumn(10)}\n\`\`\`\n`;
    // An entity that writes the marker's text in a cell of an earlier table.
    const entity = (length: string) => `| m |\n| - |\n| &#98;drows${length}y0z |\n\n| a |\n| - |\n${oneColumn(10)}\n`;
    let length = "0";
    for (let k = 0; k < 3; k++) length = entity(length).length.toString(36);
    for (const doc of [fenced, entity(length)]) {
      expect(cutLongTables(doc, 3).cuts).toHaveLength(1);
      expect(sliced(doc).html).toBe(whole(doc).html);
    }
  });

  it("keeps markdown-it's count of a table's missing cells: rows cut with extra cells count for it (found by helper-25)", () => {
    // markdown-it ends a table once its rows lack more than 65,536 cells in all, less the cells
    // its rows have past the header's: 700 rows of 1 cell under 100 columns lack 69,300.
    const row = (cells: number) => `|${"x|".repeat(cells)}`;
    const doc = `|${" h |".repeat(100)}\n|${"-|".repeat(100)}\n${[row(100), row(100), row(100), ...Array.from({ length: 4 }, () => row(1100))].join("\n")}\n${Array.from({ length: 700 }, (_, i) => `| y${i} |`).join("\n")}\n`;
    expect(cutLongTables(doc, 3).cuts).toHaveLength(1);
    expect(whole(doc).html).not.toContain("<p>");
    expect(sliced(doc).html).toBe(whole(doc).html);
  });

  it("splices rows in place of the marker rows, in order, and refuses a marker that is not a cell or out of order", () => {
    const cut = (marker: string): TableCut => ({ marker, line: 0, rows: 1, slices: [] });
    const cuts = [cut("bdrowsay0z"), cut("bdrowsay1z")];
    const table = (marker: string) => `<table>\n<tbody>\n<tr>\n<td>1</td>\n</tr>\n<tr>\n<td class="align-right">${marker}</td>\n</tr>\n</tbody>\n</table>\n`;
    const rowsOf = (c: TableCut) => `<tr>\n<td>${c.marker.at(-2)}</td>\n</tr>\n`;
    const spliced = (n: number) => `<table>\n<tbody>\n<tr>\n<td>1</td>\n</tr>\n<tr>\n<td>${n}</td>\n</tr>\n</tbody>\n</table>\n`;
    expect(spliceMarkedRows(table("bdrowsay0z") + "<p>x</p>\n" + table("bdrowsay1z"), cuts, 0, rowsOf)).toEqual({ html: spliced(0) + "<p>x</p>\n" + spliced(1), next: 2 });
    // A piece of the document holds the cuts from `next` on, or none of them.
    expect(spliceMarkedRows(table("bdrowsay1z"), cuts, 1, rowsOf)).toEqual({ html: spliced(1), next: 2 });
    expect(spliceMarkedRows("<p>x</p>\n", cuts, 1, rowsOf)).toEqual({ html: "<p>x</p>\n", next: 1 });
    // Out of order, twice, or not the whole text of a cell: the document is rendered whole.
    expect(spliceMarkedRows(table("bdrowsay1z"), cuts, 0, rowsOf)).toBeUndefined();
    expect(spliceMarkedRows(table("bdrowsay0z") + table("bdrowsay0z"), cuts, 0, rowsOf)).toBeUndefined();
    expect(spliceMarkedRows("<pre><code>bdrowsay0z</code></pre>\n", cuts, 0, rowsOf)).toBeUndefined();
    expect(spliceMarkedRows(table("bdrowsay0z x"), cuts, 0, rowsOf)).toBeUndefined();
    expect(tableBodyRows("<table>\n<thead>\n</thead>\n<tbody>\n<tr>\n<td>2</td>\n</tr>\n</tbody>\n</table>\n")).toBe("<tr>\n<td>2</td>\n</tr>\n");
    expect(() => tableBodyRows("<p>x</p>")).toThrow("without its rows");
  });
});
