/**
 * The recap loader's per-file work shared out over the machine's cores: the first read of every
 * recap (recapSyntax.ts) and the rendering of every `.md` body (markdown-it and the sanitiser) are
 * pure functions of a file, about three quarters of the content sync on a large archive
 * (docs/performance.md, "Recap threads"). A pool of worker threads (piscina) runs them with the
 * code the main thread would run (recapThreadTasks.ts), while the main thread does Astro's part
 * (frontmatter, the store, the HTML files).
 *
 * Threads pay off only for a large archive: starting one costs about half a second (it loads the
 * renderer, the sanitiser and the schema again), so a site with less Markdown than
 * `RECAP_THREADS_MIN_BYTES` stays on the main thread. BENCHDIGEST_RECAP_THREADS sets the number of
 * threads (`0` or `1`: none, the main thread does everything).
 */
import { statSync } from "node:fs";
import { availableParallelism } from "node:os";
import { resolve } from "node:path";
import type { Problem } from "../lib/errors";
import { remoteImagePolicyInEffect } from "../lib/html/sanitizeHtml";
import type { RenderedMarkdownBody } from "../lib/markdown/renderMarkdown";
import { listRecapFiles, type RecapListing } from "./readSiteFiles";
import { plainProblem, type Prerender } from "./recapSyntax";
import type { PrescanResult, RecapThreadTask } from "./recapThreadTasks";
import type { ScanMemo } from "./recapScanCache";
import { MAX_THREADS, startThreadPool } from "./threadPool";

/** Below this much Markdown (`.md` and `.mdx` together) a build uses no threads: starting them costs more than they save. */
export const RECAP_THREADS_MIN_BYTES = 16 * 1024 * 1024;

/**
 * How many threads the recap loader uses for these files: BENCHDIGEST_RECAP_THREADS when set (an
 * integer from 0; 0 and 1 mean none), else one per core from `RECAP_THREADS_MIN_BYTES` of Markdown
 * on a machine with two cores or more, at most `MAX_THREADS` (the main thread's part of the
 * content sync does not shrink with more of them), else none (0).
 */
export function recapThreadCount(markdownBytes: number, env: Record<string, string | undefined> = process.env, cores = availableParallelism()): number {
  const set = env.BENCHDIGEST_RECAP_THREADS;
  if (set !== undefined && set !== "") {
    if (!/^\d+$/.test(set)) throw new Error(`BENCHDIGEST_RECAP_THREADS is "${set}": expected a whole number of threads (0 for none)`);
    const n = Number(set);
    return n > 1 ? n : 0;
  }
  return cores > 1 && markdownBytes >= RECAP_THREADS_MIN_BYTES ? Math.min(cores, MAX_THREADS) : 0;
}

/** How to build without the recap threads, for the messages that stop a build because of them. */
export const RECAP_THREADS_OFF = "BENCHDIGEST_RECAP_THREADS=0 builds without them";

/**
 * Recap threads for the recaps under `recapsDir`, as many as `recapThreadCount` says for their
 * size; undefined for none.
 */
export function startRecapThreadsFor(recapsDir: string, displayRoot: string): RecapThreads | undefined {
  const listing = listRecapFiles(recapsDir, displayRoot);
  let bytes = 0;
  for (const name of listing.files) bytes += statSync(resolve(recapsDir, name)).size;
  const count = recapThreadCount(bytes);
  return count > 1 ? startRecapThreads(count, listing) : undefined;
}

/** A running pool of recap threads. */
export interface RecapThreads {
  threads: number;
  /** How many bodies the threads have rendered so far. */
  readonly renders: number;
  /** What `recapSyntaxProblems` returns for the folder, in the same order. */
  prescan(recapsDir: string, displayRoot: string, now: Date, scans?: ScanMemo, prerender?: Prerender): Promise<Problem[]>;
  /** A `.md` body rendered as `createMarkdownRenderer(SITE_RENDER_OPTIONS)` renders it (recapSyntax.ts), with the remote-image policy in effect now. */
  render(body: string): Promise<RenderedMarkdownBody>;
  /** The renderer's fingerprint as a thread computes it (`rendererFingerprint`), to check that the threads render as the main thread does. */
  fingerprint(): Promise<string>;
  close(): Promise<void>;
}

/** Starts `threads` recap threads; `listing`, the recaps folder as already listed, spares `prescan` listing it again. */
export function startRecapThreads(threads: number, listing?: RecapListing): RecapThreads {
  const pool = startThreadPool({ what: "the recap threads (src/integrations/recapThreads.ts)", without: RECAP_THREADS_OFF }, {
    filename: new URL("./recapThreadWorker.mjs", import.meta.url).href,
    minThreads: threads,
    maxThreads: threads,
    idleTimeout: Number.POSITIVE_INFINITY,
    // A thread makes short-lived strings fast (tokens, HTML, the sanitiser's pieces): with V8's
    // default young generation for a worker it spent a fifth of its time collecting them; with
    // 64 MB, a tenth (docs/performance.md, "Recap threads").
    resourceLimits: { maxYoungGenerationSizeMb: 64 },
  });
  const run = <T>(task: RecapThreadTask): Promise<T> => pool.run<T>(task);
  let renders = 0;
  return {
    threads,
    async prescan(recapsDir, displayRoot, now, scans, prerender) {
      const { files, problems } = listing ?? listRecapFiles(recapsDir, displayRoot);
      // Batches of a few files: one message per file would cost more than a small recap's read,
      // one batch per thread would leave a thread idle behind the other's large files.
      const size = Math.max(1, Math.ceil(files.length / (threads * 8)));
      const batches: string[][] = [];
      for (let i = 0; i < files.length; i += size) batches.push(files.slice(i, i + size));
      const policy = remoteImagePolicyInEffect();
      // A first read never throws for bad input (it returns problems): a rejection is a thread
      // that could not start or a bug, and the message says how to build without threads.
      const clean = scans ? [...scans.clean] : undefined;
      const results = await Promise.all(batches.map((names) => run<PrescanResult>({ kind: "prescan", policy, recapsDir, displayRoot, names, now: now.getTime(), clean, htmlDir: prerender?.htmlDir, stored: prerender?.stored ? names.filter((name) => prerender.stored?.has(name)) : undefined }))).catch((error: unknown) => {
        throw pool.failure(error);
      });
      for (const result of results) {
        scans?.found.push(...result.found);
        for (const [key, body] of result.prerendered) prerender?.bodies.set(key, body);
      }
      return [...problems.map(plainProblem), ...results.flatMap((r) => r.problems.flat())];
    },
    get renders() {
      return renders;
    },
    render: async (body) => {
      const out = await run<RenderedMarkdownBody>({ kind: "render", policy: remoteImagePolicyInEffect(), body });
      renders++;
      return out;
    },
    fingerprint: () => run<string>({ kind: "fingerprint", policy: remoteImagePolicyInEffect() }),
    close: () => pool.close(),
  };
}
