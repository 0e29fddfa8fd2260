/**
 * The one layer between the collections and the pages: everything the reading side joins
 * (mentions, tags, digests, headline figures) is computed here once per build and shared by every
 * page and feed, so a site of thousands of recaps does not redo the joins per page. Pages stay
 * thin: `const site = await getSiteData()` then hand props to components. The computations
 * themselves are plain functions in src/lib (unit-tested there).
 */
import { getCollection, type CollectionEntry } from "astro:content";
import { DATA_DIR, CONTENT_ROOT } from "../config";
import { getSortedRecaps } from "../lib/content/recaps";
import { buildAliasIndex, type AliasIndex } from "../lib/data/aliasIndex";
import { getDataset } from "../lib/data/getDataset";
import { buildMentionIndex, type MentionIndex } from "../lib/content/mentionIndex";
import { buildTagResolver, collectTags, recapTags, type TagIndex, type TagRef, type TagResolver } from "../lib/content/tags";
import { buildDigests, type Digest } from "../lib/digests/buildDigests";
import { buildBoard, type BoardEntry } from "../lib/leaderboard/buildBoard";
import { compareVersions } from "../lib/leaderboard/versions";
import { slugify } from "../lib/content/slugify";
import { findComponentRefs } from "../lib/content/componentRefs";
import { TAG_TYPES, type TagType } from "../schemas/tagAlias";
import { modelsWithPages } from "../lib/models/modelPages";

export type Recap = CollectionEntry<"recaps">;
export type ModelData = CollectionEntry<"models">["data"];
export type BenchmarkData = CollectionEntry<"benchmarks">["data"];
export type ResultData = CollectionEntry<"results">["data"];

/** A lab and its models. */
export interface Lab {
  slug: string;
  name: string;
  models: ModelData[];
}

/** A model's figures on the headline benchmark (the newest version that ranks it). */
export interface HeadlineFigures {
  benchmark: BenchmarkData;
  entry: BoardEntry;
}

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
  benchmarks: BenchmarkData[];
  results: ResultData[];
  aliases: AliasIndex;
  mentions: MentionIndex;
  tagResolver: TagResolver;
  tags: TagIndex;
  digests: Digest[];
  labs: Lab[];
  labsBySlug: Map<string, Lab>;
  /** The headline benchmark's id (`headline` in benchmarks.csv), if any. */
  headlineId?: string;
  /** Headline figures per model id. */
  headline: Map<string, HeadlineFigures>;
  /** A recap's canonical tags of one type. */
  tagsOf(recap: Recap, type: TagType): TagRef[];
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
  const [allRecaps, modelEntries, benchmarkEntries, resultEntries] = await Promise.all([
    getCollection("recaps"),
    getCollection("models"),
    getCollection("benchmarks"),
    getCollection("results"),
  ]);
  const recaps = getSortedRecaps(allRecaps, { includeDrafts: import.meta.env.DEV });
  const models = modelEntries.map((e) => e.data).sort((a, b) => a.name.localeCompare(b.name, "en"));
  const benchmarks = benchmarkEntries.map((e) => e.data);
  const results = resultEntries.map((e) => e.data);
  const { tagAliases, products } = getDataset({ dataDir: DATA_DIR, displayRoot: CONTENT_ROOT });
  // Products too, so that a recap's `chatgpt` is known as a product (never a model).
  const { index: aliases } = buildAliasIndex(models, products);
  const tagResolver = buildTagResolver(tagAliases);
  const bodyModels = componentModelRefs(recaps);
  const mentions = buildMentionIndex(recaps, aliases, (id) => bodyModels.get(id) ?? []);

  const labsBySlug = new Map<string, Lab>();
  for (const model of models) {
    const slug = slugify(model.lab);
    const lab = labsBySlug.get(slug) ?? { slug, name: model.lab, models: [] };
    lab.models.push(model);
    labsBySlug.set(slug, lab);
  }
  const labs = [...labsBySlug.values()].sort((a, b) => a.name.localeCompare(b.name, "en"));

  // Headline figures: the newest version of the headline benchmark on which the model is ranked.
  const headlineId = benchmarks.find((b) => b.headline)?.id;
  const headline = new Map<string, HeadlineFigures>();
  if (headlineId) {
    const versions = benchmarks.filter((b) => b.id === headlineId).sort((a, b) => compareVersions(a.version, b.version));
    for (const benchmark of versions) {
      // A model with several settings on a board: its best-ranked row (entries are best first).
      const seen = new Set<string>();
      for (const entry of buildBoard({ benchmark, results, models }).entries) {
        if (seen.has(entry.model.id)) continue;
        seen.add(entry.model.id);
        headline.set(entry.model.id, { benchmark, entry });
      }
    }
  }

  const named = new Set([...results.map((r) => r.model), ...mentions.byModel.keys()]);
  const paged = modelsWithPages(models, { named });

  return {
    recaps,
    recapsById: new Map(recaps.map((r) => [r.id, r])),
    models,
    modelsById: new Map(models.map((m) => [m.id, m])),
    modelPages: models.filter((m) => paged.has(m.id)),
    hasModelPage: (id) => paged.has(id),
    benchmarks,
    results,
    aliases,
    mentions,
    tagResolver,
    tags: collectTags(recaps, tagResolver),
    digests: buildDigests({ recaps, benchmarks, results, models }),
    labs,
    labsBySlug,
    headlineId,
    headline,
    tagsOf: (recap, type) => recapTags(recap, tagResolver, type),
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

/** Recaps by id, in the order given, skipping unknown ids. */
export function recapsFor(site: SiteData, ids: readonly string[]): Recap[] {
  return ids.flatMap((id) => site.recapsById.get(id) ?? []);
}

export { TAG_TYPES };
