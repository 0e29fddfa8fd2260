import type { createRecapSchema } from "../../schemas/recap";
import { slugify } from "../content/slugify";
import { validateRecap } from "../content/validateRecap";
import { InputError, type Problem } from "../errors";
import { readFrontmatter } from "../check/readFrontmatter";
import { mapFrontmatter } from "./mapFrontmatter";

/** A file of the archive being imported. */
export interface ArchiveFile {
  /** Path inside the archive folder. @example "23-12-06-ainews-is-googles-gemini-legit.md" */
  name: string;
  /** Path shown in messages. */
  file: string;
  source: string;
}

/** What happens to one archive file. */
export interface PlannedRecap {
  from: string;
  /** File name under content/recaps/. @example "2023-12-06-is-googles-gemini-legit.md" */
  to: string;
  text: string;
  /** What was normalised: the file name, frontmatter keys. Empty when copied as it is. */
  changes: string[];
  /** Whether the frontmatter was rewritten (otherwise the file is copied byte for byte). */
  rewritten: boolean;
  /** new: to be written; unchanged: the same file is already there; conflict: another file is there. */
  status: "new" | "unchanged" | "conflict";
}

/** The whole import, decided before anything is written. */
export interface RecapImportPlan {
  recaps: PlannedRecap[];
  /** Files that cannot be imported (bad YAML, no date, invalid frontmatter), not written. */
  problems: Problem[];
}

/** Options for `planRecapImport`. */
export interface RecapImportOptions {
  /** The build's recap schema. */
  schema: ReturnType<typeof createRecapSchema>;
  /** Frontmatter keys kept although the schema ignores them (`IGNORED_FRONTMATTER_KEYS`). */
  keepKeys: readonly string[];
  /** Newsletter-name prefixes removed from file names. @example ["ainews"] */
  stripPrefixes: readonly string[];
  /** The text of an existing file in content/recaps/, or undefined. */
  existing: (fileName: string) => string | undefined;
}

/**
 * The slug part of an archive file name: without a leading date (`23-12-06-` or `2023-12-06-`),
 * a newsletter-name prefix (`ainews-`) and a leading number that is the same date again
 * (`12252023`, `1162024`), slugified.
 * @example archiveSlug("23-12-25-ainews-12252023-nous-hermes-2.md", "2023-12-25", ["ainews"]) // "nous-hermes-2"
 */
export function archiveSlug(name: string, day: string, stripPrefixes: readonly string[]): string {
  let stem = name.split("/").pop()!.replace(/\.(md|mdx|markdown)$/i, "");
  const named = fileNameDay(name);
  stem = stem.replace(/^(\d{4}|\d{2})-\d{2}-\d{2}[-_]?/, "");
  for (const prefix of stripPrefixes) {
    if (prefix && stem.toLowerCase().startsWith(`${prefix.toLowerCase()}-`)) stem = stem.slice(prefix.length + 1);
  }
  // The number may repeat the frontmatter's date or the file name's (they can differ by a day).
  const sameDate = new Set<string>();
  for (const date of [day, named]) {
    if (!date) continue;
    const [y, m, d] = date.split("-").map(Number);
    const mm = String(m).padStart(2, "0");
    const dd = String(d).padStart(2, "0");
    for (const s of [`${m}${d}${y}`, `${mm}${dd}${y}`, `${y}${mm}${dd}`]) sameDate.add(s);
  }
  const first = /^(\d+)-(.+)$/.exec(stem);
  if (first && sameDate.has(first[1])) stem = first[2];
  return slugify(stem);
}

/** The date a file name starts with (`23-12-25-...` or `2023-12-25-...`) as YYYY-MM-DD, if any. */
export function fileNameDay(name: string): string | undefined {
  const m = /^(\d{4}|\d{2})-(\d{2})-(\d{2})(?:[-_.]|$)/.exec(name.split("/").pop()!);
  if (!m) return undefined;
  return `${m[1].length === 2 ? `20${m[1]}` : m[1]}-${m[2]}-${m[3]}`;
}

/**
 * Decides what importing an archive does, without writing anything: each file's new name
 * `<YYYY-MM-DD>-<slug>.<md|mdx>` (the date from its frontmatter), its frontmatter mapped to ours
 * (`mapFrontmatter`), its body kept byte for byte, validated with the build's schema. Markdown
 * stays `.md` and MDX stays `.mdx`: archives are full of raw HTML, `{` and `<` that MDX would
 * read as code, so Markdown is never turned into MDX.
 */
export function planRecapImport(files: readonly ArchiveFile[], o: RecapImportOptions): RecapImportPlan {
  const recaps: PlannedRecap[] = [];
  const problems: Problem[] = [];
  const taken = new Map<string, string>();
  for (const f of files) {
    const read = readFrontmatter(f.source, f.file);
    if (!read.ok) {
      problems.push(...read.problems);
      continue;
    }
    const text = f.source.charCodeAt(0) === 0xfeff ? f.source.slice(1) : f.source;
    const lines = text.split(/(?<=\n)/);
    const end = lines.findIndex((l, i) => i > 0 && /^---[ \t]*\r?$/.test(l.replace(/\n$/, "")));
    const yamlText = lines.slice(1, end).join("");
    const body = lines.slice(end + 1).join("");
    const mapped = mapFrontmatter(yamlText, o.keepKeys);
    if (!mapped) {
      problems.push({ file: f.file, line: 1, message: "expected frontmatter fields such as `title:` and `date:`" });
      continue;
    }
    if (!mapped.day) {
      problems.push({ file: f.file, line: 1, field: "date", message: `expected a date field (date, pubDate, published...) with a date such as 2026-02-17, to name the file` });
      continue;
    }
    try {
      validateRecap(o.schema, mapped.data, { file: f.file, source: f.source });
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      problems.push(...error.problems);
      continue;
    }
    const ext = /\.mdx$/i.test(f.name) ? "mdx" : "md";
    const slug = archiveSlug(f.name, mapped.day, o.stripPrefixes) || slugify(String(mapped.data.title));
    const to = `${mapped.day}-${slug}.${ext}`;
    const changes = [...mapped.changes];
    const base = f.name.split("/").pop()!;
    // AINews stamps an issue with its send time in UTC, often past midnight: the name follows the frontmatter.
    const named = fileNameDay(f.name);
    if (named && named !== mapped.day) changes.unshift(`dated ${mapped.day} as in its frontmatter (the old file name said ${named})`);
    if (base !== to) changes.unshift(`renamed from ${base}`);
    // The body is copied as it is; only a changed frontmatter is rewritten.
    const out = mapped.changes.length ? `---\n${mapped.yaml}---\n${body}` : text;
    const prior = taken.get(to);
    if (prior) {
      problems.push({ file: f.file, line: 1, message: `would be imported as ${to}, like ${prior}; rename one of them` });
      continue;
    }
    taken.set(to, f.file);
    const existing = o.existing(to);
    const status = existing === undefined ? "new" : existing === out ? "unchanged" : "conflict";
    recaps.push({ from: f.file, to, text: out, changes, rewritten: mapped.changes.length > 0, status });
  }
  return { recaps, problems };
}
