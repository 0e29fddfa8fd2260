/**
 * The id (URL slug) Astro's glob loader gives a recap: the `slug` field when set, otherwise the
 * path under content/recaps/ without its extension, each segment slugged the way github-slugger
 * does it (lower case, punctuation removed, spaces to `-`), and a trailing `/index` dropped.
 * Mirrors `generateIdDefault` in astro/dist/content/loaders/glob.js, so that the check command
 * finds the same clashes as the build.
 * @example recapId("2026-02-17-Sonnet Lands.mdx", {}) // "2026-02-17-sonnet-lands"
 */
export function recapId(pathInRecapsDir: string, data: { slug?: unknown }): string {
  if (typeof data.slug === "string" && data.slug !== "") return data.slug;
  const withoutExt = pathInRecapsDir.split("\\").join("/").replace(/\.[^./]+$/, "");
  return withoutExt
    .split("/")
    .map((segment) => segment.toLowerCase().replace(/[^\p{L}\p{M}\p{N}_\- ]/gu, "").replace(/ /g, "-"))
    .join("/")
    .replace(/\/index$/, "");
}
