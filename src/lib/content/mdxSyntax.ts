import { createProcessor } from "@mdx-js/mdx";
import type { Problem } from "../errors";

const processor = createProcessor({ format: "mdx" });

/**
 * MDX syntax problems of a recap, located by the file's own line: an unclosed JSX tag, an
 * unclosed `{` expression, a stray `<`. The build's MDX compiler reports these with an absolute
 * path and sometimes no line at all (an unclosed expression surfaces later as an anonymous
 * render error), so the recap loader and `npm run check` parse every .mdx body first with the
 * same parser (@mdx-js/mdx, which @astrojs/mdx uses) and name `file:line`.
 * `source` is the whole file; the frontmatter is blanked out so that lines stay the file's own.
 */
export function mdxSyntaxProblems(source: string, file: string): Problem[] {
  const lines = source.split(/\r\n|\r|\n/);
  const end = /^---[ \t]*$/.test(lines[0] ?? "") ? lines.findIndex((l, i) => i > 0 && /^---[ \t]*$/.test(l)) : -1;
  const body = lines.map((l, i) => (i <= end ? "" : l)).join("\n");
  try {
    processor.parse(body);
    return [];
  } catch (error) {
    const e = error as { reason?: string; message?: string; line?: number; place?: { line?: number; start?: { line?: number } } };
    const reason = (e.reason ?? e.message ?? String(error)).split("\n")[0];
    // Some messages carry their position only in the text: "Expected a closing tag for `<div>` (11:1-11:6)".
    const fromText = /\((\d+):\d+(?:-\d+:\d+)?\)/.exec(reason);
    const line = e.line ?? e.place?.line ?? e.place?.start?.line ?? (fromText ? Number(fromText[1]) : undefined) ?? end + 2;
    return [{ file, line, message: `MDX syntax error: ${reason.replace(/\s*\(\d+:\d+(?:-\d+:\d+)?\)\s*$/, "")}` }];
  }
}
