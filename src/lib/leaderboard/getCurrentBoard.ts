import { didYouMean } from "../text/nearest";
import { buildBoard, type Board, type BoardEntry } from "./buildBoard";
import { boardMovement, daysBefore, type Movement } from "./movement";
import { compareVersions, versionsOf } from "./versions";
import type { BenchmarkLike, ModelLike, ResultLike } from "./types";

/** The three collections' data, as pages get them from `getCollection(...)`. */
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

/**
 * The leaderboard of one benchmark version (default: its newest version) with movement against
 * the board as it stood `movementDays` days before the version's newest report. The reference is
 * the newest report, not the build date, so that a rebuild of the same data gives the same page.
 * @example getCurrentBoard(data, { benchmark: "aa-intelligence-index", movementDays: LEADERBOARD_MOVEMENT_DAYS })
 */
export function getCurrentBoard(data: LeaderboardData, options: { benchmark: string; version?: string; movementDays: number }): LeaderboardView {
  const benchmark = findBenchmark(data.benchmarks, options.benchmark, options.version);
  const board = buildBoard({ benchmark, results: data.results, models: data.models });
  const comparedWith = board.latest ? daysBefore(board.latest, options.movementDays) : undefined;
  const previous = buildBoard({ benchmark, results: data.results, models: data.models, asOf: comparedWith });
  const hasPrevious = comparedWith !== undefined && previous.entries.length > 0;
  return {
    board,
    movement: hasPrevious ? boardMovement(board, previous) : new Map(),
    comparedWith,
    hasPrevious,
    movementDays: options.movementDays,
    versions: versionsOf(data.benchmarks, benchmark.id),
  };
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
  /** Date of the newest report on the newest version. */
  latest?: Date;
}

/** The newest board of every benchmark, in the registry's order of first appearance. */
export function summariseLeaderboards(data: LeaderboardData): LeaderboardSummary[] {
  const ids = [...new Set(data.benchmarks.map((b) => b.id))];
  return ids.map((id) => {
    const benchmark = findBenchmark(data.benchmarks, id);
    const board = buildBoard({ benchmark, results: data.results, models: data.models });
    return {
      benchmark,
      versions: versionsOf(data.benchmarks, id),
      leaders: board.entries.filter((e) => e.rank === 1),
      modelCount: new Set(board.entries.map((e) => e.model.id)).size,
      latest: board.latest,
    };
  });
}

/**
 * The newest version of a benchmark on which at least `min` ranked models carry a figure (for an
 * efficiency plot: the newest Intelligence Index version may report no output tokens yet).
 */
export function newestVersionWith(data: LeaderboardData, benchmark: string, figure: "output_tokens" | "cost_usd", min = 2): string | undefined {
  return versionsOf(data.benchmarks, benchmark)
    .sort((a, b) => compareVersions(b, a))
    .find((version) => buildBoard({ benchmark: findBenchmark(data.benchmarks, benchmark, version), results: data.results, models: data.models }).entries.filter((e) => e[figure]).length >= min);
}
