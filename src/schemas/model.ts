import { z } from "zod";
import { boolCell, dateCell, idCell, listCell, optionalCell, textCell } from "./cellSchemas";

/** One row of `data/models.csv`, the model registry. */
export const ModelRowSchema = z.object({
  /** Canonical kebab-case id used in URLs and recaps. @example "claude-sonnet-4-6" */
  id: idCell,
  /** Display name. @example "Claude Sonnet 4.6" */
  name: textCell,
  /** Lab that made the model. @example "Anthropic" */
  lab: textCell,
  /** Public release date; empty when it is not public. @example "2026-02-17" */
  released: optionalCell(dateCell),
  /** Whether the weights can be downloaded. @example "false" */
  open_weights: boolCell,
  /** Other names, `|`-separated. @example "claude-3-sonnet-4.6|claude-sonnet-4-6-20260217" */
  aliases: listCell,
});

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
  line: z.number(),
});
