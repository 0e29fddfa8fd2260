import { Parser } from "htmlparser2";
import { MAY_HIDE } from "./htmlWithoutCss";
import { FORBIDDEN_CHARACTERS } from "../../schemas/text";

/**
 * Characters of HTML above which a page body is prepared for the feeds a piece at a time
 * (`htmlPieces`): far above a real issue's (the largest of the 30 full-size AINews issues is
 * about 1 MB of HTML; most are under 300 KB), so that every real item is prepared whole.
 */
export const HTML_PIECE_CHARS = 2 * 1024 * 1024;

/**
 * Markup after which the feeds' steps may read the rest otherwise than htmlparser2 10 does here, so
 * that HTML holding it is prepared whole: `<textarea>` and `<xmp>` (raw text to htmlparser2 10, not
 * to sanitize-html's 8), comments and CDATA (replaceSvgs finds `<svg` by pattern, in them too), a
 * self-closing `<svg/>` (after which htmlparser2 reads `<p/>` as closed). Sanitised HTML holds
 * none of these. (Found by helper-70.)
 */
const WHOLE = /<(?:textarea|xmp)\b|<!--|<!\[CDATA\[|<svg\b[^>]*\/>/i;

/**
 * `html` cut into pieces of whole top-level nodes, each at least `pieceChars` long but the last:
 * cut only after an end tag written in the markup that closes a top-level element, as htmlparser2
 * 10 reads it (sanitize-html reads with its own htmlparser2 8; where they differ: `WHOLE`). HTML no longer than
 * `pieceChars`, with no such place, with markup of `WHOLE`, or with what `htmlWithoutCss` changes
 * (it then writes the whole body through a DOM, which also normalises every class attribute),
 * comes back as one piece. The sanitiser keeps nothing from one top-level element to
 * the next, so a page body of 22 MB (an 8 MB recap of tables) can go through it, and the feeds'
 * other steps, a piece at a time: on the whole of it sanitize-html held about 450 MB.
 * @example htmlPieces("<p>a</p>\n<p>b</p>\n", 1) // ["<p>a</p>", "\n<p>b</p>", "\n"]
 */
export function htmlPieces(html: string, pieceChars = HTML_PIECE_CHARS): string[] {
  return cutHtml(html, pieceChars, false).map((piece) => piece.html);
}

/** A piece of `htmlPiecesInTables`: its HTML, and whether it starts or ends between the rows of a top-level table's body. */
export interface TablePiece {
  html: string;
  opensInTable: boolean;
  closesInTable: boolean;
}

/** What a piece that starts or ends inside a table's body is read within (`htmlPiecesInTables`). */
export const TABLE_BODY_OPEN = "<table><tbody>";
export const TABLE_BODY_CLOSE = "</tbody></table>";

/**
 * `htmlPieces`, also cut between the rows of a top-level table's `<tbody>` (written in the markup),
 * after a `</tr>` likewise: a piece that starts there is to be read after `TABLE_BODY_OPEN`, one
 * that ends there before `TABLE_BODY_CLOSE`. So a table of 200,000 rows (22 MB of HTML) goes
 * through the feeds' steps a run of rows at a time.
 */
export function htmlPiecesInTables(html: string, pieceChars = HTML_PIECE_CHARS): TablePiece[] {
  return cutHtml(html, pieceChars, true);
}

function cutHtml(html: string, pieceChars: number, betweenRows: boolean): TablePiece[] {
  if (html.length <= pieceChars || WHOLE.test(html) || MAY_HIDE.test(html)) return [{ html, opensInTable: false, closesInTable: false }];
  const pieces: TablePiece[] = [];
  // The elements open, as htmlparser2 reads them (it closes implied ones too, and adds none).
  const open: string[] = [];
  let start = 0;
  let inTable = false;
  const parser = new Parser({
    onopentag: (name) => {
      open.push(name);
    },
    onclosetag: (name, isImplied) => {
      open.pop();
      if (isImplied) return;
      const row = betweenRows && name === "tr" && open.length === 2 && open[0] === "table" && open[1] === "tbody";
      if (open.length !== 0 && !row) return;
      // After the end tag's `>` (its name may be followed by white space: `</p >`).
      const end = html.indexOf(">", parser.endIndex) + 1;
      if (end === 0) return;
      if (end - start < pieceChars) return;
      pieces.push({ html: html.slice(start, end), opensInTable: inTable, closesInTable: row });
      inTable = row;
      start = end;
    },
  });
  parser.end(html);
  if (start < html.length || pieces.length === 0) pieces.push({ html: html.slice(start), opensInTable: inTable, closesInTable: false });
  return pieces;
}

/**
 * Raw HTML that htmlparser2 reads otherwise once cut: an `<svg>` or `<math>` element closed other
 * than by its own end tag leaves the parser reading what follows as foreign content (a `<div/>`
 * closed), and a control character, which the sanitiser strips before it parses, can join or split
 * a tag (`<scr\u0001ipt>`). Found by helper-71.
 */
const RAW_WHOLE = new RegExp(`<(?:svg|math)\\b|${FORBIDDEN_CHARACTERS.source}`, "i");

/**
 * `htmlPieces` for the renderer's HTML before the sanitiser, raw HTML of a recap as written: one
 * piece too when it holds what `RAW_WHOLE` names.
 */
export function sanitizerPieces(html: string, pieceChars = HTML_PIECE_CHARS): string[] {
  return html.length > pieceChars && RAW_WHOLE.test(html) ? [html] : htmlPieces(html, pieceChars);
}
