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
import { getHeapStatistics, setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

/** V8's `gc()`, made available at run time; undefined where the runtime refuses. */
export function exposeGc(): (() => void) | undefined {
  try {
    setFlagsFromString("--expose-gc");
    const gc: unknown = runInNewContext("gc");
    return typeof gc === "function" ? (gc as () => void) : undefined;
  } catch {
    return undefined;
  }
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
