/**
 * The site's absolute URL makes every canonical link, feed link and sitemap entry. The project
 * ships an example URL so that it builds out of the box; a site published with it points readers,
 * feed readers and search engines at a host that is not theirs. So the build warns while it is
 * the example, and `npm run check --strict` (a CI gate) fails on it.
 */

/**
 * What is wrong with a site URL for publishing, or undefined when it is fine: not an absolute
 * http(s) URL, or still `example` (`EXAMPLE_SITE_URL` in src/config.ts).
 * @example siteUrlProblem("https://benchdigest.example.org", "https://benchdigest.example.org") // { severity: "warning", message: "the site URL is still the example ..." }
 */
export function siteUrlProblem(url: string, example: string): { severity: "error" | "warning"; message: string } | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { severity: "error", message: `the site URL ${JSON.stringify(url)} is not a URL; expected an absolute address such as https://news.example.com (SITE.url in src/config.ts, or SITE_URL)` };
  }
  if (parsed.protocol !== "https:" && parsed.protocol !== "http:") {
    return { severity: "error", message: `the site URL ${JSON.stringify(url)} is not an http(s) address; expected one such as https://news.example.com (SITE.url in src/config.ts, or SITE_URL)` };
  }
  if (parsed.origin === new URL(example).origin) {
    return {
      severity: "warning",
      message: `the site URL is still the example ${example}: canonical links, feeds and the sitemap would point there. Set url in SITE in src/config.ts to the address the site is published at (or SITE_URL=https://... for one build); README's "Make it yours" lists the other settings to change`,
    };
  }
  return undefined;
}
