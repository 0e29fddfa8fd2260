/**
 * The reading side of the built sample site (dist/, built once by globalSetup): the joins between
 * recaps, models and tags, the archive, digests, head meta, search and the absence of drafts.
 * Expected values are computed from the content files and CSVs directly, not from the site's code.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { DIST, ROOT } from "./helpers/astro";
import { builtPages, hrefs, page, readRecaps, recapModels, sampleData } from "./helpers/sampleContent";
import { slugify } from "../src/lib/content/slugify";
import { isoWeek, parseWeekKey, weekKey, weekRange } from "../src/lib/digests/isoWeek";
import { RECAPS_PER_PAGE, TAG_FEED_MIN_RECAPS, TAG_INDEX_MIN_RECAPS, TOC_MIN_HEADINGS } from "../src/config";

const data = sampleData();
const all = readRecaps();
const published = all.filter((r) => !r.draft).sort((a, b) => b.date.getTime() - a.date.getTime() || b.id.localeCompare(a.id));
const drafts = all.filter((r) => r.draft);
const DRAFT_ID = "2026-05-19-gemini-3-5-flash-55";

/** Models a recap mentions (its page's and feeds' join), and those of its own panel. */
const expectedModels = (r: (typeof all)[number]) => recapModels(r, data);
const ownModels = (r: (typeof all)[number]) => recapModels(r, data, { inText: false });

/** The canonical slug of a tag, straight from data/tag-aliases.csv rows. */
const tagAliasRows = readFileSync(join(ROOT, "data/tag-aliases.csv"), "utf8").trim().split("\n").slice(1).map((l) => l.split(","));
function expectedTagSlug(type: string, raw: string): string {
  const row = tagAliasRows.find(([t, alias]) => t === type && slugify(alias) === slugify(raw));
  return slugify(row ? row[2] : raw);
}

const recapLinks = (doc: Document) => hrefs(doc, ".recap-list .title a");

/** Models with a page: an editor's row, or a catalog row that a result or a published recap names. */
const named = new Set([...data.results.map((r) => r.model), ...published.flatMap((r) => [...expectedModels(r)])]);
const paged = data.models.filter((m) => !m.catalog || named.has(m.id));

describe("recap pages", () => {
  it("link every model they mention, including one named through an alias", () => {
    for (const r of published) {
      const doc = page(DIST, `/recaps/${r.id}/`);
      // The table's models; labels that name no model link to their label pages below it (test/labelPages.test.ts).
      const linked = hrefs(doc, "aside.models table a[href^='/models/']");
      expect(new Set(linked), r.id).toEqual(new Set([...ownModels(r)].map((id) => `/models/${id}/`)));
    }
    const sonnet = page(DIST, "/recaps/2026-02-17-claude-sonnet-4-6-launch/");
    expect(all.find((r) => r.id === "2026-02-17-claude-sonnet-4-6-launch")!.models).toContain("claude-3-sonnet-4.6");
    expect(hrefs(sonnet, "aside.models a[href^='/models/']")).toContain("/models/claude-sonnet-4-6/");
  });

  it("show each linked model's headline score, tokens and cost", () => {
    const doc = page(DIST, "/recaps/2026-02-18-sonnet-4-6-token-bill/");
    const row = doc.querySelector("aside.models tr[data-model-id='claude-sonnet-4-6']");
    expect(row, "Sonnet 4.6 row").not.toBeNull();
    const cells = [...row!.querySelectorAll("td")].map((td) => td.textContent!.trim());
    // Its Intelligence Index figure as it stood on the recap's date, with version and report date
    // (and the current one beside it, labelled, when it differs: test/temporalPanel.test.ts).
    expect(cells[0].replace(/\s+/g, " ")).toMatch(/^\d+(\.\d)? v\d[\d.]*(, \w+)? reported \d{1,2} \w{3} \d{4}( latest: .*)?$/);
    expect(cells.join(" ")).not.toMatch(/NaN|undefined/);
  });

  it("align table columns with classes, not the obsolete align attribute, in .md and .mdx recaps", () => {
    // A right-aligned score column in each (the Markdown says `--:`).
    for (const [id, score] of [["2026-02-18-sonnet-4-6-token-bill", "51"], ["2026-04-24-deepseek-v4-pro-and-flash", "52"]]) {
      const doc = page(DIST, `/recaps/${id}/`);
      expect(doc.querySelectorAll("main [align]").length, id).toBe(0);
      const cells = [...doc.querySelectorAll("main table td.align-right")].map((td) => td.textContent!.trim());
      expect(cells, id).toContain(score);
    }
  });

  it("show date, reading time, tags as links into their namespaces, and prev/next", () => {
    const doc = page(DIST, "/recaps/2026-04-24-deepseek-v4-pro-and-flash/");
    expect(doc.querySelector("time")!.getAttribute("datetime")).toBe("2026-04-24");
    expect(doc.querySelector(".meta")!.textContent).toMatch(/\d+ min read/);
    // Companies that are registry labs (DeepSeek, Moonshot AI) link to their lab pages (test/labelPages.test.ts).
    expect(hrefs(doc, ".tags a")).toEqual(expect.arrayContaining(["/topics/open-weights/", "/labs/deepseek/", "/labs/moonshot-ai/", "/people/artificialanlys/"]));
    const i = published.findIndex((r) => r.id === "2026-04-24-deepseek-v4-pro-and-flash");
    expect(doc.querySelector("a[rel=prev]")!.getAttribute("href")).toBe(`/recaps/${published[i + 1].id}/`);
    expect(doc.querySelector("a[rel=next]")!.getAttribute("href")).toBe(`/recaps/${published[i - 1].id}/`);
  });

  it("give long issues a table of contents whose links reach their headings", () => {
    const doc = page(DIST, "/recaps/2026-06-19-intelligence-index-v4-1-arrives/");
    const toc = hrefs(doc, "nav.toc a");
    expect(toc.length).toBeGreaterThanOrEqual(4);
    for (const href of toc) expect(doc.getElementById(href.slice(1)), href).not.toBeNull();
    // Only issues with enough sections get one.
    for (const r of published) {
      const sections = r.body.split("\n").filter((l) => /^#{2,3} /.test(l)).length;
      expect(page(DIST, `/recaps/${r.id}/`).querySelector("nav.toc") !== null, r.id).toBe(sections >= TOC_MIN_HEADINGS);
    }
  });

  it("render the whole body of the longest recap", () => {
    const longest = published.reduce((a, b) => (b.body.length > a.body.length ? b : a));
    // Compared as letters and digits only: Markdown marks and typographic quotes differ by design.
    const words = (t: string) => t.replace(/[^\p{L}\p{N}]+/gu, "");
    const lastLine = words(longest.body.trim().split("\n").at(-1)!);
    const text = words(page(DIST, `/recaps/${longest.id}/`).querySelector(".prose")!.textContent!);
    expect(lastLine.length).toBeGreaterThan(20);
    expect(text.endsWith(lastLine)).toBe(true);
  });
});

describe("model pages", () => {
  it("list exactly the recaps that mention the model, newest first, for every model with a page", () => {
    for (const model of paged) {
      const expected = published.filter((r) => expectedModels(r).has(model.id)).map((r) => `/recaps/${r.id}/`);
      expect(recapLinks(page(DIST, `/models/${model.id}/`)), model.id).toEqual(expected);
    }
  });

  it("list a recap whose text names the model by its registry name, where its models: does not (found in review: 'No recap mentions Muse Glimmer yet')", () => {
    const recap = all.find((r) => r.id === "2026-08-18-intelligence-index-v4-1-1-patch")!;
    for (const id of ["muse-glimmer", "kimi-k2-5", "nemotron-3-5-lightning"]) {
      expect(recap.models, id).not.toContain(id);
      expect(recapLinks(page(DIST, `/models/${id}/`)), id).toContain(`/recaps/${recap.id}/`);
    }
    // Its own models panel stays the frontmatter's.
    expect(hrefs(page(DIST, `/recaps/${recap.id}/`), "aside.models a")).not.toContain("/models/muse-glimmer/");
  });

  it("reach a recap through an alias (claude-3-sonnet-4.6 is Claude Sonnet 4.6)", () => {
    const doc = page(DIST, "/models/claude-sonnet-4-6/");
    expect(doc.querySelector("h1")!.textContent).toBe("Claude Sonnet 4.6");
    expect(recapLinks(doc)).toContain("/recaps/2026-02-17-claude-sonnet-4-6-launch/");
  });

  it("show every result of the model with its source, and link its lab and feed", () => {
    const doc = page(DIST, "/models/claude-opus-4-6/");
    const rows = data.results.filter((r) => r.model === "claude-opus-4-6");
    expect(doc.querySelectorAll("section.group tbody tr").length).toBe(rows.length);
    for (const r of rows) expect(hrefs(doc, "section.group a")).toContain(r.source_url);
    // Opus 4.6's token figure of 58M was later reported as 157M: both are on the page.
    expect(doc.querySelector("section.group")!.textContent).toMatch(/58M[\s\S]*157M|157M[\s\S]*58M/);
    expect(hrefs(doc, ".facts a")).toContain("/labs/anthropic/");
    expect(doc.querySelector("link[rel=alternate][href='/models/claude-opus-4-6/rss.xml']")).not.toBeNull();
  });

  it("say where a release date imported from a catalog comes from, and add nothing to an editor's", () => {
    // A catalog's date can be wrong (models.dev gives GPT-4 2023-11-06, after LMArena's first
    // ratings of it in May 2023): the reader is told whose date it is.
    const released = (id: string) => {
      const facts = [...page(DIST, `/models/${id}/`).querySelectorAll(".facts > div")];
      return facts.find((d) => d.querySelector("dt")!.textContent === "Released")!.querySelector("dd")!.textContent!.replace(/\s+/g, " ").trim();
    };
    expect(data.models.find((m) => m.id === "seedance-2")?.catalog).toBe("models.dev");
    // A recap of February names it: said beside the catalog's date (test/sampleSite.test.ts checks every model page).
    expect(released("seedance-2")).toBe("1 April 2026 (from the models.dev catalog); recaps here name it from 17 February 2026, before that date");
    expect(released("claude-sonnet-4-5")).toBe("29 September 2025");
  });

  it("say where an open-weights flag imported from a catalog comes from, and add nothing to an editor's", () => {
    // The catalog's listings of one model can disagree (models.dev's resellers call DeepSeek-V3
    // closed, its lab's hosts open): the reader is told whose word "no" is.
    const openWeights = (id: string) => {
      const facts = [...page(DIST, `/models/${id}/`).querySelectorAll(".facts > div")];
      return facts.find((d) => d.querySelector("dt")!.textContent === "Open weights")!.querySelector("dd")!.textContent!.replace(/\s+/g, " ").trim();
    };
    const seedance = data.models.find((m) => m.id === "seedance-2")!;
    expect(seedance.catalog).toBe("models.dev");
    expect(openWeights("seedance-2")).toBe(`${seedance.open_weights ? "yes" : "no"} (from the models.dev catalog)`);
    expect(data.models.find((m) => m.id === "claude-sonnet-4-5")?.catalog).toBeFalsy();
    expect(openWeights("claude-sonnet-4-5")).toBe("no");
  });

  it("list a model's aliases as the labels matched to it, as written, never as names it is also called", () => {
    // Claude Opus 4.6's aliases are Artificial Analysis's id and a recap's spelling, not its names.
    const opus = page(DIST, "/models/claude-opus-4-6/");
    const labels = opus.querySelector(".facts .labels")!;
    expect(labels.querySelector("dt")!.textContent).toBe("Labels matched to it");
    expect([...labels.querySelectorAll("dd code")].map((c) => c.textContent)).toEqual(["claude-3-opus-4.6", "opus-4.6"]);
    for (const model of paged) {
      const doc = page(DIST, `/models/${model.id}/`);
      expect(doc.querySelector(".facts")!.textContent, model.id).not.toMatch(/also called/i);
      expect([...doc.querySelectorAll(".facts .labels dd code")].map((c) => c.textContent), model.id).toEqual(model.aliases);
    }
  });

  it("have lab pages listing every model of the lab, linked where the model has a page", () => {
    for (const lab of new Set(data.models.map((m) => m.lab))) {
      const doc = page(DIST, `/labs/${slugify(lab)}/`);
      const expected = paged.filter((m) => m.lab === lab).map((m) => `/models/${m.id}/`);
      expect(new Set(hrefs(doc, "tbody a[href^='/models/']")), lab).toEqual(new Set(expected));
      const names = [...doc.querySelectorAll("tbody th[scope=row]")].map((th) => th.textContent!.trim());
      expect(names.sort(), lab).toEqual(data.models.filter((m) => m.lab === lab).map((m) => m.name).sort());
    }
  });

  it("give no page to a catalog model that no result or recap names (issue 10)", () => {
    const silent = data.models.filter((m) => m.catalog && !named.has(m.id));
    expect(silent.length).toBeGreaterThan(500);
    for (const m of silent) expect(existsSync(join(DIST, "models", m.id)), m.id).toBe(false);
    for (const m of paged) expect(existsSync(join(DIST, "models", m.id, "index.html")), m.id).toBe(true);
  });
});

describe("tag pages", () => {
  const types = ["topics", "companies", "people"] as const;

  it("land every spelling on its canonical page, each type in its own namespace", () => {
    for (const type of types) {
      const expected = new Map<string, string[]>();
      for (const r of published) {
        for (const slug of new Set(r[type].map((t) => expectedTagSlug(type, t)))) expected.set(slug, [...(expected.get(slug) ?? []), `/recaps/${r.id}/`]);
      }
      const built = readdirSync(join(DIST, type)).filter((n) => statSync(join(DIST, type, n)).isDirectory());
      expect(new Set(built), type).toEqual(new Set(expected.keys()));
      for (const [slug, recaps] of expected) {
        const pages = Math.ceil(recaps.length / RECAPS_PER_PAGE);
        const listed = Array.from({ length: pages }, (_, i) => recapLinks(page(DIST, `/${type}/${slug}/${i ? `${i + 1}/` : ""}`))).flat();
        expect(listed, `${type}/${slug}`).toEqual(recaps);
      }
    }
  });

  it("put deepseek-ai and deepseek on one company page, and moonshot on moonshot-ai", () => {
    expect(existsSync(join(DIST, "companies/deepseek-ai"))).toBe(false);
    expect(existsSync(join(DIST, "companies/moonshot"))).toBe(false);
    const deepseek = recapLinks(page(DIST, "/companies/deepseek/"));
    expect(deepseek).toContain("/recaps/2026-04-24-deepseek-v4-pro-and-flash/"); // tagged deepseek-ai
    expect(deepseek).toContain("/recaps/2026-06-19-intelligence-index-v4-1-arrives/"); // tagged deepseek
    expect(recapLinks(page(DIST, "/companies/moonshot-ai/"))).toContain("/recaps/2026-04-24-deepseek-v4-pro-and-flash/");
  });

  /** Published recaps per canonical tag slug of a type, from the content files. */
  const expectedCounts = (type: (typeof types)[number]) => {
    const counts = new Map<string, number>();
    for (const r of published) for (const slug of new Set(r[type].map((t) => expectedTagSlug(type, t)))) counts.set(slug, (counts.get(slug) ?? 0) + 1);
    return counts;
  };

  it("have an index per type in two parts: the tags on TAG_INDEX_MIN_RECAPS recaps by count, then the rest A to Z, folded; every tag page linked once", () => {
    for (const type of types) {
      const counts = expectedCounts(type);
      const doc = page(DIST, `/${type}/`);
      const main = [...doc.querySelectorAll(".tag-main li")].map((li) => [li.querySelector("a")!.getAttribute("href"), Number(li.querySelector(".count")!.textContent)]);
      const mainExpected = [...counts].filter(([, n]) => n >= TAG_INDEX_MIN_RECAPS).sort(([a, m], [b, n]) => n - m || a.localeCompare(b));
      expect(main.map(([, n]) => n), type).toEqual(mainExpected.map(([, n]) => n));
      expect(new Set(main.map(([href]) => href)), type).toEqual(new Set(mainExpected.map(([slug]) => `/${type}/${slug}/`)));
      // The rest: inside a closed <details> (short on screen, opens without JavaScript), grouped by letter.
      const rest = hrefs(doc, "details .tag-compact a");
      expect(doc.querySelector(".tag-rest details")?.hasAttribute("open"), type).toBe(false);
      expect(new Set(rest), type).toEqual(new Set([...counts].filter(([, n]) => n < TAG_INDEX_MIN_RECAPS).map(([slug]) => `/${type}/${slug}/`)));
      const built = readdirSync(join(DIST, type)).filter((n) => statSync(join(DIST, type, n)).isDirectory());
      expect([...main.map(([href]) => href), ...rest].sort(), type).toEqual(built.map((s) => `/${type}/${s}/`).sort());
    }
    // The sample has tags on both sides of the minimum, so both parts are really shown.
    expect(page(DIST, "/companies/").querySelectorAll(".tag-main a").length).toBeGreaterThan(0);
    expect(page(DIST, "/companies/").querySelectorAll(".tag-compact a").length).toBeGreaterThan(0);
  });

  it("give a tag its own feed and autodiscovery link only from TAG_FEED_MIN_RECAPS recaps; a smaller tag's page links the site-wide feed", () => {
    const feedLinks = (doc: Document) => [...doc.querySelectorAll("link[rel=alternate][type='application/rss+xml']")].map((l) => l.getAttribute("href"));
    let above = 0;
    let below = 0;
    for (const type of types) {
      for (const [slug, n] of expectedCounts(type)) {
        const doc = page(DIST, `/${type}/${slug}/`);
        const own = `/${type}/${slug}/rss.xml`;
        if (n >= TAG_FEED_MIN_RECAPS) {
          above++;
          expect(existsSync(join(DIST, type, slug, "rss.xml")), own).toBe(true);
          expect(feedLinks(doc), own).toContain(own);
          expect(hrefs(doc, ".meta a"), own).toContain(own);
        } else {
          below++;
          expect(existsSync(join(DIST, type, slug, "rss.xml")), own).toBe(false);
          expect(feedLinks(doc), own).toEqual(["/rss.xml"]);
          expect(hrefs(doc, ".meta a"), own).toContain("/rss.xml");
        }
      }
    }
    expect(above).toBeGreaterThan(0);
    expect(below).toBeGreaterThan(0);
    // By name: artificialanlys is on 17 sample recaps, arena on one.
    expect(feedLinks(page(DIST, "/people/artificialanlys/"))).toContain("/people/artificialanlys/rss.xml");
    expect(existsSync(join(DIST, "people/arena/rss.xml"))).toBe(false);
    expect(feedLinks(page(DIST, "/people/arena/"))).not.toContain("/people/arena/rss.xml");
  });
});

describe("the archive", () => {
  it("lists every published recap across its pages, newest first", () => {
    const pages = Math.ceil(published.length / RECAPS_PER_PAGE);
    const listed = Array.from({ length: pages }, (_, i) => recapLinks(page(DIST, `/recaps/${i ? `${i + 1}/` : ""}`))).flat();
    expect(listed).toEqual(published.map((r) => `/recaps/${r.id}/`));
    expect(existsSync(join(DIST, `recaps/${pages + 1}/index.html`))).toBe(false);
  });

  it("has a page per year and per month", () => {
    const byMonth = new Map<string, string[]>();
    for (const r of published) {
      const key = r.date.toISOString().slice(0, 7).replace("-", "/");
      byMonth.set(key, [...(byMonth.get(key) ?? []), `/recaps/${r.id}/`]);
    }
    for (const [month, recaps] of byMonth) expect(recapLinks(page(DIST, `/recaps/${month}/`)), month).toEqual(recaps);
    for (const year of new Set(published.map((r) => r.date.getUTCFullYear()))) {
      expect(recapLinks(page(DIST, `/recaps/${year}/`))).toEqual(published.filter((r) => r.date.getUTCFullYear() === year).map((r) => `/recaps/${r.id}/`));
    }
  });
});

describe("weekly digests", () => {
  const weeks = new Map<string, string[]>();
  for (const r of published) weeks.set(weekKey(isoWeek(r.date)), [...(weeks.get(weekKey(isoWeek(r.date))) ?? []), `/recaps/${r.id}/`]);

  it("exist for every ISO week with recaps, listing that week's recaps", () => {
    expect(new Set(hrefs(page(DIST, "/digests/"), ".digests a"))).toEqual(new Set([...weeks.keys()].map((k) => `/digests/${k}/`)));
    for (const [key, recaps] of weeks) expect(hrefs(page(DIST, `/digests/${key}/`), ".digest-recaps a"), key).toEqual(recaps);
  });

  it("report the week's leaderboard changes: Sonnet 4.6 enters the Intelligence Index v4.0 in week 8 of 2026", () => {
    const doc = page(DIST, "/digests/2026-w08/");
    const board = doc.querySelector("[data-benchmark='aa-intelligence-index/v4.0']");
    expect(board).not.toBeNull();
    const reported = data.results.filter((r) => r.benchmark === "aa-intelligence-index" && r.version === "v4.0" && r.model === "claude-sonnet-4-6" && r.score !== undefined);
    const first = reported.sort((a, b) => a.evaluated_at.getTime() - b.evaluated_at.getTime())[0];
    expect(weekKey(isoWeek(first.evaluated_at))).toBe("2026-w08");
    expect([...board!.querySelectorAll(".entries li")].map((li) => li.getAttribute("data-model-id"))).toContain("claude-sonnet-4-6");
    // A digest with no report since the previous digest's week says so instead of inventing changes.
    const keys = [...weeks.keys()].sort();
    const sunday = (k: string) => weekRange(parseWeekKey(k)!).end.toISOString().slice(0, 10);
    const quiet = keys.find((k, i) => i > 0 && !data.results.some((r) => { const d = r.evaluated_at.toISOString().slice(0, 10); return d > sunday(keys[i - 1]) && d <= sunday(k); }));
    if (quiet) expect(page(DIST, `/digests/${quiet}/`).querySelector(".digest-changes")!.textContent).toContain("No leaderboard changed since the previous digest");
  });

  it("are on the home page as the latest digest, not as \"This week\", which the newest digest soon is not", () => {
    const home = page(DIST, "/");
    expect(home.querySelector("h2#digest")!.textContent!.trim()).toBe("Latest digest");
    const newest = [...weeks.keys()].sort().at(-1);
    expect(hrefs(home, '[aria-labelledby="digest"] a')[0]).toBe(`/digests/${newest}/`);
    expect(home.body.textContent).not.toMatch(/This week/);
  });

  it("sum up new leaders in words that fit their number: one board, or several named as a list (week 48 of 2025: five)", () => {
    const index = page(DIST, "/digests/");
    let several = 0;
    for (const key of weeks.keys()) {
      const doc = page(DIST, `/digests/${key}/`);
      const boards = [...doc.querySelectorAll(".board-change")].filter((b) => b.querySelector(".leader")).map((b) => b.querySelector("h3")!.textContent!.replace(/\s+/g, " ").trim());
      const description = doc.querySelector('meta[name="description"]')!.getAttribute("content")!;
      const listed = [...index.querySelectorAll(".digests li")].find((li) => li.querySelector(`a[href="/digests/${key}/"]`))!.textContent!.replace(/\s+/g, " ");
      const expected =
        boards.length === 0 ? undefined : boards.length === 1 ? `; a new leader on ${boards[0]}` : `; new leaders on ${boards.slice(0, -1).join(", ")} and ${boards.at(-1)}`;
      for (const text of [description, listed]) {
        if (expected) expect(text, key).toContain(expected);
        else expect(text, key).not.toMatch(/new leaders? on/);
      }
      if (boards.length > 1) several++;
    }
    expect(several, "a digest with several new leaders").toBeGreaterThan(0);
  });
});

describe("head, navigation and search", () => {
  const pages = builtPages(DIST);
  const description = (path: string) => page(DIST, path).querySelector("meta[name=description]")?.getAttribute("content");
  /** A page's canonical path: its own, but for a board's newest version, whose own page is the board's (the same description). */
  const canonicalOf = (path: string) => {
    const board = /^\/leaderboards\/[^/]+\/(?=[^/]+\/$)/.exec(path)?.[0];
    return board && description(board) === description(path) ? board : path;
  };

  it("gives a board's newest version, which has two addresses, one: canonical, in search and in the sitemap (helper-72 found each board twice in search)", () => {
    const sitemap = readFileSync(join(DIST, "sitemap-0.xml"), "utf8");
    const inSitemap = (path: string) => sitemap.includes(`<loc>https://benchdigest.example.org${path}</loc>`);
    const searchable = (path: string) => page(DIST, path).querySelector("[data-pagefind-body]") !== null;
    // aa-intelligence-index has four versions, v4.1.1 the newest; terminal-bench one.
    for (const [newest, board] of [["/leaderboards/aa-intelligence-index/v4.1.1/", "/leaderboards/aa-intelligence-index/"], ["/leaderboards/terminal-bench/v1/", "/leaderboards/terminal-bench/"]]) {
      expect(canonicalOf(newest)).toBe(board);
      expect(page(DIST, newest).querySelector("link[rel=canonical]")?.getAttribute("href")).toBe(`https://benchdigest.example.org${board}`);
      expect(searchable(newest), newest).toBe(false);
      expect(inSitemap(newest), newest).toBe(false);
      expect(searchable(board) && inSitemap(board), board).toBe(true);
    }
    // An older version is a page of its own.
    expect(canonicalOf("/leaderboards/aa-intelligence-index/v4.0/")).toBe("/leaderboards/aa-intelligence-index/v4.0/");
    expect(searchable("/leaderboards/aa-intelligence-index/v4.0/") && inSitemap("/leaderboards/aa-intelligence-index/v4.0/")).toBe(true);
  });

  it("gives every page lang, a description, Open Graph and Twitter meta and feed autodiscovery", () => {
    for (const path of pages) {
      const doc = page(DIST, path);
      expect(doc.documentElement.getAttribute("lang"), path).toBe("en");
      expect(doc.querySelector("meta[name=description]")?.getAttribute("content"), path).toBeTruthy();
      for (const p of ["og:title", "og:description", "og:image", "og:type"]) expect(doc.querySelector(`meta[property='${p}']`), `${path} ${p}`).not.toBeNull();
      expect(doc.querySelector("meta[property='og:image']")!.getAttribute("content")).toMatch(/^https?:\/\//);
      expect(doc.querySelector("meta[name='twitter:card']"), path).not.toBeNull();
      const feeds = hrefs(doc, "link[rel=alternate]");
      expect(feeds, path).toEqual(expect.arrayContaining(["/rss.xml", "/atom.xml", "/feed.json"]));
      if (path !== "/404.html") {
        const canonical = doc.querySelector("link[rel=canonical]")?.getAttribute("href");
        expect(canonical, path).toBe(new URL(canonicalOf(path), data.models.length ? "https://benchdigest.example.org" : "").href);
        expect(doc.querySelector("meta[property='og:url']")!.getAttribute("content")).toBe(canonical);
      }
    }
    expect(existsSync(join(DIST, "og-default.png"))).toBe(true);
    expect(readFileSync(join(DIST, "og-default.png")).subarray(1, 4).toString()).toBe("PNG");
  });

  it("heads a company's tag page with its lab's name when it is a registry lab, the recaps' spelling beside it (helper-75: 'Company: openai')", () => {
    const doc = page(DIST, "/companies/anthropic/");
    expect(doc.querySelector("h1")!.textContent).toBe("Company: Anthropic");
    expect(doc.querySelector("p.meta")!.textContent!.replace(/\s+/g, " ")).toContain("also written anthropic");
    // A company that is no registry lab but spells a product of data/products.csv takes its spelling (the recaps write cursor).
    expect(page(DIST, "/companies/cursor/").querySelector("h1")!.textContent).toBe("Company: Cursor");
  });

  it("lists on the models index the models with a page in each lab's table, with their number of benchmarks, and folds the registry's others under it", () => {
    const doc = page(DIST, "/models/");
    const rows = [...doc.querySelectorAll("section table tbody tr")].filter((tr) => tr.closest("section")?.getAttribute("aria-labelledby") !== "other-names");
    const folded = [...doc.querySelectorAll("details.others summary")].map((s) => Number(/^(\d+) /.exec(s.textContent!.trim())![1]));
    expect(folded.length).toBeGreaterThan(0);
    expect(rows.length + folded.reduce((a, b) => a + b, 0)).toBe(data.models.length);
    for (const tr of rows) expect(tr.querySelector("th a")?.getAttribute("href"), tr.textContent!).toMatch(/^\/models\/[^/]+\/$/);
    // Claude Sonnet 4.6 is on the sample's Intelligence Index and on Terminal-Bench.
    const sonnet = rows.find((tr) => tr.querySelector("th a")?.getAttribute("href") === "/models/claude-sonnet-4-6/")!;
    const heads = [...sonnet.closest("table")!.querySelectorAll("thead th")].map((th) => th.textContent!.trim());
    expect(Number(sonnet.querySelectorAll("td")[heads.indexOf("Benchmarks") - 1].textContent)).toBe(new Set(data.results.filter((r) => r.model === "claude-sonnet-4-6").map((r) => r.benchmark)).size);
  });

  it("links the sections from the header", () => {
    expect(hrefs(page(DIST, "/"), "header nav ul a")).toEqual(["/recaps/", "/leaderboards/", "/models/", "/topics/", "/digests/", "/search/"]);
  });

  it("ships no JavaScript on recap, model, tag and digest pages", () => {
    const reading = pages.filter((p) => /^\/(recaps|models|labs|topics|companies|people|digests)\//.test(p));
    expect(reading.length).toBeGreaterThan(50);
    for (const path of reading) {
      const html = readFileSync(join(DIST, path, "index.html"), "utf8");
      expect(html, path).not.toMatch(/<script\b/i);
      expect(html, path).not.toMatch(/<link[^>]+rel="?modulepreload/i);
    }
  });

  it("marks content pages for Pagefind and leaves lists out", () => {
    const body = (p: string) => page(DIST, p).querySelector("[data-pagefind-body]") !== null;
    expect(body(`/recaps/${published[0].id}/`)).toBe(true);
    expect(body("/models/claude-sonnet-4-6/")).toBe(true);
    expect(body("/digests/2026-w08/")).toBe(true);
    for (const p of ["/", "/recaps/", "/topics/", "/topics/benchmarking/", "/search/", "/404.html"]) expect(body(p), p).toBe(false);
    // A board's views (open weights, one lab) repeat rows of the board: on the real material they
    // filled the top ten for "lmarena" and outranked DeepSeek-R1 for "deepseek" (helper-75).
    const views = pages.filter((p) => /^\/leaderboards\/[^/]+\/[^/]+\/(open-weights|labs\/[^/]+)\/$/.test(p));
    expect(views.length).toBeGreaterThan(0);
    for (const p of views) expect(body(p), p).toBe(false);
  });

  it("indexes every page marked for search: pagefind.yml's glob leaves none out", () => {
    const fragments = readdirSync(join(DIST, "pagefind/fragment")).map((f) => (JSON.parse(gunzipSync(readFileSync(join(DIST, "pagefind/fragment", f))).toString("utf8").replace(/^pagefind_dcd/, "")) as { url: string }).url);
    const indexed = new Set(fragments);
    const marked = pages.filter((p) => page(DIST, p).querySelector("[data-pagefind-body]") !== null);
    expect(marked.length).toBeGreaterThan(50);
    expect(marked.filter((p) => !indexed.has(p))).toEqual([]);
    expect(indexed.size).toBe(marked.length);
  });

  it("has a search page with Pagefind's UI and an index with topic, company and model filters", () => {
    const doc = page(DIST, "/search/");
    expect(doc.querySelector("script[src='/pagefind/pagefind-ui.js']")).not.toBeNull();
    expect(doc.querySelector("#search")).not.toBeNull();
    const fragments = readdirSync(join(DIST, "pagefind/fragment")).map((f) => JSON.parse(gunzipSync(readFileSync(join(DIST, "pagefind/fragment", f))).toString("utf8").replace(/^pagefind_dcd/, "")) as { url: string; filters: Record<string, string[]> });
    const urls = new Set(fragments.map((f) => f.url));
    for (const r of published) expect(urls.has(`/recaps/${r.id}/`), r.id).toBe(true);
    expect(urls.has("/models/claude-sonnet-4-6/")).toBe(true);
    expect(urls.has("/recaps/")).toBe(false);
    expect([...urls].some((u) => u.startsWith("/leaderboards/")), "leaderboards are searchable").toBe(true);
    const deepseek = fragments.find((f) => f.url === "/recaps/2026-04-24-deepseek-v4-pro-and-flash/")!;
    expect(deepseek.filters.topic).toContain("open-weights");
    // A company tag that spells a registry lab goes by the lab's name, in the filter as on the page.
    expect(deepseek.filters.company).toContain("DeepSeek");
    expect(deepseek.filters.model).toContain("DeepSeek V4 Pro");
  });

  it("gives search words apart: a model page's facts and comparison links read as separate words in its excerpt", () => {
    const fragments = readdirSync(join(DIST, "pagefind/fragment")).map((f) => JSON.parse(gunzipSync(readFileSync(join(DIST, "pagefind/fragment", f))).toString("utf8").replace(/^pagefind_dcd/, "")) as { url: string; content: string });
    const sonnet = fragments.find((f) => f.url === "/models/claude-sonnet-4-5/")!;
    expect(sonnet.content).toContain("Lab Anthropic. Released 29 September 2025. Open weights no.");
    expect(sonnet.content).toMatch(/Compare Claude Sonnet 4\.5 with [A-Z]/);
    // On the page too: "with" and the first model's name are two words on screen.
    const compare = page(DIST, "/models/claude-sonnet-4-5/").querySelector(".compare-links")!;
    expect(compare.textContent).toMatch(/ with [A-Z]/);
  });

  it("has robots.txt pointing at the sitemap", () => {
    const robots = readFileSync(join(DIST, "robots.txt"), "utf8");
    expect(robots).toMatch(/^Sitemap: https:\/\/benchdigest\.example\.org\/sitemap-index\.xml$/m);
    expect(existsSync(join(DIST, "sitemap-index.xml"))).toBe(true);
  });
});

describe("drafts", () => {
  it("the sample has the draft this checks", () => {
    expect(drafts.map((d) => d.id)).toContain(DRAFT_ID);
  });

  it("are absent from pages, sitemap, feeds and the search index", () => {
    for (const d of drafts) expect(existsSync(join(DIST, "recaps", d.id)), d.id).toBe(false);
    const needles = drafts.flatMap((d) => [d.id, d.title]);
    const walk = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
    const files = walk(DIST);
    let checked = 0;
    for (const file of files) {
      let text: string;
      if (/\.(html|xml|json|txt)$/.test(file)) text = readFileSync(file, "utf8");
      else if (/\.pf_(fragment|meta|index|filter)$/.test(file)) text = gunzipSync(readFileSync(file)).toString("latin1");
      else continue;
      checked++;
      for (const needle of needles) expect(text.includes(needle), `${needle} in ${file}`).toBe(false);
    }
    expect(checked).toBeGreaterThan(100);
    expect(files.some((f) => f.includes("sitemap-0.xml"))).toBe(true);
  });
});
