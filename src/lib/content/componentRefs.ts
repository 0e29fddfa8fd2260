/**
 * The scanner: finds the uses of our MDX components in a recap's source, with each prop as
 * written and its line, without compiling the MDX (fast enough for `check` on thousands of recaps).
 * What each use must satisfy is checked by checkComponentRef.ts.
 */
import { maskCode } from "../markdown/maskCode";
import { lineAt } from "../errors";

/** The editor-facing MDX components whose ids are checked (see src/components/mdx/index.ts). */
export const REF_COMPONENTS = ["Leaderboard", "EfficiencyPlot", "ModelScore"] as const;
/** One of `REF_COMPONENTS`. */
export type RefComponent = (typeof REF_COMPONENTS)[number];

/** A prop as written: a string, an `{expression}` (its source), or a bare name (`true`). */
export type RefProp = string | { expression: string } | true;

/** One use of a component in a recap. */
export interface ComponentRef {
  component: RefComponent;
  props: Record<string, RefProp>;
  /** 1-based line of the opening `<` in the file (frontmatter included). */
  line: number;
}

const TAG = new RegExp(`<(${REF_COMPONENTS.join("|")})(?=[\\s/>])`, "g");

/**
 * Finds every use of the editor components in an MDX source, with its props and its line in
 * the file. Frontmatter, fenced code blocks and inline code are skipped (a recap may show the
 * syntax in a code sample). A small scanner rather than the MDX parser, so that the fast
 * `check` command does not need the compiler; the build checks the compiled tree as well.
 * @example findComponentRefs('<ModelScore model="glm-5" benchmark="aa-intelligence-index" />')
 *   // [{ component: "ModelScore", props: { model: "glm-5", benchmark: "aa-intelligence-index" }, line: 1 }]
 */
export function findComponentRefs(mdxSource: string): ComponentRef[] {
  const text = maskNonMdx(mdxSource);
  const refs: ComponentRef[] = [];
  for (const match of text.matchAll(TAG)) {
    const start = match.index!;
    const props = parseAttributes(text, start + match[0].length);
    if (!props) continue;
    refs.push({ component: match[1] as RefComponent, props, line: lineAt(mdxSource, start) });
  }
  return refs;
}

/** Blanks out frontmatter, fenced code and inline code (`maskCode`), keeping every offset and newline. */
function maskNonMdx(source: string): string {
  const lines = source.split("\n");
  if (lines[0]?.trim() !== "---") return maskCode(source);
  // The frontmatter runs to its closing `---`, or to the end when it has none.
  const close = lines.findIndex((line, i) => i > 0 && line.trim() === "---");
  const frontLines = close === -1 ? lines.length : close + 1;
  const front = lines.slice(0, frontLines).join("\n").replace(/[^\n]/g, " ");
  return frontLines === lines.length ? front : `${front}\n${maskCode(lines.slice(frontLines).join("\n"))}`;
}

/** Reads JSX attributes from `from` to the end of the tag; undefined if the tag never closes. */
function parseAttributes(text: string, from: number): Record<string, RefProp> | undefined {
  const props: Record<string, RefProp> = {};
  let i = from;
  const ws = () => {
    while (i < text.length && /\s/.test(text[i])) i++;
  };
  while (i < text.length) {
    ws();
    if (text.startsWith("/>", i) || text[i] === ">") return props;
    const name = /^[A-Za-z_][\w:-]*/.exec(text.slice(i))?.[0];
    if (!name) return undefined;
    i += name.length;
    ws();
    if (text[i] !== "=") {
      props[name] = true;
      continue;
    }
    i++;
    ws();
    const quote = text[i];
    if (quote === '"' || quote === "'") {
      const end = text.indexOf(quote, i + 1);
      if (end === -1) return undefined;
      props[name] = text.slice(i + 1, end);
      i = end + 1;
    } else if (quote === "{") {
      let depth = 0;
      const begin = i;
      for (; i < text.length; i++) {
        if (text[i] === "{") depth++;
        else if (text[i] === "}" && --depth === 0) break;
      }
      if (depth !== 0) return undefined;
      props[name] = { expression: text.slice(begin + 1, i).trim() };
      i++;
    } else return undefined;
  }
  return undefined;
}

