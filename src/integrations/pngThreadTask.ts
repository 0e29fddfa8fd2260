/**
 * What a PNG thread runs (pngThreads.ts; loaded by pngThreadWorker.mjs): `renderPlotPng`, and a
 * young-generation collection every few renders. resvg keeps each render's pixels in native memory
 * until its small JavaScript wrapper is collected, and V8 sees only the wrappers, which weigh
 * nothing: on the main thread the sample's 96 cards once added about 300 MB to the build's peak. The
 * wrappers are young, so a scavenge (about a millisecond) every few renders lets their finalizers
 * free the pixels. A thread allocates too little JavaScript for V8 to collect on its own: without
 * these collections a plain `astro build` of the 140-issue profile peaked 0.6 to 0.9 GB higher.
 * `npm run build` runs Node with --expose-gc; otherwise the thread takes the collector as Jest's
 * leak detector does (the flag set for one new context, then unset).
 */
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { renderPlotPng, useCardFonts } from "./renderPlotPng";

/** What pngThreads.ts gives each thread (piscina's `workerData`). */
export interface PngThreadData {
  /**
   * The card fonts (cardFontFiles.ts: their files and the characters they hold), cut once by
   * pngThreads.ts before the threads start; none: every image is drawn with the system's fonts.
   */
  cardFonts?: { files: string[]; codePoints: number[] };
}

/**
 * Sets a new PNG thread up (pngThreadWorker.mjs, before its first task): its card fonts. The thread
 * is given the fonts, not the folder to cut them into: cut here, harfbuzz's subsetter (WebAssembly)
 * and what it grew stayed with every thread while it drew (pngThreads.ts).
 */
export function startPngThread(data: PngThreadData | null | undefined): void {
  const fonts = data?.cardFonts;
  useCardFonts(fonts ? { files: fonts.files, codePoints: new Set(fonts.codePoints) } : undefined);
}

type Collector = (options?: { type: "minor" | "major" }) => void;

/** Renders (about 3.3 MB of native pixels each at 1200×630) that may wait for a collection. */
export const RENDERS_PER_COLLECTION = 8;

/** Renders since the last young-generation collection, in this thread. */
let sinceCollection = 0;

/** One PNG: `renderPlotPng(svg, { scale })`. */
export function renderPngTask({ svg, scale }: { svg: string; scale: number }): Uint8Array {
  const png = renderPlotPng(svg, { scale });
  if (++sinceCollection >= RENDERS_PER_COLLECTION) {
    sinceCollection = 0;
    collector()({ type: "minor" });
  }
  return png;
}

/** The collector: the process's when it exposes one (tests replace it), else one taken for this thread. */
let taken: Collector | undefined;
function collector(): Collector {
  const exposed = (globalThis as { gc?: Collector }).gc;
  if (typeof exposed === "function") return exposed;
  if (taken === undefined) {
    setFlagsFromString("--expose-gc");
    taken = runInNewContext("gc") as Collector;
    setFlagsFromString("--no-expose-gc");
  }
  return taken;
}
