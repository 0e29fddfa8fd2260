import type { Problem } from "../errors";

/** A recap's old paths, as read from its `redirect_from` frontmatter. */
export interface RedirectingRecap {
  /** The recap's id (its URL slug). */
  id: string;
  /** Path shown in problems. @example "content/recaps/2024-04-02-not-much-happened-today.md" */
  file: string;
  /** Line of each `redirect_from` item, for problems; 1 when unknown. */
  lines?: readonly number[];
  redirectFrom: readonly string[];
}

/** One old path and the page it now leads to. */
export interface Redirect {
  /** The old path, as the archive served it. @example "/issues/24-04-02-ainews-not-much-happened-today/" */
  from: string;
  /** The recap's page. @example "/recaps/2024-04-02-not-much-happened-today/" */
  to: string;
}

/**
 * A path as the site compares paths: a trailing slash added to a path whose last segment has no
 * extension (the site's URLs all end in `/`; `/issues/x` and `/issues/x/` are one old page).
 * @example redirectKey("/issues/x") // "/issues/x/"
 */
export function redirectKey(path: string): string {
  const last = path.split("/").pop() ?? "";
  return path.endsWith("/") || last.includes(".") ? path : `${path}/`;
}

/**
 * Every redirect the recaps ask for, in recap order, and the problems that would make one
 * ambiguous or harmful: two recaps claiming one old path (which page should it lead to?) and an
 * old path that is a page of the site itself (a redirect there would hide the page). `pagePath`
 * makes a recap's URL; `sitePaths` are the site's own pages when known (e.g. every recap's URL).
 * The same path twice in one recap is one redirect.
 */
export function collectRedirects(
  recaps: readonly RedirectingRecap[],
  { pagePath, sitePaths = new Set<string>() }: { pagePath: (id: string) => string; sitePaths?: ReadonlySet<string> },
): { redirects: Redirect[]; problems: Problem[] } {
  const owner = new Map<string, { recap: RedirectingRecap; line: number }>();
  const redirects: Redirect[] = [];
  const problems: Problem[] = [];
  const own = new Set([...sitePaths, ...recaps.map((r) => pagePath(r.id))].map(redirectKey));
  for (const recap of recaps) {
    recap.redirectFrom.forEach((from, i) => {
      const key = redirectKey(from);
      const line = recap.lines?.[i] ?? 1;
      const first = owner.get(key);
      if (first?.recap === recap) return;
      if (first) {
        problems.push({ file: recap.file, line, field: "redirect_from", message: `the old path ${from} is also in the redirect_from of ${first.recap.file}:${first.line}; one old path can lead to one recap only: remove it from one of them` });
        return;
      }
      if (own.has(key)) {
        problems.push({ file: recap.file, line, field: "redirect_from", message: `the old path ${from} is a page of this site; a redirect there would hide it: remove it from redirect_from` });
        return;
      }
      owner.set(key, { recap, line });
      redirects.push({ from: key, to: pagePath(recap.id) });
    });
  }
  return { redirects, problems };
}

/**
 * The redirects as a `_redirects` file, which Netlify and Cloudflare Pages read (one rule a line:
 * old path, new path, 301). Static hosts without one get the redirect pages instead.
 * @example redirectsFile([{ from: "/issues/x/", to: "/recaps/2024-01-01-x/" }]) // "/issues/x/ /recaps/2024-01-01-x/ 301\n"
 */
export function redirectsFile(redirects: readonly Redirect[]): string {
  return redirects.map((r) => `${r.from} ${r.to} 301\n`).join("");
}
