/**
 * Files in `public/` that a page of the site replaces: Astro copies `public/` into the output and
 * then writes its pages, so a `public/og-default.png` an editor puts there (as the editing guide
 * once said to) is dropped without a word for the card `src/pages/og-default.png.ts` draws
 * (found in review). Read from the two folders' file lists; a route with a parameter
 * (`[slug].astro`) is not matched, as its paths are only known once it runs.
 */

/** A file of `public/` and the page that replaces it. */
export interface ShadowedPublicFile {
  /** Inside `public/`. @example "og-default.png" */
  publicFile: string;
  /** Inside `src/pages/`. @example "og-default.png.ts" */
  page: string;
}

/**
 * The output path of a page file, or undefined for a route with a parameter. An endpoint
 * (`rss.xml.ts`) writes its name less the script's extension; an `.astro` page `x/index.html`
 * (Astro's directory format), `index.astro` and `404.astro` their `.html`.
 * @example outputOf("og-default.png.ts") // "og-default.png"
 * @example outputOf("search.astro") // "search/index.html"
 */
export function outputOf(page: string): string | undefined {
  if (page.includes("[")) return undefined;
  const endpoint = /^(.+\.[a-z0-9]+)\.(?:ts|js|mjs)$/i.exec(page);
  if (endpoint) return endpoint[1];
  const astro = /^(.*?)([^/]+)\.(?:astro|md|mdx)$/i.exec(page);
  if (!astro) return undefined;
  const [, dir, name] = astro;
  return name === "index" || name === "404" ? `${dir}${name}.html` : `${dir}${name}/index.html`;
}

/**
 * Each file of `public/` a page replaces, in the order of `publicFiles`. Paths use `/`.
 * @example shadowedPublicFiles(["og-default.png", "favicon.svg"], ["og-default.png.ts", "index.astro"]) // [{ publicFile: "og-default.png", page: "og-default.png.ts" }]
 */
export function shadowedPublicFiles(publicFiles: readonly string[], pages: readonly string[]): ShadowedPublicFile[] {
  const pageOf = new Map<string, string>();
  for (const page of pages) {
    const out = outputOf(page);
    if (out !== undefined) pageOf.set(out.toLowerCase(), page);
  }
  return publicFiles.flatMap((publicFile) => {
    const page = pageOf.get(publicFile.toLowerCase());
    return page === undefined ? [] : [{ publicFile, page }];
  });
}

/** What to do about a file `public/` holds that a page replaces: the one message of the check and the build. */
export function shadowedMessage({ publicFile, page }: ShadowedPublicFile): string {
  const own =
    publicFile === "og-default.png"
      ? ` (the default social image, drawn from your title and description; the pages declare it as a 1200×630 PNG: to publish your own picture of that size instead, delete src/pages/${page} and keep this file)`
      : ` (to publish this file instead, delete src/pages/${page})`;
  return `public/${publicFile} is never published: the page src/pages/${page} writes /${publicFile} over it${own}; else delete public/${publicFile}`;
}
