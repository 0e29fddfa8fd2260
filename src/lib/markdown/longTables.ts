/**
 * Long GFM tables, rendered a slice of rows at a time. markdown-it holds every token of a document
 * until it has written the HTML, about eighteen for a row of four cells: an 8 MB table (200,000
 * rows) took 1.5 GB to render, where 8 MB of prose takes a fraction of it (docs/performance.md,
 * "Large recaps"). A table's rows do not depend on each other, only on the table's header and
 * delimiter rows (the column count and alignment). So the rows of a long table past its first
 * slice are cut out of the document, each slice of them rendered on its own under the table's
 * header and delimiter rows, and their `<tr>` elements put back in place of a marker row that the
 * first slice ends with: the same HTML as the whole table rendered at once
 * (renderMarkdown.test.ts compares them).
 *
 * Only what is surely one top-level table is cut, and only rows that are surely its rows, read the
 * way markdown-it's table rule reads them: a header line at the start of a line after a blank one,
 * outside a fenced code block or a raw HTML block that can hold blank lines; a delimiter row of as
 * many columns; then rows of at least as many cells (a row with fewer would count towards
 * markdown-it's limit of padded cells per table), with a pipe, no footnote reference (footnotes are
 * numbered across the document), none of which could start another block (a blank line, a quote,
 * a heading, a fence, HTML, a rule, a list item, an indented line). The cut ends before the first
 * row that is not so: that row and the rest of the table stay where they are, after the marker.
 */

/**
 * Rows of a table rendered (and scanned, src/lib/html/scanBody.ts) at once: a longer table is
 * taken this many rows at a time, which bounds the memory of an 8 MB table.
 */
export const TABLE_SLICE_ROWS = 2000;

/** A long table's rows cut out of the document: each slice's Markdown, and the marker row's text. */
export interface TableCut {
  /** The text of the marker row's first cell, unique in the document. */
  marker: string;
  /** The 0-based line of the returned document the marker row is on. */
  line: number;
  /** The rows it stands for: the lines of the returned document after it are as many, less one, further down in the original. */
  rows: number;
  /** Markdown documents, each the table's header and delimiter rows and a slice of its rows. */
  slices: TableSlice[];
}

/** A slice of a long table's rows, as a document of its own. */
export interface TableSlice {
  /** The table's header and delimiter rows, then the slice's rows. */
  markdown: string;
  /** The 0-based line of the document its first row is on (its line 2 is that line). */
  firstLine: number;
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
/** CommonMark's HTML blocks of kinds 1 to 5, the ones a blank line does not end: opener, closer. */
const HTML_BLOCKS: [RegExp, RegExp][] = [
  [/^ {0,3}<(?:script|pre|style|textarea)(?:\s|>|$)/i, /<\/(?:script|pre|style|textarea)>/i],
  [/^ {0,3}<!--/, /-->/],
  [/^ {0,3}<\?/, /\?>/],
  [/^ {0,3}<![A-Za-z]/, />/],
  [/^ {0,3}<!\[CDATA\[/, /\]\]>/],
];
/**
 * A delimiter row as markdown-it's table rule reads one: at most 3 spaces of indent, then only `|`,
 * `-`, `:`, spaces and tabs (not other white space), at least two characters, not `- ` (a list
 * item, to it); its columns are checked by `delimiterColumns`.
 */
const DELIMITER_ROW = /^ {0,3}(?!-[ \t])[|:-][|:\- \t]+$/;
/** A line that would end markdown-it's table (its `blockquote` terminators), or that this reads as not surely a row. */
const NOT_A_ROW = /^(?:\s*$| {0,3}\t| {4}| {0,3}(?:[>#<]|`{3}|~{3}|[*+-](?:\s|$)|\d{1,9}[.)](?:\s|$)|([*_-])(?:\s*\1){2,}\s*$))/;
/** A header line that could be another block's start. */
const NOT_A_HEADER = /^(?:\s|[>#<`~=]|[*+-](?:\s|$)|\d{1,9}[.)](?:\s|$))/;

/** Cells of a table line as markdown-it's `escapedSplit` counts them (an unescaped `|` splits; empty outer cells dropped). */
function cellCount(line: string): number {
  const cells = line.trim().split(/(?<!\\)\|/);
  if (cells.length > 0 && cells[0].trim() === "" && line.trim().startsWith("|")) cells.shift();
  if (cells.length > 0 && cells[cells.length - 1] === "" && line.trim().endsWith("|")) cells.pop();
  return cells.length;
}

/** Columns of a delimiter row as markdown-it counts them, or 0 when one is not `:?-+:?` (an empty one only first or last). */
function delimiterColumns(line: string): number {
  const parts = line.trim().split("|");
  let columns = 0;
  for (const [i, part] of parts.entries()) {
    const t = part.trim();
    if (t === "" && (i === 0 || i === parts.length - 1)) continue;
    if (!/^:?-+:?$/.test(t)) return 0;
    columns++;
  }
  return columns;
}

/**
 * The markers of a document's cuts: a stem that appears nowhere in `text`, then `y`, the cut's
 * index and `z`. The stem in rendered HTML is only ever part of a marker the cutter wrote, or of a
 * marker an entity in the document spelled (which `spliceMarkedRows` refuses).
 */
function markerStem(text: string): string {
  let stem = `bdrows${text.length.toString(36)}`;
  while (text.includes(stem)) stem += "x";
  return stem;
}

/**
 * Cuts the rows of every table longer than `sliceRows` rows past its first `sliceRows`, ending
 * the first slice with a marker row (see the module comment). Returns the document to render and
 * the cuts, in document order; a document without such a table comes back as it was, with none.
 * @example cutLongTables("| a |\n| - |\n| 1 |\n| 2 |\n| 3 |\n", 1) // { markdown: "| a |\n| - |\n| 1 |\n| bdrows0x... |\n", cuts: [{ marker, line: 3, rows: 2, slices: [{ markdown: "| a |\n| - |\n| 2 |", firstLine: 3 }, { markdown: "| a |\n| - |\n| 3 |", firstLine: 4 }] }] }
 */
export function cutLongTables(markdown: string, sliceRows: number): { markdown: string; cuts: TableCut[] } {
  // A quick way out for the usual document: no run of sliceRows + 2 lines holding pipes can exist
  // with fewer pipes than that.
  let pipes = 0;
  for (let i = markdown.indexOf("|"); i !== -1 && pipes <= sliceRows * 2; i = markdown.indexOf("|", i + 1)) pipes++;
  if (pipes <= sliceRows * 2) return { markdown, cuts: [] };

  const lines = markdown.replace(/\r\n?/g, "\n").split("\n");
  const stem = markerStem(markdown);
  const out: string[] = [];
  const cuts: TableCut[] = [];
  let fence: string | undefined;
  let htmlEnd: RegExp | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (fence !== undefined) {
      const close = FENCE.exec(line);
      if (close && close[1][0] === fence[0] && close[1].length >= fence.length && line.trim() === close[1]) fence = undefined;
      out.push(line);
      continue;
    }
    if (htmlEnd !== undefined) {
      if (htmlEnd.test(line)) htmlEnd = undefined;
      out.push(line);
      continue;
    }
    const open = FENCE.exec(line);
    if (open && !(open[1][0] === "`" && line.slice(line.indexOf(open[1]) + open[1].length).includes("`"))) {
      fence = open[1];
      out.push(line);
      continue;
    }
    const html = HTML_BLOCKS.find(([opener]) => opener.test(line));
    if (html) {
      if (!html[1].test(line)) htmlEnd = html[1];
      out.push(line);
      continue;
    }
    const afterBlank = i === 0 || lines[i - 1].trim() === "";
    const delimiter = lines[i + 1];
    if (!afterBlank || !line.includes("|") || NOT_A_HEADER.test(line) || delimiter === undefined || !DELIMITER_ROW.test(delimiter)) {
      out.push(line);
      continue;
    }
    const columns = cellCount(line);
    if (columns !== delimiterColumns(delimiter)) {
      out.push(line);
      continue;
    }
    let end = i + 2;
    // Cells past the header's, in the rows cut: markdown-it counts a row's missing cells against a
    // table's limit and its extra ones for it, so the marker row has them too (empty, not rendered).
    let extra = 0;
    for (let cells: number; end < lines.length && !NOT_A_ROW.test(lines[end]) && lines[end].includes("|") && !lines[end].includes("[^") && (cells = cellCount(lines[end])) >= columns; end++) {
      if (end >= i + 2 + sliceRows) extra += cells - columns;
    }
    const rows = end - (i + 2);
    if (rows <= sliceRows) {
      out.push(line);
      continue;
    }
    const marker = `${stem}y${cuts.length}z`;
    const head = `${line}\n${delimiter}`;
    const slices: TableSlice[] = [];
    for (let s = i + 2 + sliceRows; s < end; s += sliceRows) slices.push({ markdown: `${head}\n${lines.slice(s, Math.min(s + sliceRows, end)).join("\n")}`, firstLine: s });
    out.push(line, delimiter, ...lines.slice(i + 2, i + 2 + sliceRows));
    cuts.push({ marker, line: out.length, rows: end - (i + 2 + sliceRows), slices });
    out.push(`| ${marker} |${" |".repeat(columns - 1 + extra)}`);
    i = end - 1;
  }
  return { markdown: out.join("\n"), cuts };
}

/** The `<tr>` elements of a rendered table's body: what is between `<tbody>\n` and `</tbody>`. */
export function tableBodyRows(html: string): string {
  const open = html.indexOf("<tbody>\n");
  const close = html.lastIndexOf("</tbody>");
  if (open === -1 || close < open) throw new Error("a slice of a long table rendered without its rows");
  return html.slice(open + "<tbody>\n".length, close);
}

/** The stem every marker of a document's cuts starts with (`markerStem`): where it stands, a marker is meant. */
export const markersStem = (cuts: readonly TableCut[]): string => cuts[0].marker.slice(0, cuts[0].marker.lastIndexOf("y"));

/**
 * Rendered HTML (a document's, or a piece of it: documentPieces.ts) with the marker rows of
 * `cuts[next]`, `cuts[next + 1]`... that it holds replaced by their `<tr>` elements (`rowsOf`),
 * and the index of the first cut it does not hold; undefined when a marker's text is anywhere but
 * as the whole text of a cell, in the cuts' order (a fence the cutter took for closed, an entity
 * that spells a marker): the document is then rendered whole. Reads the HTML once, however many
 * cuts there are.
 */
export function spliceMarkedRows(html: string, cuts: readonly TableCut[], next: number, rowsOf: (cut: TableCut) => string): { html: string; next: number } | undefined {
  if (cuts.length === 0) return { html, next };
  const stem = markersStem(cuts);
  const parts: string[] = [];
  let from = 0;
  for (let at = html.indexOf(stem); at !== -1; at = html.indexOf(stem, at + stem.length)) {
    const cut = cuts[next];
    if (!cut || !html.startsWith(`${cut.marker}</td>`, at) || html[at - 1] !== ">") return undefined;
    const start = html.lastIndexOf("<tr>", at);
    const end = html.indexOf("</tr>\n", at);
    if (start < from || end === -1) return undefined;
    parts.push(html.slice(from, start), rowsOf(cut));
    from = end + "</tr>\n".length;
    next++;
  }
  if (parts.length === 0) return { html, next };
  parts.push(html.slice(from));
  return { html: parts.join(""), next };
}
