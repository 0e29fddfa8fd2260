/**
 * PNGs (social images, feed images) rendered in worker threads during page generation. resvg's
 * `renderAsync` draws off the main thread but leaves the PNG encoding to it: about 6 ms per
 * 1200×630 card, 2.7 s of the main thread on the 700-issue profile, where page generation is
 * bound by that one thread (docs/performance.md, "PNG threads"). Here a pool of threads (piscina,
 * one per core) runs `renderPlotPng` whole, the same function and bytes as on the main thread.
 * The pixels live and die in the threads, so the main heap no longer carries resvg's native buffers.
 *
 * The pool starts with the first PNG and its threads stop after a second of idleness; idle
 * threads do not keep the build's process alive.
 */
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { cachedPng, PNG_CACHE_FOLDER, pngFingerprint, pngKey } from "./pngCache";
import { MAX_THREADS, startThreadPool, type ThreadPool } from "./threadPool";

let pool: ThreadPool | undefined;

/** The PNG cache's fingerprint per site root, worked out once per build (it reads every file under src/). */
const fingerprints = new Map<string, string>();

/** Where a site's PNGs are drawn and kept: the folders of `virtual:benchdigest/site`. */
export interface PngSite {
  root: string;
  cacheDir: string;
  integrationsDir: string;
}

/** The key of `svg` at `scale` in a site's PNG cache, and the cache's folder. */
function cacheEntry(site: PngSite, svg: string, scale: number): { dir: string; key: string } {
  let fingerprint = fingerprints.get(site.root);
  if (fingerprint === undefined) fingerprints.set(site.root, (fingerprint = pngFingerprint(site.root)));
  return { dir: join(site.cacheDir, PNG_CACHE_FOLDER), key: pngKey(fingerprint, svg, scale) };
}

/** A PNG asked for ahead of its page (`prefetchPngs`). */
interface Prefetch {
  site: PngSite;
  svg: string;
  scale: number;
  dir: string;
}

/** PNGs asked for ahead and not started yet, by cache key, in the order asked. */
const waiting = new Map<string, Prefetch>();
/** PNGs started ahead of their page, by cache key, until their page takes them. */
const started = new Map<string, Promise<Uint8Array>>();
/** Whether the loop that starts the waiting PNGs one at a time runs. */
let prefetching = false;

/** Starts the PNG of `key` (kept or drawn), for the page that will take it from `started`. */
function start(key: string, { site, svg, scale, dir }: Prefetch): Promise<Uint8Array> {
  waiting.delete(key);
  const png = cachedPng(dir, key, () => renderPlotPngInThreads(site.integrationsDir, svg, { scale }));
  // A failure is its page's to report, when the page takes the PNG; until then it is not unhandled.
  png.catch(() => {});
  started.set(key, png);
  return png;
}

/**
 * Asks for PNGs before their pages (the social images: 305 cards for the 700 full-size issues).
 * Astro renders one route at a time, and the main thread would wait on the PNG threads through the
 * whole social-image route (3 to 8 s of the full-size profile's page generation); asked for
 * ahead, from the first page on, they are drawn one at a time in a PNG thread on the core that
 * page generation leaves idle, and their route finds them done. A page that asks for one still
 * waiting starts it at once. The bytes are the same: the same cache, the same drawing.
 */
export function prefetchPngs(site: PngSite, items: readonly { svg: string; scale?: number }[]): void {
  for (const { svg, scale = 1 } of items) {
    const { dir, key } = cacheEntry(site, svg, scale);
    if (!waiting.has(key) && !started.has(key)) waiting.set(key, { site, svg, scale, dir });
  }
  if (prefetching) return;
  prefetching = true;
  void (async () => {
    try {
      for (let next = waiting.entries().next(); !next.done; next = waiting.entries().next()) {
        // One at a time: page generation keeps the other core busy.
        await start(...next.value).catch(() => {});
      }
    } finally {
      prefetching = false;
    }
  })();
}

/**
 * The PNG of `svg` at `scale`: the one an earlier build kept for the same SVG, scale, code and
 * fonts (pngCache.ts), or drawn in a PNG thread and kept; started ahead when `prefetchPngs` asked
 * for it.
 */
export function renderPlotPngCached(site: PngSite, svg: string, { scale = 1 }: { scale?: number } = {}): Promise<Uint8Array> {
  const { dir, key } = cacheEntry(site, svg, scale);
  const ahead = started.get(key) ?? (waiting.has(key) ? start(key, waiting.get(key)!) : undefined);
  if (ahead !== undefined) {
    started.delete(key);
    return ahead;
  }
  return cachedPng(dir, key, () => renderPlotPngInThreads(site.integrationsDir, svg, { scale }));
}

/**
 * `renderPlotPng(svg, { scale })` in a PNG thread. `integrationsDir` is src/integrations/ on disk,
 * where the worker's entry lies (`integrationsDir` of virtual:benchdigest/site in a page).
 */
export function renderPlotPngInThreads(integrationsDir: string, svg: string, { scale = 1 }: { scale?: number } = {}): Promise<Uint8Array> {
  pool ??= startThreadPool({ what: "the PNG threads (src/integrations/pngThreads.ts)" }, {
    filename: pathToFileURL(join(integrationsDir, "pngThreadWorker.mjs")).href,
    minThreads: 0,
    // One per core, `MAX_THREADS` at most: each thread holds its own heap and resvg's pixels.
    maxThreads: Math.min(availableParallelism(), MAX_THREADS),
    idleTimeout: 1000,
    // A thread's event loop must turn between tasks: resvg's pixels are freed by finalizers that
    // run there after a collection (pngThreadTask.ts). Piscina's default parks an idle thread in
    // Atomics.wait, and 500 cards then held 1.4 to 1.9 GB instead of 0.35 GB.
    atomics: "disabled",
  });
  return pool.run<Uint8Array>({ svg, scale });
}
