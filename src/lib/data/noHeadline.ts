import type { Benchmark } from "../../schemas/benchmark";

/**
 * Why a site with benchmarks shows no scores on its recaps, home page and models index: no row of
 * the registry has `headline` set. Undefined when one has, or when there is no benchmark at all.
 * The benchmark to feature is the editor's choice: the registered ids are listed, none is picked.
 * `npm run check` warns with it; `import:results --new` prints it after registering a benchmark.
 * @example noHeadlineMessage([{ id: "aa", headline: false }], "data/benchmarks.csv") // "no benchmark in data/benchmarks.csv is the headline one: ... (aa)"
 */
export function noHeadlineMessage(benchmarks: readonly Pick<Benchmark, "id" | "headline">[], registryFile: string): string | undefined {
  if (benchmarks.length === 0 || benchmarks.some((b) => b.headline)) return undefined;
  const ids = [...new Set(benchmarks.map((b) => b.id))];
  return `no benchmark in ${registryFile} is the headline one (its headline column is empty on every row): recap panels show no scores, the home page has no leaderboard and the models index shows none. Set headline to true on the row of the benchmark to feature (${ids.length === 1 ? ids[0] : `one of ${ids.join(", ")}`})`;
}
