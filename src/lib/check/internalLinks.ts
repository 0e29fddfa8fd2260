/**
 * Links from a recap's body to a path of the site (`/recaps/x/`, `<a href="/models/gpt-5/">`,
 * `![](/og-default.png)`) that lead to no page: the reader gets a 404. Which pages exist is the
 * caller's `KnownPages`: every file of a finished build (src/integrations/builtLinkCheck.ts), or
 * what `npm run check` can know without building (`checkedPages` in knownPages.ts), which says
 * nothing about the paths it cannot know.
 */
import { levenshtein } from "../../schemas/nearest";
import type { Finding } from "./findings";

/** The pages a link is checked against. */
export interface KnownPages {
  /** Every existing page or file among the paths `knows` answers for, as the site writes them: `/recaps/x/`, `/rss.xml`. */
  has(path: string): boolean;
  /**
   * Whether the source knows every page at `path`, so that a path it does not have is certainly
   * a 404. False where it cannot tell (the check, which builds nothing, for pages whose existence
   * depends on counts or on files it does not read): no warning there.
   */
  knows(path: string): boolean;
  /** The existing pages beside `path` (same folder), for a did-you-mean. */
  siblings(path: string): Iterable<string>;
  /** The file of a draft whose page would be `path` (not published, so a 404 too), if any. */
  draftAt?(path: string): string | undefined;
}

/** A URL a recap body uses, as scanBody.ts reports it. */
export interface LinkUse {
  /** The URL as written. */
  url: string;
  /** How the message names it: `link "/x/"`, `image "/x.png"`, `<a href="/x/">`. */
  where: string;
  use: "link" | "image";
  line: number;
}

/** The page of the site a URL leads to, as a path without query, fragment or `base`, or undefined: not a path of this site (`https:`, `//host`, `#top`, `mailto:`...). */
export function sitePathOf(url: string, { base = "/", page }: { base?: string; page?: string } = {}): string | undefined {
  const target = url.trim();
  // Root-relative (`/x`), or `../x` from a recap's page when it is known. `//host/x` is another site.
  const rooted = target.startsWith("/") && !target.startsWith("//") && !target.startsWith("/\\");
  if (!rooted && !(page !== undefined && target.startsWith("../"))) return undefined;
  let path: string;
  try {
    // Resolves `.` and `..` segments as a browser does, and drops the query and the fragment.
    path = new URL(target, `https://site.invalid${page ?? "/"}`).pathname;
  } catch {
    return undefined;
  }
  try {
    path = decodeURIComponent(path);
  } catch {
    // A stray `%`: compared as written.
  }
  const root = base.endsWith("/") ? base : `${base}/`;
  if (root !== "/") {
    // A link outside `base` is outside this site: not ours to judge.
    if (!path.startsWith(root) && path !== root.slice(0, -1)) return undefined;
    path = `/${path.slice(root.length)}`;
  }
  return path;
}

/** Whether `path` is a page or file of `known`: as written, with the trailing slash every page has (hosts answer `/x` with `/x/`), or as `/x/index.html`. */
function exists(path: string, known: KnownPages): boolean {
  if (known.has(path)) return true;
  if (!path.endsWith("/") && known.has(`${path}/`)) return true;
  return path.endsWith("/index.html") && known.has(path.slice(0, -"index.html".length));
}

/**
 * The page a mistyped path obviously means: the one existing page in the same folder whose last
 * segment is a few edits away (a quarter of its length, at least 2), case aside; none when two are
 * as near, or none is. Not `nearest` (schemas/nearest.ts), whose containment rule would offer
 * `/recaps/2026/` (an archive) for `/recaps/2026-99-99-nope/`.
 */
function suggestion(path: string, known: KnownPages): string | undefined {
  const name = (p: string) => (p.replace(/\/$/, "").split("/").pop() ?? "").toLowerCase();
  const wanted = name(path);
  const limit = Math.max(2, Math.floor(wanted.length / 4));
  let best: { page: string; distance: number; tie: boolean } | undefined;
  for (const page of known.siblings(path)) {
    const distance = levenshtein(wanted, name(page));
    if (distance > limit || (best && distance > best.distance)) continue;
    best = best?.distance === distance && best.page !== page ? { ...best, tie: true } : { page, distance, tie: false };
  }
  return best && !best.tie ? best.page : undefined;
}

/**
 * A warning for a link of a recap body (`file`, whose page is `page` when known) that leads to a
 * path of the site where `known` has no page, or none (not a path of the site, a page that exists,
 * or a path `known` cannot judge).
 * @example internalLinkFinding({ url: "/recaps/nope/", where: 'link "/recaps/nope/"', use: "link", line: 5 }, "content/recaps/x.md", known)
 *   // [{ ..., message: 'link "/recaps/nope/" leads to /recaps/nope/, where the site has no page: ...' }]
 */
export function internalLinkFinding(link: LinkUse, file: string, known: KnownPages, { base = "/", page }: { base?: string; page?: string } = {}): Finding[] {
  const path = sitePathOf(link.url, { base, page });
  if (path === undefined || !known.knows(path) || exists(path, known)) return [];
  const draft = known.draftAt?.(path.endsWith("/") ? path : `${path}/`);
  const what = link.use === "image" ? "file" : "page";
  const message =
    draft !== undefined
      ? `${link.where} leads to ${path}, the page of a draft (${draft}), which is not published: publish that recap, or remove the link until it is`
      : `${link.where} leads to ${path}, where the site has no ${what}; ${fixFor(path, link.use, known)}`;
  return [{ file, line: link.line, severity: "warning", code: "broken-internal-link", message }];
}

/** What to do about a path that leads nowhere: the nearest page when one is obvious. */
function fixFor(path: string, use: LinkUse["use"], known: KnownPages): string {
  const near = suggestion(path, known);
  const how = use === "image" ? "correct the path, or remove the image" : "correct the path (copy it from the address bar of the page you mean), or remove the link";
  return near === undefined ? how : `did you mean ${near}? Otherwise ${how}`;
}
