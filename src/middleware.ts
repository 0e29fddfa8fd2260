import { defineMiddleware } from "astro:middleware";
import { root } from "virtual:benchdigest/site";
import { BUILD_GC_FACTOR, BUILD_GC_FLOOR_MB } from "./config";
import { liveProblemsError } from "./integrations/liveProblems";
import { exposedGc, growthCollector } from "./integrations/heapGrowthGc";

// A production build collects garbage as its heap grows (src/integrations/heapGrowthGc.ts).
const collect = import.meta.env.PROD ? growthCollector({ factor: BUILD_GC_FACTOR, floorBytes: BUILD_GC_FLOOR_MB * 1024 * 1024, gc: exposedGc() }) : () => false;

/**
 * In `npm run dev`, while an edited recap or CSV is invalid, every page throws the problems so
 * that Astro's error overlay shows them with the file and line (src/integrations/liveProblems.ts).
 * A build never records live problems: it stops on bad input before rendering any page. In a
 * build, every rendered page and feed also counts towards the next garbage collection.
 */
export const onRequest = defineMiddleware(async (_context, next) => {
  if (import.meta.env.DEV) {
    const error = liveProblemsError(root);
    if (error) throw error;
  }
  const response = await next();
  collect();
  return response;
});
