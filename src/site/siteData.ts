/**
 * The one layer between the collections and the pages: everything the reading side joins
 * (mentions, tags, digests, headline figures) is computed here once per build and shared by every
 * page and feed, so a site of thousands of recaps does not redo the joins per page. Pages stay
 * thin: `const site = await getSiteData()` then hand props to components. The computations
 * themselves are plain functions in src/lib (unit-tested there).
 */
import { standInLabels, type StandInLabel } from "../lib/models/standInLabels";
import { getCollection, type CollectionEntry } from "astro:content";
import { readResultRows, RESULT_ROWS_ID } from "../integrations/resultRows";
import type { Result } from "../schemas/result";
import { COMPARE_MAX_PAIRS, LEADERBOARD_MOVEMENT_DAYS, MODEL_FEED_MIN_RECAPS, RANK_LAB_CLAIMS, REMOTE_IMAGES, SITE, TAG_FEED_MIN_RECAPS, TAG_INDEX_INLINE_REST_LIMIT, TAG_INDEX_MAIN_LIMIT, TAG_INDEX_MIN_RECAPS } from "../config";
import { setRemoteImagePolicy } from "../lib/html/sanitizeHtml";
import { getSortedRecaps } from "../lib/content/recaps";
import { buildAliasIndex, type AliasIndex } from "../lib/data/aliasIndex";
import { buildMentionIndex, type MentionIndex } from "../lib/content/mentionIndex";
import { buildTagResolver, collectTags, recapTags, type TagIndex, type TagRef, type TagResolver } from "../lib/content/tags";
import { buildDigests, type Digest } from "../lib/digests/buildDigests";
import type { BenchmarkLike } from "../lib/leaderboard/types";
import { createBoardIndex, type BoardIndex } from "../lib/leaderboard/boardIndex";
import type { HeadlineFigures as HeadlineFiguresOf } from "../lib/leaderboard/headlineFigures";
import { createHeadlineTimeline, type HeadlineTimeline } from "../lib/leaderboard/headlineAsOf";
import { boardPlots } from "../lib/plots/boardPlots";
import { labsByRankedModels } from "../lib/plots/palette";
import { boardsOverTime } from "../lib/leaderboard/frontierOverTime";
import { frontierPlots, type FrontierPlots } from "../lib/plots/frontierPlots";
import { changesByDigest, dataChanges, type ChangeEntry } from "../lib/changes/dataChanges";
import { comparePairs, type ComparePairs } from "../lib/compare/comparePairs";
import { orderedBenchmarks } from "../lib/compare/compareView";
import { compareVersions } from "../lib/leaderboard/versions";
import { slugify } from "../lib/content/slugify";
import { findComponentRefs } from "../lib/content/componentRefs";
import { TAG_TYPES, type TagType } from "../schemas/tagAlias";
import { collectRedirects, type Redirect } from "../lib/content/redirects";
import { InputError } from "../lib/errors";
import { recapPath } from "../lib/routes/paths";
import { modelsWithPages } from "../lib/models/modelPages";
import { hasOwnFeed, type TagIndexOptions } from "../lib/content/tagIndexPlan";
import { panelBoards } from "../lib/views/recapPanel";
import { tagIndexView, type TagIndexView } from "../lib/views/tagIndex";

/** How the tag index pages split their tags (src/config.ts, src/lib/content/tagIndexPlan.ts). */
export const TAG_INDEX_OPTIONS: TagIndexOptions = { minRecaps: TAG_INDEX_MIN_RECAPS, mainLimit: TAG_INDEX_MAIN_LIMIT, inlineRestLimit: TAG_INDEX_INLINE_REST_LIMIT };
import { buildLabelPages, type LabelPage } from "../lib/models/labelPages";
import { readFileSync, statSync } from "node:fs";
import { root as siteRoot } from "virtual:benchdigest/site";
import { resolve } from "node:path";
import { modelNameFinder, type ModelNameFinder } from "../lib/content/namedModels";
import { buildCompanyLabMatcher, companyPageName } from "../lib/models/companyLabs";
import { leftOutNote, type LeftOutNote } from "../lib/leaderboard/leftOutNote";
import type { LeftOutRow } from "../schemas/leftOut";

// The sanitiser of the feeds and the email edition applies the site's remote-image policy. Under
// "download" the recap HTML it receives already points at the copies (the recap loader set the
// policy where it renders); the rest of it (an MDX recap's own JSX <img>) keeps its https URL.
// The site's own absolute URLs (the feeds' plot PNGs) are not remote images.
if (REMOTE_IMAGES !== "download") setRemoteImagePolicy({ mode: REMOTE_IMAGES, siteOrigin: new URL(SITE.url).origin });

export type Recap = CollectionEntry<"recaps">;
export type ModelData = CollectionEntry<"models">["data"];
export type BenchmarkData = CollectionEntry<"benchmarks">["data"];
export type ResultData = Result;
export type ProductData = CollectionEntry<"products">["data"];

/** A lab and its models. */
export interface Lab {
  slug: string;
  name: string;
  models: ModelData[];
}

/** A model's figures on the headline benchmark (the newest version that ranks it). */
export type HeadlineFigures = HeadlineFiguresOf<BenchmarkData>;

/** Everything the reading side needs, joined once. */
export interface SiteData {
  /** Newest first; drafts only in `npm run dev`. */
  recaps: Recap[];
  recapsById: Map<string, Recap>;
  models: ModelData[];
  modelsById: Map<string, ModelData>;
  /** The models that get a page (see src/lib/models/modelPages.ts); the others are listed, unlinked. */
  modelPages: ModelData[];
  /** Whether `/models/<id>/` exists. */
  hasModelPage(id: string): boolean;
  /**
   * A page for every `models:` label that names no one model (a family, a product, an ambiguous
   * or unknown label), most recaps first (src/lib/models/labelPages.ts); its slug is no model's id.
   */
  labelPages: LabelPage[];
  /** The label page of a `models:` label that names no model, or undefined. */
  labelPageOf(label: string): LabelPage | undefined;
  /** The registered products (data/products.csv), by id: a product label's page names it. */
  productsById: Map<string, ProductData>;
  benchmarks: BenchmarkData[];
  results: ResultData[];
  aliases: AliasIndex;
  /** Per model id, the names its results give it that the matcher read as it for want of a row of their own (src/lib/models/standInLabels.ts). */
  standIns: Map<string, StandInLabel[]>;
  mentions: MentionIndex;
  tagResolver: TagResolver;
  tags: TagIndex;
  /** What each tag index page (`/topics/` ...) lists: the main list by count, the rest compact. */
  tagIndexes: Record<TagType, TagIndexView>;
  /**
   * Whether a tag has its own feed: `TAG_FEED_MIN_RECAPS` published recaps or more. Its page
   * links the site-wide feed otherwise; every tag keeps its page.
   */
  hasTagFeed(type: TagType, slug: string): boolean;
  /** Whether a model page has its own feed: `MODEL_FEED_MIN_RECAPS` published recaps that mention the model. */
  hasModelFeed(id: string): boolean;
  /** Whether a label page (`labelPages`) has its own feed: `TAG_FEED_MIN_RECAPS` published recaps, as a tag. */
  hasLabelFeed(slug: string): boolean;
  digests: Digest[];
  /** The data changelog, newest first (src/lib/changes/dataChanges.ts). */
  changes: ChangeEntry[];
  /** The changes each digest lists: those since the previous digest, up to the end of its week. */
  digestChanges: Map<string, ChangeEntry[]>;
  labs: Lab[];
  labsBySlug: Map<string, Lab>;
  /** The registry lab a `companies:` tag names (src/lib/models/companyLabs.ts), or undefined: it keeps its tag page. */
  labOfCompany(tag: TagRef): Lab | undefined;
  /**
   * The name a tag goes by wherever it is shown (its page, the chips of a recap, the indexes, its
   * feed): a company tag that spells a registry lab's name goes by the lab's ("Moonshot AI", not
   * "moonshot-ai"), else one that spells a product's or its maker's (data/products.csv: "Cursor");
   * any other, as the recaps write it.
   */
  tagName(tag: TagRef): string;
  /** Per lab slug: the recaps tagged with a company that names the lab, newest first. */
  companyRecapIdsByLab: Map<string, string[]>;
  /** The headline benchmark's id (`headline` in benchmarks.csv), if any. */
  headlineId?: string;
  /** Current headline figures per model id (model pages, lists). */
  headline: Map<string, HeadlineFigures>;
  /** Headline figures as they stood on a day (a recap's models panel shows its day's, and the current beside them). */
  headlineTimeline: HeadlineTimeline<BenchmarkData>;
  /** Any benchmark's figures as they stood on a day, by the headline's rule (a recap's panel falls back to another board); each made once. */
  timelineOf(benchmarkId: string): HeadlineTimeline<BenchmarkData>;
  /** Every benchmark once, by id, with its name, in the registry's order (the order a panel's fallback prefers). */
  benchmarkIds: { id: string; name: string }[];
  /** Every leaderboard, each built once (pages, downloads, MDX components and panels share them). */
  boards: BoardIndex;
  /** Benchmark versions in reading order: the registry's, the newest version of each first. */
  benchmarksInOrder: BenchmarkData[];
  /** Ids of the models some board ranks (the ones a comparison can show figures for). */
  rankedModelIds: Set<string>;
  /** The pairs with a pre-built comparison page (`COMPARE_MAX_PAIRS`), and how many were candidates. */
  compare: ComparePairs;
  /** The three plots of a benchmark version's board, each rendered once. */
  plotsOf(benchmark: BenchmarkLike): ReturnType<typeof boardPlots>;
  /** Old paths (recaps' `redirect_from`) and the recap pages they lead to. */
  redirects: Redirect[];
  /**
   * What a benchmark version's board does not rank: the publisher's rows an import left out
   * (data/results/<name>.left-out.csv), counted, with those that would place in its top rows
   * (src/lib/leaderboard/leftOutNote.ts); undefined when nothing is left out.
   */
  leftOutOf(benchmark: BenchmarkLike): LeftOutNote | undefined;
  /** The frontier-over-time plots of a benchmark version (open against closed, cost to reach a score), each rendered once. */
  frontierOf(benchmark: BenchmarkLike): FrontierPlots;
  /** A recap's canonical tags of one type (one array per recap and type: do not change it). */
  tagsOf(recap: Recap, type: TagType): readonly TagRef[];
}

let cached: Promise<SiteData> | undefined;

/**
 * The site's joined data, computed once per build (in `npm run dev`, once per request so edits
 * show up). Drafts are included only in development, through `getSortedRecaps`.
 */
export function getSiteData(): Promise<SiteData> {
  if (import.meta.env.DEV || !cached) cached = loadSiteData();
  return cached;
}

async function loadSiteData(): Promise<SiteData> {
  const [allRecaps, modelEntries, benchmarkEntries, resultEntries, tagAliasEntries, productEntries, leftOutEntries] = await Promise.all([
    getCollection("recaps"),
    getCollection("models"),
    getCollection("benchmarks"),
    getCollection("results"),
    getCollection("tagAliases"),
    getCollection("products"),
    getCollection("leftOut"),
  ]);
  const recaps = getSortedRecaps(allRecaps, { includeDrafts: import.meta.env.DEV });
  const models = modelEntries.map((e) => e.data).sort((a, b) => a.name.localeCompare(b.name, "en"));
  const benchmarks = benchmarkEntries.map((e) => e.data);
  // The collection's one entry says where the rows are (src/integrations/resultRows.ts).
  const rowsEntry = resultEntries.find((e) => e.id === RESULT_ROWS_ID);
  if (!rowsEntry) throw new Error(`the results collection has no "${RESULT_ROWS_ID}" entry: its loader (src/integrations/resultRowsLoader.ts) did not run; build again`);
  const results = readResultRows(rowsEntry.data);
  // Products too, so that a recap's `chatgpt` is known as a product (never a model).
  const { index: aliases } = buildAliasIndex(models, productEntries.map((e) => e.data));
  const tagResolver = buildTagResolver(tagAliasEntries.map((e) => e.data));
  const bodyModels = componentModelRefs(recaps);
  const namedInText = modelsNamedInText(recaps, models);
  const mentions = buildMentionIndex(recaps, aliases, (id) => bodyModels.get(id) ?? [], (id) => namedInText.get(id) ?? []);

  const labsBySlug = new Map<string, Lab>();
  for (const model of models) {
    const slug = slugify(model.lab);
    const lab = labsBySlug.get(slug) ?? { slug, name: model.lab, models: [] };
    lab.models.push(model);
    labsBySlug.set(slug, lab);
  }
  const labs = [...labsBySlug.values()].sort((a, b) => a.name.localeCompare(b.name, "en"));
  const tags = collectTags(recaps, tagResolver);
  // `companies:` tags that name a registry lab join its page (src/lib/models/companyLabs.ts).
  const companyLabs = buildCompanyLabMatcher(labs.map((l) => l.name));
  const labOfCompany = (tag: TagRef): Lab | undefined => {
    const name = tag.type === "companies" ? companyLabs.labOf(tag.name, tag.slug) : undefined;
    return name === undefined ? undefined : labsBySlug.get(slugify(name));
  };
  // Asked for by every recap page's chips, its feed item and the tag's pages: each company's name worked out once.
  const companyNames = new Map<string, string>();
  // The registered spellings a company tag may take after its lab's: each product's name and maker's.
  const productSpellings = productEntries.flatMap((e) => [e.data.name, e.data.maker]);
  const tagName = (tag: TagRef): string => {
    if (tag.type !== "companies") return tag.name;
    const key = `${tag.slug}\u0000${tag.name}`;
    let name = companyNames.get(key);
    if (name === undefined) companyNames.set(key, (name = companyPageName(tag.name, [labOfCompany(tag)?.name, ...productSpellings])));
    return name;
  };
  const companyRecapIdsByLab = new Map<string, string[]>();
  for (const tag of tags.companies) {
    const lab = labOfCompany(tag);
    if (!lab) continue;
    const ids = companyRecapIdsByLab.get(lab.slug) ?? [];
    // Two company tags may name one lab (`xai` and `grok`): their recaps, once each, newest first.
    const merged = new Set([...ids, ...tag.recapIds]);
    companyRecapIdsByLab.set(lab.slug, recaps.flatMap((r) => (merged.has(r.id) ? [r.id] : [])));
  }

  // The rows left out of each benchmark version, by results file and version (a file can hold several).
  const leftOutRows = new Map<string, LeftOutRow[]>();
  for (const { data: row } of leftOutEntries) {
    const key = `${row.resultsFile}\u0000${row.version}`;
    const list = leftOutRows.get(key);
    if (list) list.push(row);
    else leftOutRows.set(key, [row]);
  }
  const leftOutFor = (b: BenchmarkLike) => leftOutRows.get(`${benchmarks.find((x: BenchmarkData) => x.id === b.id && x.version === b.version)?.file}\u0000${b.version}`) ?? [];
  const digests = buildDigests({ recaps, benchmarks, results, models, rankLabClaims: RANK_LAB_CLAIMS, leftOutOf: leftOutFor });
  const changes = dataChanges({ benchmarks, results, models });
  const boards = createBoardIndex({ benchmarks, results, models }, { movementDays: LEADERBOARD_MOVEMENT_DAYS, rankLabClaims: RANK_LAB_CLAIMS });
  const benchmarksInOrder = orderedBenchmarks(benchmarks, compareVersions);
  const rankedEntries = benchmarks.flatMap((b) => boards.board(b).entries);
  const rankedModelIds = new Set(rankedEntries.map((e) => e.model.id));
  // The labs by how many of their models the boards rank: the first keep one colour on every plot.
  const labOrder = labsByRankedModels(rankedEntries);
  const compare = comparePairs({
    recapModels: recaps.map((r) => ({ recapId: r.id, modelIds: (mentions.byRecap.get(r.id) ?? []).flatMap((m) => (m.id ? [m.id] : [])) })),
    boards: benchmarksInOrder.map((b) => boards.board(b)),
    limit: COMPARE_MAX_PAIRS,
  });
  const headlineId = benchmarks.find((b) => b.headline)?.id;
  const headlineTimeline = createHeadlineTimeline({ benchmarks, results, models, headlineId, boardOf: boards.board, rankLabClaims: RANK_LAB_CLAIMS });
  const headline = headlineTimeline.current;
  const timelines = new Map<string, HeadlineTimeline<BenchmarkData>>(headlineId ? [[headlineId, headlineTimeline]] : []);
  const timelineOf = (benchmarkId: string) => {
    let timeline = timelines.get(benchmarkId);
    if (!timeline) {
      timeline = createHeadlineTimeline({ benchmarks, results, models, headlineId: benchmarkId, boardOf: boards.board, rankLabClaims: RANK_LAB_CLAIMS });
      timelines.set(benchmarkId, timeline);
    }
    return timeline;
  };
  const benchmarkIds = panelBoards(benchmarks);
  const plots = new Map<string, ReturnType<typeof boardPlots>>();
  const tagsByRecap = new Map<string, Map<TagType, TagRef[]>>();
  const frontiers = new Map<string, FrontierPlots>();
  const leftOutNotes = new Map<string, LeftOutNote | undefined>();

  // `npm run check` reports these first, with the frontmatter line; the build stops on them too.
  const { redirects, problems } = collectRedirects(
    recaps.map((r) => ({ id: r.id, file: r.filePath ?? r.id, redirectFrom: r.data.redirect_from ?? [] })),
    { pagePath: recapPath },
  );
  if (problems.length) throw new InputError(problems, "Invalid redirects");

  // Only models that a result or a recap names get a page (src/lib/models/modelPages.ts).
  const named = new Set([...results.map((r) => r.model), ...mentions.byModel.keys()]);
  const paged = modelsWithPages(models, { named });
  // Every frontmatter label that names no model gets a page too (the mention index keeps only
  // frontmatter labels unresolved; a component naming no model stops the build).
  const labelPages = buildLabelPages(
    recaps.flatMap((r) => (mentions.byRecap.get(r.id) ?? []).flatMap((m) => (m.id ? [] : [{ recapId: r.id, label: m.label }]))),
    aliases.match,
    { modelIds: new Set(models.map((m) => m.id)) },
  );

  // Feeds never carry drafts (src/site/feeds.ts), so only published recaps count towards one; in a
  // production build every recap here is published.
  const draftIds = new Set(recaps.filter((r) => r.data.draft).map((r) => r.id));
  const feedWorthy = (recapIds: readonly string[], min: number) => hasOwnFeed({ recapIds: recapIds.filter((id) => !draftIds.has(id)) }, min);
  const tagFeeds = new Set(TAG_TYPES.flatMap((type) => tags[type].filter((t) => feedWorthy(t.recapIds, TAG_FEED_MIN_RECAPS)).map((t) => `${type}/${t.slug}`)));
  const modelFeeds = new Set([...paged].filter((id) => feedWorthy(mentions.byModel.get(id) ?? [], MODEL_FEED_MIN_RECAPS)));
  const labelFeeds = new Set(labelPages.pages.filter((l) => feedWorthy(l.recapIds, TAG_FEED_MIN_RECAPS)).map((l) => l.slug));

  return {
    recaps,
    recapsById: new Map(recaps.map((r) => [r.id, r])),
    redirects,
    models,
    modelsById: new Map(models.map((m) => [m.id, m])),
    modelPages: models.filter((m) => paged.has(m.id)),
    hasModelPage: (id) => paged.has(id),
    labelPages: labelPages.pages,
    labelPageOf: labelPages.pageOf,
    productsById: new Map(productEntries.map((e) => [e.data.id, e.data])),
    benchmarks,
    results,
    aliases,
    standIns: standInLabels(results, aliases.match),
    mentions,
    tagResolver,
    tags,
    tagIndexes: Object.fromEntries(TAG_TYPES.map((type) => [type, tagIndexView(type, tags[type], TAG_INDEX_OPTIONS, tagName)])) as Record<TagType, TagIndexView>,
    hasTagFeed: (type, slug) => tagFeeds.has(`${type}/${slug}`),
    hasModelFeed: (id) => modelFeeds.has(id),
    hasLabelFeed: (slug) => labelFeeds.has(slug),
    digests,
    changes,
    digestChanges: changesByDigest(digests, changes),
    labs,
    labsBySlug,
    labOfCompany,
    tagName,
    companyRecapIdsByLab,
    headlineId,
    headline,
    headlineTimeline,
    timelineOf,
    benchmarkIds,
    boards,
    benchmarksInOrder,
    rankedModelIds,
    compare,
    plotsOf: (benchmark) => {
      const key = `${benchmark.id}/${benchmark.version}`;
      if (!plots.has(key)) plots.set(key, boardPlots(boards.board(benchmark), `${benchmark.name} ${benchmark.version}`, labOrder));
      return plots.get(key)!;
    },
    leftOutOf: (benchmark) => {
      // Asked for by each model's social card for every board, and by each <ModelScore>: worked out once per board.
      const key = `${benchmark.id}/${benchmark.version}`;
      if (!leftOutNotes.has(key)) {
        const rows = leftOutFor(benchmark);
        leftOutNotes.set(key, rows.length ? leftOutNote(boards.board(benchmark), rows) : undefined);
      }
      return leftOutNotes.get(key);
    },
    frontierOf: (benchmark) => {
      const key = `${benchmark.id}/${benchmark.version}`;
      if (!frontiers.has(key)) frontiers.set(key, frontierPlots(benchmark, boardsOverTime(benchmark, results, models, { rankLabClaims: RANK_LAB_CLAIMS }), `${benchmark.name} ${benchmark.version}`, { partial: leftOutFor(benchmark).some((r) => r.cause === "unknown-model") }));
      return frontiers.get(key)!;
    },
    tagsOf: (recap, type) => {
      // Asked for by the recap's page and by every feed that lists it: resolved once per recap.
      let byType = tagsByRecap.get(recap.id);
      if (!byType) tagsByRecap.set(recap.id, (byType = new Map()));
      let refs = byType.get(type);
      if (!refs) byType.set(type, (refs = recapTags(recap, tagResolver, type)));
      return refs;
    },
  };
}

/**
 * Model names used by MDX components in each .mdx recap's body (`<ModelScore model="..." />`),
 * found by the same scanner the build check uses. Plain Markdown recaps cannot hold components.
 */
function componentModelRefs(recaps: readonly Recap[]): Map<string, string[]> {
  const refs = new Map<string, string[]>();
  for (const recap of recaps) {
    if (!recap.filePath?.endsWith(".mdx") || !recap.body) continue;
    const models = findComponentRefs(recap.body).flatMap((ref) => (typeof ref.props.model === "string" ? [ref.props.model] : []));
    if (models.length) refs.set(recap.id, models);
  }
  return refs;
}

/**
 * Per recap id, the registry models its text names by their full name (src/lib/content/namedModels.ts),
 * read from the recap's file (its body is not kept in the content store). About 0.8 s for the
 * 125 MB of the bench's 700 full-size issues (docs/performance.md). In `npm run dev`, where the
 * site's data is joined again on every request, a file is read again only when it changed, or
 * the registry did.
 */
function modelsNamedInText(recaps: readonly Recap[], models: readonly ModelData[]): Map<string, string[]> {
  const registryKey = JSON.stringify(models.map((m) => [m.id, m.name, m.catalog ?? ""]));
  if (namedCache?.registryKey !== registryKey) namedCache = { registryKey, finder: modelNameFinder(models), files: new Map() };
  const { finder, files } = namedCache;
  const named = new Map<string, string[]>();
  if (finder.size === 0) return named;
  for (const recap of recaps) {
    if (!recap.filePath) continue;
    const path = resolve(siteRoot, recap.filePath);
    const { mtimeMs, size } = statSync(path);
    let seen = files.get(path);
    if (seen?.mtimeMs !== mtimeMs || seen.size !== size) files.set(path, (seen = { mtimeMs, size, ids: finder.find(readFileSync(path, "utf8")) }));
    if (seen.ids.length) named.set(recap.id, seen.ids);
  }
  return named;
}
let namedCache: { registryKey: string; finder: ModelNameFinder; files: Map<string, { mtimeMs: number; size: number; ids: string[] }> } | undefined;

/** Recaps by id, in the order given, skipping unknown ids. */
export function recapsFor(site: SiteData, ids: readonly string[]): Recap[] {
  return ids.flatMap((id) => site.recapsById.get(id) ?? []);
}

