import type { ScoreUnit } from "../format/formatNumber";

/**
 * The parts of a result (see `Result` in src/schemas/result.ts) the leaderboard reads. Both the
 * loader's `Result` and the `results` collection entries' `data` satisfy it.
 */
export interface ResultLike {
  benchmark: string;
  version: string;
  /** Canonical model id. */
  model: string;
  setting?: string;
  /** The dated snapshot the results file named (`2024-10-22`). */
  snapshot?: string;
  score?: number;
  output_tokens?: number;
  cost_usd?: number;
  output_tokens_per_task?: number;
  cost_per_task_usd?: number;
  evaluated_at: Date;
  source_url: string;
  /** Free text from the results file (provenance, caveats). */
  note?: string;
  /** `data/results/x.csv` */
  file: string;
  line: number;
}

/** The parts of a registered model the leaderboard shows. */
export interface ModelLike {
  id: string;
  name: string;
  lab: string;
  released?: Date;
  open_weights: boolean;
}

/** The parts of a registered benchmark version the leaderboard needs. */
export interface BenchmarkLike {
  id: string;
  name: string;
  version: string;
  unit: ScoreUnit;
  direction: "higher" | "lower";
  description?: string;
  source_url?: string;
  license?: string;
}

/** The figures a result row can carry and a board row shows, each with its own provenance. */
export const BOARD_FIGURES = ["score", "output_tokens", "cost_usd", "output_tokens_per_task", "cost_per_task_usd"] as const;
/** One of `BOARD_FIGURES`. */
export type BoardFigureName = (typeof BOARD_FIGURES)[number];

/** One reported figure and where it comes from. */
export interface Figure {
  value: number;
  /** Date of the report that carries it. */
  date: Date;
  source_url: string;
  /** The run setting of that report (`max`, `xhigh`...), when there is one. */
  setting?: string;
  /** The report's note, e.g. `tier: reddit-post; SUSPECT: ...`. */
  note?: string;
  /** Where the figure is in the data: `data/results/x.csv` and its line. */
  file: string;
  line: number;
}
