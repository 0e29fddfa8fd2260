/**
 * An `.mdx` recap's body (its frontmatter blanked out, `blankFrontmatter`) as the mdast tree
 * @mdx-js/mdx's parser (the one @astrojs/mdx compiles with) makes of it. The first read of every
 * `.mdx` recap asks for that tree twice, once for its syntax and components (`mdxSyntaxProblems`)
 * and once for its links (`scanMdxBody`), and `npm run check` a third time for code
 * (`mdxCodeProblems`): the parse, about 1 MB/s, was half the content sync of 250 `.mdx` recaps.
 * The last file's parse is kept for the next question. Its tree is shared: read it, never change it.
 */
import { createProcessor } from "@mdx-js/mdx";
import { blankFrontmatter } from "../check/readFrontmatter";

const processor = createProcessor({ format: "mdx" });

/** An `.mdx` body's tree, or the error its parse threw (a syntax error, with its place). */
export type MdxParse = { tree: ReturnType<typeof processor.parse>; error?: undefined } | { tree?: undefined; error: unknown };

let last: { source: string; parse: MdxParse } | undefined;

/** The tree of a whole `.mdx` file's body (`source`), parsed once for the checks that ask in a row. */
export function parseMdxBody(source: string): MdxParse {
  if (last?.source === source) return last.parse;
  let parse: MdxParse;
  try {
    parse = { tree: processor.parse(blankFrontmatter(source)) };
  } catch (error) {
    parse = { error };
  }
  last = { source, parse };
  return parse;
}
