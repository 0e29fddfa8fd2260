/**
 * Every URL the site makes, in one place (AstroPaper's `getPath`): pages, feeds and downloads link
 * through these helpers and never write a URL template by hand, so a route changes in one line.
 * Paths are site-relative with the trailing slash the site uses (`trailingSlash: "always"`);
 * feeds make them absolute against the site URL.
 */
import type { TagType } from "../../schemas/tagAlias";
import { slugify } from "../content/slugify";

/** A recap page. @example recapPath("2026-02-17-sonnet-4-6") // "/recaps/2026-02-17-sonnet-4-6/" */
export const recapPath = (id: string): string => `/recaps/${id}/`;

/** The recap archive: `/recaps/`, then `/recaps/2/` ...; by year `/recaps/2026/`, by month `/recaps/2026/02/`. */
export const archivePath = ({ year, month }: { year?: number | string; month?: string } = {}): string =>
  year === undefined ? "/recaps/" : month === undefined ? `/recaps/${year}/` : `/recaps/${year}/${month}/`;

/**
 * The archive route that the recap page `/recaps/<id>/` would land on, or undefined. The archive
 * shares `/recaps/` with the recaps: its later pages (`/recaps/2/`), years (`/recaps/2026/`) and
 * months (`/recaps/2026/02/`). Every id of that shape is reserved, whether or not the archive has
 * that page today, so that a recap never vanishes behind an archive page when one appears (a
 * recap with the slug `2026`, or the file `content/recaps/2026/02.md`, was overwritten silently).
 * @example archiveRouteAt("2026") // "/recaps/2026/ (the archive of a year, or one of its later pages)"
 */
export const archiveRouteAt = (id: string): string | undefined => {
  if (/^\d+$/.test(id)) return `${archivePath({ year: id })} (the archive of a year, or one of its later pages)`;
  if (/^\d+\/\d+$/.test(id)) {
    const [year, month] = id.split("/");
    return `${archivePath({ year, month })} (the archive of a month)`;
  }
  return undefined;
};

/** The model index. */
export const modelsPath = (): string => "/models/";

/** A model page. @example modelPath("gpt-5") // "/models/gpt-5/" */
export const modelPath = (id: string): string => `/models/${id}/`;

/** A model's RSS feed of the recaps that mention it. */
export const modelFeedPath = (id: string): string => `/models/${id}/rss.xml`;

/**
 * The page of a model label that names no one registry model (a family, a product, an ambiguous
 * or unknown label; src/lib/models/labelPages.ts): beside the model pages, under a slug that is no
 * model's id. @example modelLabelPath("llama-3") // "/models/llama-3/"
 */
export const modelLabelPath = (slug: string): string => `/models/${slug}/`;

/** A model label's RSS feed (only for labels with `TAG_FEED_MIN_RECAPS` recaps). */
export const modelLabelFeedPath = (slug: string): string => `/models/${slug}/rss.xml`;

/** The lab index. */
export const labsPath = (): string => "/labs/";

/** A lab page, by the lab's name as written in the registry. @example labPath("Moonshot AI") // "/labs/moonshot-ai/" */
export const labPath = (lab: string): string => `/labs/${slugify(lab)}/`;

/** The leaderboard index. */
export const leaderboardsPath = (): string => "/leaderboards/";

/**
 * A leaderboard page. The newest version of a benchmark lives at `/leaderboards/<id>/` (a stable
 * link that follows new versions); every version also has `/leaderboards/<id>/<version>/`. Pass
 * `newest` (the benchmark's newest version) to get the stable link when `version` is the newest.
 * @example leaderboardPath("aa-intelligence-index") // "/leaderboards/aa-intelligence-index/"
 * @example leaderboardPath("aa-intelligence-index", "v4.0") // "/leaderboards/aa-intelligence-index/v4.0/"
 */
export const leaderboardPath = (benchmark: string, version?: string, newest?: string): string =>
  version === undefined || version === newest ? `/leaderboards/${benchmark}/` : `/leaderboards/${benchmark}/${version}/`;

/** A board's download file name: `aa-intelligence-index-v4.0.csv` and `.json`. */
export const downloadName = (benchmark: string, version: string, ext: "csv" | "json"): string => `${benchmark}-${version}.${ext}`;

/** A board's download: `/data/aa-intelligence-index-v4.0.csv`. */
export const downloadPath = (benchmark: string, version: string, ext: "csv" | "json"): string => `/data/${downloadName(benchmark, version, ext)}`;

/** A tag index: `/topics/`, `/companies/`, `/people/`. */
export const tagIndexPath = (type: TagType): string => `/${type}/`;

/** A tag page (and its later pages). @example tagPath("topics", "agents") // "/topics/agents/" */
export const tagPath = (type: TagType, slug: string): string => `/${type}/${slug}/`;

/** A tag's RSS feed (built only for tags with `TAG_FEED_MIN_RECAPS` recaps; see `SiteData.hasTagFeed`). */
export const tagFeedPath = (type: TagType, slug: string): string => `/${type}/${slug}/rss.xml`;

/**
 * One letter of a tag index's compact A-Z list, when the list is too long for the index itself
 * (src/lib/content/tagIndexPlan.ts). No tag page collides with it: a tag called "all" has its
 * pages at `/topics/all/` and `/topics/all/2/`, never under a letter.
 * @example tagLetterPath("topics", "a") // "/topics/all/a/"
 */
export const tagLetterPath = (type: TagType, letter: string): string => `/${type}/all/${letter}/`;

/** The digest index. */
export const digestsPath = (): string => "/digests/";

/** A weekly digest. @example digestPath("2026-w08") // "/digests/2026-w08/" */
export const digestPath = (key: string): string => `/digests/${key}/`;

/** The index of every download: `/data/index.json` (boards, their files and models; compare pages). */
export const downloadIndexPath = (): string => "/data/index.json";

/** The site-wide feeds. */
export const FEED_PATHS = { rss: "/rss.xml", atom: "/atom.xml", json: "/feed.json" } as const;

/** A plot rendered as PNG for feed readers. */
export const feedImagePath = (name: string): string => `/feed-images/${name}`;

/** The search page. */
export const searchPath = (): string => "/search/";

/**
 * A board view that needs no JavaScript: its open-weights models, or one lab's, under the
 * version's own page. @example leaderboardViewPath("gso", "v1", { kind: "lab", slug: "openai" }) // "/leaderboards/gso/v1/labs/openai/"
 */
export const leaderboardViewPath = (benchmark: string, version: string, view: { kind: "open-weights" | "lab"; slug: string }): string =>
  view.kind === "open-weights" ? `/leaderboards/${benchmark}/${version}/open-weights/` : `/leaderboards/${benchmark}/${version}/labs/${view.slug}/`;

/**
 * The data changelog: `/changes/` (the newest entries), `/changes/2026/` (every entry of a year).
 * @example changesPath() // "/changes/"
 * @example changesPath(2026) // "/changes/2026/"
 */
export const changesPath = (year?: number): string => (year === undefined ? "/changes/" : `/changes/${year}/`);

/**
 * One changelog entry's permanent address: its anchor on its year's page (the index shows only the
 * newest entries, so an anchor there would not last).
 * @example changePath({ id: "version-gso-bench-v1", date: new Date("2025-11-30") }) // "/changes/2025/#version-gso-bench-v1"
 */
export const changePath = (entry: { id: string; date: Date }): string => `${changesPath(entry.date.getUTCFullYear())}#${entry.id}`;

/** The changelog's feeds. */
export const CHANGES_FEED_PATHS = { rss: "/changes/rss.xml", atom: "/changes/atom.xml" } as const;

/**
 * Comparisons: the index with the picker (`/compare/`), a pre-built pair (`/compare/<a>-vs-<b>/`,
 * the slug from `compareSlug`), or the picker with models chosen (`/compare/?a=gpt-5&b=o3`).
 * @example comparePath("claude-opus-4-6-vs-gpt-5-4") // "/compare/claude-opus-4-6-vs-gpt-5-4/"
 * @example comparePickerPath("gpt-5") // "/compare/?a=gpt-5"
 */
export const comparePath = (slug?: string): string => (slug === undefined ? "/compare/" : `/compare/${slug}/`);
export const comparePickerPath = (a: string, b?: string): string => `/compare/?${new URLSearchParams(b === undefined ? { a } : { a, b }).toString()}`;

/**
 * Social images (1200×630 PNG, rendered at build time): one per benchmark version and one per model.
 * @example leaderboardImagePath("aa-intelligence-index", "v4.0") // "/og/leaderboards/aa-intelligence-index-v4.0.png"
 * @example modelImagePath("gpt-5") // "/og/models/gpt-5.png"
 */
export const leaderboardImagePath = (benchmark: string, version: string): string => `/og/leaderboards/${benchmark}-${version}.png`;
export const modelImagePath = (id: string): string => `/og/models/${id}.png`;

/** The plots a leaderboard has, as embed URL segments. */
const EMBED_PLOTS = ["tokens", "cost", "tokens-per-task", "cost-per-task", "history", "open-closed", "cost-to-reach"] as const;
/** One of `EMBED_PLOTS`. */
export type EmbedPlot = (typeof EMBED_PLOTS)[number];

/**
 * Embeds, for other sites to frame: a board (`/embed/leaderboards/<id>/<version>/`) or one of its
 * plots (`/embed/leaderboards/<id>/<version>/<plot>/`). Always the exact version: an embed on
 * someone else's page must not change meaning when a new version appears.
 * @example embedPath("gso-bench", "v1") // "/embed/leaderboards/gso-bench/v1/"
 * @example embedPath("gso-bench", "v1", "history") // "/embed/leaderboards/gso-bench/v1/history/"
 */
export const embedPath = (benchmark: string, version: string, plot?: EmbedPlot): string => `/embed/leaderboards/${benchmark}/${version}/${plot === undefined ? "" : `${plot}/`}`;

/** Everything under this prefix may be framed by other sites (see docs/embedding.md). */
export const EMBED_PREFIX = "/embed/";

/**
 * A recap's email edition, served in `npm run dev` only (as `/email/`, not `email.html`: the dev
 * server reads a `.html` request as the page of the same name).
 * @example emailEditionPath("2026-02-17-x") // "/recaps/2026-02-17-x/email/"
 */
export const emailEditionPath = (id: string): string => `/recaps/${id}/email/`;
