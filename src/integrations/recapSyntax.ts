import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { readFrontmatter } from "../lib/check/readFrontmatter";
import { recapId } from "../lib/check/recapId";
import { mdxSyntaxProblems } from "../lib/content/mdxSyntax";
import { recapRuleFindings } from "../lib/content/recapRules";
import { validateRecap } from "../lib/content/validateRecap";
import { InputError, type Problem } from "../lib/errors";
import { displayPath } from "../lib/format/displayPath";
import { scanMarkdownBody, scanMdxBody, scanRenderedTokens } from "../lib/html/scanBody";
import { sanitizeHtml } from "../lib/html/sanitizeHtml";
import { renderedBody } from "../lib/content/renderedBody";
import { missingLocalImages } from "../lib/content/localImages";
import { deepQuotes } from "../lib/content/deepNesting";
import type { Finding } from "../lib/check/findings";
import { createMarkdownRenderer, type MarkdownRendererOptions, type RenderedMarkdownBody } from "../lib/markdown/renderMarkdown";
import type { createRecapSchema } from "../schemas/recap";
import { listRecapFiles, recapPipelineSizeProblem, recapSizeProblem } from "./readSiteFiles";
import { scanKey, type ScanMemo } from "./recapScanCache";
import { moveRenderToFiles, type HtmlFileRef } from "./recapHtmlFiles";
import { createHash } from "node:crypto";
import { BUILD_GC_FACTOR, BUILD_GC_FLOOR_MB } from "../config";
import { exposedGc, growthCollector } from "./heapGrowthGc";

/** What the first read checks fields against. */
export interface RecapPrescanOptions {
  /** The recap schema (the collection's). */
  schema: ReturnType<typeof createRecapSchema>;
  /** The moment of the build, for the future-date rule (src/lib/content/recapRules.ts). */
  now: Date;
  /** Bodies found clean by an earlier build, not scanned again (recapScanCache.ts); this build's clean ones are added to its `found`. */
  scans?: ScanMemo;
  /** Render the `.md` bodies it scans, in the scan's parse (`Prerender`). */
  prerender?: Prerender;
}

/** A `.md` body rendered in the first read: what the render function stores, its HTML already in its file (recapHtmlFiles.ts). */
export type PrerenderedBody = Omit<RenderedMarkdownBody, "html"> & HtmlFileRef;

/**
 * The first read's renders (issue 15): a `.md` body it scans is parsed once, by the site's renderer
 * (src/lib/markdown/renderMarkdown.ts), which the scan reads its tokens from (`scanRenderedTokens`,
 * the same findings as its own parse) and which renders the body from them, its HTML written to
 * `htmlDir` (content-addressed, recapHtmlFiles.ts). The recap loader's render function then takes
 * the render whose body is the one Astro hands it (`prerenderKey`) instead of rendering it again
 * (src/integrations/markdownEntryType.ts). A body found with an error is not kept (the build stops).
 * Only for the sanitiser's remote-image policy of the render, which the loader sets before.
 */
export interface Prerender {
  /** Astro's cache folder's HTML files (`recapHtmlDir`). */
  htmlDir: string;
  /** Filled in: each rendered body by `prerenderKey` of its Markdown. */
  bodies: Map<string, PrerenderedBody>;
  /**
   * Files (relative to the recaps folder) whose render the content store keeps from the last build:
   * not rendered here, since the glob loader renders such a file only when it changed. (A build
   * after a change of code scans every body again but renders none of them.)
   */
  stored?: ReadonlySet<string>;
}

/** The key of a body's render: the SHA-256 of the Markdown the render function is handed (`entry.body`). */
export const prerenderKey = (body: string): string => createHash("sha256").update(body).digest("hex");

/**
 * Between the pieces of a long body (src/lib/markdown/documentPieces.ts), a full garbage collection
 * when the heap has grown as `npm run build` collects between pages (src/middleware.ts): a no-op
 * unless Node was started with `--expose-gc`, as the build starts Astro and its threads.
 */
const collectBetweenPieces = (() => {
  const collect = growthCollector({ factor: BUILD_GC_FACTOR, floorBytes: BUILD_GC_FLOOR_MB * 1024 * 1024, gc: exposedGc() });
  return () => void collect();
})();

/**
 * How the site renders a `.md` recap: the one sanitiser (docs/security.md) for every body; links keep
 * whatever URL they were written with until it, which drops a refused one and keeps its text (the
 * dangerous schemes were refused before, by the first read). The recap loader, the recap threads
 * and the first read's renders all use these.
 */
export const SITE_RENDER_OPTIONS: Readonly<MarkdownRendererOptions> = Object.freeze({ sanitize: sanitizeHtml, betweenPieces: collectBetweenPieces });

let renderer: ReturnType<typeof createMarkdownRenderer> | undefined;

/**
 * What a production build checks first, before Astro's glob loader sees a recap (recapLoader.ts),
 * with the check's own code and messages, every recap at once: the folder (symlinks leading outside
 * content/ or in a loop), each file's size (src/schemas/limits.ts), its YAML and MDX syntax, its
 * fields and the rules of recapRules.ts, and the URLs of its body (a `javascript:` link is refused
 * here, before any page is made). Astro's glob loader names a YAML error by absolute path and its
 * own line count, and an unclosed MDX `{` surfaces only as an anonymous render error. Only errors:
 * warnings are the check's to print. [] when there is no folder.
 */
export function recapSyntaxProblems(recapsDir: string, displayRoot: string, options: RecapPrescanOptions): Problem[] {
  const listing = listRecapFiles(recapsDir, displayRoot);
  return [...listing.problems.map(plainProblem), ...listing.files.flatMap((name) => recapFileProblems(recapsDir, displayRoot, name, options))];
}

/**
 * The first read of one recap (`name`, relative to `recapsDir`): what `recapSyntaxProblems` checks
 * of each file, on its own so that the recap threads (recapThreads.ts) can share the files out.
 */
export function recapFileProblems(recapsDir: string, displayRoot: string, name: string, { schema, now, scans, prerender }: RecapPrescanOptions): Problem[] {
  const path = resolve(recapsDir, name);
  const file = displayPath(displayRoot, path);
  const tooBig = recapSizeProblem(path, file);
  if (tooBig) return [plainProblem(tooBig)];
  const source = readFileSync(path, "utf8");
  const tooBigForThePipeline = recapPipelineSizeProblem(name, source, file);
  if (tooBigForThePipeline) return [plainProblem(tooBigForThePipeline)];
  const fm = readFrontmatter(source, file);
  if (!fm.ok) return fm.problems.map(plainProblem);
  const problems: Problem[] = [];
  if (name.endsWith(".mdx")) problems.push(...mdxSyntaxProblems(source, file));
  try {
    const data = validateRecap(schema, fm.data, { file, source });
    problems.push(...recapRuleFindings({ id: recapId(name, data), data, file, source }, now).filter((f) => f.severity === "error"));
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    problems.push(...error.problems);
  }
  problems.push(...bodyProblems(name, source, file, scans, prerender?.stored?.has(name) ? undefined : prerender));
  // A local image that is not there: said with the recap and its line, where Astro's ImageNotFound names neither.
  problems.push(...missingLocalImages(source, file, (fromRoot) => existsSync(resolve(displayRoot, fromRoot))));
  // Quotes nested past what the renderers take: refused here, not published empty.
  problems.push(...deepQuotes(source, file));
  return problems.map(plainProblem);
}

/** The errors of a body's scan; none, without scanning, for a body `scans` knows to be clean. */
function bodyProblems(name: string, source: string, file: string, scans: ScanMemo | undefined, prerender: Prerender | undefined): Problem[] {
  const key = scans ? scanKey(name, source) : undefined;
  if (key !== undefined && scans?.clean.has(key)) {
    scans.found.push(key);
    return [];
  }
  const findings = name.endsWith(".mdx") ? scanMdxBody(source, file) : prerender ? scanAndRender(source, file, prerender) : scanMarkdownBody(source, file);
  const errors = findings.filter((f) => f.severity === "error");
  if (key !== undefined && errors.length === 0) scans?.found.push(key);
  return errors;
}

/**
 * A `.md` body's findings, from the parse that renders it (`Prerender`); its render kept when it has
 * no error. A body with a long table, rendered a slice at a time, is scanned on its own as before.
 */
function scanAndRender(source: string, file: string, { htmlDir, bodies }: Prerender): Finding[] {
  const { body, firstLine } = renderedBody(source);
  let findings: Finding[] | undefined;
  let out: RenderedMarkdownBody;
  try {
    renderer ??= createMarkdownRenderer(SITE_RENDER_OPTIONS);
    // Called once per piece of a long body (src/lib/markdown/documentPieces.ts), with its first line.
    // A call with line 0 starts the body again: pieces given up for a whole parse (ParseHook).
    out = renderer(body, (tokens, pieceLine) => {
      if (pieceLine === 0) findings = [];
      findings ??= [];
      for (const finding of scanRenderedTokens(tokens, file, firstLine + pieceLine)) findings.push(finding);
    });
  } catch {
    // Rendered again by the render function, which reports the error with the file's name.
    return scanMarkdownBody(source, file);
  }
  findings ??= scanMarkdownBody(source, file, undefined, undefined, collectBetweenPieces);
  // A refused body's render is dropped; the HTML files of the bodies rendered before it in a build
  // that stops stay in the cache folder until the next build that ends (removeUnreferencedHtml).
  // A body with local images is left to Astro's pipeline by the render function: not kept either.
  if (findings.some((f) => f.severity === "error") || out.localImagePaths.length > 0) return findings;
  const { html, ...rest } = out;
  const moved = moveRenderToFiles({ html, metadata: {} }, htmlDir).metadata;
  bodies.set(prerenderKey(body), { ...rest, htmlFile: moved.htmlFile, htmlSha: moved.htmlSha, readingMinutes: moved.readingMinutes });
  return findings;
}

/** A problem as the build prints it (findings also carry a severity and a code). */
export const plainProblem = ({ file, line, column, field, message }: Problem): Problem => ({ file, line, column, field, message });
