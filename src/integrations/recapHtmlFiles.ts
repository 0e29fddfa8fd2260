/**
 * `.md` recaps' rendered HTML kept out of Astro's content store (issue 15). Astro bundles the store
 * into the build as one JavaScript module, which Rollup parses whole: on the full-size profile
 * (700 full-body recaps) that module carried 181 MB of HTML and the build peaked at 4.3 GB. The
 * store entry keeps a reference (`metadata.htmlFile`, `metadata.htmlSha`) and its headings; the
 * HTML lives in a content-addressed file under Astro's cache folder, written atomically, and is
 * read back by `renderRecap` (src/site/renderRecap.ts), the one reader. docs/performance.md.
 */
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { readingMinutesOfHtml } from "../lib/content/recaps";
import { writeFileSafely } from "./safeWrite";

/** The folder beside Astro's data store (`cacheDir`, node_modules/.astro by default; .astro/ in dev) that holds the HTML files. */
const RECAP_HTML_FOLDER = "benchdigest-html";

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

/** The file a stored entry's HTML was moved to, or undefined when its HTML is in the store. */
export function recapHtmlFile(rendered: RenderedLike | undefined): string | undefined {
  const file = rendered?.metadata?.htmlFile;
  return typeof file === "string" ? file : undefined;
}

/**
 * `rendered` with its HTML written to `<dir>/<sha256>.html` (once: the name is the content's hash)
 * and its `html` left empty, the file and hash in its metadata. Headings and the rest of the
 * metadata stay in the store, where `render()` reads them.
 */
export function moveHtmlToFile<R extends RenderedLike>(rendered: R, dir: string): R & { metadata: Record<string, unknown> & HtmlFileRef } {
  if (recapHtmlFile(rendered) !== undefined) return rendered as R & { metadata: Record<string, unknown> & HtmlFileRef };
  const sha = createHash("sha256").update(rendered.html).digest("hex");
  const file = join(dir, `${sha}.html`);
  // Without fsync: the reader checks the file against `htmlSha` (readRecapHtml).
  if (!existsSync(file)) writeFileSafely(file, rendered.html, { durable: false });
  return { ...rendered, html: "", metadata: { ...rendered.metadata, htmlFile: file, htmlSha: sha, readingMinutes: readingMinutesOfHtml(rendered.html) } };
}

/**
 * A stored entry's HTML: read from its file when it was moved there, else the store's own. A missing
 * file (its cache folder cleaned by hand) is an error naming the entry; the next build renders the
 * entry again (see `forgetEntriesWithoutHtml`). So is a file whose bytes do not hash to `htmlSha`:
 * the files are written without fsync, and a machine that stopped during a build may have left one
 * empty or short. Such a file is removed before the error, so that the next build renders the
 * recap again instead of publishing what is left of it. (The hash costs about 0.1 s for the 170 MB
 * of HTML of the 700 full-size issues.)
 */
export function readRecapHtml(rendered: RenderedLike, entryName: string): string {
  const file = recapHtmlFile(rendered);
  if (file === undefined) return rendered.html;
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    throw new Error(`${entryName}: its rendered HTML (${file}) could not be read: ${(error as Error).message}. Build again: the recap is rendered anew when its file is missing.`);
  }
  const expected = rendered.metadata?.htmlSha;
  if (typeof expected === "string" && createHash("sha256").update(bytes).digest("hex") !== expected) {
    rmSync(file, { force: true });
    throw new Error(`${entryName}: its rendered HTML (${file}) is damaged: its bytes do not match the hash the content store keeps for it (a machine stopped during an earlier build?). The file was removed; build again: the recap is rendered anew.`);
  }
  return bytes.toString("utf8");
}

/** The part of Astro's data store these helpers use. */
interface StoreLike {
  values(): Iterable<{ id: string; rendered?: RenderedLike }>;
  delete(id: string): void;
}

/**
 * Forgets stored entries whose HTML file is gone, before the glob loader runs, so that it renders
 * them again instead of keeping an entry that points at nothing. Returns how many it forgot.
 */
export function forgetEntriesWithoutHtml(store: StoreLike): number {
  let forgotten = 0;
  for (const entry of [...store.values()]) {
    const file = recapHtmlFile(entry.rendered);
    if (file !== undefined && !existsSync(file)) {
      store.delete(entry.id);
      forgotten++;
    }
  }
  return forgotten;
}

/**
 * Removes the HTML files of `dir` that no stored entry refers to (recaps edited or deleted since), so
 * the folder does not grow with every edit. Only after the loader's load, when the store holds every
 * entry: in `npm run dev` that is at start, before any edit (edits go through the glob loader's
 * watcher), so a page rendered mid-edit never loses the file it reads.
 */
export function removeUnreferencedHtml(store: Pick<StoreLike, "values">, dir: string): number {
  if (!existsSync(dir)) return 0;
  const kept = new Set<string>();
  for (const entry of store.values()) {
    const file = recapHtmlFile(entry.rendered);
    if (file !== undefined) kept.add(file);
  }
  let removed = 0;
  for (const name of readdirSync(dir)) {
    // Temporary files of a write cut short (writeFileSafely) start with a dot: they go too.
    if (!kept.has(join(dir, name))) {
      rmSync(join(dir, name), { force: true });
      removed++;
    }
  }
  return removed;
}
