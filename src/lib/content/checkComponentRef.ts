import type { Problem } from "../errors";
import { buildBoard } from "../leaderboard/buildBoard";
import { compareVersions } from "../leaderboard/versions";
import type { BenchmarkLike, ModelLike, ResultLike } from "../leaderboard/types";
import { didYouMean } from "../../schemas/nearest";
import type { AliasIndex } from "../data/aliasIndex";
import type { ComponentRef, RefComponent } from "./componentRefs";

/**
 * The checker: what a use of one of our MDX components (found by componentRefs.ts) must satisfy:
 * known props, a benchmark, version and model that exist, and a score to show. The build (through
 * src/integrations/remarkComponentRefs.ts) and `npm run check` report the same problems.
 */
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
    // A row no longer on a whole-board listing still has its last score to show (`Board.delisted`).
    const scoredOn = (b: BenchmarkLike) => [...board(b).entries, ...(board(b).delisted ?? [])].some((e) => e.model.id === id);
    if (id && versions.length > 0 && !versions.some(scoredOn)) {
      // Where it does have one, so that the fix is in the message (found in review: a version the
      // model has no score on was reported at the model field, with no word of where it has one).
      const elsewhere = data.benchmarks.filter(scoredOn);
      const sameBenchmark = elsewhere.filter((b) => b.id === benchmark);
      const where = elsewhere.length === 0 ? "; it has no score on any board yet" : `; it has scores on ${elsewhere.slice(0, 6).map((b) => `${b.id} ${b.version}`).join(", ")}${elsewhere.length > 6 ? ` and ${elsewhere.length - 6} more` : ""}`;
      at(version !== undefined && sameBenchmark.length > 0 ? "version" : "model", `model "${id}" has no score on ${benchmark}${version ? ` ${version}` : ""}${where}`);
    }
  }
  return problems;
}
