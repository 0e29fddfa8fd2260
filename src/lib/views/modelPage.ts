import { formatScore } from "../format/formatNumber";
import { dateWord, formatDate } from "../format/formatDate";
import { rowDistinction } from "../leaderboard/boardCells";
import type { HeadlineFigures } from "../leaderboard/headlineFigures";
import { getModelHistory, scoreSeries, type HistoryGroup } from "../leaderboard/modelHistory";
import type { BenchmarkLike, ModelLike, ResultLike } from "../leaderboard/types";
import { sparklineSvg } from "../plots/sparkline";

/** One benchmark version on a model page: every report, and a sparkline when a run's score has a history. */
export interface ModelScoreGroup<B extends BenchmarkLike = BenchmarkLike> {
  group: HistoryGroup;
  benchmark: B;
  /** Inline SVG, or "" when no run (one setting) has scores on two or more days. */
  sparkline: string;
}

/**
 * Whether some run (the points of one setting) has scores on two or more days: a score over time
 * to draw. Scores of several settings on one day (a publisher's table of agents, all "as of" its
 * date) are runs side by side, not a history: drawn, they were a column of dots under "Score over time".
 */
function hasHistory(series: readonly { date: Date; setting?: string }[]): boolean {
  const days = new Map<string, Set<number>>();
  for (const p of series) days.set(p.setting ?? "", (days.get(p.setting ?? "") ?? new Set()).add(p.date.getTime()));
  return [...days.values()].some((d) => d.size > 1);
}

/** A model's reports grouped by benchmark version (see `getModelHistory`), each with its registry entry and sparkline. */
export function modelScoreGroups<B extends BenchmarkLike>(results: readonly ResultLike[], benchmarks: readonly B[], modelId: string): ModelScoreGroup<B>[] {
  return getModelHistory(results, modelId).map((group) => {
    const benchmark = benchmarks.find((b) => b.id === group.benchmark && b.version === group.version);
    if (!benchmark) throw new Error(`modelScoreGroups: ${group.benchmark} ${group.version} is not registered`);
    const series = scoreSeries(group);
    return { group, benchmark, sparkline: hasHistory(series) ? sparklineSvg(series, { unit: benchmark.unit, width: 160, height: 32 }) : "" };
  });
}

/** The meta description of a model page: lab, headline score, and how many recaps mention it. */
export function modelPageDescription(model: Pick<ModelLike, "name" | "lab">, headline: HeadlineFigures | undefined, recapCount: number): string {
  // With the figure's row and date, as the page shows it: a search result or a link preview has no board beside it.
  const row = headline && rowDistinction(headline.entry);
  const score = headline
    ? `${formatScore(headline.entry.score.value, headline.benchmark.unit)} on the ${headline.benchmark.name} ${headline.benchmark.version}${row ? ` (${row})` : ""}, ${dateWord(headline.entry.score)} ${formatDate(headline.entry.score.date)}; `
    : "";
  const recaps = recapCount === 0 ? "no recap mentions it yet" : `the ${recapCount} ${recapCount === 1 ? "recap that mentions" : "recaps that mention"} it`;
  return `${model.name} (${model.lab}): ${score}every reported score with its source, and ${recaps}.`;
}
