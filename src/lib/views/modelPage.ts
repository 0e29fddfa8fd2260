import { formatScore } from "../format/formatNumber";
import type { HeadlineFigures } from "../leaderboard/headlineFigures";
import { getModelHistory, scoreSeries, type HistoryGroup } from "../leaderboard/modelHistory";
import type { BenchmarkLike, ModelLike, ResultLike } from "../leaderboard/types";
import { sparklineSvg } from "../plots/sparkline";

/** One benchmark version on a model page: every report, and a sparkline when there are several scores. */
export interface ModelScoreGroup<B extends BenchmarkLike = BenchmarkLike> {
  group: HistoryGroup;
  benchmark: B;
  /** Inline SVG, or "" with fewer than two scores. */
  sparkline: string;
}

/** A model's reports grouped by benchmark version (see `getModelHistory`), each with its registry entry and sparkline. */
export function modelScoreGroups<B extends BenchmarkLike>(results: readonly ResultLike[], benchmarks: readonly B[], modelId: string): ModelScoreGroup<B>[] {
  return getModelHistory(results, modelId).map((group) => {
    const benchmark = benchmarks.find((b) => b.id === group.benchmark && b.version === group.version);
    if (!benchmark) throw new Error(`modelScoreGroups: ${group.benchmark} ${group.version} is not registered`);
    const series = scoreSeries(group);
    return { group, benchmark, sparkline: series.length > 1 ? sparklineSvg(series, { unit: benchmark.unit, width: 160, height: 32 }) : "" };
  });
}

/** The meta description of a model page: lab, headline score, and how many recaps mention it. */
export function modelPageDescription(model: Pick<ModelLike, "name" | "lab">, headline: HeadlineFigures | undefined, recapCount: number): string {
  const score = headline ? `${formatScore(headline.entry.score.value, headline.benchmark.unit)} on the ${headline.benchmark.name} ${headline.benchmark.version}; ` : "";
  const recaps = recapCount === 0 ? "no recap mentions it yet" : `the ${recapCount} ${recapCount === 1 ? "recap that mentions" : "recaps that mention"} it`;
  return `${model.name} (${model.lab}): ${score}every reported score with its source, and ${recaps}.`;
}
