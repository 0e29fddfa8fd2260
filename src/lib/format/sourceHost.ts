/** What follows a GitLab project's path in its older URLs, which have no `/-/` before it (`group/project/blob/main/x`). */
const GITLAB_ROUTES = new Set(["blob", "tree", "raw", "commits", "commit", "issues", "merge_requests", "wikis", "releases", "tags", "pipelines", "jobs", "blame", "compare", "snippets"]);

/**
 * Hosts where anyone publishes: the host alone names no publisher (LMArena's Elo history is
 * collected at github.com/nakasyou/lmarena-history, and "Publisher: github.com" said nothing:
 * helper-75), so the owner and project are named too. The number is how many path segments do
 * that; Hugging Face's spaces and datasets have a kind first; GitLab's groups hold subgroups
 * (`group/subgroup/project`), so its project is the path up to `/-/`.
 */
const SHARED_HOSTS: Record<string, (segments: string[]) => number> = {
  "github.com": () => 2,
  "gitlab.com": (s) => {
    const end = s.findIndex((segment, i) => segment === "-" || (i >= 2 && GITLAB_ROUTES.has(segment)));
    return end === -1 ? s.length : end;
  },
  "codeberg.org": () => 2,
  "bitbucket.org": () => 2,
  "huggingface.co": (s) => (s[0] === "spaces" || s[0] === "datasets" ? 3 : 2),
};

/** A path segment decoded for reading (`Llama%203` → `Llama 3`), or as written when its escapes are not UTF-8 (`%ZZ`, `%E9`). */
function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/**
 * The host of a source URL for short mentions, without `www.`: `news.smol.ai`; on a host where
 * anyone publishes, with the owner and project (`github.com/nakasyou/lmarena-history`,
 * `gitlab.com/group/subgroup/project`). A value that is not a URL is returned as it is (the
 * loaders only let http(s) URLs through; this is a guard).
 * @example sourceHost("https://www.tbench.ai/leaderboard") // "tbench.ai"
 * @example sourceHost("https://github.com/nakasyou/lmarena-history/blob/main/x.csv") // "github.com/nakasyou/lmarena-history"
 */
export function sourceHost(url: string): string {
  try {
    const parsed = new URL(url);
    const host = parsed.hostname.replace(/^www\./, "");
    const segments = parsed.pathname.split("/").filter(Boolean);
    const keep = SHARED_HOSTS[host]?.(segments);
    return keep !== undefined && keep >= 2 && segments.length >= keep ? [host, ...segments.slice(0, keep).map(decodeSegment)].join("/") : host;
  } catch {
    return url;
  }
}
