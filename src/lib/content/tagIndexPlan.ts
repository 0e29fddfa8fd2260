/**
 * What the tag index pages (`/topics/`, `/companies/`, `/people/`) and the per-tag feeds hold
 * at archive scale. A real 701-issue archive has 2,234 topics, 74% of them on one recap: listed
 * whole, /topics/ was 32,545 px tall, and 4,079 feeds were written that almost no reader would
 * subscribe to. So the index leads with the tags that group recaps, by count; the rest follow as
 * a compact A-Z list of names, on the page while short, on one page per letter when long; and a
 * tag gets a feed only once it has enough recaps to be worth following. The thresholds are in
 * src/config.ts; the figures behind them are in docs/editing.md ("Tags at archive scale").
 */

/** The part of a tag these rules read (a `TagSummary` from collectTags fits). */
export interface CountedTag {
  name: string;
  slug: string;
  recapIds: readonly string[];
}

/** Options of `planTagIndex` (from src/config.ts). */
export interface TagIndexOptions {
  /** A tag needs this many recaps for the main list (`TAG_INDEX_MIN_RECAPS`). */
  minRecaps: number;
  /** At most this many tags in the main list, the most used (`TAG_INDEX_MAIN_LIMIT`). */
  mainLimit: number;
  /** Up to this many other tags are listed on the index page itself; more get one page per letter (`TAG_INDEX_INLINE_REST_LIMIT`). */
  inlineRestLimit: number;
}

/** The other tags under one initial. */
export interface TagLetterGroup<T> {
  /** `a` to `z`, or `other` (digits, other scripts). Also the URL segment of its page. */
  letter: string;
  /** Shown as the group's heading: `A` ... `Z`, `0-9 and other`. */
  label: string;
  /** By name. */
  tags: T[];
}

/** What one tag index page shows. */
export interface TagIndexPlan<T> {
  /** The tags that group recaps, most recaps first (ties by name). */
  main: T[];
  /** Every other tag, A to Z. */
  rest: TagLetterGroup<T>[];
  restCount: number;
  /**
   * `inline`: the rest are listed compactly (names and counts, no descriptions) below the main
   * list. `letter-pages`: the index links one page per letter (`/topics/all/<letter>/`) instead.
   */
  restLayout: "inline" | "letter-pages";
}

const byCount = <T extends CountedTag>(a: T, b: T) => b.recapIds.length - a.recapIds.length || a.name.localeCompare(b.name, "en");
const byName = <T extends CountedTag>(a: T, b: T) => a.name.localeCompare(b.name, "en", { sensitivity: "base" }) || a.slug.localeCompare(b.slug);

/**
 * The letter a tag is listed under: the first letter or digit of its name, accents dropped
 * (`_philschmid` under P, `Émile` under E); `other` for a digit or another script.
 * @example tagLetter({ name: "OpenAI" }) // "o"
 */
export function tagLetter(tag: Pick<CountedTag, "name">): string {
  const first = /[\p{L}\p{N}]/u.exec(tag.name.normalize("NFKD"))?.[0].toLowerCase() ?? "";
  return /^[a-z]$/.test(first) ? first : "other";
}

/**
 * Splits one type's tags into the main list and the compact rest (see the module comment). Pure
 * and deterministic: the same tags give the same pages. Options are read, never changed.
 */
export function planTagIndex<T extends CountedTag>(tags: readonly T[], o: TagIndexOptions): TagIndexPlan<T> {
  const sorted = [...tags].sort(byCount);
  const main = sorted.filter((t) => t.recapIds.length >= o.minRecaps).slice(0, Math.max(0, o.mainLimit));
  const inMain = new Set(main.map((t) => t.slug));
  const others = tags.filter((t) => !inMain.has(t.slug)).sort(byName);
  const groups = new Map<string, T[]>();
  for (const t of others) groups.set(tagLetter(t), [...(groups.get(tagLetter(t)) ?? []), t]);
  const rest = [...groups.entries()]
    .sort(([a], [b]) => (a === "other" ? 1 : b === "other" ? -1 : a.localeCompare(b)))
    .map(([letter, list]) => ({ letter, label: letter === "other" ? "0-9 and other" : letter.toUpperCase(), tags: list }));
  return { main, rest, restCount: others.length, restLayout: others.length <= o.inlineRestLimit ? "inline" : "letter-pages" };
}

/**
 * Whether a tag (or a model) gets its own feed: once it has `minRecaps` published recaps
 * (`TAG_FEED_MIN_RECAPS`). Fewer, and a reader is better served by the site-wide feed; the tag
 * page then links that one instead.
 */
export function hasOwnFeed(tag: Pick<CountedTag, "recapIds">, minRecaps: number): boolean {
  return tag.recapIds.length >= minRecaps;
}

/** The tags of one type that get a feed, for `getStaticPaths` of the feed routes. */
export function tagsWithFeeds<T extends CountedTag>(tags: readonly T[], minRecaps: number): T[] {
  return tags.filter((t) => hasOwnFeed(t, minRecaps));
}
