import { z } from "zod";
import { versionCell } from "./benchmark";
import { parseNumberCell } from "./cells";
import { dateCell, idCell, optionalCell, optionalTextCell, textCell } from "./cellSchemas";

/**
 * Why a publisher's row was left out: its model name is in no registry row (`unknown-model`, the
 * rows an editor can bring in by registering the model), or anything else the import refused (a
 * bad cell, a duplicate, a date still to come: `other`).
 */
export const LEFT_OUT_CAUSES = ["unknown-model", "other"] as const;
/** One of `LEFT_OUT_CAUSES`. */
export type LeftOutCause = (typeof LEFT_OUT_CAUSES)[number];

/** The header `npm run import:results` writes, in this order. */
export const LEFT_OUT_HEADER = ["benchmark", "version", "date", "model", "setting", "run_id", "score", "cause", "reason"] as const;

/**
 * The record of a results file's left-out rows: `results/<name>.left-out.csv` beside
 * `results/<name>.csv`.
 * @example leftOutFileOf("results/lmarena-history.csv") // "results/lmarena-history.left-out.csv"
 */
export function leftOutFileOf(resultsFile: string): string {
  return resultsFile.replace(/\.csv$/i, "") + ".left-out.csv";
}

/** Whether a file name inside `data/results/` is a left-out record, not a results file. */
export function isLeftOutFile(name: string): boolean {
  return /\.left-out\.csv$/i.test(name);
}

/**
 * One row of a left-out record (`data/results/<name>.left-out.csv`): a row of the publisher's table
 * that `npm run import:results` did not import, so that the site can say its board is partial.
 * Written by the import, never by hand (though a hand edit is read the same way).
 */
export const LeftOutRowSchema = z
  .object({
    /** The benchmark the import read the row for (its score as that benchmark's column map reads it). @example "lmarena-history" */
    benchmark: idCell,
    /** The version the row belongs to. @example "v1" */
    version: versionCell,
    /** The row's date (its own, else the table's date the import was given); empty when it had none. @example "2024-11-14" */
    date: optionalCell(dateCell),
    /** The publisher's model label as written. @example "gemini-exp-1114" */
    model: optionalTextCell,
    /** The publisher's setting cell as written, when the table has one. @example "Terminus 2" */
    setting: optionalTextCell,
    /**
     * The publisher's id of the row's run, when the column map reads one (`run_id=id`): two runs of
     * one model at one setting that the publisher lists apart only by it (Epoch's Terminal-Bench
     * lists gpt-5-mini with Terminus 2 twice) are two rows of the record. Optional: a record written
     * before the column existed loads as it is, its rows without a run id.
     * @example "recKvbUh4oTmehdz6"
     */
    run_id: optionalTextCell,
    /** The score as the publisher gave it (not converted). @example "1344.35" */
    score: optionalTextCell,
    /** Why it was left out: one of `LEFT_OUT_CAUSES`. @example "unknown-model" */
    cause: z
      .string()
      .transform((s) => s.trim())
      .refine((s): s is LeftOutCause => (LEFT_OUT_CAUSES as readonly string[]).includes(s), (s) => ({ message: `expected one of ${LEFT_OUT_CAUSES.join(", ")}, found ${JSON.stringify(s)}` })),
    /** The import's reason, as it printed it. @example 'unknown model "gemini-exp-1114"' */
    reason: textCell,
  })
  .superRefine((row, ctx) => {
    // A row left out for its model only is a row the board would rank once the model is
    // registered: its model and score must read, or the board's note could not place it.
    if (row.cause !== "unknown-model") return;
    if (row.model === undefined) ctx.addIssue({ code: z.ZodIssueCode.custom, path: ["model"], message: "expected the publisher's model name for a row left out as unknown-model, found an empty cell" });
    if (row.score !== undefined && !parseNumberCell(row.score).ok) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ["score"], message: `expected a score such as 1344.35 or 60.3% (or an empty cell) for a row left out as unknown-model, found ${JSON.stringify(row.score)}` });
    }
  });

/** A left-out row as the site uses it: where it is, and the results file it was left out of. */
export type LeftOutRow = z.output<typeof LeftOutRowSchema> & {
  /** The record as messages name it. @example "data/results/lmarena-history.left-out.csv" */
  file: string;
  line: number;
  /** The results file it was left out of, inside `data/`. @example "results/lmarena-history.csv" */
  resultsFile: string;
  /** The score read as a number, when it reads (`60.3%` is 60.3). */
  scoreValue?: number;
};

/** A left-out row as the `leftOut` collection stores it (see `LeftOutRow`). */
export const LeftOutSchema = z.object({
  benchmark: z.string(),
  version: z.string(),
  date: z.date().optional(),
  model: z.string().optional(),
  setting: z.string().optional(),
  run_id: z.string().optional(),
  score: z.string().optional(),
  scoreValue: z.number().optional(),
  cause: z.enum(LEFT_OUT_CAUSES),
  reason: z.string(),
  file: z.string(),
  line: z.number(),
  resultsFile: z.string(),
});
