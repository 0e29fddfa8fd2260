import { existsSync, readFileSync } from "node:fs";
import { relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import type { Loader, LoaderContext } from "astro/loaders";
import { InputError, type Problem } from "../lib/errors";
import type { createRecapSchema } from "../schemas/recap";
import { validateRecap } from "../lib/content/validateRecap";
import { setLiveProblems } from "./liveProblems";
import { duplicateSlugProblem } from "../lib/content/duplicateSlug";
import { recapSyntaxProblems, SITE_RENDER_OPTIONS, type PrerenderedBody } from "./recapSyntax";
import { RECAP_THREADS_OFF, startRecapThreadsFor, type RecapThreads } from "./recapThreads";
import { countFastEntries, fastMarkdownEnabled, rendererFingerprint, sanitizeStoredEntries, withFastMarkdown, withoutMarkdownBodies, type WithEntryTypes } from "./markdownEntryType";
import { recapRuleFindings } from "../lib/content/recapRules";
import { PLAIN_MDX_RULES_VERSION } from "../lib/content/plainMdx";
import { readingBrokenFrontmatter } from "./brokenFrontmatter";
import { remoteImagePolicyInEffect, setRemoteImagePolicy } from "../lib/html/sanitizeHtml";
import { REMOTE_IMAGE_MAX_BYTES, REMOTE_IMAGE_TIMEOUT_MS, REMOTE_IMAGES, SITE } from "../config";
import { downloadRemoteImages, recapImages, remoteImageCacheDir } from "./remoteImages";
import { createHash } from "node:crypto";
import { watchRecapEdits } from "./devRecapWatch";
import { displayPath } from "../lib/format/displayPath";
import { readScanCache, scanFingerprint, writeScanCache } from "./recapScanCache";
import { codeFingerprint } from "./codeFingerprint";
import { keepEmptyCollection } from "./emptyCollection";
import { dataStoreDir } from "./addressedFiles";
import { forgetEntriesWithoutHtml, recapHtmlDir, removeUnreferencedHtml, RENDER_FILES_LAYOUT } from "./recapHtmlFiles";
import { setBuiltRecaps } from "./builtRecaps";

/** Options for `recapLoader`. */
export interface RecapLoaderOptions {
  /** The glob loader that finds the files (`glob({ pattern, base })`). */
  glob: Loader;
  /** The recap schema (the same one the collection declares). */
  schema: ReturnType<typeof createRecapSchema>;
  /** Messages name files relative to this folder. */
  displayRoot: string;
  /** The folder the glob reads; in dev, YAML syntax errors of files edited there are reported with their line. */
  recapsDir?: string;
}

/**
 * The logger without two of the glob loader's warnings that only add noise: "Duplicate id", which
 * it prints for every edit of a recap in `npm run dev` (the edited file still holds its id in the
 * store; real duplicates are errors here, the duplicate-slug check in `parseData`), and "No files
 * found matching", a warning in the glob's words for a new site's empty recaps folder, which the
 * loader says itself right after ("no recaps in content/recaps/: the site is built without any").
 */
function withoutNoiseWarnings(logger: LoaderContext["logger"]): LoaderContext["logger"] {
  const quiet = Object.create(logger) as LoaderContext["logger"];
  quiet.warn = (message: string) => {
    if (!/^(?:Duplicate id "|No files found matching ")/.test(message)) logger.warn(message);
  };
  return quiet;
}

/**
 * Wraps Astro's glob loader so that frontmatter errors name `file:line` and field, and so that two
 * recaps with the same slug stop the build instead of one silently replacing the other (the glob
 * loader only warns). Validation is the plain `validateRecap` from src/lib, shared with the check
 * command; Astro then validates again with the same schema, which cannot fail.
 */
export function recapLoader({ glob, schema, displayRoot, recapsDir }: RecapLoaderOptions): Loader {
  // The one sanitiser for every .md recap (SITE_RENDER_OPTIONS, recapSyntax.ts).
  const renderOptions = SITE_RENDER_OPTIONS;
  return {
    name: "benchdigest-recaps",
    load: async (context: LoaderContext) => {
      // On a large archive the first read and the rendering of the recaps run on every core
      // (recapThreads.ts); a production build only.
      const threads = recapsDir !== undefined && !context.watcher ? startRecapThreadsFor(recapsDir, displayRoot) : undefined;
      try {
        await load(context, threads);
      } finally {
        await threads?.close();
      }
    },
  };

  /** The loader's `load`, with the recap threads when there are. */
  async function load(context: LoaderContext, threads: RecapThreads | undefined) {
    const owners = new Map<string, string>();
    // Problems of every recap are collected and thrown once after the glob loader has seen all
    // files, so an editor sees every broken recap in one build, not one per build.
    const problems: Problem[] = [];
    // After the first load, `astro dev` re-parses edited files one at a time: their problems go
    // to the terminal and the browser overlay (src/integrations/liveProblems.ts) instead of being
    // collected for a throw that would never come.
    let initialLoadDone = false;
    // The moment of the build, for the future-date rule (src/lib/content/recapRules.ts).
    const now = new Date();
    const report = (file: string, found: Problem[]) => {
      if (initialLoadDone) setLiveProblems(`recap ${file}`, found, context.logger);
      else problems.push(...found);
    };
    // What an invalid recap stores instead of its raw frontmatter: its last valid data, or a
    // placeholder. In dev, pages list every recap (getStaticPaths runs before the middleware
    // shows the problem) and would otherwise fail on raw values ("date.getTime is not a function").
    const lastValid = new Map<string, Record<string, unknown>>();
    const fallback = async (props: Parameters<LoaderContext["parseData"]>[0], file: string) =>
      lastValid.get(props.id) ?? context.parseData<Record<string, unknown>>({ ...props, data: { title: `Invalid recap: ${file}`, date: new Date(0), draft: true } });
    // Files whose frontmatter could not be read (brokenFrontmatter.ts), with their problems: their
    // parseData reports those, not the fields the empty stand-in lacks.
    const unreadable = new Map<string, Problem[]>();
    const parseData: LoaderContext["parseData"] = async (props) => {
      const file = props.filePath ? displayPath(displayRoot, props.filePath) : props.id;
      const broken = props.filePath === undefined ? undefined : unreadable.get(props.filePath);
      if (broken) {
        unreadable.delete(props.filePath!);
        report(file, broken);
        return (await fallback(props, file)) as typeof props.data;
      }
      const source = props.filePath ? readFileSync(props.filePath, "utf8") : "";
      try {
        const data = validateRecap(schema, props.data, { file, source });
        // The rules beyond the schema, shared with `npm run check`: slug length, archive
        // routes, future dates. Their warnings are the check's to print.
        const broken = recapRuleFindings({ id: props.id, data, file, source }, now).filter((f) => f.severity === "error");
        if (broken.length) throw new InputError(broken.map(({ file, line, column, field, message }) => ({ file, line, column, field, message })));
      } catch (error) {
        if (!(error instanceof InputError)) throw error;
        report(file, error.problems);
        return (await fallback(props, file)) as typeof props.data;
      }
      // An entry already stored under this id (from this run, or cached from the last build when
      // its file did not change) that belongs to another file that still exists is a clash.
      const existing = context.store.get(props.id);
      const existingPath = existing?.filePath ? resolve(fileURLToPath(context.config.root), existing.filePath) : undefined;
      const existingFile = existingPath && existsSync(existingPath) ? displayPath(displayRoot, existingPath) : undefined;
      const owner = owners.get(props.id) ?? existingFile;
      if (owner !== undefined && owner !== file) {
        report(file, [duplicateSlugProblem({ id: props.id, file, source, owner })]);
        return props.data;
      }
      owners.set(props.id, file);
      report(file, []);
      const data = await context.parseData(props);
      lastValid.set(props.id, data);
      return data;
    };
    // A production build reads every recap first, with the check's own code and messages
    // (recapSyntax.ts): one run lists every broken recap, before any page is made.
    // Bodies an earlier build found clean, byte for byte under the same code, are not scanned
    // again (recapScanCache.ts).
    const siteOrigin = new URL(SITE.url).origin;
    // `.md` recaps' HTML and headings live in files beside Astro's data store (recapHtmlFiles.ts),
    // which `astro dev` keeps in .astro/ and a build in the cache folder: the two never remove each
    // other's files. An entry whose files are gone is rendered again.
    const htmlDir = recapHtmlDir(dataStoreDir(context));
    // The first read renders the `.md` bodies it scans, in the same parse (recapSyntax.ts,
    // `Prerender`), under the remote-image policy they are rendered with; with REMOTE_IMAGES =
    // "download" that policy is known only after the downloads, which come after the first read.
    const prerendering = fastMarkdownEnabled() && REMOTE_IMAGES !== "download" && recapsDir !== undefined && !context.watcher;
    if (prerendering) setRemoteImagePolicy({ mode: REMOTE_IMAGES as Exclude<typeof REMOTE_IMAGES, "download">, siteOrigin });
    // Entries cached from the last build hold the HTML of the renderer of their day: a changed
    // renderer (its version, or its output on a probe document) renders every recap again.
    // The remote-image policy shapes the stored HTML too (a lazy https image, a link): switching
    // REMOTE_IMAGES or the site's origin renders every recap again, as a changed renderer does.
    // Whether markdown-it renders (`.md` and plain `.mdx`) is part of it: switching it on or off
    // renders every recap again, with the pipeline it now asks for; so does a change of what counts
    // as a plain .mdx recap (a recap cached as plain may no longer be), and a change of how a render
    // is kept in files (RENDER_FILES_LAYOUT).
    // The site's code too (codeFingerprint: src/ and the installed packages): a change to the recap
    // schema or the renderer that the probe document does not show (a transform of titles, the
    // curl of an apostrophe) left every unchanged recap as the last build stored it (found in review).
    const code = codeFingerprint(fileURLToPath(context.config.root));
    const rendererKey = () => `${rendererFingerprint(renderOptions)}:${code.slice(0, 16)}:${REMOTE_IMAGES}:${siteOrigin}:${fastMarkdownEnabled() ? `markdown-it+plain-mdx-${PLAIN_MDX_RULES_VERSION}` : "astro"}:${RENDER_FILES_LAYOUT}`;
    // Worked out here when the first read renders, under the same policy as below.
    const keyBefore = prerendering ? rendererKey() : undefined;
    // A store that will be cleared for a changed renderer keeps nothing: every body is rendered in the first read.
    const stored = keyBefore !== undefined && context.meta.get("markdown-renderer") === keyBefore ? storedRenders(context.store, fileURLToPath(context.config.root), recapsDir!) : new Set<string>();
    const prerender = prerendering ? { htmlDir, bodies: new Map<string, PrerenderedBody>(), stored } : undefined;
    if (recapsDir !== undefined && !context.watcher) {
      const cacheDir = fileURLToPath(context.config.cacheDir);
      const fingerprint = scanFingerprint(fileURLToPath(context.config.root), remoteImagePolicyInEffect(), code);
      const scans = { clean: readScanCache(cacheDir, fingerprint), found: [] as string[] };
      const syntax = threads ? await threads.prescan(recapsDir, displayRoot, now, scans, prerender) : recapSyntaxProblems(recapsDir, displayRoot, { schema, now, scans, prerender });
      const skipped = scans.found.filter((key) => scans.clean.has(key)).length;
      if (skipped > 0) context.logger.info(`the first read: ${skipped} bodies unchanged since a clean scan, not scanned again`);
      try {
        writeScanCache(cacheDir, fingerprint, scans.found);
      } catch (error) {
        context.logger.warn(`could not keep the list of recaps found clean (${error instanceof Error ? error.message : String(error)}); the next build scans every recap again`);
      }
      if (syntax.length) throw new InputError(syntax, "Invalid recaps");
    }
    setRemoteImagePolicy({ mode: REMOTE_IMAGES === "download" ? "block" : REMOTE_IMAGES, siteOrigin });
    let fingerprint = keyBefore ?? rendererKey();
    // REMOTE_IMAGES = "download": every remote image is fetched (or found in the cache) before
    // anything renders, and the sanitiser points the pages at the copies (docs/images.md). The
    // set of copies is part of the fingerprint: an image downloaded since the last build
    // renders its recaps again.
    if (REMOTE_IMAGES === "download" && recapsDir !== undefined) {
      const images = recapImages(recapsDir, (path) => displayPath(displayRoot, path));
      const downloaded = await downloadRemoteImages(images, { cacheDir: remoteImageCacheDir(fileURLToPath(context.config.root)), maxBytes: REMOTE_IMAGE_MAX_BYTES, timeoutMs: REMOTE_IMAGE_TIMEOUT_MS });
      for (const warning of downloaded.warnings) context.logger.warn(warning);
      context.logger.info(`remote images: ${downloaded.copies.size} of ${new Set(images.map((i) => i.url)).size} in the site (${downloaded.fetched} downloaded, ${downloaded.cached} from the cache), ${downloaded.warnings.length} linked instead`);
      setRemoteImagePolicy({ mode: "download", localCopies: downloaded.copies, siteOrigin });
      fingerprint += createHash("sha256").update(JSON.stringify([...downloaded.copies].sort())).digest("hex").slice(0, 16);
    }
    if (context.meta.get("markdown-renderer") !== fingerprint) {
      context.store.clear();
      context.meta.set("markdown-renderer", fingerprint);
    }
    forgetEntriesWithoutHtml(context.store, htmlDir);
    // An entry whose file is gone goes before the glob reads the files, not only after: a file
    // renamed keeping its page's address (x.md to x.mdx, or any recap with a `slug:`) has the
    // entry's id and text, so the glob kept the stored entry with its old path, which the pass
    // after the glob then deleted: the recap vanished from the first build after the rename (found in review).
    forgetEntriesOfRemovedFiles(context.store, fileURLToPath(context.config.root));
    // The threads render with the code and the remote-image policy of this thread: checked on the
    // probe document, so that a thread rendering otherwise stops the build instead of a page.
    if (threads && (await threads.fingerprint()) !== rendererFingerprint(renderOptions)) throw new Error(`the recap threads render the probe document otherwise than the main thread (src/integrations/recapThreads.ts); ${RECAP_THREADS_OFF}`);
    const rendering = withFastMarkdown(context as WithEntryTypes, { ...renderOptions, displayRoot, problems, renderElsewhere: threads?.render, prerendered: prerender?.bodies });
    const entryTypes = rendering && readingBrokenFrontmatter(rendering, (path) => displayPath(displayRoot, path), (path, found) => unreadable.set(path, found));
    const firstReadRenders = prerender?.bodies.size ?? 0;
    await glob.load({ ...context, parseData, store: withoutMarkdownBodies(context.store, htmlDir), logger: withoutNoiseWarnings(context.logger), entryTypes } as LoaderContext);
    // The render function takes each render of the first read it uses out of the map.
    const prerendered = firstReadRenders - (prerender?.bodies.size ?? 0);
    prerender?.bodies.clear();
    // Astro's glob loader returns early when it finds no file at all, without removing the
    // entries it stored last time (astro/dist/content/loaders/glob.js, "No files found
    // matching"): an emptied recaps folder would keep rendering the recaps cached from the last
    // build, and fail the build on them. What the glob stored from files that are gone goes.
    forgetEntriesOfRemovedFiles(context.store, fileURLToPath(context.config.root));
    if (context.store.keys().length === 0) {
      // Not Astro's "does not exist or is empty" warning, which points at the config: this line says what happened.
      keepEmptyCollection(context.store);
      context.logger.info(`no recaps in ${recapsDir !== undefined ? `${displayPath(displayRoot, recapsDir)}/` : "the recaps folder"}: the site is built without any`);
    }
    // Entries kept from the last build are sanitised too; a `.md` recap that failed to render
    // (the glob loader only logs it) stops the build instead of being published empty. Still part
    // of the first load: its problems are thrown below, not sent to dev's live overlay (found in
    // review: the build printed the error and exited 0 with the recap's page empty).
    const { unrendered } = sanitizeStoredEntries(context.store, htmlDir);
    // The store now holds every recap: the files of old versions go (in dev, before any edit).
    removeUnreferencedHtml(context.store, htmlDir);
    for (const path of unrendered) {
      const file = displayPath(displayRoot, resolve(fileURLToPath(context.config.root), path));
      if (problems.some((p) => p.file === file)) continue;
      report(file, [{ file, line: 1, message: "this recap could not be rendered (the error is printed above); it would be published empty" }]);
    }
    initialLoadDone = true;
    // Said on every build, so that an Astro update which stops passing its entry types to
    // loaders (a private seam) shows as "0 of N" here and fails test/build.test.ts.
    if (!context.watcher) {
      const { markdown, fast, mdx, mdxFast } = countFastEntries(context.store);
      const plainMdx = mdx > 0 ? `; ${mdxFast} of ${mdx} .mdx recaps too, being plain Markdown (no component, expression or import)` : "";
      const first = prerender && prerendered > 0 ? `, ${prerendered} of them in the first read's parse` : "";
      context.logger.info(`${fast} of ${markdown} .md recaps rendered by markdown-it${fastMarkdownEnabled() ? "" : " (switched off by BENCHDIGEST_FAST_MARKDOWN=0)"}${first}${threads ? `; the first read and ${threads.renders} renders on ${threads.threads} threads` : ""}${plainMdx}`);
    }
    watchRecapEdits(context, { schema, displayRoot, recapsDir });
    // The link check after the build takes each recap's page and draft flag from here (builtRecaps.ts).
    if (!context.watcher) setBuiltRecaps(fileURLToPath(context.config.root), storedRecaps(context.store));
    if (problems.length) {
      problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
      // In dev the server keeps running and shows the problems until the files are fixed.
      if (context.watcher) for (const file of new Set(problems.map((p) => p.file))) report(file, problems.filter((p) => p.file === file));
      else throw new InputError(problems, "Invalid recaps");
    }
  }
}

/**
 * Deletes every stored entry whose file no longer exists. The glob loader does this itself
 * whenever it finds at least one file; with none it returns early and keeps them all.
 */
function forgetEntriesOfRemovedFiles(store: LoaderContext["store"], root: string): void {
  for (const [id, entry] of store.entries()) {
    if (entry.filePath !== undefined && !existsSync(resolve(root, entry.filePath))) store.delete(id);
  }
}

/**
 * The recap files (relative to `recapsDir`) the store holds from the last build (`Prerender.stored`):
 * a `.md` recap is stored rendered (one whose render failed stopped that build).
 */
function storedRenders(store: LoaderContext["store"], root: string, recapsDir: string): Set<string> {
  const names = new Set<string>();
  for (const entry of store.values()) {
    if (entry.filePath !== undefined) names.add(relative(recapsDir, resolve(root, entry.filePath)).split(sep).join("/"));
  }
  return names;
}

/** Each stored recap's file (relative to the site's root) with its id and draft flag, for `setBuiltRecaps`. */
function* storedRecaps(store: LoaderContext["store"]): Generator<[string, { id: string; draft: boolean }]> {
  for (const [id, entry] of store.entries()) {
    if (entry.filePath !== undefined) yield [entry.filePath, { id, draft: (entry.data as { draft?: unknown }).draft === true }];
  }
}
