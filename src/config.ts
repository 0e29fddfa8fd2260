import { resolve } from "node:path";
import type { SubscribeConfig } from "./lib/email/subscribe";

/**
 * Site-wide constants. Editors change these; code never hard-codes them elsewhere.
 */
export const SITE = {
  /** Shown in the header, titles and feeds. */
  title: "benchdigest",
  /** Default meta description. */
  description: "Daily AI recaps joined to the benchmarks they talk about: scores, token bills and what it cost to get there.",
  /** Absolute site URL (canonical links, feeds, sitemap). Override with SITE_URL. */
  url: process.env.SITE_URL ?? "https://benchdigest.example.org",
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
 * The content root: the folder holding `content/recaps/` and `data/`. Tests and fixture sites
 * point BENCHDIGEST_ROOT at another folder; the default is the folder Astro runs in (the
 * project root). Not `import.meta.url`: once bundled, that points into the build output.
 */
export const CONTENT_ROOT = resolve(process.env.BENCHDIGEST_ROOT ?? process.cwd());
/** Where recaps live. */
export const RECAPS_DIR = resolve(CONTENT_ROOT, "content/recaps");
/** Where the CSVs live. */
export const DATA_DIR = resolve(CONTENT_ROOT, "data");

/**
 * A production build runs a full garbage collection after a page when its heap has grown to this
 * many times what the last collection left, and to at least this many MB, so that its peak memory
 * stays near its live data (src/lib/build/heapGrowthGc.ts, docs/performance.md). 0 MB turns it off.
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

/** Items in each feed (RSS, Atom, JSON Feed; site-wide and per topic or model), newest first. */
export const FEED_ITEM_LIMIT = 20;

/**
 * Entries on the data changelog's front page `/changes/`, newest first; every entry stays on its
 * year's page `/changes/<year>/`.
 */
export const CHANGES_ON_INDEX = 40;

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

/** A recap gets a table of contents when it has at least this many section headings. */
export const TOC_MIN_HEADINGS = 4;

/** Default social image (1200×630, under public/). */
export const OG_DEFAULT_IMAGE = "/og-default.png";
