/**
 * Keeps a production build's peak memory near its live data: after a page is rendered, a full
 * garbage collection when the heap has grown to `factor` times what the last one left (and at
 * least `floorBytes`).
 *
 * Why: while Astro generates pages, V8 lets the heap fill with the garbage of finished pages
 * before it collects. Measured on 250 generated recaps (docs/performance.md): about 140 MB live
 * after the last page, but the heap grew from 130 to 480 MB during page generation with no major
 * collection in between, and that set the build's peak RSS. Collecting on every few hundred pages
 * instead cost about a second there; collecting on growth costs a few collections per build.
 */
import { getHeapStatistics } from "node:v8";

/**
 * V8's `gc()` when the process was started with `--expose-gc` (as `npm run build` starts Astro:
 * the flag is on the command line, not switched on at run time), else undefined: the build then
 * simply does not collect early.
 */
export function exposedGc(global: { gc?: unknown } = globalThis): (() => void) | undefined {
  return typeof global.gc === "function" ? (global.gc as () => void) : undefined;
}

export interface GrowthCollectorOptions {
  /** Collect when the heap is this many times what the last collection left. */
  factor: number;
  /** ...and at least this big. */
  floorBytes: number;
  gc: (() => void) | undefined;
  /** The heap in use, in bytes (V8's own figure by default). */
  heapUsed?: () => number;
}

/** Returns a check to run after each page: true when it collected. A no-op without `gc`. */
export function growthCollector({ factor, floorBytes, gc, heapUsed = () => getHeapStatistics().used_heap_size }: GrowthCollectorOptions): () => boolean {
  let limit = floorBytes;
  return () => {
    if (!gc || floorBytes <= 0 || heapUsed() < limit) return false;
    gc();
    limit = Math.max(floorBytes, heapUsed() * factor);
    return true;
  };
}
