import { execFile, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";
import { promisify } from "node:util";
import { parseHTML } from "linkedom";
import { afterAll, describe, expect, it } from "vitest";
import { FEED_ITEM_LIMIT, SITE } from "../../src/config";
import { DIST } from "../helpers/astro";
import { walkFiles } from "../helpers/distPages";
import { feedparse, hasFeedparser, SYSTEM_PYTHON, type ParsedFeed } from "../helpers/feedparser";
import { readRecaps } from "../helpers/sampleContent";
import { resolveBuiltFile } from "../helpers/staticServer";

/**
 * The feed gate, over EVERY feed in dist/ (site-wide RSS, Atom and JSON Feed, and each per-topic,
 * per-company, per-person and per-model feed): Debian's feedparser reads each XML feed with bozo
 * false (JSON Feeds are read to their spec);
 * every entry links to a built page, carries a date, and a recap entry has its recap's title and
 * date; entries are newest first, within the limit, never drafts; a tag or model feed holds
 * exactly the newest recaps its page lists; and newsboat loads every XML feed.
 * (test/feeds.test.ts checks the site-wide feeds item by item; this is the cross-check of all.)
 */

const ORIGIN = new URL(SITE.url).origin;
const files = walkFiles(DIST).filter((f) => !relative(DIST, f).startsWith("pagefind"));
const xmlFeeds = files.filter((f) => f.endsWith(".xml") && /<(rss|feed)[\s>]/.test(readFileSync(f, "utf8").slice(0, 500)));
const jsonFeeds = files.filter((f) => f.endsWith(".json") && /"version"\s*:\s*"https:\/\/jsonfeed\.org/.test(readFileSync(f, "utf8").slice(0, 500)));
const feeds = [...xmlFeeds, ...jsonFeeds];
const recaps = readRecaps();
const recapById = new Map(recaps.map((r) => [r.id, r]));
const draftIds = new Set(recaps.filter((r) => r.draft).map((r) => r.id));
const recapIdOf = (url: string) => /\/recaps\/([^/]+)\/$/.exec(new URL(url).pathname)?.[1];
const skip = !hasFeedparser() ? `feedparser not installed for ${SYSTEM_PYTHON}` : feeds.length === 0 ? "no feeds built" : undefined;

/**
 * A JSON Feed read to the JSON Feed 1.1 spec (Debian's feedparser 6.0 predates JSON Feed support):
 * required fields present, or `bozo` with the reason, in feedparser's shape.
 */
function readJsonFeed(file: string): ParsedFeed {
  let feed: Record<string, unknown>;
  try {
    feed = JSON.parse(readFileSync(file, "utf8")) as Record<string, unknown>;
  } catch (error) {
    return { bozo: true, bozoException: String(error), version: "", title: "", entries: [] };
  }
  const items = Array.isArray(feed.items) ? (feed.items as Record<string, unknown>[]) : [];
  const wrong = [
    feed.version !== "https://jsonfeed.org/version/1.1" && "version is not https://jsonfeed.org/version/1.1",
    typeof feed.title !== "string" && "no title",
    !Array.isArray(feed.items) && "no items array",
    ...items.map((i, n) => (typeof i.id !== "string" || (typeof i.content_html !== "string" && typeof i.content_text !== "string")) && `item ${n + 1} lacks id or content`),
    ...items.map((i, n) => i.date_published !== undefined && Number.isNaN(Date.parse(String(i.date_published))) && `item ${n + 1} has a date that is not RFC 3339`),
  ].filter(Boolean);
  return {
    bozo: wrong.length > 0,
    bozoException: wrong.length ? wrong.join("; ") : null,
    version: feed.version === "https://jsonfeed.org/version/1.1" ? "json11" : "",
    title: String(feed.title ?? ""),
    entries: items.map((i) => ({
      title: String(i.title ?? ""),
      link: String(i.url ?? ""),
      id: String(i.id ?? ""),
      published: i.date_published ? new Date(String(i.date_published)).toISOString() : null,
      content: String(i.content_html ?? i.content_text ?? ""),
      tags: (i.tags as string[] | undefined) ?? [],
    })),
  };
}

/** Recap ids a listing page links to (its pagination pages too), in page order. */
function recapsListedOn(dir: string): string[] {
  const pages = [join(dir, "index.html")];
  for (let n = 2; existsSync(join(dir, String(n), "index.html")); n++) pages.push(join(dir, String(n), "index.html"));
  const ids: string[] = [];
  for (const file of pages) {
    if (!existsSync(file)) continue;
    const { document } = parseHTML(readFileSync(file, "utf8"));
    for (const a of document.querySelectorAll("main a[href]")) {
      const id = /^\/recaps\/([^/]+)\/$/.exec(a.getAttribute("href") ?? "")?.[1];
      if (id && recapById.has(id) && !ids.includes(id)) ids.push(id);
    }
  }
  return ids;
}

describe.skipIf(skip)("every feed in dist/, read by feedparser", () => {
  const parsed = new Map<string, ParsedFeed>();
  if (!skip) feedparse(...xmlFeeds).forEach((feed, i) => parsed.set(xmlFeeds[i], feed));
  for (const file of jsonFeeds) parsed.set(file, readJsonFeed(file));
  const name = (f: string) => relative(DIST, f);

  it("finds site-wide and per-topic/model feeds", () => {
    const names = feeds.map(name);
    console.log(`[feeds] ${feeds.length} feeds (${xmlFeeds.length} XML, ${jsonFeeds.length} JSON), ${[...parsed.values()].reduce((n, f) => n + f.entries.length, 0)} entries in all`);
    expect(names).toEqual(expect.arrayContaining(["rss.xml", "atom.xml", "feed.json"]));
    expect(names.some((n) => n.startsWith("topics/"))).toBe(true);
    expect(names.some((n) => n.startsWith("models/"))).toBe(true);
  });

  it("each parses with bozo false, and each entry is dated, titled and links to a built page", () => {
    const problems: string[] = [];
    for (const [file, feed] of parsed) {
      const at = (what: string) => problems.push(`${name(file)}: ${what}`);
      if (feed.bozo) at(`bozo: ${feed.bozoException}`);
      if (!feed.version) at("feedparser did not recognise the format");
      if (!feed.title.trim()) at("no feed title");
      // A model no recap has mentioned yet still has a feed to subscribe to; any other feed exists because it has items.
      if (feed.entries.length === 0 && !name(file).startsWith("models/")) at("no entries");
      if (feed.entries.length > FEED_ITEM_LIMIT) at(`${feed.entries.length} entries, over the limit of ${FEED_ITEM_LIMIT}`);
      const links = feed.entries.map((e) => e.link);
      if (new Set(links).size !== links.length) at("an entry appears twice");
      let previous = Infinity;
      for (const e of feed.entries) {
        if (!e.title.trim()) at(`entry ${e.link} has no title`);
        if (!e.id) at(`entry ${e.link} has no id`);
        if (!e.link.startsWith(`${ORIGIN}/`) || !resolveBuiltFile(DIST, new URL(e.link).pathname)) at(`entry link ${e.link} is not a built page`);
        if (!e.published) {
          at(`entry ${e.link} has no date`);
          continue;
        }
        const time = new Date(e.published).getTime();
        if (time > previous) at(`entry ${e.link} is out of date order`);
        previous = time;
        const id = recapIdOf(e.link);
        if (id && draftIds.has(id)) at(`draft ${id} is in the feed`);
        const recap = id ? recapById.get(id) : undefined;
        if (recap) {
          if (e.title !== recap.title) at(`entry ${id} is titled ${JSON.stringify(e.title)}, the recap ${JSON.stringify(recap.title)}`);
          if (time !== recap.date.getTime()) at(`entry ${id} is dated ${e.published}, the recap ${recap.date.toISOString()}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it("RSS, Atom and JSON Feed of the site carry the same entries in the same order", () => {
    const links = (f: string) => parsed.get(join(DIST, f))!.entries.map((e) => e.link);
    expect(links("atom.xml")).toEqual(links("rss.xml"));
    expect(links("feed.json")).toEqual(links("rss.xml"));
  });

  it("a topic, company, person or model feed holds the newest recaps its page lists", () => {
    const problems: string[] = [];
    let checked = 0;
    for (const [file, feed] of parsed) {
      const dir = dirname(file);
      if (dir === DIST) continue;
      const listed = recapsListedOn(dir);
      const expected = listed
        .map((id) => recapById.get(id)!)
        .filter((r) => !r.draft)
        .sort((a, b) => b.date.getTime() - a.date.getTime() || b.id.localeCompare(a.id))
        .slice(0, FEED_ITEM_LIMIT)
        .map((r) => r.id);
      const inFeed = feed.entries.map((e) => recapIdOf(e.link)).filter((id): id is string => id !== undefined);
      if (inFeed.join() !== expected.join()) problems.push(`${name(file)}: feed has [${inFeed.join(", ")}], its page lists [${expected.join(", ")}]`);
      checked++;
    }
    console.log(`[feeds] ${checked} per-topic/company/person/model feeds match their pages`);
    expect(checked).toBeGreaterThan(0);
    expect(problems).toEqual([]);
  });
});

const newsboat = spawnSync("sh", ["-c", "command -v newsboat"], { encoding: "utf8" }).stdout.trim();
const run = promisify(execFile);

describe.skipIf(!newsboat || xmlFeeds.length === 0)("every XML feed loaded by newsboat", () => {
  const dir = mkdtempSync(join(tmpdir(), "bd-newsboat-all-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("stores every feed with its title and logs no error", async () => {
    const paths = { urls: join(dir, "urls"), cache: join(dir, "cache.db"), config: join(dir, "config"), log: join(dir, "log") };
    writeFileSync(paths.urls, xmlFeeds.map((f) => `file://${f}`).join("\n") + "\n");
    writeFileSync(paths.config, "");
    await run(newsboat, ["-x", "reload", "-u", paths.urls, "-c", paths.cache, "-C", paths.config, "-l", "4", "-d", paths.log], {
      timeout: 120_000,
      env: { ...process.env, HOME: dir },
    });
    const errors = readFileSync(paths.log, "utf8").split("\n").filter((l) => /USERERROR|\bERROR\b/.test(l));
    expect(errors).toEqual([]);
    // newsboat's cache is SQLite; Debian's python reads it.
    const query = `import sqlite3, json; c = sqlite3.connect(${JSON.stringify(paths.cache)}); print(json.dumps({"feeds": c.execute("select rssurl, title from rss_feed").fetchall(), "items": c.execute("select count(distinct guid) from rss_item").fetchone()[0]}))`;
    const cache = JSON.parse(spawnSync(SYSTEM_PYTHON, ["-c", query], { encoding: "utf8" }).stdout) as { feeds: [string, string][]; items: number };
    const stored = new Map(cache.feeds);
    const missing = xmlFeeds.filter((f) => !stored.get(`file://${f}`)?.trim()).map((f) => relative(DIST, f));
    expect(missing, "feeds newsboat did not store").toEqual([]);
    console.log(`[feeds] newsboat loaded ${stored.size} feeds, ${cache.items} distinct items`);
    if (hasFeedparser()) {
      const guids = new Set(feedparse(...xmlFeeds).flatMap((f) => f.entries.map((e) => e.id)));
      expect(cache.items).toBe(guids.size);
    }
  });
});
