import { z } from "zod";
import { amountCell, dateCell, dayCell, intervalCell, numberCell, optionalCell, optionalTextCell, runFigureCell, textCell, urlCell } from "./cellSchemas";

/** The figure columns: a result row must carry at least one of them. */
export const FIGURE_COLUMNS = [
  "score",
  "output_tokens",
  "cost_usd",
  "output_tokens_per_task",
  "cost_per_task_usd",
  "input_price_per_mtok",
  "output_price_per_mtok",
] as const;

/**
 * Who measured a result: an `independent` evaluator (the benchmark's publisher or a third party),
 * the `lab` that made the model (its own claim), or a `newsletter` that relayed a figure whose
 * measurement it does not show (a post, a chart, a screenshot).
 */
export const MEASURED_BY = ["independent", "lab", "newsletter"] as const;
/** One of `MEASURED_BY`. */
export type MeasuredBy = (typeof MEASURED_BY)[number];

/** An optional `measured_by` cell: one of `MEASURED_BY`, empty when unknown. */
const measuredByCell = z
  .string()
  .optional()
  .transform((raw, ctx): MeasuredBy | undefined => {
    const value = raw?.trim() ?? "";
    if (value === "") return undefined;
    if ((MEASURED_BY as readonly string[]).includes(value)) return value as MeasuredBy;
    ctx.addIssue({ code: z.ZodIssueCode.custom, message: `expected one of ${MEASURED_BY.join(", ")} (or an empty cell), found ${JSON.stringify(raw)}` });
    return z.NEVER;
  });

/** One row of a results CSV (after the column map), before the model is resolved. */
export const ResultRowSchema = z
  .object({
    /** Model id or any alias. @example "claude-3-sonnet-4.6" */
    model: textCell,
    /** Benchmark version; required when several versions share the file. @example "v4.0" */
    version: optionalTextCell,
    /** Run configuration such as reasoning effort or agent. @example "max" */
    setting: optionalTextCell,
    /** Score in the benchmark's unit. @example "51" or "60.3%" */
    score: optionalCell(numberCell),
    /** Output tokens used to run the whole benchmark. @example "74M" */
    output_tokens: optionalCell(runFigureCell),
    /** US dollars to run the whole benchmark. @example "$2,088" */
    cost_usd: optionalCell(runFigureCell),
    /** Output tokens per task (AA reports these from v4.1 on). @example "43k" */
    output_tokens_per_task: optionalCell(runFigureCell),
    /** US dollars per task. @example "2.29" */
    cost_per_task_usd: optionalCell(runFigureCell),
    /** Price per million input tokens. @example "3" */
    input_price_per_mtok: optionalCell(amountCell),
    /** Price per million output tokens. @example "15" */
    output_price_per_mtok: optionalCell(amountCell),
    /** Date of the report. @example "2026-02-18" */
    evaluated_at: optionalCell(dateCell),
    /** Where the figure comes from. @example "https://news.smol.ai/issues/26-02-18-not-much" */
    source_url: urlCell,
    /**
     * A caveat for readers, shown under the board (marked beside the row's source), on the model's
     * page, in the data changes and in the board's download. @example "Unknown thinking token budget"
     */
    note: optionalTextCell,
    // The columns below were added after the ones above; they stay last so that messages listing
    // the columns read as before.
    /** Name of the report when one publisher's file collects several (a paper, HELM): part of a result's key. @example "HELM" */
    source: optionalTextCell,
    /** Lower bound of the score's interval (usually 95%), in the score's unit. @example "27.76" */
    score_low: optionalCell(numberCell),
    /** Upper bound of the score's interval. @example "89.83" */
    score_high: optionalCell(numberCell),
    /** Standard error of the score; without bounds the interval is score ± 1.96 standard errors. @example "0.6%" */
    score_se: optionalCell(numberCell),
    /** The interval relative to the score, as LMArena writes its 95% CI. @example "+4/-3" */
    score_ci: optionalCell(intervalCell),
    /** Who measured it (see `MEASURED_BY`); empty when unknown. @example "independent" */
    measured_by: measuredByCell,
    /** The publisher's id of the row's run, when its file lists two runs of one model at one setting on one day (Epoch's `id`): part of a result's key. @example "recj1FdLi6DQg1cOt" */
    run_id: optionalTextCell,
    /**
     * For a row without a date of its own (no `evaluated_at`): the date of the publisher's table it
     * was read from, when that is not the benchmark's `as_of` (`import:results --as-of` writes it).
     * The row is dated by it and shown "as of" it, as rows dated by the benchmark's `as_of` are.
     * @example "2026-01-15"
     */
    as_of: optionalCell(dateCell),
    /**
     * The editors' own note on the row (how it was curated, how sure they are): kept in the file for
     * them, never shown on the site or in its downloads. @example "tier: reddit-post; index version stated"
     */
    editor_note: optionalTextCell,
    /**
     * The day an import found the publisher's table giving other figures for this row's report (the
     * same key: version, model, setting, snapshot, date, source, run id): the row revises the rows
     * of its key written before it (no `revised`, or an earlier one), which stay in the file as what
     * was first reported. The board ranks the newest revision; `/changes/` lists a correction on this
     * day. `import:results` writes it; a row without it is a first report. A day alone: a time
     * (`2026-12-02T10:00:00Z`) is refused, not read as its UTC day (see `parseDayCell`). @example "2026-12-02"
     */
    revised: optionalCell(dayCell),
  })
  .superRefine((row, ctx) => {
    if (FIGURE_COLUMNS.every((c) => row[c] === undefined)) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, message: `the row carries no figure; expected at least one of ${FIGURE_COLUMNS.join(", ")}` });
    }
  });

/** A results row as validated, before the model and benchmark are resolved. */
export type ResultRow = z.output<typeof ResultRowSchema> & { line: number };

const figure = z.number().optional();
/** A result's reported figures: a row's, and each earlier row a revision keeps (`earlier`). */
const reportedFigures = {
  score: figure,
  output_tokens: figure,
  cost_usd: figure,
  output_tokens_per_task: figure,
  cost_per_task_usd: figure,
  input_price_per_mtok: figure,
  output_price_per_mtok: figure,
};
/**
 * A resolved result: one (benchmark, version, model, setting, date) report, as the loader makes it
 * and the data layer reads it back from the rows' file (src/integrations/resultRows.ts). The type
 * `Result` is inferred from this schema once.
 */
export const ResultSchema = z.object({
  benchmark: z.string(),
  version: z.string(),
  /** Canonical model id. */
  model: z.string(),
  /** The model as written in the file (an alias, or the id). */
  modelAsWritten: z.string(),
  /** The run setting: the file's setting column and the one the model's name carried (`Droid, medium`). */
  setting: z.string().optional(),
  /**
   * The snapshot the model's name carried: a date (`claude-3-5-sonnet-20241022` -> `2024-10-22`,
   * Cohere's `-08-2024` -> `2024-08`) or Google's stable version number (`gemini-1.5-flash-002` -> `002`).
   */
  snapshot: z.string().optional(),
  ...reportedFigures,
  /** Row date, or the benchmark's `as_of`. */
  evaluated_at: z.date(),
  /** True when the row has no date of its own and `evaluated_at` is the benchmark's `as_of`: the date of the publisher's table, not of this report. */
  dated_by_table: z.literal(true).optional(),
  source_url: z.string(),
  /** The results file's caveat for readers (`note`); the editors' `editor_note` is never loaded. */
  note: z.string().optional(),
  /** Name of the report (a paper, HELM) when the file collects several; part of the key. */
  source: z.string().optional(),
  /** The score's interval (usually 95%): from the publisher's bounds, its `+a/-b`, or ± 1.96 standard errors. */
  score_low: figure,
  score_high: figure,
  /** The score's standard error, when the publisher gives one. */
  score_se: figure,
  /** Who measured it: `independent`, `lab` (its own claim) or `newsletter` (relayed); undefined when unknown. */
  measured_by: z.enum(MEASURED_BY).optional(),
  /** The publisher's id of the run (see the results row's `run_id`). */
  run_id: z.string().optional(),
  /** The day (YYYY-MM-DD) the row's figures were revised (the row's `revised` cell): it replaces the rows of its key in `earlier`. */
  revised: z.string().optional(),
  /**
   * The rows of the same key this row revises, oldest first: what the publisher first reported (and
   * any revision before this one), each with its figures, line and the day it was itself revised.
   * The loader keeps them here rather than as results, so that every board, plot and download sees
   * one row per report; the changelog and the model page say what they were.
   */
  earlier: z
    .array(
      z.object({
        line: z.number(),
        source_url: z.string(),
        revised: z.string().optional(),
        ...reportedFigures,
        /** The score's interval as that row gave it (a page of a past day shows that row's score). */
        score_low: figure,
        score_high: figure,
        note: z.string().optional(),
      }),
    )
    .optional(),
  /** `data/results/x.csv` */
  file: z.string(),
  line: z.number(),
});

/** A resolved result (see `ResultSchema`). */
export type Result = z.output<typeof ResultSchema>;
