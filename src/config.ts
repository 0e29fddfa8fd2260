import type { SubscribeConfig } from "./lib/email/subscribe";

/**
 * The site URL the project ships with, so that it builds out of the box. While SITE.url is this,
 * the build warns and `npm run check -- --strict` fails (src/lib/check/siteUrl.ts).
 */
export const EXAMPLE_SITE_URL = "https://benchdigest.example.org";

/**
 * Site-wide constants. Editors change these; code never hard-codes them elsewhere.
 */
export const SITE = {
  /**
   * Shown in the header, titles, feeds and the default social image (/og-default.png, drawn at
   * build time from title and description: src/pages/og-default.png.ts).
   */
  title: "benchdigest",
  /** Default meta description; also drawn into the default social image under the title. */
  description: "Daily AI recaps joined to the benchmarks they talk about: scores, token bills and what it cost to get there.",
  /**
   * The address the site is published at: every canonical link, feed link and sitemap entry is
   * made from it, and astro.config.mjs reads it from here (the one place it is set). Replace the
   * example with your own; SITE_URL overrides it for one build (a preview deploy). While it is the
   * example, the build warns and `npm run check -- --strict` fails.
   */
  url: process.env.SITE_URL || EXAMPLE_SITE_URL,
  /** Language of the pages (`<html lang>`), a BCP 47 tag: `en`, `en-US`, `de-CH`. */
  lang: "en",
  /**
   * Open Graph locale (`og:locale`), language_TERRITORY: `en_GB`. Leave it `undefined` to derive
   * it from `lang` when lang names a region (`en-US` gives `en_US`); with a bare `lang` such as
   * `en` and no locale, pages carry no og:locale (src/lib/share/ogLocale.ts).
   */
  locale: "en_GB" as string | undefined,
  /** Publisher named in feeds. */
  author: "benchdigest editors",
  /** The line in every page's footer, after the title: "<title>: <tagline>". Empty for none. */
  tagline: "AI recaps joined to their benchmarks. Every figure links to its source.",
} as const;

/**
 * The search index is split into bundles when the searchable pages add up to more than this many
 * MB of HTML (src/lib/search/searchShards.ts). Pagefind holds up to about 11 times the recap HTML
 * it indexes in memory, so 256 MB keeps its peak near 3 GB. A split index ranks each bundle on its
 * own statistics (each bundle is a random sample of the site, so the ranking stays close, but a
 * rare word can bring weak matches from bundles that lack it), so lower it only for a build
 * machine with less memory: at 48 the 700 full-size issues of the bench index in five bundles.
 * BD_SEARCH_SHARD_BYTES overrides it for one build (the tests split a small site so).
 */
export const SEARCH_BUNDLE_MAX_MB = 256;

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
 * stays near its live data (src/integrations/heapGrowthGc.ts, docs/performance.md). 0 MB turns it off.
 */
export const BUILD_GC_FACTOR = 2;
export const BUILD_GC_FLOOR_MB = 256;

/**
 * Whether a score that a lab reported for its own model (`measured_by: lab` in a results CSV)
 * counts for the ranks. Off by default: such claims are listed under the board with their
 * source, and ranked only once an independent evaluator (or a relayed report) gives a score.
 */
export const RANK_LAB_CLAIMS = false;

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
 * per letter. Built from the 41 AINews sample issues: 27 of 276 topics lead, the other 249 fold
 * (/topics/ 1,056 px tall instead of 4,459); the 701-issue archive has 2,234 topics, 74% on one
 * recap (docs/editing.md, "Tags at archive scale").
 */
export const TAG_INDEX_MIN_RECAPS = 3;
export const TAG_INDEX_MAIN_LIMIT = 200;
export const TAG_INDEX_INLINE_REST_LIMIT = 400;

/**
 * A topic, company or person gets its own feed from this many published recaps on; below it the
 * tag page links the site-wide feed. Built from the 41 AINews sample issues: 35 tag feeds instead
 * of 525 (docs/editing.md, "Tags at archive scale").
 */
export const TAG_FEED_MIN_RECAPS = 5;

/**
 * A model page gets its own feed (the recaps that mention it) from this many published recaps on;
 * below it the page links the site-wide feed. Lower than for tags because models are a registry,
 * not free tagging: their number grows with the models named, not with every word an editor tags
 * with, and a reader wants a model's feed from its launch recap on. 1 drops only the feeds that
 * would stay empty: 59 of 126 model feeds on the 41 AINews issues, 34 of 89 on the sample site.
 * (At 5, as for tags, the 41 AINews issues would keep none: no model is in more than 4.)
 */
export const MODEL_FEED_MIN_RECAPS = 1;

/** Items in each feed (RSS, Atom, JSON Feed; site-wide and per topic or model), newest first. */
export const FEED_ITEM_LIMIT = 20;

/**
 * Entries on the data changelog's front page `/changes/`, newest first; every entry stays on its
 * year's page `/changes/<year>/`.
 */
export const CHANGES_ON_INDEX = 40;

/**
 * Data changes a weekly digest lists, newest first; it counts all of them per board and links the
 * rest on /changes/ (an imported history put 3,270 into one digest).
 */
export const DIGEST_CHANGES_SHOWN = 20;

/**
 * Reports a model page shows per benchmark version, newest first; the earlier ones fold under a
 * "N earlier reports" disclosure (no script). LMArena's Elo history gave GPT-4o 107 rows on one
 * board, pushing its other benchmarks 4,500 px down the page.
 */
export const MODEL_PAGE_REPORTS_SHOWN = 10;

/** New entries and score changes a digest lists per board, best first; the board has the rest. */
export const DIGEST_BOARD_ROWS_SHOWN = 10;

/**
 * Pre-built comparison pages `/compare/<a>-vs-<b>/`: at most this many pairs, the ones that come
 * up most (named together in recaps, next to each other in a board's top ten; see
 * src/lib/compare/comparePairs.ts). Any other pair is one pick away in the picker on `/compare/`.
 */
export const COMPARE_MAX_PAIRS = 60;

/** Rows of a leaderboard embed (`/embed/leaderboards/<id>/<version>/`); the full board is one link away. */
export const EMBED_BOARD_ROWS = 10;

/**
 * Who may frame the embeds: the `frame-ancestors` sources written into the host headers file
 * (dist/_headers) for `/embed/`. `*` lets any site embed them; list origins
 * (`https://example.org https://news.example.com`) to allow only those. Every other page is sent
 * with `frame-ancestors 'none'`.
 */
export const EMBED_FRAME_ANCESTORS = "*";

/**
 * The subscribe form in every page's footer: a plain form that posts the reader's address to the
 * newsletter service (no script). One of
 * `{ provider: "buttondown", account: "<username>" }`, `{ provider: "kit", account: "<form id>" }`,
 * `{ provider: "mailchimp", url: "<the embedded form's action URL>" }`, or
 * `{ provider: "custom", name, url, emailField, hidden? }`; `undefined` for no form. The site's
 * Content-Security-Policy follows it (astro.config.mjs). docs/email.md explains each service.
 */
export const SUBSCRIBE: SubscribeConfig | undefined = { provider: "buttondown", account: "benchdigest" };

/** A recap gets a table of contents when its top two heading levels hold at least this many headings. */
export const TOC_MIN_HEADINGS = 4;

/** A table of contents longer than this lists the top level only, each section's subsections folded under it. */
export const TOC_FOLD_AT = 30;

/**
 * The default social image (1200×630 PNG) of the pages without one of their own (home, recaps,
 * archive, search, 404): drawn at every build from SITE.title and SITE.description
 * (src/pages/og-default.png.ts), so that it always names this site.
 */
export const OG_DEFAULT_IMAGE = "/og-default.png";

/**
 * Remote images in recap bodies (`![chart](https://cdn.example.org/chart.png)`, `<img src>` in raw
 * HTML), see docs/images.md:
 * - `"load"`: readers' browsers load them from their hosts (lazily, with their size where the recap
 *   gives one); the pages' CSP allows `https:` images. The hosts see each reader's IP address.
 * - `"download"`: the build downloads each one into the site (`/remote-images/<sha256>.<ext>`,
 *   cached between builds) and the pages point at the copy; the CSP allows the site's own images
 *   only. An image that cannot be downloaded is a build warning and becomes a link to it.
 * - `"block"`: each becomes a link to the image, with its alt text; nothing is loaded.
 * `http:` images are upgraded to `https:` in every mode.
 */
export const REMOTE_IMAGES: "load" | "download" | "block" = "load";

/** `"download"` only: the largest image the build downloads, in bytes; a larger one becomes a link. */
export const REMOTE_IMAGE_MAX_BYTES = 5 * 1024 * 1024;

/** `"download"` only: how long the build waits for one image, in milliseconds. */
export const REMOTE_IMAGE_TIMEOUT_MS = 15_000;
