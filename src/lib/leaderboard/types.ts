import type { BenchmarkRow } from "../../schemas/benchmark";
import type { Model } from "../../schemas/model";
import type { Result } from "../../schemas/result";

/**
 * The parts of a result the leaderboard reads (see `Result` in src/schemas/result.ts). Both the
 * loader's results and the rows the data layer reads back (`readResultRows`) satisfy it.
 */
export type ResultLike = Pick<
  Result,
  "benchmark" | "version" | "model" | "setting" | "score" | "output_tokens" | "cost_usd" | "output_tokens_per_task" | "cost_per_task_usd" | "evaluated_at" | "source_url" | "note" | "file" | "line"
> &
  Partial<Pick<Result, "snapshot" | "score_low" | "score_high" | "source" | "measured_by" | "dated_by_table" | "run_id" | "modelAsWritten" | "revised" | "earlier">>;

/** The parts of a registered model the leaderboard shows. */
export type ModelLike = Pick<Model, "id" | "name" | "lab" | "released" | "open_weights">;

/** The parts of a registered benchmark version the leaderboard needs. */
export type BenchmarkLike = Pick<BenchmarkRow, "id" | "name" | "version" | "unit" | "direction"> & Partial<Pick<BenchmarkRow, "description" | "source_url" | "license" | "listing">>;

/** The figures a result row can carry and a board row shows, each with its own provenance. */
export const BOARD_FIGURES = ["score", "output_tokens", "cost_usd", "output_tokens_per_task", "cost_per_task_usd"] as const;
/** One of `BOARD_FIGURES`. */
export type BoardFigureName = (typeof BOARD_FIGURES)[number];

/** One reported figure and where it comes from. */
export interface Figure {
  value: number;
  /** Date of the report that carries it. */
  date: Date;
  /** True when `date` is the publisher's table's (`as_of`), the report having no date of its own. */
  datedByTable?: true;
  source_url: string;
  /** The run setting of that report (`max`, `xhigh`...), when there is one. */
  setting?: string;
  /** The report's caveat for readers (the results file's `note`), e.g. `Unknown thinking token budget`. */
  note?: string;
  /** Who measured it: `independent`, `lab` (its own claim), `newsletter` (relayed); undefined when unknown. */
  measured_by?: Result["measured_by"];
  /** Where the figure is in the data: `data/results/x.csv` and its line. */
  file: string;
  line: number;
  /** The report's name when a file collects several (a paper, HELM). */
  source?: string;
  /** The publisher's id of the report's run (Epoch's `id`), when the results file has one: a run re-issued under a new name is still this run (`boardMovement`). */
  runId?: string;
  /** The score's interval (usually 95%), when the publisher gives one: scores only. */
  low?: number;
  high?: number;
  /**
   * When the publisher revised this figure after first reporting it for the report's day (a row of
   * the report marked `revised`): the day of the revision that gave it its value, and the value
   * first reported (undefined when the first report lacked this figure). Absent when the figure is
   * as first reported, even in a report whose other figures were revised (`figureRevision`).
   */
  revised?: { on: Date; first?: number };
}
