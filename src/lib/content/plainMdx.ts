import { blankFrontmatter } from "../check/readFrontmatter";

/**
 * Bump when `isPlainMarkdownMdx` changes its answer for some body: the recap loader keeps it in the
 * store's fingerprint, so an `.mdx` recap cached as plain under older rules renders again.
 */
export const PLAIN_MDX_RULES_VERSION = 2;

/**
 * Whether an `.mdx` recap's body is plain Markdown: text that MDX reads as CommonMark with GFM reads
 * it, with no component, expression or import in it. Such a recap renders on the `.md` path
 * (markdown-it, in the content sync, kept between builds) instead of being compiled as a module by
 * Vite, which costs about as much as the rest of the build (docs/performance.md, "Plain `.mdx`
 * recaps"). `npm run new` writes `.mdx`, so many recaps that never use a component are `.mdx`.
 *
 * MDX differs from CommonMark in what starts with `<` (a component, where Markdown has HTML and
 * autolinks), with `{` (an expression), at a line starting `import` or `export` (code), and in
 * indented code, which it does not have (micromark-extension-mdx-md disables exactly `autolink`,
 * `codeIndented`, `htmlFlow` and `htmlText`). So a body is plain when, outside fenced code blocks,
 * it has no `<`, `{` or `}`, no line starting `import` or `export`, and no line indented by four
 * spaces or a tab, at its start or after the markers of block quotes and list items it opens; and
 * its fences are unindented and carry no meta string (`outsideFencedCode`). The test is cautious, never generous: a `<` in a code span, or a nested list
 * indented by four spaces, sends the recap to MDX as before, which renders it correctly, only slower.
 *
 * @example isPlainMarkdownMdx("# Launch\n\nGPT-5 *arrives*.") // true
 * @example isPlainMarkdownMdx('Scores: <Leaderboard benchmark="aa-index" />') // false
 * @example isPlainMarkdownMdx("```json\n{ \"a\": 1 }\n```") // true: braces in a fenced block are code
 */
export function isPlainMarkdownMdx(body: string): boolean {
  // micromark drops a byte order mark that starts the text, markdown-it keeps it: `\uFEFFimport a
  // from "b"` is an import in MDX, and `\uFEFF# Title` a heading there, a paragraph in markdown-it.
  if (body.startsWith("\uFEFF")) return false;
  const text = /^ {0,3}(?:```|~~~)/m.test(body) ? outsideFencedCode(body) : body;
  return text !== undefined && !/[<{}]/.test(text) && !/^(?:import|export)\b/m.test(text) && !INDENTED.test(text) && !FENCE_WITH_META.test(text);
}

/**
 * A fence in a block quote, list item or footnote definition (`- ```js title="x"`, `[^1]: ```js x`) with a meta string, or what may be
 * one (white space is a space or a tab there): MDX writes the meta as a `metastring` attribute, markdown-it does not (`outsideFencedCode`
 * says the same of the fences it skips).
 */
const FENCE_WITH_META = /^(?:[ \t>*+\-0-9.)]|\[\^[^\]\r\n]*\]:)*(?:`{3,}|~{3,})[ \t]*[^ \t\r\n]+[ \t]+[^ \t\r\n]/m;

/**
 * A line that may hold indented code: four spaces or a tab after the container markers that open
 * it (`>`, `-`, `*`, `+`, `1.`, `1)`), or at its start. `>     code` and `-     code` are indented
 * code inside a block quote or list item in Markdown and a paragraph in MDX. Cautious: `-    a`
 * (four spaces, a paragraph in both) or `2026    rows` are left to MDX too.
 */
const INDENTED = /^[ >*+\-0-9.)]*?(?: {4}|\t)/m;

/**
 * Whether a whole `.mdx` file (`source`, frontmatter and body) is plain Markdown, as
 * `isPlainMarkdownMdx` reads its body. The checks that read an `.mdx` recap ask it of the same
 * file in a row (syntax, code, links): the last answer is kept.
 */
export function isPlainMdxFile(source: string): boolean {
  if (lastFile?.source !== source) lastFile = { source, plain: isPlainMarkdownMdx(blankFrontmatter(source)) };
  return lastFile.plain;
}

let lastFile: { source: string; plain: boolean } | undefined;

/**
 * `markdown` with the contents of its fenced code blocks left out (the fence lines too), or
 * `undefined` when a fence could be misread here:
 * - a fence indented by one to three spaces: it may be in a list item (`- a`, then `  ````), whose
 *   end (the first line indented less) ends the fence too, so what follows is not code; or it may
 *   be at the top level, where a later unindented fence line closes it instead of opening one;
 * - a line in a fence that would close it but for its indentation (`    ```` `, `\t````): code in
 *   CommonMark, the closing fence in MDX, which has no indented code;
 * - a fence with a meta string (` ```js title="x" `), which MDX's pipeline writes as a `metastring`
 *   attribute (@astrojs/mdx's rehype-meta-string) and markdown-it does not.
 * A fence that opens at the start of a line is at the top level (CommonMark closes any block quote
 * or list item at such a line: a fence is never a lazy continuation) and runs to a line of the
 * same character at least as long, indented at most three spaces, or to the end of the text.
 * Fences in block quotes or after a list marker (`> ````, `- ````) are not recognised, so their
 * contents stay in (the cautious side).
 */
function outsideFencedCode(markdown: string): string | undefined {
  const kept: string[] = [];
  let fence: { char: string; length: number } | undefined;
  for (const line of markdown.split(/\r\n|\r|\n/)) {
    if (fence) {
      const close = /^([ \t]*)(`+|~+)[ \t]*$/.exec(line);
      if (close && close[2][0] === fence.char && close[2].length >= fence.length) {
        // Indented by four columns or more, it is code in CommonMark, but MDX (which has no
        // indented code) takes it as the closing fence: what follows is not code there.
        if (!/^ {0,3}$/.test(close[1])) return undefined;
        fence = undefined;
      }
      continue;
    }
    const open = /^( {0,3})(?:(`{3,})([^`]*)|(~{3,})(.*))$/.exec(line);
    if (open) {
      // Only spaces and tabs part an info string from its meta (JavaScript's `trim` and `\s` take
      // a no-break space or a byte order mark for white space too).
      if (open[1] !== "" || /[^ \t][ \t]+[^ \t]/.test(open[3] ?? open[5])) return undefined;
      const run = open[2] ?? open[4];
      fence = { char: run[0], length: run.length };
      continue;
    }
    kept.push(line);
  }
  return kept.join("\n");
}
