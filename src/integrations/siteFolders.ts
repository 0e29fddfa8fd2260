import { resolve } from "node:path";

/** The folders of one site (see benchdigest.ts): what the build reads and how it names files. */
export interface SiteFolders {
  /** The site folder, Astro's root. Messages name files relative to it. */
  root: string;
  /** Where recaps live: `<root>/content/recaps`. */
  recapsDir: string;
  /** Where the CSVs live: `<root>/data`. */
  dataDir: string;
}

/** The folders of the site whose root is `root`. */
export function siteFolders(root: string): SiteFolders {
  const abs = resolve(root);
  return { root: abs, recapsDir: resolve(abs, "content/recaps"), dataDir: resolve(abs, "data") };
}
