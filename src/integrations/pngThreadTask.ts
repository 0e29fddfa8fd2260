/**
 * What a PNG thread runs (pngThreads.ts; loaded by pngThreadWorker.mjs): `renderPlotPng`, and a
 * young-generation collection every few renders. resvg keeps each render's pixels in native memory
 * until its small JavaScript wrapper is collected, and V8 sees only the wrappers, which weigh
 * nothing: on the main thread the sample's 96 cards once added about 300 MB to the build's peak. The
 * wrappers are young, so a scavenge (about a millisecond) every few renders lets their finalizers
 * free the pixels. Only when the process exposes the collector (`npm run build` runs Node with
 * --expose-gc, a flag threads share); otherwise memory is freed later.
 */
import { renderPlotPng } from "./renderPlotPng";

/** Renders (about 3.3 MB of native pixels each at 1200×630) that may wait for a collection. */
export const RENDERS_PER_COLLECTION = 8;

/** Renders since the last young-generation collection, in this thread. */
let sinceCollection = 0;

/** One PNG: `renderPlotPng(svg, { scale })`. */
export function renderPngTask({ svg, scale }: { svg: string; scale: number }): Uint8Array {
  const png = renderPlotPng(svg, { scale });
  if (++sinceCollection >= RENDERS_PER_COLLECTION) {
    sinceCollection = 0;
    const gc = (globalThis as { gc?: (options?: { type: "minor" | "major" }) => void }).gc;
    if (typeof gc === "function") gc({ type: "minor" });
  }
  return png;
}
