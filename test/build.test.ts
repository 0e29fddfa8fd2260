import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { astroBuildAsync, copyFixture, DIST, npmRunBuildAsync, type BuildResult } from "./helpers/astro";
import { runScript } from "./helpers/cli";
import { SCAN_CACHE_FILE, scanKey } from "../src/integrations/recapScanCache";
import { comparableHtml } from "../src/lib/markdown/comparableHtml";

const temps: string[] = [];
afterAll(() => temps.forEach((d) => rmSync(d, { recursive: true, force: true })));
const tmp = (prefix: string) => {
  const d = mkdtempSync(join(tmpdir(), prefix));
  temps.push(d);
  return d;
};

/**
 * A fixture site builds. Fixture sites that must not build are the bad-input corpus
 * (test/badInput.test.ts in-process, test/badInputBuilds.test.ts one real build per stage).
 */

// A recap that uses a component, as an editor adds one to a site of their own.
const BOARD_MDX = ["---", 'title: "Board"', "date: 2026-02-21", "---", "", "The board:", "", '<Leaderboard benchmark="aa-index" />', ""].join("\n");
// Every construct of Markdown an editor writes in an .mdx recap `npm run new` made, and no
// component, expression or import (src/lib/content/plainMdx.ts).
const PLAIN_MDX = [
  "---",
  'title: "Plain"',
  "date: 2026-02-22",
  "models: [claude-3-sonnet-4.6]",
  "---",
  "",
  "## Scores at a glance",
  "",
  'Sonnet 4.6 "arrives" -- at last... It\'s *fast*, **cheap** and ~~slow~~ [well priced](https://example.org/price "Prices").',
  "Run it with --max-tokens 10 & see https://example.org/docs or www.example.org.",
  "",
  "| model | score | cost |",
  "|:--|--:|:-:|",
  "| Sonnet 4.6 | 51.2 | $3 |",
  "| Opus | 53 | `$15` |",
  "",
  "- [x] benchmarked",
  "- [ ] priced",
  "  - nested by two spaces",
  "",
  "1. first",
  "2. second",
  "",
  "> A quote with a footnote[^why].",
  "",
  "### Scores at a glance",
  "",
  "![A chart](https://example.org/chart.png)",
  "",
  "```json",
  '{ "model": "sonnet-4.6", "score": 51.2 }',
  "```",
  "",
  "Line one  ",
  "line two; AT&amp;T &copy; 2026.",
  "",
  "---",
  "",
  "[^why]: Because it says so.",
  "",
].join("\n");

/**
 * The minimal fixture site with the recaps above and links to pages it does not have, three times,
 * built side by side once for this file: with `npm run build -- --out <a folder outside the site>`
 * (`site`), with Astro alone and the recap threads a large archive gets (`threaded`), and with Astro
 * alone and BENCHDIGEST_FAST_MARKDOWN=0 (`mdx`: every recap through Astro's own Markdown and MDX
 * pipelines, the reference the markdown-it pages are held to). The plain .mdx test compares the
 * first and the third; it built two more copies of the same site for it (a cold build of the minimal
 * site is about 25 s of CPU).
 */
interface FixtureBuilds {
  site: string;
  threaded: string;
  out: string;
  out2: string;
  outMdx: string;
  away: string;
  linksLine: number;
  result: BuildResult;
  second: BuildResult;
  reference: BuildResult;
}
let builds: FixtureBuilds;

beforeAll(async () => {
  const [site, threaded, mdx] = [copyFixture("minimal"), copyFixture("minimal"), copyFixture("minimal")];
  temps.push(site, threaded, mdx);
  for (const s of [site, threaded, mdx]) {
    writeFileSync(join(s, "content/recaps/2026-02-21-board.mdx"), BOARD_MDX);
    writeFileSync(join(s, "content/recaps/2026-02-22-plain.mdx"), PLAIN_MDX);
  }
  // Links to pages the site does not have (a new user's review: both builds were silent), one
  // that exists, and an image only the build can judge (the check reads no built files).
  const tokenBill = join(site, "content/recaps/2026-02-18-token-bill.md");
  const withLinks = `${readFileSync(tokenBill, "utf8")}\nSee [the launch](/recaps/2026-99-99-nope/), <a href="/recaps/nope/">the other</a>, [Sonnet](/models/claude-sonnet-4-6/#scores) and ![chart](/charts/nope.png).\n`;
  const linksLine = withLinks.split("\n").findIndex((l) => l.startsWith("See [the launch]")) + 1;
  for (const s of [site, threaded, mdx]) writeFileSync(join(s, "content/recaps/2026-02-18-token-bill.md"), withLinks);
  // What `npm run dev` leaves in the site's .astro/: a data store with every recap, drafts too.
  mkdirSync(join(site, ".astro"));
  writeFileSync(join(site, ".astro/data-store.json"), JSON.stringify({ draft: "Not yet." }));
  // Outside the site, on another file system when /dev/shm is one (the move is then a copy).
  const away = existsSync("/dev/shm") ? mkdtempSync("/dev/shm/bd-out-") : tmp("bd-out-");
  if (away.startsWith("/dev/shm/")) temps.push(away);
  // In a folder that does not exist yet (`--out ../published/site`): made by the build.
  const [out, out2, outMdx] = [join(away, "published/site"), tmp("bd-out-threads-"), tmp("bd-out-mdx-")];
  // From a shell with NODE_ENV=development, which would make Astro build the site `npm run dev`
  // serves, drafts included: the command builds the published site all the same.
  const [result, second, reference] = await Promise.all([
    npmRunBuildAsync(site, out, { NODE_ENV: "development" }),
    astroBuildAsync(threaded, out2, { BENCHDIGEST_RECAP_THREADS: "2" }),
    astroBuildAsync(mdx, outMdx, { BENCHDIGEST_FAST_MARKDOWN: "0" }),
  ]);
  builds = { site, threaded, out, out2, outMdx, away, linksLine, result, second, reference };
});

describe("building fixture sites", () => {
  it("builds the minimal fixture site: a page per published recap, drafts left out, MDX components rendered; with recap threads, the same pages", async () => {
    const { site, threaded, out, out2, away, linksLine, result, second } = builds;
    expect(result.status, result.output).toBe(0);
    // Astro copies its own .astro/ folder into an output outside the site it builds in: none of
    // it, and no draft text, reaches the site `npm run build` writes; .astro/ stays where it was.
    const files = readdirSync(out, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
    expect(files.filter((f) => /content-(?:assets|modules)\.mjs$|\.schema\.json$|data-store\.json$|settings\.json$|benchdigest-html/.test(f))).toEqual([]);
    expect(files.filter((f) => readFileSync(f, "utf8").includes("Not yet."))).toEqual([]);
    expect(existsSync(join(site, ".astro/data-store.json"))).toBe(true);
    expect(readdirSync(join(away, "published"))).toEqual(["site"]);
    expect(readdirSync(site).filter((n) => n.includes("-partial-"))).toEqual([]);
    // The site has no data/products.csv, which is optional: no warning that a collection is missing.
    expect(existsSync(join(site, "data/products.csv"))).toBe(false);
    expect(result.output).not.toMatch(/does not exist or is empty/);
    expect(existsSync(join(out, "recaps/2026-02-17-sonnet-lands/index.html"))).toBe(true);
    expect(existsSync(join(out, "recaps/2026-02-18-token-bill/index.html"))).toBe(true);
    expect(existsSync(join(out, "recaps/2026-02-19-draft/index.html"))).toBe(false);
    const home = readFileSync(join(out, "index.html"), "utf8");
    expect(home).toContain("The token bill");
    // The markdown-it path rides on Astro's private entry types: an Astro update that drops them
    // shows here as "0 of 2" (src/integrations/markdownEntryType.ts).
    expect(result.output).toMatch(/\b2 of 2 \.md recaps rendered by markdown-it, 2 of them in the first read's parse/);
    expect(home).not.toContain("A draft");
    expect(readFileSync(join(out, "rss.xml"), "utf8")).not.toContain("2026-02-19-draft");
    expect(files.filter((f) => f.includes("/email"))).toEqual([]);
    expect(result.output).toContain("NODE_ENV=development left aside: npm run build builds the published site");
    expect(readFileSync(join(out, "recaps/2026-02-21-board/index.html"), "utf8")).toContain('class="leaderboard"');
    // Every link to a path the built site lacks is a warning with the recap's file:line, checked
    // against the files written; the page that exists is not.
    const at = `content/recaps/2026-02-18-token-bill.md:${linksLine}: warning:`;
    for (const build of [result, second]) {
      expect(build.output).toContain(`${at} link "/recaps/2026-99-99-nope/" leads to /recaps/2026-99-99-nope/, where the site has no page; correct the path`);
      expect(build.output).toContain(`${at} <a href="/recaps/nope/"> leads to /recaps/nope/, where the site has no page; correct the path`);
      expect(build.output).toContain(`${at} image "/charts/nope.png" leads to /charts/nope.png, where the site has no file; correct the path, or remove the image`);
      expect(build.output).toContain("3 links in recaps lead to no page of the built site");
      expect(build.output).not.toContain("claude-sonnet-4-6/#scores");
    }

    expect(second.status, second.output).toBe(0);
    // The two .md bodies were rendered in the first read's parse, on the threads; the two plain .mdx ones after it.
    expect(second.output).toMatch(/\b2 of 2 \.md recaps rendered by markdown-it, 2 of them in the first read's parse; the first read and 2 renders on 2 threads; 2 of 3 \.mdx recaps too/);
    expect(result.output).not.toMatch(/recaps rendered by markdown-it.*threads/);
    for (const page of ["recaps/2026-02-17-sonnet-lands/index.html", "recaps/2026-02-18-token-bill/index.html", "recaps/2026-02-21-board/index.html", "recaps/2026-02-22-plain/index.html", "index.html", "rss.xml"]) {
      expect(readFileSync(join(out2, page), "utf8"), page).toBe(readFileSync(join(out, page), "utf8"));
    }

    // Built again with one recap edited: the first read scans only that body; the others, found
    // clean by the last build under the same code, are not scanned again (recapScanCache.ts). An
    // unsafe link written into the edited one is still refused.
    const recaps = readdirSync(join(threaded, "content/recaps")).filter((n) => /\.mdx?$/.test(n));
    const cache = JSON.parse(readFileSync(join(threaded, "node_modules/.astro", SCAN_CACHE_FILE), "utf8")) as { clean: string[] };
    expect(cache.clean.sort()).toEqual(recaps.map((n) => scanKey(n, readFileSync(join(threaded, "content/recaps", n), "utf8"))).sort());
    const edited = join(threaded, "content/recaps/2026-02-18-token-bill.md");
    writeFileSync(edited, `${readFileSync(edited, "utf8")}\nA [correction](javascript:alert(1)).\n`);
    const third = await astroBuildAsync(threaded, tmp("bd-out-rescan-"), { BENCHDIGEST_RECAP_THREADS: "2" });
    expect(third.status, third.output).not.toBe(0);
    expect(third.output).toMatch(/2026-02-18-token-bill\.md:\d+: .*javascript:/);
    expect(third.output).toContain(`${recaps.length - 1} bodies unchanged since a clean scan, not scanned again`);
  });
});

describe("plain .mdx recaps", () => {
  it("renders an .mdx recap without components with markdown-it, to the page MDX's own pipeline makes of it", () => {
    const { out: outFast, outMdx, result: built, reference } = builds;
    expect(built.status, built.output).toBe(0);
    expect(reference.status, reference.output).toBe(0);
    expect(built.output).toMatch(/\b2 of 2 \.md recaps rendered by markdown-it, 2 of them in the first read's parse; 2 of 3 \.mdx recaps too, being plain Markdown/);
    expect(reference.output).toMatch(/\b0 of 2 \.md recaps rendered by markdown-it \(switched off by BENCHDIGEST_FAST_MARKDOWN=0\); 0 of 3 \.mdx recaps too/);
    // The recap's body, as the reader gets it on its page, is the same HTML up to spelling (`<br>`
    // or `<br />`, `&amp;` or `&#x26;`: comparableHtml.ts, which the .md renderer's equivalence
    // test folds the same way), and the pages around it are the same.
    const prose = (out: string, page: string) => /<div class="prose"[^>]*>([\s\S]*?)<\/div>\s*<\/article>/.exec(readFileSync(join(out, page), "utf8"))?.[1];
    for (const page of ["recaps/2026-02-22-plain/index.html", "recaps/2026-02-17-sonnet-lands/index.html"]) {
      expect(prose(outFast, page), page).toBeTruthy();
      expect(comparableHtml(prose(outFast, page)!), page).toBe(comparableHtml(prose(outMdx, page)!));
      const rest = (out: string) => readFileSync(join(out, page), "utf8").replace(prose(out, page)!, "").replace(/\d+ min read/, "");
      expect(rest(outFast), page).toBe(rest(outMdx));
    }
    const body = prose(outFast, "recaps/2026-02-22-plain/index.html")!;
    for (const part of ["<table>", "<del>slow</del>", 'type="checkbox"', "<blockquote>", "“arrives” — at last…", "--max-tokens", 'id="scores-at-a-glance-1"', 'data-footnotes', "<pre><code"]) expect(body).toContain(part);
  });
});

describe("npm run build's settings from the environment", () => {
  it("refuses a number of recap threads that is not a whole number, with its message alone, before Astro starts", () => {
    const out = join(tmp("bd-out-env-"), "dist");
    const r = runScript("build", ["--out", out], { env: { BENCHDIGEST_RECAP_THREADS: "two" } });
    expect(r.status).toBe(2);
    expect(r.output.trim()).toBe('BENCHDIGEST_RECAP_THREADS is "two": expected a whole number of threads (0 for none)');
    expect(existsSync(out)).toBe(false);
  });
});

describe("the sample site build (dist/)", () => {
  it("has a home page, a 404 and a page for every published recap", () => {
    expect(existsSync(join(DIST, "index.html"))).toBe(true);
    expect(existsSync(join(DIST, "404.html"))).toBe(true);
  });
});
