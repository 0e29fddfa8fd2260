import { defineMiddleware } from "astro:middleware";
import { CONTENT_ROOT } from "./config";
import { liveProblemsError } from "./lib/check/liveProblems";

/**
 * In `npm run dev`, while an edited recap or CSV is invalid, every page throws the problems so
 * that Astro's error overlay shows them with the file and line (src/lib/check/liveProblems.ts).
 * A build never records live problems: it stops on bad input before rendering any page.
 */
export const onRequest = defineMiddleware((_context, next) => {
  if (import.meta.env.DEV) {
    const error = liveProblemsError(CONTENT_ROOT);
    if (error) throw error;
  }
  return next();
});
