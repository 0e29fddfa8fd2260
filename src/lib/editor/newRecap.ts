import { stringify } from "yaml";
import { parseDateCell } from "../../schemas/cells";
import { slugify } from "../content/slugify";

/** What `npm run new` was asked for. */
export interface NewRecapOptions {
  title: string;
  /** `YYYY-MM-DD`. */
  date: string;
  /** `.mdx` (the default: components allowed) or `.md`. */
  format: "md" | "mdx";
  /** File-name slug; default: the title slugified. */
  slug?: string;
  models?: readonly string[];
  companies?: readonly string[];
  topics?: readonly string[];
  people?: readonly string[];
  /** Default true: a new recap shows only in `npm run dev` until an editor publishes it. */
  draft?: boolean;
}

/** The file to write, or why not. */
export type NewRecapResult = { ok: true; fileName: string; text: string; note?: string } | { ok: false; message: string };

/** A YAML scalar that reads back as exactly `s`, quoted only when it must be (`"true"`, `"a: b"`). */
const scalar = (s: string) => stringify(s, { lineWidth: 0 }).trimEnd();
const quote = (s: string) => JSON.stringify(s);

/** A YAML block list (one item a line, so that `npm run check` can point at each), or `[]`. */
function list(key: string, items: readonly string[] = []): string {
  return items.length ? `${key}:\n${items.map((i) => `  - ${scalar(i)}`).join("\n")}` : `${key}: []`;
}

/**
 * The text of a new recap: complete frontmatter (every field the schema knows that an editor
 * fills by hand, with a comment saying what it is for) and a body placeholder. It is a draft by
 * default, so an unfinished recap never reaches the public site. The result passes the build's
 * schema as it is; the CLI checks that before writing.
 * @example newRecap({ title: "Claude Sonnet 4.6 lands", date: "2026-02-17", format: "mdx" }).fileName
 *   // "2026-02-17-claude-sonnet-4-6-lands.mdx"
 */
/**
 * How the body `npm run new` writes starts: the placeholder the editor replaces. `npm run check`
 * warns of a published recap that still holds it (src/lib/content/recapRules.ts).
 */
export const PLACEHOLDER_BODY_START = "Write the recap here in Markdown";

export function newRecap(o: NewRecapOptions): NewRecapResult {
  const title = o.title.trim();
  if (title === "") return { ok: false, message: 'expected a title, e.g. npm run new -- "Claude Sonnet 4.6 lands"' };
  const date = parseDateCell(o.date);
  if (!date.ok || !/^\d{4}-\d{2}-\d{2}$/.test(o.date.trim())) return { ok: false, message: `--date: expected ${date.ok ? "a date such as 2026-02-17" : date.expected}, found ${quote(o.date)}` };
  const slug = slugify(o.slug ?? title);
  // slugify gives any non-blank text a slug (its code points when it has no ASCII); a file name
  // made of an emoji's code point would say nothing, so a title without letters or digits asks for --slug.
  if (slug === "" || !/[\p{L}\p{N}]/u.test(o.slug ?? title)) return { ok: false, message: `the title ${quote(title)} has no letters or digits to make a file name from; pass --slug some-words` };
  const day = o.date.trim();
  const draft = o.draft ?? true;
  const frontmatter = [
    "---",
    `title: ${scalar(title)}`,
    `date: ${day}`,
    "# One or two sentences for the recap lists, feeds and search results.",
    'description: ""',
    draft ? "# Drafts show only in `npm run dev`; delete this line (or set it to false) to publish." : "",
    draft ? "draft: true" : "",
    "# Model ids or aliases from data/models.csv (other names get a label page, without scores).",
    list("models", o.models),
    list("companies", o.companies),
    list("topics", o.topics),
    list("people", o.people),
    "---",
  ].filter((l) => l !== "");
  const hint =
    o.format === "mdx"
      ? `${PLACEHOLDER_BODY_START}. In an .mdx recap you can also use components such as\n\`<Leaderboard benchmark="aa-intelligence-index" />\`; see docs/editing.md.`
      : `${PLACEHOLDER_BODY_START}; see docs/editing.md.`;
  // Slugs are ASCII: words in a script that does not fold to it are left out of a title that also
  // has ASCII ("文心一言 4.5 发布" gives "4-5"), and a title without any is named by its code points.
  const folds = (w: string) => /[a-z0-9]/i.test(w.normalize("NFKD"));
  const left = o.slug === undefined ? (title.match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => !folds(w)) : [];
  const note = !left.length
    ? undefined
    : folds(title)
      ? `the file name leaves out ${left.map(quote).join(", ")} (file names and URLs are ASCII); pass --slug some-words to choose it`
      : "the title has no letters that make an ASCII file name, so it is named by the letters' code points; pass --slug some-words for a readable one";
  return { ok: true, fileName: `${day}-${slug}.${o.format}`, text: `${frontmatter.join("\n")}\n\n${hint}\n`, ...(note && { note }) };
}

/** Splits a `--models a,b` option into trimmed, non-empty items. */
export function splitList(value: string | undefined): string[] {
  return (value ?? "").split(",").map((s) => s.trim()).filter(Boolean);
}

/** Today's date on the editor's calendar (local time), as `YYYY-MM-DD`. */
export function localToday(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
