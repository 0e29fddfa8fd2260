/**
 * The site URL the project ships with, so that it builds out of the box. While SITE.url is this,
 * the build warns and `npm run check -- --strict` fails (src/lib/check/siteUrl.ts).
 */
export const EXAMPLE_SITE_URL = "https://benchdigest.example.org";

/**
 * Site-wide constants. Editors change these; code never hard-codes them elsewhere.
 */
export const SITE = {
  /** Shown in the header, titles and feeds. */
  title: "benchdigest",
  /** Default meta description. */
  description: "Daily AI recaps joined to the benchmarks they talk about: scores, token bills and what it cost to get there.",
  /**
   * The address the site is published at: every canonical link, feed link and sitemap entry is
   * made from it, and astro.config.mjs reads it from here (the one place it is set). Replace the
   * example with your own; SITE_URL overrides it for one build (a preview deploy). While it is the
   * example, the build warns and `npm run check -- --strict` fails.
   */
  url: process.env.SITE_URL || EXAMPLE_SITE_URL,
  /** Language of the pages. */
  lang: "en",
  /** Publisher named in feeds. */
  author: "benchdigest editors",
} as const;

/** Number of recaps on the home page. */
export const HOME_RECAP_COUNT = 8;

/**
 * Frontmatter keys that newsletter-platform exports carry and that recaps may keep: accepted and
 * ignored. Any other unknown key is an error.
 */
export const IGNORED_FRONTMATTER_KEYS: readonly string[] = ["id", "original_slug"];

/**
 * A production build runs a full garbage collection after a page when its heap has grown to this
 * many times what the last collection left, and to at least this many MB, so that its peak memory
 * stays near its live data (src/lib/build/heapGrowthGc.ts, docs/performance.md). 0 MB turns it off.
 */
export const BUILD_GC_FACTOR = 2;
export const BUILD_GC_FLOOR_MB = 256;

/**
 * Leaderboard movement compares each board with the board as it stood this many days before its
 * newest report (new entry, rank up or down, score change).
 */
export const LEADERBOARD_MOVEMENT_DAYS = 30;

/** Recaps per page on the archive `/recaps/` and on tag pages. */
export const RECAPS_PER_PAGE = 20;

/**
 * Tag index pages (`/topics/`, `/companies/`, `/people/`) at archive scale (see
 * src/lib/content/tagIndexPlan.ts and docs/editing.md): tags with at least TAG_INDEX_MIN_RECAPS
 * recaps lead, by count, at most TAG_INDEX_MAIN_LIMIT of them; the others follow as a compact A-Z
 * list, on the index page while they are at most TAG_INDEX_INLINE_REST_LIMIT, else on one page
 * per letter. On the 41 AINews sample issues: 27 of 282 topics lead; on the 701-issue archive
 * 2,234 topics, 74% on one recap.
 */
export const TAG_INDEX_MIN_RECAPS = 3;
export const TAG_INDEX_MAIN_LIMIT = 200;
export const TAG_INDEX_INLINE_REST_LIMIT = 400;

/**
 * A topic, company, person (or model) gets its own feed from this many published recaps on; below
 * it the site-wide feed serves. On the 41 AINews sample issues: 33 tag feeds instead of 550.
 */
export const TAG_FEED_MIN_RECAPS = 5;

/** Items in each feed (RSS, Atom, JSON Feed; site-wide and per topic or model), newest first. */
export const FEED_ITEM_LIMIT = 20;

/** A recap gets a table of contents when its top two heading levels hold at least this many headings. */
export const TOC_MIN_HEADINGS = 4;

/** A table of contents longer than this lists the top level only, each section's subsections folded under it. */
export const TOC_FOLD_AT = 30;

/** Default social image (1200×630, under public/). */
export const OG_DEFAULT_IMAGE = "/og-default.png";
