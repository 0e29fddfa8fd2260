import { visit } from "unist-util-visit";
import type { Problem } from "../errors";
import { frontmatterEnd } from "../check/readFrontmatter";
import { parseMdxBody } from "./mdxTree";

/** The parts of an estree program (from MDX's parser) this module reads. */
interface Program {
  body: { type: string; expression?: { type: string }; loc?: { start: { line: number } } }[];
}
/** The parts of an MDX node (mdast-util-mdx) this module reads. */
interface MdxNode {
  type: string;
  name?: string | null;
  value?: string;
  data?: { estree?: Program };
  attributes?: { type: string; name?: string; value?: string | null | { value: string; data?: { estree?: Program } }; data?: { estree?: Program } }[];
  position?: { start: { line: number } };
}

/**
 * Everything in an `.mdx` recap that runs as code when the site builds, located at the file's own
 * line: `import` and `export` statements (an import can load any Node module, such as
 * `node:child_process`), `{expressions}` in the text, `{...spread}` attributes, and attribute
 * values that are expressions rather than literals (`top={n}`, not `top={10}`). MDX compiles a
 * recap into a JavaScript module that the build runs, so any of these is a program the editor's
 * file makes the build execute. What runs nothing is left alone: Markdown, the project's own
 * components (`<Leaderboard>`, `<EfficiencyPlot>`, `<ModelScore>`, which need no import) and HTML
 * tags with string or literal values, and `{/* comments *\/}`.
 *
 * `source` is the whole file; the frontmatter is blanked out so that lines stay the file's own. A
 * body that does not parse gives [] (its syntax error is reported by mdxSyntax.ts). `advice` ends
 * each message: what to do about it where the caller reports it (check, import).
 * @example mdxCodeProblems('---\ntitle: x\n---\n{new Date().getFullYear()}', "x.mdx")
 *   // [{ file: "x.mdx", line: 4, message: "an {expression} ... runs as code ..." }]
 */
export function mdxCodeProblems(source: string, file: string, { advice = ADVICE }: { advice?: string } = {}): Problem[] {
  // Code needs a `{` or an import/export line; most recaps have neither, and skip the parser.
  if (!source.includes("{") && !/^(?:import|export)\b/m.test(source)) return [];
  const end = frontmatterEnd(source.split(/\r\n|\r|\n/));
  // The parse `mdxSyntaxProblems` made just before, for `npm run check` and the import (mdxTree.ts).
  const { tree } = parseMdxBody(source);
  if (tree === undefined) return [];
  const problems: Problem[] = [];
  const at = (line: number | undefined, what: string, code: string) =>
    problems.push({ file, line: line ?? end + 2, message: `${what} runs as code when the site builds: ${quote(code)}. ${advice}` });
  visit(tree, (n) => {
    const node = n as unknown as MdxNode;
    const line = node.position?.start.line;
    if (node.type === "mdxjsEsm") {
      // One node holds consecutive import/export lines: name each statement on its own line.
      const statements = node.data?.estree?.body ?? [];
      const text = String(node.value ?? "").split("\n");
      if (statements.length === 0) at(line, "an import or export", text[0]);
      for (const s of statements) {
        const sLine = s.loc?.start.line ?? line;
        const kind = s.type === "ImportDeclaration" ? "an import" : "an export";
        at(sLine, kind, text[(sLine ?? 0) - (line ?? 0)] ?? text[0]);
      }
    } else if ((node.type === "mdxFlowExpression" || node.type === "mdxTextExpression") && !isInert(node.data?.estree)) {
      at(line, "an {expression}", `{${node.value ?? ""}}`);
    } else if (node.type === "mdxJsxFlowElement" || node.type === "mdxJsxTextElement") {
      for (const a of node.attributes ?? []) {
        if (a.type === "mdxJsxExpressionAttribute") at(line, `a {...spread} in <${node.name ?? ""}>`, `{${String(a.value ?? "")}}`);
        else if (a.value !== null && typeof a.value === "object" && !isInert(a.value.data?.estree)) {
          at(line, `the prop ${a.name} of <${node.name ?? ""}>`, `${a.name}={${a.value.value}}`);
        }
      }
    }
  });
  return problems;
}

const ADVICE =
  "An .mdx recap may hold Markdown and the site's own components with literal props; anything else is a program that runs with the editor's rights on the machine that builds the site (see \"MDX is code\" in docs/editing.md). Remove it, or have it reviewed as code";

/** An expression that runs nothing: only comments, or one literal (`{10}`, `{"x"}`, `{true}`). */
function isInert(program: Program | undefined): boolean {
  if (!program) return false;
  if (program.body.length === 0) return true;
  return program.body.length === 1 && program.body[0].type === "ExpressionStatement" && program.body[0].expression?.type === "Literal";
}

/** The code as quoted in a message: one line, at most 80 characters. */
function quote(code: string): string {
  const line = code.replace(/\s+/g, " ").trim();
  return JSON.stringify(line.length > 80 ? `${line.slice(0, 77)}...` : line);
}
