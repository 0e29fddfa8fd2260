import { z } from "zod";
import { parseAmountCell, parseBoolCell, parseCatalogDisputesCell, parseDateCell, parseDayCell, parseIntervalCell, parseListCell, parseNumberCell, parseRunFigureCell, parseUrlCell, type CellResult } from "./cells";
import { MAX_SLUG_BYTES } from "./limits";

/**
 * zod schemas for single CSV cells. Each takes the raw string papaparse produced (no coercion
 * happened before) and either yields a typed value or adds an issue whose message is
 * `expected X, found "raw"`, which the loader prefixes with `file:line column "name":`.
 */
function fromParser<T>(parse: (raw: string) => CellResult<T>) {
  return z.string().transform((raw, ctx): T => {
    const result = parse(raw);
    if (!result.ok) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, message: `expected ${result.expected}, found ${JSON.stringify(raw)}` });
      return z.NEVER;
    }
    return result.value;
  });
}

/** Wraps a cell schema so that an empty cell means "no value" (`undefined`). */
export function optionalCell<T extends z.ZodTypeAny>(schema: T) {
  return z
    .string()
    .optional()
    .transform((raw, ctx): z.output<T> | undefined => {
      if (raw === undefined || raw.trim() === "") return undefined;
      const parsed = schema.safeParse(raw);
      if (!parsed.success) {
        for (const issue of parsed.error.issues) ctx.addIssue({ code: z.ZodIssueCode.custom, message: issue.message });
        return z.NEVER;
      }
      return parsed.data;
    });
}

/** A required text cell: trimmed, not empty. */
export const textCell = z
  .string()
  .transform((s) => s.trim())
  .refine((s) => s !== "", { message: "expected a value, found an empty cell" });
/** An optional free-text cell: trimmed, empty becomes `undefined`. */
export const optionalTextCell = z
  .string()
  .optional()
  .transform((s) => (s === undefined || s.trim() === "" ? undefined : s.trim()));
/** A number cell: see `parseNumberCell`. */
export const numberCell = fromParser(parseNumberCell);
/** A count or an amount (tokens, dollars, a context window), never a percentage: see `parseAmountCell`. */
export const amountCell = fromParser(parseAmountCell);
/** What a run took (tokens, dollars): an amount above zero, see `parseRunFigureCell`. */
export const runFigureCell = fromParser(parseRunFigureCell);
/** An interval relative to a value (`+4/-3`, `±4`): see `parseIntervalCell`. */
export const intervalCell = fromParser(parseIntervalCell);
/** A date cell: `YYYY-MM-DD` or ISO datetime, must exist. */
export const dateCell = fromParser(parseDateCell);
/** A day cell: `YYYY-MM-DD` alone, must exist (see `parseDayCell`). */
export const dayCell = fromParser(parseDayCell);
/** An http(s) URL cell. */
export const urlCell = fromParser(parseUrlCell);
/** A boolean cell: true/false/yes/no. */
export const boolCell = fromParser(parseBoolCell);
/** A registry row's `catalog_disputes`: see `parseCatalogDisputesCell`. */
export const catalogDisputesCell = fromParser(parseCatalogDisputesCell);
/** A `|`-separated list cell; empty gives `[]`. */
export const listCell = z
  .string()
  .optional()
  .transform((s) => (s === undefined ? [] : parseListCell(s)));
/** A kebab-case identifier such as `claude-sonnet-4-6`; it is a URL segment, so at most `MAX_SLUG_BYTES` long. */
export const idCell = z
  .string()
  .transform((s) => s.trim())
  .refine((s) => /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(s), (s) => ({
    message: `expected a kebab-case id such as claude-sonnet-4-6, found ${JSON.stringify(s)}`,
  }))
  .refine((s) => s.length <= MAX_SLUG_BYTES, (s) => ({
    message: `expected an id of at most ${MAX_SLUG_BYTES} characters (it is part of the page's URL), found one of ${s.length}`,
  }));
