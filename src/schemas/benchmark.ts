import { z } from "zod";
import { ColumnMapSchema } from "./columnMap";
import { dateCell, idCell, optionalCell, optionalTextCell, textCell, urlCell, boolCell } from "./cellSchemas";

/** Units a benchmark score can be in; they decide how scores are formatted. */
export const BENCHMARK_UNITS = ["points", "percent", "minutes", "elo", "usd", "tokens"] as const;
/** One of `BENCHMARK_UNITS`. */
export type BenchmarkUnit = (typeof BENCHMARK_UNITS)[number];

/**
 * Whether `s` is a benchmark version as the registry writes one: `v` and dot-separated numbers.
 * @example isBenchmarkVersion("v4.0") // true
 */
export function isBenchmarkVersion(s: string): boolean {
  return /^v\d+(?:\.\d+)*$/.test(s);
}

/** A version cell (`isBenchmarkVersion`), trimmed: the registry's and a left-out record's (src/schemas/leftOut.ts). */
export const versionCell = z
  .string()
  .transform((s) => s.trim())
  .refine(isBenchmarkVersion, (s) => ({ message: `expected a version such as v4.0, found ${JSON.stringify(s)}` }));

/** One row of `data/benchmarks.csv`: one version of one benchmark. */
export const BenchmarkRowSchema = z.object({
  /** Kebab-case id. @example "aa-intelligence-index" */
  id: idCell,
  /** Display name. @example "Artificial Analysis Intelligence Index" */
  name: textCell,
  /** Index version; different versions are different leaderboards. @example "v4.0" */
  version: versionCell,
  /** Unit of the score. @example "points" */
  unit: z
    .string()
    .transform((s) => s.trim())
    .refine((s): s is (typeof BENCHMARK_UNITS)[number] => (BENCHMARK_UNITS as readonly string[]).includes(s), (s) => ({
      message: `expected one of ${BENCHMARK_UNITS.join(", ")}, found ${JSON.stringify(s)}`,
    })),
  /** Which scores are better. @example "higher" */
  direction: z
    .string()
    .transform((s) => s.trim())
    .refine((s): s is "higher" | "lower" => s === "higher" || s === "lower", (s) => ({
      message: `expected higher or lower, found ${JSON.stringify(s)}`,
    })),
  /** One sentence on what it measures. */
  description: textCell,
  /** Publisher's page. @example "https://artificialanalysis.ai/" */
  source_url: urlCell,
  /** Licence of the figures, kept in downloads. @example "MIT (Epoch AI benchmarking data)" */
  license: optionalTextCell,
  /** Results CSV relative to `data/`. @example "results/aa-intelligence-index.csv" */
  file: textCell.refine((s) => /^[\w./-]+\.csv$/.test(s) && !s.includes(".."), (s) => ({
    message: `expected a path such as results/x.csv inside data/, found ${JSON.stringify(s)}`,
  })),
  /** Date of the publisher's table; result rows without a date take it. @example "2025-11-30" */
  as_of: optionalCell(dateCell),
  /** Whether this benchmark is the headline one (model panels, home). @example "true" */
  headline: optionalCell(boolCell),
  /** Publisher header mapping. @example "model=Model version; score=Accuracy mean; ignore=id" */
  column_map: optionalTextCell,
  /**
   * `whole`: each day's reports are the publisher's whole board on that day (LMArena's Elo history,
   * a row per date): a row not reported on the board's newest day is no longer on it, and is listed
   * under the board with its last score, not ranked (`Board.delisted`). Empty: a row stays ranked
   * by its newest report however old it is (a publisher's table, a newsletter's relays).
   * @example "whole"
   */
  listing: optionalCell(
    z
      .string()
      .transform((s) => s.trim())
      .refine((s): s is "whole" => s === "whole", (s) => ({ message: `expected whole (each day's reports are the whole board) or an empty cell, found ${JSON.stringify(s)}` })),
  ),
});

/** A registered benchmark version. */
export type BenchmarkRow = z.output<typeof BenchmarkRowSchema> & { line: number };

/** A benchmark version as the site uses it and the `benchmarks` collection stores it. */
export const BenchmarkSchema = z.object({
  id: z.string(),
  name: z.string(),
  version: z.string(),
  unit: z.enum(BENCHMARK_UNITS),
  direction: z.enum(["higher", "lower"]),
  description: z.string(),
  source_url: z.string(),
  license: z.string().optional(),
  file: z.string(),
  as_of: z.date().optional(),
  headline: z.boolean(),
  columnMap: ColumnMapSchema,
  /** `whole`: each day's reports are the whole board (see `BenchmarkRowSchema.listing`). */
  listing: z.literal("whole").optional(),
  /** Number of result rows loaded for this version. */
  resultCount: z.number(),
  /** Rows the column map's `skip_empty` skipped (no model, no score), by column. */
  skipped: z.record(z.number()).optional(),
  /** Line in data/benchmarks.csv. */
  line: z.number(),
});

/** A registered benchmark version (see `BenchmarkSchema`). */
export type Benchmark = z.output<typeof BenchmarkSchema>;
