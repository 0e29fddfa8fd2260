import { didYouMean } from "../../schemas/nearest";
import { latestDate, type LatestDate } from "./latestDate";
import { buildBoard, type Board, type BoardEntry } from "./buildBoard";
import { boardMovement, daysBefore, type Movement } from "./movement";
import type { BenchmarkLike, ModelLike, ResultLike } from "./types";
import { compareVersions, versionsOf } from "./versions";
import { leaderboardPath } from "../routes/paths";

/** The site's benchmarks, results and models, as the collections hold them. */
export interface LeaderboardData {
  benchmarks: readonly BenchmarkLike[];
  results: readonly ResultLike[];
  models: readonly ModelLike[];
}

/** A board ready for a page: the ranked rows, their movement, and the other versions. */
export interface LeaderboardView {
  board: Board;
  /** Movement per row `key` against the board as it stood on `comparedWith`. */
  movement: Map<string, Movement>;
  /** The day of the earlier board: `movementDays` before the newest report of this version. */
  comparedWith?: Date;
  /**
   * Whether the version had a board on `comparedWith`. When it had none (a version younger than
   * `movementDays`, or a publisher table with a single date), every row would read "new", which
   * says nothing: pages then show no movement column and say why.
   */
  hasPrevious: boolean;
  movementDays: number;
  /** Every version of this benchmark, newest first. */
  versions: string[];
}

/** Finds a benchmark version; `version` defaults to the newest. Unknown ids throw with a hint. */
export function findBenchmark(benchmarks: readonly BenchmarkLike[], id: string, version?: string): BenchmarkLike {
  const versions = versionsOf(benchmarks, id);
  if (versions.length === 0) {
    throw new Error(`unknown benchmark ${JSON.stringify(id)}${didYouMean(id, new Set(benchmarks.map((b) => b.id)))}`);
  }
  const wanted = version ?? versions[0];
  const found = benchmarks.find((b) => b.id === id && b.version === wanted);
  if (!found) throw new Error(`benchmark "${id}" has no version ${JSON.stringify(wanted)}; it has ${versions.join(", ")}`);
  return found;
}

/** One line of the leaderboards index: a benchmark's newest board in brief. */
export interface LeaderboardSummary {
  benchmark: BenchmarkLike;
  /** Every version, newest first. */
  versions: string[];
  /** The rank-1 rows of the newest version (several when tied). */
  leaders: BoardEntry[];
  /** Number of ranked models on the newest version (a model at two settings counts once). */
  modelCount: number;
  /** The newest date on the newest version, a report's or the publisher's table's. */
  latest?: LatestDate;
}

/** A board figure a plot needs on at least a few rows. */
export type PlotFigureName = "output_tokens" | "cost_usd";

/**
 * Every leaderboard of the site, each built once and shared: the board pages, the downloads, the
 * MDX components, the home page and the model panels read from one index instead of building the
 * same board again (a build used to build each board up to a dozen times). Boards, views and
 * summaries are built when first asked for and kept.
 */
export interface BoardIndex {
  /** The full board of a benchmark version (every report). */
  board(benchmark: BenchmarkLike): Board;
  /** A version's board with its movement; `version` defaults to the newest. Unknown ids throw with a hint. */
  view(benchmark: string, version?: string): LeaderboardView;
  /**
   * The page of a benchmark version: the board's own page (`/leaderboards/<id>/`) for its newest
   * version, which its versioned page names as canonical; the versioned page for an older one.
   * For links that mean the board as it is (a model page, the home page), not a permalink to a
   * version (a recap, a digest, the changelog, which link `leaderboardPath(id, version)`).
   */
  pagePath(benchmark: string, version: string): string;
  /** The newest board of every benchmark, in the registry's order of first appearance. */
  summaries(): LeaderboardSummary[];
  /** The newest version on which at least `min` ranked models carry `figure` (see `newestVersionWith`). */
  newestVersionWith(benchmark: string, figure: PlotFigureName, min?: number): string | undefined;
  /**
   * The version an efficiency plot without one shows (`<EfficiencyPlot>`, the home page): the newest
   * where at least `EFFICIENCY_PLOT_MIN_RANKED` ranked models report the figure (the newest Index
   * version may have no token counts yet, and a frontier of one point says nothing).
   */
  efficiencyVersion(benchmark: string, x: "tokens" | "cost"): string | undefined;
}

/** How many ranked models with the figure an efficiency plot's default version needs (see `efficiencyVersion`). */
const EFFICIENCY_PLOT_MIN_RANKED = 3;

/** Builds the index over the site's data; `movementDays` as in `LEADERBOARD_MOVEMENT_DAYS`, `rankLabClaims` as `RANK_LAB_CLAIMS`. */
export function createBoardIndex(data: LeaderboardData, { movementDays, rankLabClaims = false }: { movementDays: number; rankLabClaims?: boolean }): BoardIndex {
  const keyOf = (b: BenchmarkLike) => `${b.id}\u0000${b.version}`;
  const memo = <T>(build: (b: BenchmarkLike) => T) => {
    const cache = new Map<string, T>();
    return (b: BenchmarkLike): T => {
      const key = keyOf(b);
      if (!cache.has(key)) cache.set(key, build(b));
      return cache.get(key)!;
    };
  };
  const board = memo((benchmark) => buildBoard({ benchmark, results: data.results, models: data.models, rankLabClaims }));
  const viewOf = memo((benchmark): LeaderboardView => {
    const current = board(benchmark);
    // Movement against the board as it stood `movementDays` before the version's newest ranked
    // score (`latestRanked`): not the build date, so that a rebuild of the same data gives the same
    // page, and not a report that ranks nothing.
    const anchor = current.latestRanked ?? current.latest;
    const comparedWith = anchor ? daysBefore(anchor, movementDays) : undefined;
    const previous = comparedWith ? buildBoard({ benchmark, results: data.results, models: data.models, asOf: comparedWith, rankLabClaims }) : undefined;
    const hasPrevious = previous !== undefined && previous.entries.length > 0;
    return {
      board: current,
      movement: hasPrevious ? boardMovement(current, previous) : new Map(),
      comparedWith,
      hasPrevious,
      movementDays,
      versions: versionsOf(data.benchmarks, benchmark.id),
    };
  });
  let summaries: LeaderboardSummary[] | undefined;
  const index: BoardIndex = {
    board,
    view: (benchmark, version) => viewOf(findBenchmark(data.benchmarks, benchmark, version)),
    pagePath: (benchmark, version) => leaderboardPath(benchmark, version, findBenchmark(data.benchmarks, benchmark).version),
    summaries: () =>
      (summaries ??= [...new Set(data.benchmarks.map((b) => b.id))].map((id) => {
        const benchmark = findBenchmark(data.benchmarks, id);
        const newest = board(benchmark);
        return {
          benchmark,
          versions: versionsOf(data.benchmarks, id),
          leaders: newest.entries.filter((e) => e.rank === 1),
          modelCount: new Set(newest.entries.map((e) => e.model.id)).size,
          latest: latestDate(newest),
        };
      })),
    newestVersionWith: (benchmark, figure, min = 2) =>
      versionsOf(data.benchmarks, benchmark)
        .sort((a, b) => compareVersions(b, a))
        .find((version) => board(findBenchmark(data.benchmarks, benchmark, version)).entries.filter((e) => e[figure]).length >= min),
    efficiencyVersion: (benchmark, x) => index.newestVersionWith(benchmark, x === "tokens" ? "output_tokens" : "cost_usd", EFFICIENCY_PLOT_MIN_RANKED),
  };
  return index;
}
