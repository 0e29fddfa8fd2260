import { z } from "zod";
import { amountCell, boolCell, catalogDisputesCell, dateCell, idCell, listCell, optionalCell, optionalTextCell, textCell } from "./cellSchemas";

/**
 * One row of `data/models.csv`, the model registry. The first six columns are an editor's; the
 * others are optional (a hand-written file needs only the six) and are what a catalog import
 * (`npm run import:models`) fills. A row with an empty `catalog` is an editor's row: the import
 * never changes it.
 */
export const ModelRowSchema = z.object({
  /** Canonical kebab-case id used in URLs and recaps. @example "claude-sonnet-4-6" */
  id: idCell,
  /** Display name. @example "Claude Sonnet 4.6" */
  name: textCell,
  /** Lab that made the model. @example "Anthropic" */
  lab: textCell,
  /** Public release date; empty when it is not known or not public. @example "2026-02-17" */
  released: optionalCell(dateCell),
  /** Whether the weights can be downloaded. @example "false" */
  open_weights: boolCell,
  /** Other names, `|`-separated. @example "claude-3-sonnet-4.6|claude-sonnet-4-6-20260217" */
  aliases: listCell,
  /** Longest context, in tokens, the lab serves. @example "200000" */
  context_window: optionalCell(amountCell),
  /** List price, US dollars per million input tokens. @example "3" */
  input_price_per_mtok: optionalCell(amountCell),
  /** List price, US dollars per million output tokens. @example "15" */
  output_price_per_mtok: optionalCell(amountCell),
  /** The catalog the row was imported from; empty for a row an editor wrote. @example "models.dev" */
  catalog: optionalTextCell,
  /** The date of that catalog (the figures are as of this day). @example "2026-07-02" */
  catalog_date: optionalCell(dateCell),
  /**
   * What other listings of the model in that catalog give otherwise than the row (the import takes
   * one and says so): pages show the fact as disputed. Written by the import; shown only while the
   * row is the catalog's (an editor who settles a fact empties `catalog`). @example "released=2023-03-14 (1 of 3)|open_weights=true (1 of 4)"
   */
  catalog_disputes: optionalCell(catalogDisputesCell),
});

/** The columns of data/models.csv, in the order the import writes them. */
export const MODEL_COLUMNS = Object.keys(ModelRowSchema.shape) as (keyof typeof ModelRowSchema.shape)[];

/** A registered model, as the rest of the site sees it. */
export type Model = z.output<typeof ModelRowSchema> & { line: number };

/** A model as stored in the `models` collection. */
export const ModelSchema = z.object({
  id: z.string(),
  name: z.string(),
  lab: z.string(),
  released: z.date().optional(),
  open_weights: z.boolean(),
  aliases: z.array(z.string()),
  context_window: z.number().optional(),
  input_price_per_mtok: z.number().optional(),
  output_price_per_mtok: z.number().optional(),
  catalog: z.string().optional(),
  catalog_date: z.date().optional(),
  catalog_disputes: z
    .object({
      released: z.array(z.object({ date: z.date(), listings: z.object({ n: z.number(), of: z.number() }).optional() })),
      open_weights: z.object({ value: z.boolean(), listings: z.object({ n: z.number(), of: z.number() }).optional() }).optional(),
    })
    .optional(),
  line: z.number(),
});

/**
 * One row of the file `npm run models -- add --from <csv>` reads: a name as the recaps write it,
 * registered as a model of its own (see src/lib/models/planAddedModels.ts).
 */
export const AddModelRowSchema = z.object({
  /** The name as the recaps write it. @example "gemini-1.5-pro" */
  name: textCell,
  /** @example "Google" */
  lab: textCell,
  /** @example "false" */
  open_weights: boolCell,
  /** @example "2024-02-15" */
  released: optionalCell(dateCell),
  /** The display name; empty for the name as written. @example "Gemini 1.5 Pro" */
  display_name: optionalTextCell,
  /** `true` to add a name that reads as a family or a near spelling, as a model of its own. */
  force: optionalCell(boolCell),
  /** A note for the editor, not read (`import:results` says there how many rows name the model, and its likely lab). */
  note: optionalTextCell,
});
