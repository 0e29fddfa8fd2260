import { renderPlotPngAsync } from "./renderPlotPng";

/** Social images rendered since the last young-generation collection. */
let sinceCollection = 0;
/** Renders (about 3.3 MB of native pixels each at 1200×630) that may wait for a collection. */
export const RENDERS_PER_COLLECTION = 8;

/**
 * A social card's SVG as its PNG, at its own size (1200×630). resvg keeps each render's pixels in
 * native memory until its small JavaScript wrapper is collected, and the build's collector
 * (heapGrowthGc.ts) watches the JavaScript heap only, where those wrappers weigh nothing: the
 * sample's 96 cards added about 300 MB to the build's peak. The wrappers are young, so a
 * young-generation collection (a scavenge: about a millisecond, unlike a full collection) every
 * few renders lets their finalizers free the pixels. Only when the build exposes the collector
 * (`npm run build` runs Node with --expose-gc); otherwise memory is freed later, as before.
 * Rendered off the main thread (`renderPlotPngAsync`), so the build's concurrent pages use every core.
 */
export async function socialImagePng(svg: string): Promise<Uint8Array> {
  const png = await renderPlotPngAsync(svg);
  if (++sinceCollection >= RENDERS_PER_COLLECTION) {
    sinceCollection = 0;
    const gc = (globalThis as { gc?: (options?: { type: "minor" | "major" }) => void }).gc;
    if (typeof gc === "function") gc({ type: "minor" });
  }
  return png;
}
