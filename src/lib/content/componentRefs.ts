import type { Problem } from "../errors";
import { buildBoard } from "../leaderboard/buildBoard";
import { compareVersions } from "../leaderboard/versions";
import type { BenchmarkLike, ModelLike, ResultLike } from "../leaderboard/types";
import { didYouMean } from "../../schemas/nearest";
import type { AliasIndex } from "../data/aliasIndex";

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

function lineAt(source: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (source.charCodeAt(i) === 10) line++;
  return line;
}

/** Blanks out frontmatter, fenced code and inline code, keeping every offset and newline. */
function maskNonMdx(source: string): string {
  const blank = (s: string) => s.replace(/[^\n]/g, " ");
  const lines = source.split("\n");
  let inFront = lines[0]?.trim() === "---";
  let fence: string | undefined;
  return lines
    .map((line, i) => {
      if (inFront) {
        if (i > 0 && line.trim() === "---") inFront = false;
        return blank(line);
      }
      const marker = /^\s{0,3}(`{3,}|~{3,})/.exec(line)?.[1];
      if (fence) {
        if (marker && marker[0] === fence[0] && marker.length >= fence.length) fence = undefined;
        return blank(line);
      }
      if (marker) {
        fence = marker;
        return blank(line);
      }
      return line.replace(/(`+)[^`\n]*?\1/g, blank);
    })
    .join("\n");
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

/** What the checks need from the dataset (a `Dataset` from loadDataset fits). */
export interface RefDataset {
  benchmarks: readonly BenchmarkLike[];
  results: readonly ResultLike[];
  models: readonly ModelLike[];
  aliases: Pick<AliasIndex, "resolve" | "suggest">;
}

const PROPS: Record<RefComponent, { required: string[]; optional: string[] }> = {
  Leaderboard: { required: ["benchmark"], optional: ["version", "top"] },
  EfficiencyPlot: { required: ["benchmark", "x"], optional: ["version"] },
  ModelScore: { required: ["model", "benchmark"], optional: ["version"] },
};

/**
 * Checks one component use against the data: known props, known benchmark, version and model,
 * and something to show (a plot needs a ranked model with the figure; a score needs the model
 * ranked on the benchmark). Returns the problems located at `file:line`, empty when all is well.
 */
export function checkComponentRef(ref: ComponentRef, data: RefDataset, file: string): Problem[] {
  const problems: Problem[] = [];
  const at = (field: string | undefined, message: string) => problems.push({ file, line: ref.line, field, message: `<${ref.component}>: ${message}` });
  const spec = PROPS[ref.component];
  const allowed = [...spec.required, ...spec.optional];
  for (const name of Object.keys(ref.props)) {
    if (!allowed.includes(name)) at(name, `unknown prop ${JSON.stringify(name)}${didYouMean(name, allowed)}; expected ${allowed.join(", ")}`);
  }
  const str = (name: string): string | undefined => {
    const v = ref.props[name];
    if (v === undefined) {
      if (spec.required.includes(name)) at(name, `missing ${name}="..."`);
      return undefined;
    }
    if (typeof v !== "string") {
      at(name, `expected a string such as ${name}="..." (ids are checked at build time), found ${v === true ? "no value" : `{${v.expression}}`}`);
      return undefined;
    }
    return v;
  };
  const benchmark = str("benchmark");
  const version = str("version");
  const ids = [...new Set(data.benchmarks.map((b) => b.id))];
  let versions: BenchmarkLike[] = [];
  if (benchmark !== undefined) {
    versions = data.benchmarks.filter((b) => b.id === benchmark).sort((a, b) => compareVersions(b.version, a.version));
    if (versions.length === 0) at("benchmark", `unknown benchmark ${JSON.stringify(benchmark)}${didYouMean(benchmark, ids)}`);
    else if (version !== undefined && !versions.some((b) => b.version === version)) {
      at("version", `benchmark "${benchmark}" has no version ${JSON.stringify(version)}${didYouMean(version, versions.map((b) => b.version))}; it has ${versions.map((b) => b.version).join(", ")}`);
      versions = [];
    } else if (version !== undefined) versions = versions.filter((b) => b.version === version);
  }
  const board = (b: BenchmarkLike) => buildBoard({ benchmark: b, results: data.results, models: data.models });

  if (ref.component === "Leaderboard") {
    const top = ref.props.top;
    if (top !== undefined && !(typeof top === "object" && /^\d+$/.test(top.expression) && Number(top.expression) > 0)) {
      at("top", `expected a positive whole number such as top={10}, found ${typeof top === "string" ? JSON.stringify(top) : top === true ? "no value" : `{${top.expression}}`}`);
    }
    if (versions.length > 0 && board(versions[0]).entries.length === 0) at("benchmark", `${benchmark} ${versions[0].version} has no ranked model to show`);
  }
  if (ref.component === "EfficiencyPlot") {
    const x = str("x");
    if (x !== undefined && x !== "tokens" && x !== "cost") at("x", `expected x="tokens" or x="cost", found ${JSON.stringify(x)}`);
    else if (x !== undefined && versions.length > 0) {
      const figure = x === "tokens" ? "output_tokens" : "cost_usd";
      if (!versions.some((b) => board(b).entries.some((e) => e[figure]))) {
        at(version ? "version" : "benchmark", `no ranked model on ${benchmark}${version ? ` ${version}` : ""} reports ${x === "tokens" ? "output tokens" : "a cost to run"}, so there is nothing to plot`);
      }
    }
  }
  if (ref.component === "ModelScore") {
    const model = str("model");
    const id = model === undefined ? undefined : data.aliases.resolve(model)?.id;
    if (model !== undefined && !id) at("model", `unknown model ${JSON.stringify(model)}${data.aliases.suggest(model)}`);
    if (id && versions.length > 0 && !versions.some((b) => board(b).entries.some((e) => e.model.id === id))) {
      at("model", `model "${id}" has no score on ${benchmark}${version ? ` ${version}` : ""}`);
    }
  }
  return problems;
}
