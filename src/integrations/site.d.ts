/**
 * The folders of the site being built, served by the benchdigest integration
 * (src/integrations/benchdigest.ts) to code that Vite loads: the content config and the middleware.
 */
declare module "virtual:benchdigest/site" {
  /** The site folder, Astro's root. Messages name files relative to it. */
  export const root: string;
  /** Where recaps live: `<root>/content/recaps`. */
  export const recapsDir: string;
  /** Where the CSVs live: `<root>/data`. */
  export const dataDir: string;
  /** Astro's cache folder for this site (`node_modules/.astro`): caches kept between builds (pngCache.ts). */
  export const cacheDir: string;
  /** src/integrations/ of the code that builds it, on disk (for worker threads: pngThreads.ts). */
  export const integrationsDir: string;
}
