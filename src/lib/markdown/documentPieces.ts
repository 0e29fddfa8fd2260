/**
 * A long document parsed a piece at a time. markdown-it holds every token of a document until it
 * has written the HTML; a table row is about eighteen tokens, so 8 MB of tables shorter than a
 * slice of longTables.ts (which bounds one long table) took about 1.9 GB to build
 * (docs/performance.md, "Large recaps"). A document's top-level blocks are parsed independently
 * of each other but for what the document shares: link reference definitions (collected here in
 * a first pass), footnote numbers (a document that may have footnotes is parsed whole), the
 * quote pass's sentences (carried from piece to piece, smartypantsTokens.ts), and
 * heading levels and ids (the renderer carries them from piece to piece, renderMarkdown.ts).
 *
 * The pieces are cut where markdown-it's own block parser ends a top-level block, read a block at
 * a time with its block rules, each block's tokens let go before the next: every piece is then
 * parsed to the tokens the whole document has there (their lines counted from the piece's first
 * line). documentPieces.test.ts compares documents rendered whole and in pieces.
 */
import type MarkdownIt from "markdown-it";

/**
 * Characters of Markdown above which a document is parsed in pieces of about as many: far above
 * the largest real issue (365 KB in the AINews archive), so that every real recap is parsed whole.
 */
export const PIECE_CHARS = 512 * 1024;

/**
 * What may be a footnote definition (`[^label]:`, on one line): a footnote reference is one only
 * when its label is defined, so a document without this text has no footnotes (a regex's `[^a-z]`
 * in a code block does not stop it from being read in pieces).
 */
const FOOTNOTE_DEFINITION = /\[\^[^\n]*?\]:/;

/** A run of a document's top-level blocks, to be parsed as a document of its own. */
export interface DocumentPiece {
  /** Its Markdown: whole lines of the document, line endings made `\n`. */
  markdown: string;
  /** The 0-based line of the document its first line is. */
  firstLine: number;
}

/**
 * The document in pieces of whole top-level blocks, each at least `pieceChars` characters long but
 * the last, with every link reference definition put into `env.references` (first definition of
 * a label wins, as in a whole parse); undefined, and `env` untouched, when the document is to be
 * parsed whole: at most `pieceChars` long, or with what may be a footnote definition (a footnote's
 * number counts the references before it, and its definition moves to the end of the document).
 */
export function documentPieces(md: MarkdownIt, markdown: string, env: { references?: unknown }, pieceChars = PIECE_CHARS): DocumentPiece[] | undefined {
  if (markdown.length <= pieceChars || FOOTNOTE_DEFINITION.test(markdown)) return undefined;
  // markdown-it's `normalize` core rule, which runs before its block parser.
  const src = markdown.replace(/\r\n?|\n/g, "\n").replace(/\0/g, "\uFFFD");
  const state = new md.block.State(src, md, env, []);
  const rules = md.block.ruler.getRules("");
  const end = state.lineMax;
  const pieces: DocumentPiece[] = [];
  let start = 0;
  // ParserBlock.tokenize at the top level, a block at a time.
  let line = 0;
  while (line < end) {
    state.line = line = state.skipEmptyLines(line);
    if (line >= end) break;
    if (!rules.some((rule) => rule(state, line, end, false))) throw new Error(`no block rule read line ${line + 1}`);
    state.tokens.length = 0;
    line = state.line;
    if (line < end && state.isEmpty(line)) state.line = ++line;
    if (state.bMarks[line] - state.bMarks[start] >= pieceChars && line < end) {
      pieces.push({ markdown: src.slice(state.bMarks[start], state.bMarks[line]), firstLine: start });
      start = line;
    }
  }
  pieces.push({ markdown: src.slice(state.bMarks[start]), firstLine: start });
  return pieces;
}
