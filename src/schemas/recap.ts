import { z } from "zod";
import { parseDateCell } from "./cells";
import { MAX_SLUG_BYTES, utf8Length } from "./limits";
import { didYouMean } from "./nearest";
import { checkSiteImage } from "./safeUrl";
import { findForbiddenCharacter, forbiddenCharacterMessage } from "./text";

/**
 * A path on the site that used to show a recap (an imported archive's own URL): starts with `/`,
 * no host, query, fragment, backslash or `.`/`..` segment. @example "/issues/24-04-02-ainews-not-much-happened-today/"
 */
const REDIRECT_PATH = /^\/(?!\/)[^\s?#\\]*$/;
const dotSegment = /(^|\/)\.\.?(\/|$)/;

/** Refuses NUL and the other characters pages and feeds cannot carry (src/schemas/text.ts). */
const withoutForbiddenCharacters = (s: string, ctx: z.RefinementCtx) => {
  const found = findForbiddenCharacter(s);
  if (found) ctx.addIssue({ code: z.ZodIssueCode.custom, message: forbiddenCharacterMessage(found) });
};

const stringList = z
  .array(
    z
      .union([z.string(), z.number()], { errorMap: () => ({ message: "expected a string" }) })
      .transform((v) => String(v).trim())
      .superRefine(withoutForbiddenCharacters),
    { invalid_type_error: "expected a list of strings such as [a, b]" },
  )
  .default([]);

/** A date from YAML: either a Date (unquoted `2026-02-17`) or a string (`'2026-02-17T05:44:39Z'`). */
export const RecapDateSchema = z.union([z.date(), z.string()], { invalid_type_error: "expected a date such as 2026-02-17", required_error: "required: expected a date such as 2026-02-17" }).transform((v, ctx) => {
  if (v instanceof Date) {
    if (Number.isNaN(v.getTime())) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, message: "expected a date that exists" });
      return z.NEVER;
    }
    return v;
  }
  const parsed = parseDateCell(v);
  if (!parsed.ok) {
    ctx.addIssue({ code: z.ZodIssueCode.custom, message: `expected ${parsed.expected}, found ${JSON.stringify(v)}` });
    return z.NEVER;
  }
  return parsed.value;
});

/** The frontmatter fields, one doc comment each; the schema below adds the unknown-key rule. */
const recapFields = z.object({
  /** Headline. @example "Claude Sonnet 4.6 lands" */
  title: z.string({ required_error: "required: expected a title", invalid_type_error: "expected a string" }).trim().min(1, "expected a non-empty title").superRefine(withoutForbiddenCharacters),
  /** Issue date. @example 2026-02-17 */
  date: RecapDateSchema,
  /** One or two sentences for lists, feeds and meta tags. */
  description: z.string({ invalid_type_error: "expected a string" }).trim().superRefine(withoutForbiddenCharacters).optional(),
  /** Drafts show in `npm run dev` only. @example true */
  draft: z.boolean({ invalid_type_error: "expected true or false" }).default(false),
  /** Model ids, aliases or plain labels. @example [claude-sonnet-4-6, claude-3-opus-4.6] */
  models: stringList,
  /** @example [anthropic, openai] */
  companies: stringList,
  /** @example [benchmarking, token-efficiency] */
  topics: stringList,
  /** @example [artificialanlys] */
  people: stringList,
  /** URL slug overriding the file name; at most `MAX_SLUG_BYTES` characters. @example "sonnet-4-6-lands" */
  slug: z
    .string({ invalid_type_error: "expected a string" })
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "expected a kebab-case slug such as sonnet-4-6-lands")
    .refine((s) => utf8Length(s) <= MAX_SLUG_BYTES, (s) => ({ message: `expected a slug of at most ${MAX_SLUG_BYTES} characters, found one of ${utf8Length(s)}` }))
    .optional(),
  /** Social image: an http(s) URL or a path on the site (a file under public/). @example "/og/sonnet.png" */
  image: z
    .string({ invalid_type_error: "expected a string" })
    .superRefine((s, ctx) => {
      const verdict = checkSiteImage(s);
      if (!verdict.ok) ctx.addIssue({ code: z.ZodIssueCode.custom, message: `${verdict.reason}, found ${JSON.stringify(s)}` });
    })
    .optional(),
  /**
   * Old paths that should lead to this recap (redirect pages and the host's redirect file), kept
   * by `npm run import:recaps` from the archive's own URLs. @example ["/issues/24-04-02-ainews-not-much-happened-today/"]
   */
  redirect_from: z
    .array(
      z
        .string({ invalid_type_error: "expected a path such as /issues/old-name/" })
        .trim()
        .refine((p) => REDIRECT_PATH.test(p) && !dotSegment.test(p), (p) => ({ message: `expected a path on this site such as /issues/old-name/ (starting with /, without a host, ?query, #fragment or .. segment), found ${JSON.stringify(p)}` })),
      { invalid_type_error: "expected a list of paths such as [/issues/old-name/]" },
    )
    .optional(),
});

/** Keys other platforms use for a field of ours, which spelling distance would not find. */
const KEY_SYNONYMS: Record<string, string> = { tags: "topics", tag: "topics", categories: "topics", category: "topics", keywords: "topics", author: "people", authors: "people", summary: "description", excerpt: "description", published: "date", pubdate: "date" };

/** Frontmatter keys a recap may carry, in the order above. */
export const RECAP_KEYS = recapFields.keyof().options;

/** Validated recap frontmatter: the output type of `recapFields`, inferred once. */
export type RecapData = z.output<typeof recapFields>;

/**
 * The recap frontmatter schema, compatible with the AINews export shape. Unknown keys are errors
 * with a did-you-mean, except `ignoredKeys` (e.g. `id`, `original_slug` from newsletter exports),
 * which are dropped.
 */
export function createRecapSchema({ ignoredKeys = [] as readonly string[] } = {}) {
  const ignored = new Set(ignoredKeys);
  // Unknown keys are checked before the fields, in a step that never stops the parse: a bad value
  // in a known field (`draft: flase`) would otherwise hide the typos beside it until it is fixed.
  return z.preprocess(
    (data, ctx) => {
      if (data && typeof data === "object") {
        for (const key of Object.keys(data)) {
          if ((RECAP_KEYS as readonly string[]).includes(key) || ignored.has(key)) continue;
          const hint = KEY_SYNONYMS[key.toLowerCase()];
          ctx.addIssue({
            code: z.ZodIssueCode.custom,
            path: [key],
            message: `unknown frontmatter key "${key}"${hint ? ` (did you mean "${hint}"?)` : didYouMean(key, RECAP_KEYS)}; known keys are ${RECAP_KEYS.join(", ")}`,
          });
        }
      }
      return data;
    },
    recapFields.passthrough().transform((data): RecapData => {
      // Only the known keys go on: ignored export keys (`id`, `original_slug`) are dropped here.
      const out: Record<string, unknown> = {};
      for (const key of RECAP_KEYS) if (data[key] !== undefined) out[key] = data[key];
      return out as RecapData;
    }),
  );
}
