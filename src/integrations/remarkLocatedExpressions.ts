import { visit } from "unist-util-visit";
import { displayPath } from "../lib/format/displayPath";

/** An ESTree node, as far as this plugin builds and reads them. */
type EsNode = { type: string; [key: string]: unknown };

/** The parts of an MDX expression node (mdast-util-mdx-expression, mdast-util-mdx-jsx) this plugin reads. */
interface ExpressionNode {
  type: string;
  value?: unknown;
  position?: { start: { line: number } };
  data?: { estree?: { body?: EsNode[] } };
  attributes?: ExpressionNode[];
}

const id = (name: string): EsNode => ({ type: "Identifier", name });

/**
 * `(() => { try { return (expression); } catch (error) { throw new Error(where + (error && error.message || error)); } })()`:
 * the expression, evaluated exactly as before, but an exception it throws names where it is.
 */
function located(expression: EsNode, where: string): EsNode {
  const reason: EsNode = {
    type: "CallExpression",
    optional: false,
    callee: id("String"),
    arguments: [{ type: "LogicalExpression", operator: "||", left: { type: "LogicalExpression", operator: "&&", left: id("error"), right: { type: "MemberExpression", object: id("error"), property: id("message"), computed: false, optional: false } }, right: id("error") }],
  };
  const rethrow: EsNode = {
    type: "ThrowStatement",
    argument: { type: "NewExpression", callee: id("Error"), arguments: [{ type: "BinaryExpression", operator: "+", left: { type: "Literal", value: where }, right: reason }] },
  };
  return {
    type: "CallExpression",
    optional: false,
    arguments: [],
    callee: {
      type: "ArrowFunctionExpression",
      async: false,
      generator: false,
      expression: false,
      params: [],
      body: {
        type: "BlockStatement",
        body: [{ type: "TryStatement", block: { type: "BlockStatement", body: [{ type: "ReturnStatement", argument: expression }] }, handler: { type: "CatchClause", param: id("error"), body: { type: "BlockStatement", body: [rethrow] } }, finalizer: null }],
      },
    },
  };
}

/** Whether an ESTree subtree awaits or yields (a wrapper function would break it). */
function suspends(node: unknown): boolean {
  if (!node || typeof node !== "object") return false;
  const n = node as EsNode;
  if (n.type === "AwaitExpression" || n.type === "YieldExpression") return true;
  if (n.type === "FunctionExpression" || n.type === "ArrowFunctionExpression" || n.type === "FunctionDeclaration") return false;
  return Object.entries(n).some(([key, value]) => key !== "loc" && key !== "range" && (Array.isArray(value) ? value.some(suspends) : typeof value === "object" && suspends(value)));
}

/** Wraps the one expression of a node's ESTree program, if it has one. */
function wrap(node: ExpressionNode, where: string): void {
  const statement = node.data?.estree?.body?.[0];
  if (!statement || statement.type !== "ExpressionStatement" || suspends(statement.expression)) return;
  statement.expression = located(statement.expression as EsNode, where);
}

/**
 * Remark plugin (registered for MDX in astro.config.mjs): an MDX expression that throws when the
 * page renders (`{undefined.x}`, `<Leaderboard top={boom()} />`) fails the build with the recap's
 * file and line, `content/recaps/x.mdx:12: the expression {undefined.x} failed: Cannot read
 * properties of undefined`, instead of a stack trace into a compiled chunk that names no recap.
 * Each `{...}` in the body and each `{...}` prop value is wrapped in a function that rethrows with
 * that location; what it evaluates to is unchanged. (Expressions are code: MDX is trusted, see
 * docs/security.md. `import`/`export` code that throws when the module loads is not covered.)
 */
export function remarkLocatedExpressions({ displayRoot }: { displayRoot: string }) {
  return (tree: unknown, file: { path?: string }) => {
    const shown = file.path ? displayPath(displayRoot, file.path) : "(mdx)";
    const where = (node: ExpressionNode, text: string) => {
      const short = text.replace(/\s+/g, " ").trim();
      return `${shown}:${node.position?.start.line ?? 1}: the expression {${short.length > 60 ? `${short.slice(0, 60)}…` : short}} failed: `;
    };
    visit(tree as Parameters<typeof visit>[0], (n) => {
      const node = n as unknown as ExpressionNode;
      if (node.type === "mdxFlowExpression" || node.type === "mdxTextExpression") wrap(node, where(node, String(node.value ?? "")));
      if ((node.type === "mdxJsxFlowElement" || node.type === "mdxJsxTextElement") && node.attributes) {
        for (const attribute of node.attributes) {
          const value = attribute.value as ExpressionNode | null | undefined;
          if (attribute.type === "mdxJsxAttribute" && value && typeof value === "object" && value.type === "mdxJsxAttributeValueExpression") {
            wrap(value, where({ ...value, position: node.position }, String(value.value ?? "")));
          }
        }
      }
    });
  };
}
