/**
 * A recap's body as the checks read it: the frontmatter blanked out (so that lines stay the file's
 * own), and for `.mdx`, the mdast tree @mdx-js/mdx's parser (the one @astrojs/mdx compiles with)
 * makes of it. The first read of every `.mdx` recap asks for that tree twice, once for its syntax
 * and components (`mdxSyntaxProblems`) and once for its links (`scanMdxBody`): the parse, about
 * 1 MB/s, was half the content sync of 250 `.mdx` recaps. The last file's parse is kept for the
 * second question. Its tree is shared: read it, never change it.
 */
import { createProcessor } from "@mdx-js/mdx";

const processor = createProcessor({ format: "mdx" });

/** The frontmatter blanked out, so that lines stay the file's own (the opening `---` is line 1). */
export function bodyOf(source: string): string {
  const lines = source.split(/\r\n|\r|\n/);
  const end = /^---[ \t]*$/.test(lines[0] ?? "") ? lines.findIndex((l, i) => i > 0 && /^---[ \t]*$/.test(l)) : -1;
  return lines.map((l, i) => (i <= end ? "" : l)).join("\n");
}

/** An `.mdx` body's tree, or the error its parse threw (a syntax error, with its place). */
export type MdxParse = { tree: ReturnType<typeof processor.parse>; error?: undefined } | { tree?: undefined; error: unknown };

let last: { source: string; parse: MdxParse } | undefined;

/** The tree of a whole `.mdx` file's body (`source`), parsed once for the checks that ask in a row. */
export function parseMdxBody(source: string): MdxParse {
  if (last?.source === source) return last.parse;
  let parse: MdxParse;
  try {
    parse = { tree: processor.parse(bodyOf(source)) };
  } catch (error) {
    parse = { error };
  }
  last = { source, parse };
  return parse;
}
