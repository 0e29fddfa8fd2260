import { createProcessor } from "@mdx-js/mdx";
import type { Program } from "estree";
import { visit } from "unist-util-visit";
import type { Problem } from "../errors";
import { REF_COMPONENTS } from "./componentRefs";

const processor = createProcessor({ format: "mdx" });

interface MdxNode {
  type: string;
  name?: string | null;
  value?: unknown;
  attributes?: MdxNode[];
  data?: { estree?: Program | null };
  position?: { start: { line: number } };
}

/** Whether an expression's program is a literal: `5`, `-3`, `"a"`, `true`, `null`. */
function isLiteral(program: Program | null | undefined): boolean {
  if (!program || program.body.length !== 1 || program.body[0].type !== "ExpressionStatement") return false;
  const e = program.body[0].expression;
  if (e.type === "Literal") return !("regex" in e && e.regex);
  return e.type === "UnaryExpression" && (e.operator === "-" || e.operator === "+") && e.argument.type === "Literal" && typeof e.argument.value === "number";
}

/** Whether an expression holds only comments (`{/* a note *\/}`), which MDX drops. */
const isCommentOnly = (program: Program | null | undefined) => !!program && program.body.length === 0;

const snippet = (text: string) => (text.length > 60 ? `${text.slice(0, 57)}...` : text).replace(/\s+/g, " ");

/**
 * The places where an MDX file runs JavaScript at build time: `import`/`export` statements,
 * `{expressions}` in the text, and attribute expressions other than literal props of our own
 * components (`<Leaderboard top={5} />` is data; `<div style={{...}}>`, `{...props}` and
 * `top={n * 2}` are code). An archive from elsewhere is not trusted to run code in the site's
 * build, so `import:recaps` refuses such files unless told otherwise. Lines are the file's own
 * (`source` is the whole file, frontmatter included). A file that does not parse returns no
 * finding here: `mdxSyntaxProblems` reports it.
 * @example mdxCodeProblems('---\ntitle: x\n---\n\nexport const a = 1\n', "x.mdx") // [{ file: "x.mdx", line: 5, message: "runs code at build time: export statement ..." }]
 */
export function mdxCodeProblems(source: string, file: string, components: readonly string[] = REF_COMPONENTS): Problem[] {
  const lines = source.split(/\r\n|\r|\n/);
  const end = /^---[ \t]*$/.test(lines[0] ?? "") ? lines.findIndex((l, i) => i > 0 && /^---[ \t]*$/.test(l)) : -1;
  const body = lines.map((l, i) => (i <= end ? "" : l)).join("\n");
  let tree;
  try {
    tree = processor.parse(body);
  } catch {
    return [];
  }
  const problems: Problem[] = [];
  const at = (node: MdxNode, what: string) => problems.push({ file, line: node.position?.start.line ?? end + 2, message: `runs code at build time: ${what}` });
  visit(tree, (n) => {
    const node = n as MdxNode;
    if (node.type === "mdxjsEsm") {
      const kind = /^\s*import\b/.test(String(node.value)) ? "an import statement" : "an export statement";
      at(node, `${kind} (${snippet(String(node.value))})`);
    } else if (node.type === "mdxFlowExpression" || node.type === "mdxTextExpression") {
      if (!isCommentOnly(node.data?.estree)) at(node, `the expression {${snippet(String(node.value))}}`);
    } else if (node.type === "mdxJsxFlowElement" || node.type === "mdxJsxTextElement") {
      const name = node.name ?? "";
      const ours = components.includes(name);
      for (const attr of node.attributes ?? []) {
        if (attr.type === "mdxJsxExpressionAttribute") {
          at(node, `the spread attribute {${snippet(String(attr.value))}} on <${name}>`);
          continue;
        }
        const value = attr.value as MdxNode | string | null | undefined;
        if (!value || typeof value === "string") continue;
        if (ours && isLiteral(value.data?.estree)) continue;
        at(node, `the attribute ${attr.name}={${snippet(String(value.value))}} on <${name}>${ours ? " (our components take literal values such as top={5})" : ""}`);
      }
    }
  });
  return problems;
}
