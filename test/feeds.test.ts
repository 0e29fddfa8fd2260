/**
 * The built feeds read by real clients: Debian's python3-feedparser (every feed: bozo false, the
 * expected entries with titles, dates and links) and newsboat (loads them headless into its cache).
 * Expected items are computed from the content files, not from the site's code.
 */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseHTML } from "linkedom";
import { DIST } from "./helpers/astro";
import { feedparse, hasFeedparser, type ParsedFeed } from "./helpers/feedparser";
import { page, readRecaps, recapModels, sampleData } from "./helpers/sampleContent";
import { serveStatic } from "./helpers/staticServer";
import { NEWSBOAT, newsboatLoad } from "./helpers/newsboat";
import { isoWeek, weekKey, weekRange } from "../src/lib/digests/isoWeek";
import { FEED_ITEM_LIMIT, MODEL_FEED_MIN_RECAPS, SITE as SITE_CONFIG, TAG_FEED_MIN_RECAPS } from "../src/config";
import { slugify } from "../src/lib/content/slugify";

const SITE = "https://benchdigest.example.org";
const data = sampleData();
const published = readRecaps()
  .filter((r) => !r.draft)
  .sort((a, b) => b.date.getTime() - a.date.getTime() || b.id.localeCompare(a.id));
const draftTitles = readRecaps()
  .filter((r) => r.draft)
  .map((r) => r.title);

/**
 * The site-wide feed's items as they should be: recaps and weekly digests, newest N. A digest is
 * dated by its first recap, the day it first appeared, and never moves from there.
 */
const weeks = new Map<string, Date>();
for (const r of published) {
  const key = weekKey(isoWeek(r.date));
  if (!weeks.has(key) || r.date < weeks.get(key)!) weeks.set(key, r.date);
}
/**
 * When each digest last changed: the newest of its recaps and of the reports dated after the
 * previous digest's Sunday up to its own (a later report goes to a later digest).
 */
const digestUpdated = new Map<string, Date>();
/** Digests that only repeat their one recap (no report in their window): not in the site-wide feeds. */
const repeatsItsRecap = new Set<string>();
{
  const keys = [...weeks.keys()].sort();
  const sunday = (key: string) => {
    const [year, week] = key.split("-w").map(Number);
    return weekRange({ year, week }).end.toISOString().slice(0, 10);
  };
  keys.forEach((key, i) => {
    const inWindow = (d: Date) => d.toISOString().slice(0, 10) <= sunday(key) && (i === 0 || d.toISOString().slice(0, 10) > sunday(keys[i - 1]));
    const recapDates = published.filter((r) => weekKey(isoWeek(r.date)) === key).map((r) => r.date);
    const reportDates = data.results.map((r) => r.evaluated_at).filter(inWindow);
    if (recapDates.length === 1 && reportDates.length === 0) repeatsItsRecap.add(key);
    const dates = [...recapDates, ...reportDates];
    digestUpdated.set(key, new Date(Math.max(...dates.map((d) => d.getTime()))));
  });
}
const expectedSiteItems = [
  ...published.map((r) => ({ link: `${SITE}/recaps/${r.id}/`, title: r.title as string | RegExp, date: r.date })),
  ...[...weeks].filter(([key]) => !repeatsItsRecap.has(key)).map(([key, date]) => {
    const [year, week] = key.split("-w").map(Number);
    return { link: `${SITE}/digests/${key}/`, title: new RegExp(`^Week ${week}, ${year}: `), date };
  }),
]
  .sort((a, b) => b.date.getTime() - a.date.getTime() || a.link.localeCompare(b.link))
  .slice(0, FEED_ITEM_LIMIT);

const skipFeedparser = !hasFeedparser();
if (skipFeedparser) console.warn("[feeds] /usr/bin/python3 with feedparser is not installed (apt install python3-feedparser): feedparser checks skipped");

function checkEntries(feed: ParsedFeed, expected: { link: string; title: string | RegExp; date: Date }[], label: string, full = true) {
  expect(feed.bozo, `${label}: ${feed.bozoException}`).toBe(false);
  expect(feed.entries.map((e) => e.link), label).toEqual(expected.map((e) => e.link));
  feed.entries.forEach((entry, i) => {
    const want = expected[i];
    if (typeof want.title === "string") expect(entry.title, label).toBe(want.title);
    else expect(entry.title, label).toMatch(want.title);
    expect(entry.published, `${label} ${entry.link}`).not.toBeNull();
    expect(new Date(entry.published!).getTime(), `${label} ${entry.link}`).toBe(want.date.getTime());
    if (full) expect(entry.content.length, `${label} ${entry.link}: content`).toBeGreaterThan(100);
    else expect(entry.content, `${label} ${entry.link}: summary and link`).toContain(`<a href="${entry.link}">`);
  });
}

describe.skipIf(skipFeedparser)("feeds read by feedparser", () => {
  const [rss, atom] = feedparse(join(DIST, "rss.xml"), join(DIST, "atom.xml"));
  // Debian's feedparser 6.0 predates its JSON Feed support, so feed.json is read here: the same
  // entry shape, checked against the JSON Feed 1.1 fields.
  const jsonFeed = JSON.parse(readFileSync(join(DIST, "feed.json"), "utf8"));
  const json: ParsedFeed = {
    bozo: false,
    bozoException: null,
    version: jsonFeed.version === "https://jsonfeed.org/version/1.1" ? "json11" : String(jsonFeed.version),
    title: jsonFeed.title,
    entries: jsonFeed.items.map((i: Record<string, unknown>) => ({ title: i.title, link: i.url, id: i.id, published: i.date_published, content: i.content_html, tags: i.tags ?? [] })),
  };

  it("parses the RSS, Atom and JSON feeds without errors, with the newest recaps and digests", () => {
    expect(expectedSiteItems.length).toBe(Math.min(FEED_ITEM_LIMIT, published.length + weeks.size - repeatsItsRecap.size));
    expect(rss.version).toBe("rss20");
    expect(atom.version).toBe("atom10");
    expect(json.version).toBe("json11");
    checkEntries(rss, expectedSiteItems, "rss.xml");
    checkEntries(atom, expectedSiteItems, "atom.xml");
    checkEntries(json, expectedSiteItems, "feed.json");
    expect(jsonFeed.feed_url).toBe(`${SITE}/feed.json`);
    expect(jsonFeed.home_page_url).toBe(`${SITE}/`);
    for (const item of jsonFeed.items) {
      expect(item.id).toBe(item.url);
      expect(item.date_published).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/);
    }
  });

  it("names a company tag in every feed's categories as its page and chips name it (found in review: moonshot-ai beside Moonshot AI)", () => {
    const link = `${SITE}/recaps/2026-07-16-kimi-k3-third-place/`;
    for (const feed of [rss, atom, json]) {
      const entry = feed.entries.find((e) => e.link === link);
      if (!entry) continue;
      expect(entry.tags, feed.version).toContain("Moonshot AI");
      expect(entry.tags, feed.version).not.toContain("moonshot-ai");
    }
    expect([rss, atom, json].some((f) => f.entries.some((e) => e.link === link)), "the Kimi K3 recap is in the site-wide feeds").toBe(true);
  });

  it("gives a digest that grew after it first appeared the date of its newest recap or report as updated (Atom, JSON Feed), never the build's", () => {
    const digestEntries = (feed: ParsedFeed) => feed.entries.filter((e) => e.link.startsWith(`${SITE}/digests/`));
    const keyOf = (link: string) => /\/digests\/([^/]+)\//.exec(link)![1];
    const jsonItems = new Map<string, { date_modified?: string }>(jsonFeed.items.map((i: { url: string }) => [i.url, i]));
    let grown = 0;
    for (const entry of digestEntries(atom)) {
      const key = keyOf(entry.link);
      const first = weeks.get(key)!;
      const updated = digestUpdated.get(key)!;
      expect(new Date(entry.published!).getTime(), entry.link).toBe(first.getTime());
      expect(new Date(entry.updated!).getTime(), `${entry.link}: Atom updated`).toBe(Math.max(first.getTime(), updated.getTime()));
      const modified = jsonItems.get(entry.link)!.date_modified;
      if (updated > first) {
        grown++;
        expect(modified && new Date(modified).getTime(), `${entry.link}: JSON Feed date_modified`).toBe(updated.getTime());
      } else expect(modified, `${entry.link}: no date_modified`).toBeUndefined();
    }
    expect(grown, "digests in the feed that grew after their first recap (week 8: recaps of the 17th, 18th and 20th)").toBeGreaterThan(0);
    // Every other entry: updated is its date.
    for (const entry of atom.entries.filter((e) => !e.link.startsWith(`${SITE}/digests/`))) expect(entry.updated, entry.link).toBe(entry.published);
  });

  it("names the author on every entry, in Atom as in RSS (an entry inheriting the feed's reached no reader)", () => {
    for (const feed of [rss, atom]) for (const entry of feed.entries) expect(entry.author, `${feed.version} ${entry.link}`).toContain(SITE_CONFIG.author);
  });

  it("carries full content with absolute links and images only", () => {
    for (const feed of [rss, atom, json]) {
      for (const entry of feed.entries) {
        const { document } = parseHTML(`<html><body>${entry.content}</body></html>`);
        for (const el of document.querySelectorAll("[href], [src]")) {
          const url = el.getAttribute("href") ?? el.getAttribute("src")!;
          expect(url, entry.link).toMatch(/^(https?:|mailto:)/);
        }
        expect(entry.content, entry.link).not.toMatch(/<svg|<script/i);
      }
    }
    // Right-aligned table columns (`--:` in the recap) stay right-aligned in a reader.
    const aligned = rss.entries.filter((e) => published.some((r) => e.link === `${SITE}/recaps/${r.id}/` && /^\|.*--:\s*\|/m.test(r.body)));
    expect(aligned.length, "a recap with a right-aligned column among the newest items").toBeGreaterThan(0);
    for (const entry of aligned) expect(parseHTML(`<html><body>${entry.content}</body></html>`).document.querySelectorAll("td[align='right']").length, entry.link).toBeGreaterThan(0);
    // The body of the newest recap is in its item, not only its description.
    const newest = published[0];
    const firstSentence = newest.body.trim().split("\n")[0].replace(/[*_]/g, "").slice(0, 30);
    const item = rss.entries.find((e) => e.link === `${SITE}/recaps/${newest.id}/`)!;
    expect(parseHTML(`<html><body>${item.content}</body></html>`).document.body.textContent).toContain(firstSentence);
  });

  it("ends each recap's item with the models it names, linked to the pages its models panel links", () => {
    const recapEntries = rss.entries.filter((e) => e.link.startsWith(`${SITE}/recaps/`));
    let notes = 0;
    for (const feed of [rss, atom, json]) {
      for (const entry of feed.entries.filter((e) => e.link.startsWith(`${SITE}/recaps/`))) {
        const panel = page(DIST, new URL(entry.link).pathname).querySelector("aside.models");
        const pageLinks = [...(panel?.querySelectorAll("th[scope=row] > a, p.unmeasured a, p.labels a") ?? [])].map((a) => `${SITE}${a.getAttribute("href")}`);
        const note = parseHTML(`<html><body>${entry.content}</body></html>`).document.querySelector("p.models-note");
        if (pageLinks.length === 0) {
          expect(note, `${entry.link}: no models, no note`).toBeNull();
          continue;
        }
        expect(note, `${entry.link}: the models note`).not.toBeNull();
        expect(note!.textContent, entry.link).toMatch(/^(Models in this recap: .+\.)?( ?Also mentioned: .+\.)?$/);
        expect(new Set([...note!.querySelectorAll("a")].map((a) => a.getAttribute("href"))), entry.link).toEqual(new Set(pageLinks));
        notes++;
      }
    }
    expect(notes, "recap items with a models note").toBeGreaterThanOrEqual(recapEntries.length);
  });

  it("keeps an embedded leaderboard as an HTML table and a plot as a PNG built into the site", () => {
    const withComponents = (component: string) =>
      rss.entries.filter((e) => published.some((r) => e.link === `${SITE}/recaps/${r.id}/` && r.body.includes(`<${component} `)));
    const boards = withComponents("Leaderboard");
    const plots = withComponents("EfficiencyPlot");
    expect(boards.length, "a recap with <Leaderboard> among the newest items").toBeGreaterThan(0);
    expect(plots.length, "a recap with <EfficiencyPlot> among the newest items").toBeGreaterThan(0);
    for (const entry of boards) {
      const tables = [...parseHTML(`<html><body>${entry.content}</body></html>`).document.querySelectorAll("table")];
      expect(tables.some((t) => [...t.querySelectorAll("a")].some((a) => a.getAttribute("href")!.startsWith(`${SITE}/models/`))), entry.link).toBe(true);
    }
    for (const entry of plots) {
      const images = [...parseHTML(`<html><body>${entry.content}</body></html>`).document.querySelectorAll("img")].filter((i) => i.getAttribute("src")!.startsWith(`${SITE}/feed-images/`));
      expect(images.length, entry.link).toBeGreaterThanOrEqual(1);
      for (const img of images) {
        expect(img.getAttribute("alt")).toBeTruthy();
        const file = join(DIST, new URL(img.getAttribute("src")!).pathname);
        expect(existsSync(file), file).toBe(true);
        expect(readFileSync(file).subarray(1, 4).toString()).toBe("PNG");
      }
    }
  });

  // Feed readers have no site CSS: both what the page hides from the eye (the words it gives screen
  // readers) and what it hides from screen readers (the symbols those words spell out) would show,
  // and a movement cell read "new new entry since 2026-05-10".
  it("words each fact of an embedded board once, as the recap's page words it for screen readers", () => {
    const cellText = (el: Element) => el.textContent!.replace(/\s+/g, " ").trim();
    let boards = 0;
    let moves = 0;
    for (const feed of [rss, atom, json]) {
      for (const entry of feed.entries) {
        const { document } = parseHTML(`<html><body>${entry.content}</body></html>`);
        expect([...document.querySelectorAll("[aria-hidden='true'], [hidden], .visually-hidden, .sr-only")].map((el) => el.outerHTML), entry.link).toEqual([]);
        // The boards of a recap's <Leaderboard> components, in the page's order (the sanitiser drops their data- attributes).
        const pageTables = () => [...page(DIST, new URL(entry.link).pathname).querySelectorAll(".mdx-leaderboard table.leaderboard")];
        for (const [t, table] of [...document.querySelectorAll(".mdx-leaderboard table.leaderboard")].entries()) {
          boards++;
          const pageTable = pageTables()[t];
          const pageRows = [...pageTable.querySelectorAll("tbody tr")];
          const rows = [...table.querySelectorAll("tbody tr")];
          expect(rows.length, entry.link).toBe(pageRows.length);
          rows.forEach((row, i) => {
            const pageRow = pageRows[i];
            // The movement: the sentence screen readers get on the page, and nothing else.
            const move = row.querySelector("td.move");
            if (move) {
              moves++;
              const label = cellText(pageRow.querySelector("td.move .visually-hidden")!);
              expect(label, entry.link).toMatch(/^(new entry|up \d+ places?|down \d+ places?|same rank|rank \d+ → \d+) since \d{4}-\d\d-\d\d/);
              expect(cellText(move), entry.link).toBe(label);
            }
            // Every cell says what the page shows, but for the movement and a tie's symbols.
            for (const cell of row.querySelectorAll("td, th")) {
              const text = cellText(cell);
              expect(text, `${entry.link}: a word doubled`).not.toMatch(/(^|\s)(\S+) \2(\s|$)/);
            }
            expect(cellText(row.querySelector("th.model")!), entry.link).toBe(cellText(pageRow.querySelector("th.model")!));
            expect(cellText(row.querySelector("td.rank")!), entry.link).toMatch(/^\d+(, statistically tied with ranks \d+ to \d+)?$/);
          });
        }
      }
    }
    // The sample's embedded board, in each of the three feeds, has new entries since its earlier board.
    expect(boards, "embedded boards in the feeds").toBeGreaterThanOrEqual(3);
    expect(moves, "movement cells in the feeds").toBeGreaterThan(0);
    const opus = rss.entries.find((e) => e.link === `${SITE}/recaps/2026-04-08-opus-4-6-token-count-conflict/`);
    expect(opus?.content).toMatch(/<td class="move move-new"[^>]*>\s*<span>new entry since \d{4}-\d\d-\d\d<\/span>\s*<\/td>/);
    expect(opus?.content).not.toMatch(/\bnew\s+new entry\b/);
  });

  it("has a feed per topic and per model with their recaps, aliases included", () => {
    const tagged = published.filter((r) => r.topics.includes("benchmarking")).slice(0, FEED_ITEM_LIMIT);
    const [topic, model] = feedparse(join(DIST, "topics/benchmarking/rss.xml"), join(DIST, "models/claude-sonnet-4-6/rss.xml"));
    checkEntries(topic, tagged.map((r) => ({ link: `${SITE}/recaps/${r.id}/`, title: r.title, date: r.date })), "topics/benchmarking", false);
    const mentioning = published.filter((r) => recapModels(r, data).has("claude-sonnet-4-6")).slice(0, FEED_ITEM_LIMIT);
    expect(mentioning.map((r) => r.id)).toContain("2026-02-17-claude-sonnet-4-6-launch");
    checkEntries(model, mentioning.map((r) => ({ link: `${SITE}/recaps/${r.id}/`, title: r.title, date: r.date })), "models/claude-sonnet-4-6", false);
  });

  it("parses every per-tag and per-model feed", () => {
    const files = ["topics", "companies", "people", "models"].flatMap((dir) =>
      readdirSync(join(DIST, dir), { withFileTypes: true })
        .filter((d) => d.isDirectory() && existsSync(join(DIST, dir, d.name, "rss.xml")))
        .map((d) => join(DIST, dir, d.name, "rss.xml")),
    );
    // A feed per model that MODEL_FEED_MIN_RECAPS published recaps mention (in frontmatter,
    // through <ModelScore model> or by name in their text), and no other: a model page with fewer
    // links the site-wide feed. A label page (a name that is no registry model) has one from
    // TAG_FEED_MIN_RECAPS recaps on, as tags do.
    const mentions = new Map<string, number>();
    for (const r of published) for (const id of recapModels(r, data)) mentions.set(id, (mentions.get(id) ?? 0) + 1);
    const modelDirs = readdirSync(join(DIST, "models"), { withFileTypes: true }).filter((d) => d.isDirectory());
    const isLabelPage = (name: string) => readFileSync(join(DIST, "models", name, "index.html"), "utf8").includes("data-label-reason=");
    const labelDirs = new Set(modelDirs.filter((d) => isLabelPage(d.name)).map((d) => d.name));
    expect(labelDirs.size).toBeGreaterThan(0);
    for (const name of labelDirs) expect(existsSync(join(DIST, "models", name, "rss.xml")), name).toBe(page(DIST, `/models/${name}/`).querySelectorAll("section[aria-labelledby=recaps] .recap-list li").length >= TAG_FEED_MIN_RECAPS);
    const modelFeeds = files.filter((f) => f.includes(`${join(DIST, "models")}/`)).map((f) => f.split("/").at(-2)!).filter((name) => !labelDirs.has(name));
    const expected = [...mentions].filter(([, n]) => n >= MODEL_FEED_MIN_RECAPS).map(([id]) => id);
    expect(new Set(modelFeeds)).toEqual(new Set(expected));
    expect(modelFeeds.length).toBeLessThan(modelDirs.length - labelDirs.size); // models named only by a result have a page and no feed
    const parsed = feedparse(...files);
    parsed.forEach((feed, i) => expect(feed.bozo, `${files[i]}: ${feed.bozoException}`).toBe(false));
    // moonshot is an alias: its recaps are in the moonshot-ai feed, and there is no feed of its own.
    expect(existsSync(join(DIST, "companies", slugify("moonshot"), "rss.xml"))).toBe(false);
    const moonshot = parsed[files.indexOf(join(DIST, "companies/moonshot-ai/rss.xml"))];
    expect(moonshot.entries.map((e) => e.link)).toContain(`${SITE}/recaps/2026-04-24-deepseek-v4-pro-and-flash/`);
    // Named as its page names it: the registry lab's name, not the tag's slug (found in review).
    expect(moonshot.title).toBe("benchdigest: company Moonshot AI");
    expect(readFileSync(join(DIST, "companies/moonshot-ai/rss.xml"), "utf8")).toContain("<description>Recaps tagged Moonshot AI.</description>");
  });

  it("never includes a draft", () => {
    for (const feed of [rss, atom, json]) for (const title of draftTitles) expect(feed.entries.map((e) => e.title)).not.toContain(title);
  });
});

if (!NEWSBOAT) console.warn("[feeds] newsboat is not installed (apt install newsboat): newsboat checks skipped");


describe.skipIf(!NEWSBOAT)("feeds loaded by newsboat", () => {
  it("reloads the RSS and Atom feeds over HTTP headless and stores every item in its cache", async () => {
    const server = await serveStatic(DIST);
    try {
      const tagged = published.filter((r) => r.topics.includes("benchmarking")).slice(0, FEED_ITEM_LIMIT).length;
      // newsboat keys items by GUID across feeds, so each feed gets its own cache. (Newsboat 2.21
      // does not read JSON Feed; feedparser checks feed.json above.)
      const cases: [string, number][] = [
        ["/rss.xml", expectedSiteItems.length],
        ["/atom.xml", expectedSiteItems.length],
        ["/topics/benchmarking/rss.xml", tagged],
      ];
      for (const [path, count] of cases) expect((await newsboatLoad(`${server.origin}${path}`)).unread, path).toBe(`${count} unread articles`);
    } finally {
      await server.close();
    }
  });
});
