import { visit } from "unist-util-visit";
import { getDataset } from "./getDataset";
import { InputError, type Problem } from "../lib/errors";
import { checkComponentRef } from "../lib/content/checkComponentRef";
import { REF_COMPONENTS, type ComponentRef, type RefComponent, type RefProp } from "../lib/content/componentRefs";
import { displayPath } from "../lib/format/displayPath";

/** The parts of an MDX JSX node (mdast-util-mdx-jsx) this plugin reads. */
interface JsxNode {
  type: "mdxJsxFlowElement" | "mdxJsxTextElement";
  name: string | null;
  attributes: { type: string; name?: string; value?: string | { value: string } | null }[];
  position?: { start: { line: number } };
}

/** The site whose data the components are checked against (src/integrations/benchdigest.ts passes the site being built). */
export interface RemarkComponentRefsOptions {
  /** The site's `data/` folder. */
  dataDir: string;
  /** Messages name files relative to this folder (the site's root). */
  displayRoot: string;
}

/**
 * Remark plugin (registered for MDX by src/integrations/benchdigest.ts): every `<Leaderboard>`,
 * `<EfficiencyPlot>` and `<ModelScore>` in a recap is checked against the data (memoised
 * `getDataset`); an unknown benchmark, version or model fails the build with the recap's file and
 * line, e.g. `content/recaps/x.mdx:12 field "benchmark": <Leaderboard>: unknown benchmark "aa-index"
 * (did you mean "aa-intelligence-index"?)`, instead of rendering a blank box. Astro hands MDX the
 * body with the frontmatter replaced by blank lines, so node lines are the file's own lines.
 */
export function remarkComponentRefs({ dataDir, displayRoot }: RemarkComponentRefsOptions) {
  return (tree: unknown, file: { path?: string }) => {
    const refs: ComponentRef[] = [];
    visit(tree as Parameters<typeof visit>[0], (node) => {
      const jsx = node as unknown as JsxNode;
      if ((jsx.type !== "mdxJsxFlowElement" && jsx.type !== "mdxJsxTextElement") || !REF_COMPONENTS.includes(jsx.name as RefComponent)) return;
      const props: Record<string, RefProp> = {};
      for (const a of jsx.attributes) {
        if (a.type !== "mdxJsxAttribute" || !a.name) continue;
        props[a.name] = a.value === null || a.value === undefined ? true : typeof a.value === "string" ? a.value : { expression: a.value.value };
      }
      refs.push({ component: jsx.name as RefComponent, props, line: jsx.position?.start.line ?? 1 });
    });
    if (refs.length === 0) return;
    const data = getDataset({ dataDir, displayRoot });
    const shown = file.path ? displayPath(displayRoot, file.path) : "(mdx)";
    const problems: Problem[] = refs.flatMap((ref) => checkComponentRef(ref, data, shown));
    // `loc` lets Astro name the file and line it failed on (it printed `:undefined:undefined`).
    if (problems.length > 0) throw Object.assign(new InputError(problems, "Invalid component in a recap"), { loc: { file: file.path, line: problems[0].line, column: 1 } });
  };
}
