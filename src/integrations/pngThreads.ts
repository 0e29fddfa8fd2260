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
import type { PngThreadData } from "./pngThreadTask";
import { MAX_THREADS, startThreadPool, type ThreadPool } from "./threadPool";

/** The pools, one per card font folder (one in a build: the site's; tests use others). */
const pools = new Map<string, Promise<ThreadPool>>();

/** The PNG cache's fingerprint per site root, worked out once per build (it reads every file under src/). */
const fingerprints = new Map<string, string>();

/** Where a site's PNGs are drawn and kept: the folders of `virtual:benchdigest/site`. */
export interface PngSite {
  root: string;
  cacheDir: string;
  integrationsDir: string;
}

/**
 * The PNG of `svg` at `scale`: the one an earlier build kept for the same SVG, scale, code and
 * fonts (pngCache.ts), or drawn in a PNG thread and kept.
 */
export function renderPlotPngCached(site: PngSite, svg: string, { scale = 1 }: { scale?: number } = {}): Promise<Uint8Array> {
  let fingerprint = fingerprints.get(site.root);
  if (fingerprint === undefined) fingerprints.set(site.root, (fingerprint = pngFingerprint(site.root)));
  return cachedPng(join(site.cacheDir, PNG_CACHE_FOLDER), pngKey(fingerprint, svg, scale), () => renderPlotPngInThreads(site.integrationsDir, svg, { scale, cardFontDir: join(site.cacheDir, CARD_FONT_FOLDER) }));
}

/** The folder beside the PNG cache where the card fonts are written (cardFontFiles.ts). */
const CARD_FONT_FOLDER = "benchdigest-card-fonts";

/**
 * `renderPlotPng(svg, { scale })` in a PNG thread. `integrationsDir` is src/integrations/ on disk,
 * where the worker's entry lies (`integrationsDir` of virtual:benchdigest/site in a page).
 * `cardFontDir`: where the card fonts are kept, which draw social images faster with the same
 * pixels (cardFontFiles.ts); without it, every image is drawn with the system's fonts. Each folder
 * has its pool (a build has one).
 */
export async function renderPlotPngInThreads(integrationsDir: string, svg: string, { scale = 1, cardFontDir }: { scale?: number; cardFontDir?: string } = {}): Promise<Uint8Array> {
  let pool = pools.get(cardFontDir ?? "");
  if (!pool) pools.set(cardFontDir ?? "", (pool = startPngThreads(integrationsDir, cardFontDir)));
  return (await pool).run<Uint8Array>({ svg, scale });
}

/**
 * The PNG threads for one card font folder. The card fonts are cut here, once, and handed to every
 * thread: cut in each thread, harfbuzz's subsetter (WebAssembly) and the heap it grew stayed with
 * the thread while it drew, at the build's peak (the cards' routes): a cold N = 250 build peaked
 * at 743 to 747 MB that way, 626 to 659 MB now (docs/performance.md). Loaded only when a PNG is
 * drawn: a build whose PNGs are all kept from the last (pngCache.ts) does not load harfbuzz at all.
 */
async function startPngThreads(integrationsDir: string, cardFontDir: string | undefined): Promise<ThreadPool> {
  let cardFonts: PngThreadData["cardFonts"];
  if (cardFontDir !== undefined) {
    const { prepareCardFonts } = await import("./cardFontFiles");
    let fonts: Awaited<ReturnType<typeof prepareCardFonts>>;
    try {
      fonts = await prepareCardFonts(cardFontDir);
    } catch (error) {
      throw new Error(`the PNG threads (src/integrations/pngThreads.ts) could not start: the card fonts could not be written to ${cardFontDir}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
    }
    cardFonts = fonts && { files: fonts.files, codePoints: [...fonts.codePoints] };
  }
  return startThreadPool({ what: "the PNG threads (src/integrations/pngThreads.ts)" }, {
    filename: pathToFileURL(join(integrationsDir, "pngThreadWorker.mjs")).href,
    minThreads: 0,
    // One per core, `MAX_THREADS` at most: each thread holds its own heap and resvg's pixels.
    maxThreads: Math.min(availableParallelism(), MAX_THREADS),
    idleTimeout: 1000,
    // A thread's event loop must turn between tasks: resvg's pixels are freed by finalizers that
    // run there after a collection (pngThreadTask.ts). Piscina's default parks an idle thread in
    // Atomics.wait, and 500 cards then held 1.4 to 1.9 GB instead of 0.35 GB.
    atomics: "disabled",
    workerData: { cardFonts } satisfies PngThreadData,
  });
}
