/**
 * The sample site's identity: its subscribe account, its title, its author and its description. A site built from
 * the project keeps them until its owner changes src/config.ts, and the subscribe form is the
 * dangerous one: every page's footer would post the owner's readers' email addresses to the
 * sample's newsletter account. The site URL tells which site is built: while it is the example
 * (siteUrl.ts), this is the sample itself, whose identity is its own, and the URL's warning
 * already stops `npm run check -- --strict`; once it is another address, each setting still the
 * sample's is a warning, in the build and in the check (so `--strict`, the CI gate, fails).
 */
import type { SubscribeConfig } from "../email/subscribe";

/**
 * The sample's values of the settings, as src/config.ts ships them (a unit test holds the two
 * together).
 */
export const SAMPLE_IDENTITY = {
  subscribe: { provider: "buttondown", account: "benchdigest" },
  title: "benchdigest",
  author: "benchdigest editors",
  description: "Daily AI recaps joined to the benchmarks they talk about: scores, token bills and what it cost to get there.",
} as const;

/** A setting of src/config.ts still the sample's, with what to do about it. */
export interface SampleIdentityProblem {
  /** The setting as an editor finds it in src/config.ts: `SUBSCRIBE`, `SITE.title`, `SITE.author`, `SITE.description`. */
  setting: "SUBSCRIBE" | "SITE.title" | "SITE.author" | "SITE.description";
  severity: "warning";
  message: string;
}

/** The settings the check and the build read. */
export interface SiteIdentity {
  url: string;
  title: string;
  author: string;
  description: string;
  subscribe: SubscribeConfig | undefined;
}

/**
 * The settings of `site` still the sample's (SAMPLE_IDENTITY), on a site whose URL is not the
 * example `exampleUrl`; none on the sample itself. Buttondown usernames are matched whatever their
 * case, as Buttondown matches them.
 * @example sampleIdentityProblems({ url: "https://news.example.com", title: "Tensor Tidings", author: "Ada", subscribe: { provider: "buttondown", account: "benchdigest" } }, EXAMPLE_SITE_URL) // [{ setting: "SUBSCRIBE", ... }]
 */
export function sampleIdentityProblems(site: SiteIdentity, exampleUrl: string): SampleIdentityProblem[] {
  if (isExample(site.url, exampleUrl)) return [];
  const problems: SampleIdentityProblem[] = [];
  const sample = SAMPLE_IDENTITY.subscribe;
  if (site.subscribe?.provider === sample.provider && site.subscribe.account.trim().toLowerCase() === sample.account) {
    problems.push({
      setting: "SUBSCRIBE",
      severity: "warning",
      message: `SUBSCRIBE in src/config.ts is still the sample's Buttondown account "${sample.account}": the subscribe form in every page's footer would send your readers' email addresses to the sample's newsletter, not yours. Set SUBSCRIBE to your own account (docs/email.md), or to undefined for no form`,
    });
  }
  if (site.title.trim() === SAMPLE_IDENTITY.title) {
    problems.push({
      setting: "SITE.title",
      severity: "warning",
      message: `the site's title is still the sample's "${SAMPLE_IDENTITY.title}": page titles, the header, feeds and the default social image would name it. Set title in SITE in src/config.ts to your site's name`,
    });
  }
  if (site.author.trim() === SAMPLE_IDENTITY.author) {
    problems.push({
      setting: "SITE.author",
      severity: "warning",
      message: `the site's author is still the sample's "${SAMPLE_IDENTITY.author}": feeds would name them as the publisher. Set author in SITE in src/config.ts to who publishes your site`,
    });
  }
  if (site.description.trim() === SAMPLE_IDENTITY.description) {
    problems.push({
      setting: "SITE.description",
      severity: "warning",
      message: `the site's description is still the sample's ("${SAMPLE_IDENTITY.description}"): meta descriptions, the feeds and the default social image would say it. Set description in SITE in src/config.ts to what your site is`,
    });
  }
  return problems;
}

/** Whether `url` is the example's origin; a URL that does not parse is siteUrl.ts's to report. */
function isExample(url: string, exampleUrl: string): boolean {
  try {
    return new URL(url).origin === new URL(exampleUrl).origin;
  } catch {
    return false;
  }
}
