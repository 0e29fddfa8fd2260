import { parseDocument, isMap, isScalar, type Document, type Pair } from "yaml";
import { RECAP_KEYS } from "../../schemas/recap";
import { parseDateCell } from "../../schemas/cells";

/** Keys other newsletter platforms use for the issue date, in order of preference. */
const DATE_KEYS = ["date", "pubDate", "pubdate", "publishDate", "publish_date", "published_at", "publishedAt", "date_published", "published", "created"] as const;
/** Keys whose lists are merged into `topics`. */
const TOPIC_KEYS = ["topics", "tags", "categories", "keywords"] as const;
/** Keys read as `description` when it is missing. */
const DESCRIPTION_KEYS = ["description", "summary", "excerpt", "subtitle"] as const;
/** Keys read as `image` when it is missing. */
const IMAGE_KEYS = ["image", "cover", "coverImage", "heroImage", "ogImage", "thumbnail"] as const;
const LIST_KEYS = ["models", "companies", "topics", "people"] as const;

/** The outcome of mapping one file's frontmatter. */
export interface MappedFrontmatter {
  /** The new YAML (without the `---` fences); the original text when nothing changed. */
  yaml: string;
  /** The mapped values, for validation and the file name. */
  data: Record<string, unknown>;
  /** What was changed, for the summary. @example ["pubDate → date", "tags, categories → topics"] */
  changes: string[];
  /** The day as the site shows it (`YYYY-MM-DD`, UTC), for the file name, or undefined when there is none. */
  day?: string;
}

const keyOf = (pair: Pair) => (isScalar(pair.key) ? String(pair.key.value) : String(pair.key));

/** `"a, b"` or `["a", "b"]` as a list of strings; anything else as undefined. */
function asList(value: unknown): string[] | undefined {
  if (value === null || value === undefined) return [];
  if (typeof value === "string") return value.split(",").map((s) => s.trim()).filter(Boolean);
  if (Array.isArray(value) && value.every((v) => typeof v === "string" || typeof v === "number")) return value.map(String);
  return undefined;
}

/** A date value as our schema accepts it (a Date, or an ISO string), or undefined. */
function normaliseDate(value: unknown): { value: Date | string; day: string; converted: boolean } | undefined {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return { value, day: value.toISOString().slice(0, 10), converted: false };
  if (typeof value !== "string") return undefined;
  const ok = parseDateCell(value);
  // The day the site shows, UTC's, as for an unquoted date (found in review: a quoted
  // `2023-12-06T23:00:00-05:00` was given a file name of the 6th, its page and the unquoted form the 7th).
  if (ok.ok) return { value, day: ok.value.toISOString().slice(0, 10), converted: false };
  // RSS-style dates ("Wed, 06 Dec 2023 10:00:00 GMT"): convert to ISO.
  const parsed = new Date(value);
  if (Number.isNaN(parsed.getTime())) return undefined;
  return { value: parsed.toISOString(), day: parsed.toISOString().slice(0, 10), converted: true };
}

/**
 * Maps another platform's frontmatter to ours, editing the YAML document in place so that
 * untouched fields keep their exact text (folded descriptions, quotes, comments):
 * `pubDate`/`published`/... → `date` (RSS-style dates converted to ISO), `published: false` →
 * `draft: true`, `tags`/`categories`/`keywords` merged into `topics`, `summary`/`excerpt` →
 * `description`, `cover`/`heroImage`/... → `image`, empty lists removed, comma-separated strings
 * split into lists. Keys we do not know are removed and listed in `changes` (the schema would
 * refuse them), except `keep` (the ignored keys such as `id`, `original_slug`, kept for tracing
 * an issue back to its source). Returns undefined for YAML that does not parse (the caller
 * reports the syntax error).
 */
export function mapFrontmatter(yamlText: string, keep: readonly string[]): MappedFrontmatter | undefined {
  const doc: Document = parseDocument(yamlText, { customTags: ["timestamp"], uniqueKeys: true });
  if (doc.errors.length || !isMap(doc.contents)) return undefined;
  const map = doc.contents;
  const changes: string[] = [];
  const pairs = () => map.items as Pair[];
  const find = (key: string) => pairs().find((p) => keyOf(p) === key);
  const js = doc.toJS() as Record<string, unknown>;
  const rename = (pair: Pair, to: string) => {
    pair.key = doc.createNode(to);
  };

  // Date: the first date-like key wins; `published: true|false` is a publish flag, not a date.
  const published = find("published");
  if (published && typeof js.published === "boolean") {
    if (js.published === false && !find("draft")) {
      rename(published, "draft");
      published.value = doc.createNode(true);
      changes.push("published: false → draft: true");
    } else {
      map.delete("published");
      changes.push(`dropped published: ${js.published}`);
    }
  }
  let day: string | undefined;
  const dateKeys = DATE_KEYS.filter((k) => find(k) && !(k === "published" && typeof js.published === "boolean"));
  if (dateKeys.length) {
    const [first, ...others] = dateKeys;
    const pair = find(first)!;
    const date = normaliseDate(js[first]);
    if (date) {
      day = date.day;
      if (first !== "date") {
        rename(pair, "date");
        changes.push(`${first} → date`);
      }
      // A date YAML read as a timestamp is written again from its value when the document is
      // (in UTC, without its offset: `2023-12-07T04:00:00`): it keeps the author's text instead.
      const source = isScalar(pair.value) && pair.value.value instanceof Date && pair.value.range ? yamlText.slice(pair.value.range[0], pair.value.range[1]) : undefined;
      // Only text the site reads as a date (`2001-12-14 21:59:43.10 -5`, a YAML timestamp, is not one of them: written as its ISO value).
      if (!date.converted && source !== undefined && /^\d{4}-\d{2}-\d{2}[Tt ]\d/.test(source) && parseDateCell(source).ok) pair.value = doc.createNode(source);
      if (date.converted) {
        pair.value = doc.createNode(date.value);
        changes.push(`date ${JSON.stringify(js[first])} → ${date.value}`);
      }
    }
    for (const k of others) {
      map.delete(k);
      changes.push(`dropped ${k} (the date is taken from ${first})`);
    }
  }

  // Topics: merge every topic-like list, in order, without duplicates.
  const topicKeys = TOPIC_KEYS.filter((k) => find(k));
  if (topicKeys.length) {
    const merged: string[] = [];
    let mergeable = true;
    for (const k of topicKeys) {
      const list = asList(js[k]);
      if (!list) mergeable = false;
      else for (const t of list) if (!merged.includes(t)) merged.push(t);
    }
    const single = topicKeys.length === 1 && topicKeys[0] === "topics";
    if (mergeable && !(single && Array.isArray(js.topics))) {
      const pair = find(topicKeys[0])!;
      rename(pair, "topics");
      pair.value = doc.createNode(merged);
      for (const k of topicKeys.slice(1)) map.delete(k);
      if (!single) changes.push(`${topicKeys.join(", ")} → topics`);
    }
  }

  for (const [target, keys] of [["description", DESCRIPTION_KEYS], ["image", IMAGE_KEYS]] as const) {
    const present = keys.filter((k) => find(k));
    if (!present.length) continue;
    const [first, ...others] = present;
    if (first !== target && typeof js[first] === "string") {
      rename(find(first)!, target);
      changes.push(`${first} → ${target}`);
    }
    for (const k of others) if (k !== target) {
      map.delete(k);
      changes.push(`dropped ${k}`);
    }
  }

  // Lists: a null (`people:`) or comma-separated string becomes what the schema reads.
  for (const k of LIST_KEYS) {
    const pair = find(k);
    if (!pair || k === "topics") continue;
    const raw = js[k];
    if (raw === null) {
      map.delete(k);
      changes.push(`dropped empty ${k}`);
    } else if (typeof raw === "string") {
      pair.value = doc.createNode(asList(raw));
      changes.push(`${k} "${raw}" → list`);
    }
  }

  // Anything else the schema would refuse: removed, and said so.
  for (const pair of [...pairs()]) {
    const k = keyOf(pair);
    if ((RECAP_KEYS as readonly string[]).includes(k) || keep.includes(k)) continue;
    map.delete(k);
    changes.push(`dropped ${k}: ${JSON.stringify(js[k])}`);
  }

  const yaml = changes.length ? doc.toString() : yamlText.endsWith("\n") || yamlText === "" ? yamlText : `${yamlText}\n`;
  return { yaml, data: doc.toJS() as Record<string, unknown>, changes, day };
}
