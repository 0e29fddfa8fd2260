import { readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { displayPath } from "../../src/lib/format/displayPath";

/** A built HTML page. */
export interface BuiltPage {
  /** Absolute file path in the build folder. */
  file: string;
  /** URL path as a visitor requests it, e.g. `/recaps/2026-02-17-x/` or `/404.html`. */
  url: string;
  /** File size in bytes (the largest page of a type is the one most likely to overflow). */
  size: number;
  /** Page type derived from the URL's shape, e.g. `recaps/*`, `leaderboards/*\/*`, `home`. */
  type: string;
}

/** Every file under `dir`, recursively (absolute paths). */
export function walkFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...walkFiles(path));
    else out.push(path);
  }
  return out;
}

/**
 * The page type of a URL path: the first segment kept, later segments read as `N` when they are
 * numbers (pagination, years) and `*` otherwise, so that `/recaps/2026/` and `/recaps/some-slug/`
 * are different types while every recap is one type. New page kinds are picked up without a list.
 */
function pageType(url: string): string {
  if (url === "/") return "home";
  if (url === "/404.html") return "404";
  const segments = url.split("/").filter(Boolean);
  const [first, ...rest] = segments;
  return [first, ...rest.map((s) => (/^\d+$/.test(s) ? "N" : "*"))].join("/");
}

/** Every HTML page of a build, with its URL and type. */
export function builtPages(dist: string): BuiltPage[] {
  return walkFiles(dist)
    .filter((f) => f.endsWith(".html") && !relative(dist, f).startsWith("pagefind"))
    .map((file) => {
      const rel = displayPath(dist, file);
      const url = rel === "index.html" ? "/" : rel.endsWith("/index.html") ? `/${rel.slice(0, -"index.html".length)}` : `/${rel}`;
      return { file, url, size: statSync(file).size, type: pageType(url) };
    })
    .sort((a, b) => a.url.localeCompare(b.url));
}

/**
 * One page per type: the largest (most content, most likely to overflow or to break a
 * validator), plus the smallest recap as a "short recap" next to the long one.
 */
export function representativePages(dist: string): BuiltPage[] {
  const byType = new Map<string, BuiltPage[]>();
  for (const page of builtPages(dist)) byType.set(page.type, [...(byType.get(page.type) ?? []), page]);
  const picked: BuiltPage[] = [];
  for (const [, pages] of [...byType].sort(([a], [b]) => a.localeCompare(b))) {
    const bySize = [...pages].sort((a, b) => b.size - a.size);
    picked.push(bySize[0]);
    if (bySize.length > 1 && bySize[0].type === "recaps/*") picked.push(bySize[bySize.length - 1]);
  }
  return picked;
}
