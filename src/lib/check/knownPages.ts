/**
 * Where the pages a recap may link to come from (`KnownPages`, internalLinks.ts): the files of a
 * finished build (`builtPages`: the only ground truth, every path known), or, for `npm run check`,
 * which builds nothing, the pages it can derive from the recaps and the data (`checkedPages`).
 */
import { TAG_TYPES, type TagType } from "../../schemas/tagAlias";
import { resolveModelMentions } from "../content/modelMentions";
import { buildTagResolver, type TagAliasLike } from "../content/tags";
import { redirectKey } from "../content/redirects";
import type { AliasIndex } from "../data/aliasIndex";
import { buildLabelPages } from "../models/labelPages";
import { leaderboardPath, modelPath, recapPath, tagPath } from "../routes/paths";
import type { KnownPages } from "./internalLinks";

/** The folder of a path: `/recaps/x/` and `/recaps/x.png` are in `/recaps/`. */
const folderOf = (path: string): string => path.replace(/[^/]*\/?$/, "");

/** `KnownPages` over a list of pages, answering for the paths `knows` accepts. */
function pagesFrom(pages: ReadonlySet<string>, knows: (path: string) => boolean, draftAt?: (path: string) => string | undefined): KnownPages {
  let byFolder: Map<string, string[]> | undefined;
  return {
    has: (path) => pages.has(path),
    knows,
    siblings: (path) => {
      if (!byFolder) {
        byFolder = new Map();
        for (const p of pages) {
          const folder = folderOf(p);
          byFolder.set(folder, [...(byFolder.get(folder) ?? []), p]);
        }
      }
      return byFolder.get(folderOf(path)) ?? [];
    },
    draftAt,
  };
}

/**
 * The pages of a built site, from the paths of its files relative to the output folder
 * (`recaps/x/index.html`, `rss.xml`): each file, and each folder with an `index.html` as its page
 * (`/recaps/x/`). Every path is known but those under `unknown` (folders written after the check
 * runs, such as Pagefind's index).
 * @example builtPages(["index.html", "recaps/x/index.html", "rss.xml"]).has("/recaps/x/") // true
 */
export function builtPages(files: Iterable<string>, { unknown = [], drafts = new Map() }: { unknown?: readonly string[]; drafts?: ReadonlyMap<string, string> } = {}): KnownPages {
  const pages = new Set<string>();
  for (const file of files) {
    const path = `/${file.split("\\").join("/")}`;
    pages.add(path);
    if (path.endsWith("/index.html")) pages.add(path.slice(0, -"index.html".length));
  }
  return pagesFrom(pages, (path) => !unknown.some((u) => path.startsWith(u)), (path) => drafts.get(path));
}

/** What `checkedPages` reads of a recap that passed the check. */
export interface PageRecap {
  id: string;
  file: string;
  /** `models`: the frontmatter's model labels, from which the label pages come. */
  data: { draft?: boolean; redirect_from?: readonly string[]; models?: readonly string[] } & Partial<Record<TagType, readonly string[]>>;
}

/** What `checkedPages` reads of the data, when it loads. */
export interface PageData {
  modelIds: Iterable<string>;
  /** Benchmark ids with their versions (one row of data/benchmarks.csv each). */
  benchmarks: readonly { id: string; version: string }[];
  tagAliases: readonly TagAliasLike[];
  /** The data's model matcher: which recap labels name no model, and so get a label page. */
  aliases: AliasIndex;
}

/** A path under `/recaps/` the archive would claim (`2026/`, `2026/02/`, `2/`): its pages depend on counts the check does not compute. */
const ARCHIVE_SHAPED = /^\d+$/;

/**
 * The pages `npm run check` can know without building, and the paths it answers for:
 *
 * - `/recaps/<id>/`: every published recap, and every old path of a `redirect_from`; archive pages
 *   (`/recaps/2026/`, `/recaps/2/`) are not judged. A draft's page is reported as a draft's.
 * - with the data: `/models/<id>/` (a registry id, or the slug of a label page the build writes:
 *   `buildLabelPages` over the published recaps' `models` labels that name no model, as
 *   src/site/siteData.ts calls it, so a clash's `-label` suffix is the build's), `/leaderboards/<id>/` and
 *   `/leaderboards/<id>/<version>/`, and each tag page `/topics/<slug>/` (and `/companies/`,
 *   `/people/`) of the published recaps' tags; below these, only the paths under a page that does
 *   not exist (a board view, a feed or a later page depends on counts).
 *
 * A registry model without a page of its own (no results, named by no recap) passes: the check
 * only says what it is sure of. The build's check (builtPages) sees it.
 */
export function checkedPages(recaps: readonly PageRecap[], data?: PageData): KnownPages {
  const pages = new Set<string>(["/recaps/"]);
  const drafts = new Map<string, string>();
  for (const r of recaps) {
    if (r.data.draft) drafts.set(recapPath(r.id), r.file);
    else pages.add(recapPath(r.id));
    for (const from of r.data.redirect_from ?? []) pages.add(redirectKey(from));
  }
  const published = recaps.filter((r) => !r.data.draft);
  if (data) {
    const modelIds = new Set(data.modelIds);
    for (const id of modelIds) pages.add(modelPath(id));
    for (const b of data.benchmarks) pages.add(leaderboardPath(b.id)).add(leaderboardPath(b.id, b.version));
    const resolver = buildTagResolver(data.tagAliases);
    for (const type of TAG_TYPES) for (const r of published) for (const tag of r.data[type] ?? []) if (tag.trim()) pages.add(tagPath(type, resolver.slug(type, tag)));
    // The build's own rule, not a guess from the label: the frontmatter labels the mention index
    // leaves unresolved, then the slugs buildLabelPages gives them (a slug clash decided in key order).
    const uses = published.flatMap((r) => resolveModelMentions(r.data.models ?? [], data.aliases).flatMap((m) => (m.id ? [] : [{ recapId: r.id, label: m.label }])));
    for (const page of buildLabelPages(uses, data.aliases.match, { modelIds }).pages) pages.add(modelPath(page.slug));
  }
  const has = (path: string) => pages.has(path);
  const known = pagesFrom(pages, () => false, (path) => drafts.get(path));
  return {
    ...known,
    has,
    knows: (path) => {
      const segments = path.split("/").slice(1, path.endsWith("/") ? -1 : undefined);
      const [area, name] = segments;
      // A file (`/recaps/x/chart.png`) may be a static file of public/, which the check does not
      // read; only a file under a model, board or tag page that does not exist is surely missing.
      // A path that ends in a slash is a page, whatever its last segment looks like (a board
      // version, `v4.1`, read as a file `.1` let any version through unchecked: helper-74).
      const file = !path.endsWith("/") && /\.[a-z\d]+$/i.test(segments.at(-1) ?? "");
      if (area === "recaps") return !file && (segments.length === 1 || !ARCHIVE_SHAPED.test(name));
      if (!data || name === undefined) return false;
      const page = `/${area}/${name}/`;
      if (file) return segments.length > 2 && ["models", "leaderboards", ...TAG_TYPES].includes(area) && name !== "all" && !has(page);
      if (area === "models") return segments.length === 2 || !has(page);
      // A version's page is known; its views (`open-weights/`, `labs/<lab>/`) depend on counts.
      if (area === "leaderboards") return segments.length <= 3 || !has(page) || !has(`${page}${segments[2]}/`);
      if ((TAG_TYPES as readonly string[]).includes(area) && name !== "all") return segments.length === 2 || !has(page);
      return false;
    },
  };
}
