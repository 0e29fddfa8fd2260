import { visit } from "unist-util-visit";
import type { Problem } from "../errors";
import { didYouMean } from "../../schemas/nearest";
import { REF_COMPONENTS } from "./componentRefs";
import { parseMdxBody } from "./mdxTree";
import { isPlainMdxFile } from "./plainMdx";
import { frontmatterEnd } from "../check/readFrontmatter";
import { HTML_ELEMENTS } from "../markdown/unknownTags";

/**
 * MDX syntax problems of a recap, located by the file's own line: an unclosed JSX tag, an
 * unclosed `{` expression, a stray `<`, and a component that does not exist (`<Leaderbord>`: a
 * capitalised tag that is neither one of `known` nor imported in the file, which MDX would only
 * report at render time, without a file or line). The build's MDX compiler reports these with an absolute
 * path and sometimes no line at all (an unclosed expression surfaces later as an anonymous
 * render error), so the recap loader and `npm run check` parse every .mdx body first with the
 * same parser (@mdx-js/mdx, which @astrojs/mdx uses) and name `file:line`.
 * `source` is the whole file; the frontmatter is blanked out so that lines stay the file's own.
 */
export function mdxSyntaxProblems(source: string, file: string, known: readonly string[] = REF_COMPONENTS): Problem[] {
  // Plain Markdown (plainMdx.ts) has nothing MDX could refuse or call, and is not parsed: the
  // parse, about 1 MB/s, was most of the content sync of 250 `.mdx` recaps.
  if (isPlainMdxFile(source)) return [];
  const end = frontmatterEnd(source.split(/\r\n|\r|\n/));
  // The same parse the body scan reads next (mdxTree.ts).
  const parsed = parseMdxBody(source);
  try {
    if (parsed.tree === undefined) throw parsed.error;
    const tree = parsed.tree;
    const defined = new Set<string>(known);
    const problems: Problem[] = [];
    visit(tree, (node) => {
      // `import X from "..."` / `export const X = ...` inside the MDX define components too.
      if (node.type === "mdxjsEsm") for (const m of String((node as { value?: string }).value).matchAll(/\b(?:import|const|let|function)\s+\{?\s*([A-Z][\w$]*)/g)) defined.add(m[1]);
    });
    visit(tree, (node) => {
      if (node.type !== "mdxJsxFlowElement" && node.type !== "mdxJsxTextElement") return;
      const name = (node as { name?: string | null }).name;
      if (!name || !/^[A-Z]/.test(name) || defined.has(name.split(".")[0])) return;
      problems.push({ file, line: node.position?.start.line ?? end + 2, message: `unknown component <${name}>${didYouMean(name, known)}; the components recaps can use are ${known.join(", ")}` });
    });
    return problems;
  } catch (error) {
    const e = error as { reason?: string; message?: string; line?: number; place?: { line?: number; start?: { line?: number } } };
    const reason = (e.reason ?? e.message ?? String(error)).split("\n")[0];
    // Some messages carry their position only in the text: "Expected a closing tag for `<div>` (11:1-11:6)".
    const fromText = /\((\d+):\d+(?:-\d+:\d+)?\)/.exec(reason);
    const line = e.line ?? e.place?.line ?? e.place?.start?.line ?? (fromText ? Number(fromText[1]) : undefined) ?? end + 2;
    // A placeholder written as a tag (`<your-api-key>`, `<title of the paper>`) is text in a `.md`
    // recap (unknownTags.ts), but JSX in MDX: say how to write it as text.
    const closing = /^Expected a closing tag for `<([a-z][\w.:-]*)>`/.exec(reason);
    const asText = closing && !HTML_ELEMENTS.has(closing[1]) ? `; if <${closing[1]}> is meant as text, write it in backticks (\`<${closing[1]}>\`) or as \\<${closing[1]}>` : "";
    return [{ file, line, message: `MDX syntax error: ${reason.replace(/\s*\(\d+:\d+(?:-\d+:\d+)?\)\s*$/, "")}${asText}` }];
  }
}
