/**
 * `.md` recaps' rendered HTML and headings kept out of Astro's content store (issue 15). Astro
 * bundles the store into the build as one JavaScript module, which Rollup parses whole: on the
 * full-size profile (700 full-body recaps) that module carried 181 MB of HTML and the build peaked
 * at 4.3 GB; with the HTML out, the headings were still 5.5 MB of its 8.9 (a full issue has about
 * a hundred), and the Vite phase 9.2 s instead of 5.7. The store entry keeps references
 * (`metadata.htmlFile` and `htmlSha`, `metadata.headingsFile` and `headingsSha`); the HTML and the
 * headings (JSON) live in content-addressed files under Astro's cache folder, written atomically,
 * and are read back by `renderRecap` (src/site/renderRecap.ts), the one reader.
 * docs/performance.md.
 */
import type { MarkdownHeading } from "astro";
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { readingMinutesOfHtml } from "../lib/content/recaps";
import { readAddressed, removeFilesExcept, writeAddressed } from "./addressedFiles";

/**
 * How a stored entry's render is laid out: its HTML and its headings in files of their own. Part of
 * the recap loader's renderer key (recapLoader.ts), so that code laid out otherwise (an older
 * version, which read the headings from the store and would remove these files as unreferenced)
 * renders every recap again instead of keeping entries it cannot read, and publishing recaps without
 * their table of contents.
 */
export const RENDER_FILES_LAYOUT = "html-and-headings-files";

/** The folder beside Astro's data store (`cacheDir`, node_modules/.astro by default; .astro/ in dev) that holds the HTML files. */
const RECAP_HTML_FOLDER = "benchdigest-html";

/**
 * The dev server's watcher leaves these files alone (a glob for Vite's `server.watch.ignored`):
 * in dev they sit under the project's .astro/, and every one written (each recap rendered at the
 * start, each edit) was logged as a "[watch]" line. A page reads them through the content store,
 * whose own change reloads it.
 */
export const RECAP_HTML_WATCH_IGNORED = `**/${RECAP_HTML_FOLDER}/**`;

/** Where a site's recap HTML files live, given the folder of Astro's data store. */
export function recapHtmlDir(dataStoreDir: string): string {
  return join(dataStoreDir, RECAP_HTML_FOLDER);
}

/** What a stored entry's `rendered` looks like: Astro's shape, loosely. */
interface RenderedLike {
  html: string;
  metadata?: Record<string, unknown>;
}

/** What a moved entry's metadata holds besides Astro's own fields. */
export type HtmlFileRef = {
  /** The HTML's file: `<dir>/<htmlSha>.html`. */
  htmlFile: string;
  /** The sha256 of the HTML, hex. */
  htmlSha: string;
  /**
   * The reading time of the HTML in minutes (`readingMinutesOfHtml`), worked out here in the
   * content sync, which has a core to spare, rather than on every build's recap page.
   */
  readingMinutes: number;
};

/** What a moved entry's metadata holds instead of its headings. */
type HeadingsFileRef = {
  /** The headings' file: `<dir>/<headingsSha>.json`, the headings as JSON. */
  headingsFile: string;
  /** The sha256 of that JSON, hex. */
  headingsSha: string;
};

/** The file a stored entry's HTML was moved to, or undefined when its HTML is in the store. */
export function recapHtmlFile(rendered: RenderedLike | undefined): string | undefined {
  const file = rendered?.metadata?.htmlFile;
  return typeof file === "string" ? file : undefined;
}

/** The file a stored entry's headings were moved to, or undefined when they are in the store. */
export function recapHeadingsFile(rendered: RenderedLike | undefined): string | undefined {
  const file = rendered?.metadata?.headingsFile;
  return typeof file === "string" ? file : undefined;
}

/**
 * `rendered` with its HTML written to `<dir>/<sha256>.html` and its headings to
 * `<dir>/<sha256>.json` (once each: a name is its content's hash): `html` left empty and
 * `metadata.headings` gone, the files and hashes in the metadata instead. The rest of the metadata
 * stays in the store. What was moved before is left as it is.
 */
export function moveRenderToFiles<R extends RenderedLike>(rendered: R, dir: string): R & { metadata: Record<string, unknown> & HtmlFileRef & Partial<HeadingsFileRef> } {
  let out = rendered as R & { metadata: Record<string, unknown> & HtmlFileRef & Partial<HeadingsFileRef> };
  if (recapHtmlFile(out) === undefined) {
    const { file, sha } = writeAddressed(dir, rendered.html, ".html");
    out = { ...out, html: "", metadata: { ...out.metadata, htmlFile: file, htmlSha: sha, readingMinutes: readingMinutesOfHtml(rendered.html) } };
  }
  if (Array.isArray(out.metadata.headings)) {
    const { headings, ...metadata } = out.metadata;
    const { file, sha } = writeAddressed(dir, JSON.stringify(headings), ".json");
    out = { ...out, metadata: { ...metadata, headingsFile: file, headingsSha: sha } as typeof out.metadata };
  }
  return out;
}

/** What the next build does about a recap's missing or damaged file (`forgetEntriesWithoutHtml`). */
const RENDERED_ANEW = "the recap is rendered anew";

/** A stored entry's HTML: read from its file (`readAddressed`) when it was moved there, else the store's own. */
export function readRecapHtml(rendered: RenderedLike, entryName: string): string {
  const file = recapHtmlFile(rendered);
  return file === undefined ? rendered.html : readAddressed(file, rendered.metadata?.htmlSha, { entry: entryName, what: "rendered HTML", again: RENDERED_ANEW });
}

/** A stored entry's headings: read from their file (`readAddressed`) when they were moved there, else the store's own. */
export function readRecapHeadings(rendered: RenderedLike, entryName: string): MarkdownHeading[] {
  const file = recapHeadingsFile(rendered);
  if (file === undefined) return (rendered.metadata?.headings as MarkdownHeading[] | undefined) ?? [];
  return JSON.parse(readAddressed(file, rendered.metadata?.headingsSha, { entry: entryName, what: "headings file", again: RENDERED_ANEW })) as MarkdownHeading[];
}

/** The part of Astro's data store these helpers use. */
interface StoreLike {
  values(): Iterable<{ id: string; rendered?: RenderedLike }>;
  delete(id: string): void;
}

/** The files an entry's render was moved to. */
const movedFiles = (rendered: RenderedLike | undefined): string[] => [recapHtmlFile(rendered), recapHeadingsFile(rendered)].filter((f) => f !== undefined);

/**
 * Forgets stored entries whose HTML or headings file is gone, or is not in `dir` (this build's
 * folder of them: a store kept with the folder of a project copied or moved elsewhere names the
 * files of the old place, which this build would remove as unreferenced, or another build would),
 * before the glob loader runs, so that it renders them again instead of keeping an entry that
 * points at nothing. Returns how many it forgot.
 */
export function forgetEntriesWithoutHtml(store: StoreLike, dir: string): number {
  let forgotten = 0;
  for (const entry of [...store.values()]) {
    if (movedFiles(entry.rendered).some((file) => dirname(file) !== dir || !existsSync(file))) {
      store.delete(entry.id);
      forgotten++;
    }
  }
  return forgotten;
}

/**
 * Removes the HTML and headings files of `dir` that no stored entry refers to (recaps edited or deleted since), so
 * the folder does not grow with every edit. Only after the loader's load, when the store holds every
 * entry: in `npm run dev` that is at start, before any edit (edits go through the glob loader's
 * watcher), so a page rendered mid-edit never loses the file it reads.
 */
export function removeUnreferencedHtml(store: Pick<StoreLike, "values">, dir: string): number {
  return removeFilesExcept(dir, new Set([...store.values()].flatMap((entry) => movedFiles(entry.rendered))));
}
