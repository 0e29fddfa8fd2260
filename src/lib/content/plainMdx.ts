import { blankFrontmatter } from "../check/readFrontmatter";

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
 * spaces or a tab. The test is cautious, never generous: a `<` in a code span, or a nested list
 * indented by four spaces, sends the recap to MDX as before, which renders it correctly, only slower.
 *
 * @example isPlainMarkdownMdx("# Launch\n\nGPT-5 *arrives*.") // true
 * @example isPlainMarkdownMdx('Scores: <Leaderboard benchmark="aa-index" />') // false
 * @example isPlainMarkdownMdx("```json\n{ \"a\": 1 }\n```") // true: braces in a fenced block are code
 */
export function isPlainMarkdownMdx(body: string): boolean {
  const text = /^ {0,3}(?:```|~~~)/m.test(body) ? outsideFencedCode(body) : body;
  return !/[<{}]/.test(text) && !/^(?:import|export)\b/m.test(text) && !/^(?: {4}| {0,3}\t)/m.test(text);
}

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
 * `markdown` with the contents of its fenced code blocks left out (the fence lines too), as
 * CommonMark (and MDX) delimits them at the top level: an opening fence of three or more backticks
 * (with no backtick after them on the line) or tildes, indented at most three spaces, closed by a
 * line of the same character at least as long, or by the end of the text. Fences inside block
 * quotes or indented list items are not recognised, so their contents stay in (the cautious side).
 */
function outsideFencedCode(markdown: string): string {
  const kept: string[] = [];
  let fence: { char: string; length: number } | undefined;
  for (const line of markdown.split(/\r\n|\r|\n/)) {
    if (fence) {
      const close = /^ {0,3}(`+|~+)[ \t]*$/.exec(line);
      if (close && close[1][0] === fence.char && close[1].length >= fence.length) fence = undefined;
      continue;
    }
    const open = /^ {0,3}(?:(`{3,})[^`]*|(~{3,}).*)$/.exec(line);
    if (open) {
      const run = open[1] ?? open[2];
      fence = { char: run[0], length: run.length };
      continue;
    }
    kept.push(line);
  }
  return kept.join("\n");
}
