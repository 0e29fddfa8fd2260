/**
 * The type of a built page (for `npm run bench`): pages, bytes and rendering time are reported by
 * type, from the build's log (phases.ts) and from dist/ (distStats.ts).
 */

/**
 * Page type of a built path: `recaps` (one recap's page), `archive` (recap lists by page, year,
 * month), `feeds` (RSS, Atom, JSON Feed), `home`, or the first URL segment (`models`, `topics`,
 * `digests` ...), with `-index` for a section's own index page. The baseline's `/blog/<id>/` pages
 * count as `recaps` and its `/blog/` list as `archive`.
 */
export function pageType(urlPath: string): string {
  const parts = urlPath.replace(/^\/+/, "").split("/").filter(Boolean);
  const last = parts[parts.length - 1] ?? "";
  if (/^(rss\.xml|atom\.xml|feed\.json)$/.test(last)) return "feeds";
  if (parts.length === 0 || (parts.length === 1 && last === "index.html")) return "home";
  if (!last.endsWith(".html")) return parts.length > 1 ? parts[0] : last.startsWith("sitemap") ? "sitemap" : "files";
  if (parts[0] === "blog") return parts.length > 2 ? "recaps" : "archive";
  if (parts[0] === "recaps") return parts.length === 2 || /^\d+$/.test(parts[1]) ? "archive" : "recaps";
  if (parts.length === 1) return "pages";
  if (parts[0] === "search") return "search";
  // A section's index (/models/, /topics/) is not one of its members.
  if (parts.length === 2) return `${parts[0]}-index`;
  return parts[0];
}
