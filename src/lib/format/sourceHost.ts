/**
 * The host of a source URL for short mentions, without `www.`: `news.smol.ai`. A value that is
 * not a URL is returned as it is (the loaders only let http(s) URLs through; this is a guard).
 * @example sourceHost("https://www.tbench.ai/leaderboard") // "tbench.ai"
 */
export function sourceHost(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, "");
  } catch {
    return url;
  }
}
