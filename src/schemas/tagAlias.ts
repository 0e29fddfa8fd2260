import { z } from "zod";
import { textCell } from "./cellSchemas";

/** Tag namespaces: each has its own pages (`/topics/<slug>/` ...). */
export const TAG_TYPES = ["topics", "companies", "people"] as const;
/** One of `TAG_TYPES`. */
export type TagType = (typeof TAG_TYPES)[number];

/** One row of `data/tag-aliases.csv`: a variant spelling that lands on a canonical tag. */
export const TagAliasRowSchema = z.object({
  /** Namespace. @example "companies" */
  type: z
    .string()
    .transform((s) => s.trim())
    .refine((s): s is TagType => (TAG_TYPES as readonly string[]).includes(s), (s) => ({
      message: `expected one of ${TAG_TYPES.join(", ")}, found ${JSON.stringify(s)}`,
    })),
  /** The variant. @example "deepseek-ai" */
  alias: textCell,
  /** The tag it stands for. @example "deepseek" */
  canonical: textCell,
});

/** A tag alias row. */
export type TagAlias = z.output<typeof TagAliasRowSchema> & { line: number };

/** A tag alias as stored in the `tagAliases` collection (see `TagAlias`). */
export const TagAliasSchema = z.object({
  type: z.enum(TAG_TYPES),
  alias: z.string(),
  canonical: z.string(),
  line: z.number(),
});
