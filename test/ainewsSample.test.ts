/**
 * The 41 real AINews issues in the team's shared fixtures (../shared/fixtures/ainews-sample/, never
 * copied into the repo) build as recaps, as they are: export keys id/original_slug, quoted
 * datetimes, raw HTML and braces in Markdown, issues of up to 250 KB. They come in the way an
 * editor brings them, through `npm run import:recaps` (which copies each file byte for byte under a
 * normalised name; test/cli/importRecaps.test.ts checks the import itself), so that this one build
 * of the 41 covers both. Skips with a message when the folder is absent.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { tmpdir } from "node:os";
import { basename, dirname, join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { astroBuild, ROOT } from "./helpers/astro";
import { runScript } from "./helpers/cli";
import { pagefindIndex } from "./helpers/pagefind";
import { brokenWords } from "./helpers/brokenWords";
import { chromiumMissing, launchChromium } from "./helpers/chromium";
import { serveStatic } from "./helpers/staticServer";
import { runSearch } from "./browser/search";
import { builtPages } from "./helpers/distPages";
import { feedparse, hasFeedparser } from "./helpers/feedparser";
import { hrefs, page, readRecaps } from "./helpers/sampleContent";
import { RECAPS_PER_PAGE, FEED_ITEM_LIMIT, TAG_FEED_MIN_RECAPS, TAG_INDEX_MIN_RECAPS } from "../src/config";
import { slugify } from "../src/lib/content/slugify";
import { readDataset } from "../src/integrations/readDataset";
import { labelKey } from "../src/lib/models/labelKey";
import { formatDate } from "../src/lib/format/formatDate";

const SAMPLE = resolve(ROOT, "../shared/fixtures/ainews-sample");
const BODY_ONLY = "2026-02-19-body-only-mention";
const BODY_ONLY_SOURCE = `---
title: A model named only in the body
date: 2026-02-19
models: []
---

GLM-5 on the index: <ModelScore model="glm-5" benchmark="aa-intelligence-index" version="v4.0" />.
`;
const present = existsSync(SAMPLE) && readdirSync(SAMPLE).some((f) => f.endsWith(".md"));
if (!present) console.warn(`[ainews sample] ${SAMPLE} is absent: the 41-issue build test is skipped`);

describe.skipIf(!present)("building the 41 real AINews issues", () => {
  let site: string;
  let out: string;
  let output = "";
  let status: number | null = null;
  let shardBytes = 0;

  beforeAll(async () => {
    site = mkdtempSync(join(tmpdir(), "bd-ainews-"));
    out = join(site, "dist");
    mkdirSync(join(site, "content/recaps"), { recursive: true });
    cpSync(join(ROOT, "data"), join(site, "data"), { recursive: true });
    const imported = runScript("import-recaps", [SAMPLE, "--root", site]);
    expect(imported.status, imported.output).toBe(0);
    // One MDX recap of our own beside the 41: it names a model only through a component in its
    // body, which must count as a mention like a frontmatter entry.
    writeFileSync(join(site, "content/recaps", `${BODY_ONLY}.mdx`), BODY_ONLY_SOURCE);
    const started = Date.now();
    const result = astroBuild(site, out);
    const built = Date.now();
    status = result.status;
    output = result.output;
    if (status === 0) {
      // Split the index as a large archive's is (scripts/lib/searchIndex.ts): the searchable pages
      // in bundles of a third of the recap pages' bytes, so that there are several.
      const recapBytes = readdirSync(join(out, "recaps")).reduce((n, d) => n + (existsSync(join(out, "recaps", d, "index.html")) ? statSync(join(out, "recaps", d, "index.html")).size : 0), 0);
      shardBytes = Math.ceil(recapBytes / 3);
      const search = await pagefindIndex(out, shardBytes);
      expect(search.status, search.output).toBe(0);
    }
    console.log(
      `[ainews sample] astro build of ${readdirSync(join(site, "content/recaps")).length} issues: ${((built - started) / 1000).toFixed(1)} s; with pagefind: ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
  }, 600_000);
  afterAll(() => site && rmSync(site, { recursive: true, force: true }));

  const recaps = () => readRecaps(site).filter((r) => r.id !== BODY_ONLY).sort((a, b) => b.date.getTime() - a.date.getTime() || b.id.localeCompare(a.id));

  it("builds without errors, a page per issue", () => {
    const errors = output.split("\n").filter((l) => !/^\s*[├└]─/.test(l));
    expect(status, errors.slice(-80).join("\n")).toBe(0);
    expect(recaps().length).toBe(41);
    for (const r of recaps()) expect(existsSync(join(out, "recaps", r.id, "index.html")), r.id).toBe(true);
    // A title with an apostrophe and an ellipsis, as the issue wrote it.
    expect(readFileSync(join(out, "recaps/2023-12-06-is-googles-gemini-legit/index.html"), "utf8")).toMatch(/<h1[^>]*>Is Google(&#39;|')s Gemini\.\.\. legit\?<\/h1>/);
  });

  it("counts a model named only by an MDX component in the body as a mention, both ways round", () => {
    expect(hrefs(page(out, `/recaps/${BODY_ONLY}/`), "aside.models a[href^='/models/']")).toEqual(["/models/glm-5/"]);
    expect(hrefs(page(out, "/models/glm-5/"), ".recap-list .title a")).toContain(`/recaps/${BODY_ONLY}/`);
  });

  it("shows a recap's models panel as a table only where some model has a figure; otherwise lists the models and says they have none", () => {
    let listed = 0;
    for (const r of recaps()) {
      const panel = page(out, `/recaps/${r.id}/`).querySelector("aside.models")!;
      const table = panel.querySelector("table");
      const linked = hrefs(panel, "a[href^='/models/'][data-pagefind-filter=model]");
      if (table) {
        // A table of dashes says nothing: some cell holds a figure.
        expect([...table.querySelectorAll("td")].some((td) => td.textContent!.trim() !== "—"), r.id).toBe(true);
      } else if (linked.length > 0) {
        listed++;
        const note = panel.querySelector("p.unmeasured")!;
        expect(hrefs(note, "a"), r.id).toEqual(linked);
        expect(note.textContent!.replace(/\s+/g, " ").trim(), r.id).toMatch(/\)\. \S.*: no score for (it|any of them)\.$/);
      }
    }
    // The archive's issues before the headline benchmark existed.
    expect(listed).toBeGreaterThan(10);
  });

  it("lists a recap once on each model's page and in its feed, however many of its labels name the model (found in review: the GPT-4o August issue names gpt-4o-2024-08-06 and gpt-4o, and was listed twice)", () => {
    const { aliases } = readDataset({ dataDir: join(site, "data"), displayRoot: site });
    const both = recaps().filter((r) => {
      const ids = r.models.map((l) => aliases.match(l)).flatMap((m) => (m.kind === "model" ? [m.id] : []));
      return new Set(ids).size < ids.length;
    });
    expect(both.length, "an issue naming one model by two labels").toBeGreaterThan(0);
    for (const dir of readdirSync(join(out, "models"))) {
      const file = join(out, "models", dir, "index.html");
      if (!existsSync(file)) continue;
      const listed = hrefs(page(out, `/models/${dir}/`), "section[aria-labelledby=recaps] .recap-list .title a");
      expect(listed.length, dir).toBe(new Set(listed).size);
      const feed = join(out, "models", dir, "rss.xml");
      if (existsSync(feed)) {
        const guids = [...readFileSync(feed, "utf8").matchAll(/<guid[^>]*>([^<]*)</g)].map((m) => m[1]);
        expect(guids.length, feed).toBe(new Set(guids).size);
      }
    }
  });

  it("gives every frontmatter model label that names no registry model a page listing its recaps, linked from each recap", () => {
    const { aliases } = readDataset({ dataDir: join(site, "data"), displayRoot: site });
    const labels = new Set<string>();
    const unresolved = new Map<string, Set<string>>();
    for (const r of recaps()) {
      const own = r.models.filter((l) => labelKey(l) !== "");
      own.forEach((l) => labels.add(l));
      const missing = own.filter((l) => aliases.match(l).kind !== "model");
      const links = hrefs(page(out, `/recaps/${r.id}/`), "aside.models .labels a");
      // One link per distinct label (spellings differing in case or punctuation share one page, as do a product's names).
      expect(links.length, r.id).toBeGreaterThanOrEqual(new Set(missing.map((l) => { const m = aliases.match(l); return m.kind === "product" ? m.id : labelKey(l); })).size);
      expect(links.length, r.id).toBeLessThanOrEqual(new Set(missing).size);
      for (const href of links) unresolved.set(href, (unresolved.get(href) ?? new Set()).add(`/recaps/${r.id}/`));
    }
    // Each page lists exactly the recaps that link to it (a family's members' recaps come in a section of their own).
    for (const [href, ids] of unresolved) expect(new Set(hrefs(page(out, href), "section[aria-labelledby=recaps] .recap-list .title a")), href).toEqual(ids);
    expect(unresolved.size).toBeGreaterThan(50);
    const listed = hrefs(page(out, "/models/"), "section[aria-labelledby=other-names] a");
    expect(new Set(listed)).toEqual(new Set(unresolved.keys()));
    // A label with TAG_FEED_MIN_RECAPS recaps has its own feed (feedparser reads it), as a tag does; fewer, none.
    const withFeed = [...unresolved].filter(([, ids]) => ids.size >= TAG_FEED_MIN_RECAPS).map(([href]) => join(out, href, "rss.xml"));
    for (const [href, ids] of unresolved) expect(existsSync(join(out, href, "rss.xml")), href).toBe(ids.size >= TAG_FEED_MIN_RECAPS);
    expect(withFeed.length).toBeGreaterThan(0);
    if (hasFeedparser()) for (const feed of feedparse(...withFeed)) expect(feed.bozo, feed.bozoException ?? "").toBe(false);
    console.log(`[ainews sample] ${labels.size} distinct model labels, ${[...labels].filter((l) => aliases.match(l).kind === "model").length} resolve to a model, ${unresolved.size} label pages`);
  });

  it("lists as a family's members only models released by its newest recap (or undated), the later ones apart", () => {
    const { models } = readDataset({ dataDir: join(site, "data"), displayRoot: site });
    const released = new Map(models.map((m) => [m.id, m.released]));
    const day = (d: Date) => d.toISOString().slice(0, 10);
    const recapDays = new Map(recaps().map((r) => [`/recaps/${r.id}/`, day(r.date)]));
    const families = builtPages(out).filter((p) => p.type === "models/*" && readFileSync(p.file, "utf8").includes('data-label-reason="family"'));
    expect(families.length, "family label pages").toBeGreaterThan(5);
    let later = 0;
    let spansShown = 0;
    for (const f of families) {
      const doc = page(out, f.url);
      const newest = hrefs(doc, "section[aria-labelledby=recaps] .recap-list .title a").map((h) => recapDays.get(h)!).sort().at(-1)!;
      for (const href of hrefs(doc, "section[aria-labelledby=members] tbody th a")) {
        const when = released.get(href.split("/")[2]);
        if (when) expect(day(when) <= newest, `${f.url} lists ${href}, released ${day(when)}, after its newest recap of ${newest}`).toBe(true);
        // Each member says when it came out, or that the registry does not know: an undated member is not shown as one of the day.
        const row = doc.querySelector(`section[aria-labelledby=members] tbody th a[href="${href}"]`)!.closest("tr")!;
        const cell = row.querySelectorAll("td")[1].textContent!.trim();
        // An undated member says when a recap first named it, where one does (a fact the reader can weigh).
        if (when) expect(cell, `${f.url}: the release cell of ${href}`).toBe(formatDate(when));
        else expect(cell, `${f.url}: the release cell of ${href}`).toMatch(/^not recorded(; first named in a recap \d{1,2} \w+ \d{4})?$/);
      }
      // What each recap could mean, by its own day (found in review: a 2023 issue was offered the
      // members released by the family's newest recap): the runs cover every recap, and each names
      // only members released by the oldest day of its run.
      const spans = [...doc.querySelectorAll("section[aria-labelledby=by-date] tbody tr")];
      if (spans.length > 0) {
        const listed = hrefs(doc, "section[aria-labelledby=recaps] .recap-list .title a").map((h) => recapDays.get(h)!).sort();
        expect(spans.reduce((n, tr) => n + Number(/^(\d+) recaps?/.exec(tr.querySelector("th")!.textContent!.trim())![1]), 0), f.url).toBe(listed.length);
        let seen = 0;
        for (const tr of spans) {
          const oldest = listed[seen]!;
          seen += Number(/^(\d+)/.exec(tr.querySelector("th")!.textContent!.trim())![1]);
          for (const a of tr.querySelectorAll("td a")) {
            const when = released.get(a.getAttribute("href")!.split("/")[2]);
            expect(when && day(when) <= oldest, `${f.url}: ${a.getAttribute("href")} offered for recaps from ${oldest}`).toBe(true);
          }
        }
        spansShown++;
      }
      if (doc.querySelector(".why")!.textContent!.includes("Released since")) later++;
      // A name is never both a member and released since: two models of one name say their ids on both lists.
      const memberNames = [...doc.querySelectorAll("section[aria-labelledby=members] tbody th")].map((th) => th.textContent!.trim());
      const since = /Released since, and so not what its recaps mean:\s*([\s\S]*)\.\s*$/.exec(doc.querySelector(".why p")!.textContent!.trim());
      const laterNames = since ? since[1].split(/,\s*/).map((n) => n.trim()) : [];
      expect(memberNames.filter((n) => laterNames.includes(n)), `${f.url}: names both members and released since`).toEqual([]);
    }
    // The issue of 6 December 2023 meant Gemini 1.0 Pro: not the Gemini 2.5 and 3 Pro of the registry.
    const geminiPro = page(out, "/models/gemini-pro/");
    expect(hrefs(geminiPro, "section[aria-labelledby=members] tbody th a")).not.toContain("/models/gemini-2-5-pro/");
    expect(geminiPro.querySelector(".why")!.textContent).toMatch(/By 6 December 2023, the day of its newest recap,\s+none of the registry's models of this name had been released[\s\S]*Released since, and so not what its recaps mean: [\s\S]*Gemini 2\.5 Pro/);
    expect(spansShown, "family pages whose recaps could mean different members").toBeGreaterThan(0);
    console.log(`[ainews sample] ${families.length} family pages, ${later} of them with members released after their newest recap, listed apart; ${spansShown} with what each run of recaps could mean`);
  });

  it("lists a model named plainly and by a snapshot once in a models panel without figures, with its snapshot (found in review: GPT-4o listed twice)", () => {
    const id = recaps().find((r) => r.id.includes("gpt4o-august"))!.id;
    const panel = page(out, `/recaps/${id}/`).querySelector("aside.models")!;
    const list = panel.querySelector(".unmeasured");
    expect(list, "the August 2024 issue predates every board's figures").not.toBeNull();
    expect(hrefs(panel, ".unmeasured a").filter((h) => h === "/models/gpt-4o/")).toHaveLength(1);
    expect(list!.textContent!.replace(/\s+/g, " ")).toContain("GPT-4o (and its 2024-08-06 snapshot)");
  });

  it("shows a placeholder written in angle brackets as text, not as a tag the page hides (found in review: holes in sentences)", () => {
    const id = recaps().find((r) => r.id.includes("xai-series-e"))!.id;
    const text = page(out, `/recaps/${id}/`).querySelector("main")!.textContent!;
    expect(text).toContain("Each image had an <<Image Analysis:>> tag");
  });

  it("renders the longest issue completely", () => {
    const longest = recaps().reduce((a, b) => (b.body.length > a.body.length ? b : a));
    expect(longest.body.length).toBeGreaterThan(200_000);
    const words = (t: string) => t.replace(/[^\p{L}\p{N}]+/gu, "");
    const lastLines = longest.body.trim().split("\n").slice(-3).map(words).filter((l) => l.length > 10);
    const text = words(page(out, `/recaps/${longest.id}/`).querySelector(".prose")!.textContent!);
    expect(lastLines.length).toBeGreaterThan(0);
    for (const line of lastLines) expect(text).toContain(line);
  });

  it("gives a full issue one h1 (its title) and a table of contents of its top sections, nested, in body order", () => {
    const longest = recaps().reduce((a, b) => (b.body.length > a.body.length ? b : a));
    const doc = page(out, `/recaps/${longest.id}/`);
    expect(doc.querySelectorAll("h1").length).toBe(1);
    const sections = longest.body.split("\n").filter((l) => /^# /.test(l)).map((l) => l.slice(2).trim());
    expect(sections.length).toBeGreaterThan(2);
    // The body's own # sections are h2 now, and the contents list them, top level first.
    const top = [...doc.querySelectorAll("nav.toc > details > ul > li > a")].map((a) => a.textContent!.trim());
    expect(top).toEqual(sections.map((s) => s.replace(/[*_`]/g, "")));
    for (const a of doc.querySelectorAll("nav.toc a")) expect(doc.getElementById(a.getAttribute("href")!.slice(1)), a.getAttribute("href")!).not.toBeNull();
    // Heading levels never skip downwards (h2 -> h4) in the body.
    const levels = [...doc.querySelectorAll(".prose h2, .prose h3, .prose h4, .prose h5, .prose h6")].map((h) => Number(h.tagName[1]));
    levels.forEach((level, i) => expect(level - (i === 0 ? 1 : levels[i - 1]), `heading ${i}`).toBeLessThanOrEqual(1));
  });

  it.skipIf(chromiumMissing())("reads on a 360 px phone: the longest issue fits the window and its models panel keeps words whole", async () => {
    const longest = recaps().reduce((a, b) => (b.body.length > a.body.length ? b : a));
    const server = await serveStatic(out);
    const browser = await launchChromium();
    try {
      const tab = await browser.newPage({ viewport: { width: 360, height: 800 } });
      await tab.goto(`${server.origin}/recaps/${longest.id}/`);
      expect(await tab.locator("aside.models").count()).toBe(1);
      expect(await brokenWords(tab, "aside.models")).toEqual([]);
      const { scrollWidth, clientWidth } = await tab.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth }));
      expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
    } finally {
      await browser.close();
      await server.close();
    }
  });

  it("shows descriptions' Markdown as formatting in lists and pages, and as plain text in meta tags and feed summaries", () => {
    const withBold = recaps().filter((r) => r.description?.includes("**"));
    expect(withBold.length).toBeGreaterThan(10);
    const r = withBold[0];
    const doc = page(out, `/recaps/${r.id}/`);
    const shown = doc.querySelector("header .description")!;
    expect(shown.textContent).not.toContain("**");
    expect(shown.querySelector("strong")).not.toBeNull();
    for (const name of ["description", "og:description", "twitter:description"]) {
      const meta = doc.querySelector(`meta[name="${name}"], meta[property="${name}"]`);
      if (meta) expect(meta.getAttribute("content"), name).not.toMatch(/\*\*|<\/?strong/);
    }
    const list = page(out, "/recaps/");
    for (const p of list.querySelectorAll(".recap-list .description")) expect(p.textContent).not.toContain("**");
    const rss = readFileSync(join(out, "rss.xml"), "utf8");
    expect(rss).not.toMatch(/<description>[^<]*\*\*/);
  });

  it("keeps the archive's old URLs working: a redirect page at /issues/<file>/ and a 301 rule in _redirects", () => {
    const file = readdirSync(SAMPLE).filter((f) => f.endsWith(".md")).sort()[0].replace(/\.md$/, "");
    const target = recaps().find((r) => readFileSync(join(site, "content/recaps", r.file), "utf8").includes(`/issues/${file}/`));
    expect(target, `a recap records /issues/${file}/`).toBeDefined();
    const moved = readFileSync(join(out, "issues", file, "index.html"), "utf8");
    expect(moved).toContain(`<meta http-equiv="refresh" content="0; url=/recaps/${target!.id}/">`);
    expect(moved).toContain(`<a href="/recaps/${target!.id}/">`);
    expect(moved).toContain('<meta name="robots" content="noindex">');
    const rules = readFileSync(join(out, "_redirects"), "utf8").trim().split("\n");
    expect(rules).toContain(`/issues/${file}/ /recaps/${target!.id}/ 301`);
    expect(rules.length).toBe(recaps().length);
    // Redirect pages are not pages to index.
    const sitemap = readFileSync(join(out, "sitemap-0.xml"), "utf8");
    expect(sitemap).toContain(`/recaps/${target!.id}/</loc>`);
    expect(sitemap).not.toContain("/issues/");
  });

  it("paginates the archive", () => {
    const all = readRecaps(site).sort((a, b) => b.date.getTime() - a.date.getTime() || b.id.localeCompare(a.id));
    const pages = Math.ceil(all.length / RECAPS_PER_PAGE);
    expect(pages).toBeGreaterThan(1);
    const listed = Array.from({ length: pages }, (_, i) => hrefs(page(out, `/recaps/${i ? `${i + 1}/` : ""}`), ".recap-list .title a")).flat();
    expect(listed).toEqual(all.map((r) => `/recaps/${r.id}/`));
    expect(page(out, "/recaps/").querySelector("a[rel=next]")!.getAttribute("href")).toBe("/recaps/2/");
  });

  it("paginates a tag page and lands tag variants on their canonical page", () => {
    const rows = readFileSync(join(ROOT, "data/tag-aliases.csv"), "utf8").trim().split("\n").slice(1).map((l) => l.split(","));
    const canonical = (raw: string) => slugify(rows.find(([t, a]) => t === "companies" && slugify(a) === slugify(raw))?.[2] ?? raw);
    const byCompany = new Map<string, string[]>();
    for (const r of recaps()) for (const slug of new Set(r.companies.map(canonical))) byCompany.set(slug, [...(byCompany.get(slug) ?? []), `/recaps/${r.id}/`]);
    const [slug, expected] = [...byCompany].sort((a, b) => b[1].length - a[1].length)[0];
    expect(expected.length).toBeGreaterThan(RECAPS_PER_PAGE);
    const pages = Math.ceil(expected.length / RECAPS_PER_PAGE);
    const listed = Array.from({ length: pages }, (_, i) => hrefs(page(out, `/companies/${slug}/${i ? `${i + 1}/` : ""}`), ".recap-list .title a")).flat();
    expect(listed).toEqual(expected);
    for (const [, alias] of rows.filter(([t]) => t === "companies")) expect(existsSync(join(out, "companies", slugify(alias))), alias).toBe(slugify(alias) === canonical(alias));
  });

  it("keeps the tag indexes short at archive scale and gives feeds only to tags on TAG_FEED_MIN_RECAPS recaps", () => {
    const rows = readFileSync(join(ROOT, "data/tag-aliases.csv"), "utf8").trim().split("\n").slice(1).map((l) => l.split(","));
    for (const type of ["topics", "companies", "people"] as const) {
      const canonical = (raw: string) => slugify(rows.find(([t, a]) => t === type && slugify(a) === slugify(raw))?.[2] ?? raw);
      const counts = new Map<string, number>();
      for (const r of recaps()) for (const slug of new Set(r[type].map(canonical))) counts.set(slug, (counts.get(slug) ?? 0) + 1);
      const doc = page(out, `/${type}/`);
      const main = hrefs(doc, ".tag-main a");
      const folded = hrefs(doc, ".tag-rest details .tag-compact a");
      expect(new Set(main), type).toEqual(new Set([...counts].filter(([, n]) => n >= TAG_INDEX_MIN_RECAPS).map(([s]) => `/${type}/${s}/`)));
      expect(main.length + folded.length, type).toBe(counts.size);
      const feeds = [...counts.keys()].filter((s) => existsSync(join(out, type, s, "rss.xml")));
      expect(new Set(feeds), type).toEqual(new Set([...counts].filter(([, n]) => n >= TAG_FEED_MIN_RECAPS).map(([s]) => s)));
      for (const s of counts.keys()) expect(existsSync(join(out, type, s, "index.html")), s).toBe(true);
    }
    // The figures in docs/editing.md: 27 of 276 topics lead, the other 249 fold.
    expect(hrefs(page(out, "/topics/"), ".tag-main a").length).toBe(27);
    expect(hrefs(page(out, "/topics/"), ".tag-compact a").length).toBe(249);
  });

  it.skipIf(!hasFeedparser())("writes feeds feedparser reads without errors", () => {
    const [rss, atom] = feedparse(join(out, "rss.xml"), join(out, "atom.xml"));
    for (const feed of [rss, atom]) {
      expect(feed.bozo, feed.bozoException ?? "").toBe(false);
      expect(feed.entries.length).toBe(FEED_ITEM_LIMIT);
    }
    const json = JSON.parse(readFileSync(join(out, "feed.json"), "utf8"));
    expect(json.items.length).toBe(FEED_ITEM_LIMIT);
  });

  /** The page URLs each search bundle holds, by bundle path. */
  const bundleUrls = (): Map<string, string[]> => {
    const merged = JSON.parse(readFileSync(join(out, "pagefind/bundles.json"), "utf8")) as string[];
    return new Map(
      ["/pagefind/", ...merged].map((b) => {
        const dir = join(out, b, "fragment");
        return [b, readdirSync(dir).map((f) => (JSON.parse(gunzipSync(readFileSync(join(dir, f))).toString("utf8").replace(/^pagefind_dcd/, "")) as { url: string }).url)];
      }),
    );
  };

  /** A published issue whose page is in a bundle other than the main one: the one with the longest title (a title to search for). */
  const inMergedBundle = () => {
    const main = new Set(bundleUrls().get("/pagefind/"));
    return recaps()
      .filter((r) => !main.has(`/recaps/${r.id}/`))
      .reduce((a, b) => (b.title.length > a.title.length ? b : a));
  };

  it("indexes every searchable page once, spread over bundles the search page merges, each a mix of the site's pages", () => {
    const bundles = bundleUrls();
    expect(bundles.size).toBeGreaterThanOrEqual(3);
    const urls = [...bundles.values()].flat();
    expect(new Set(urls).size).toBe(urls.length);
    for (const r of recaps()) expect(urls, r.id).toContain(`/recaps/${r.id}/`);
    // Every searchable page of dist/ is in one bundle: none is lost to the split.
    const marked = builtPages(out).filter((p) => readFileSync(p.file, "utf8").includes("data-pagefind-body")).map((p) => p.url);
    expect(urls.sort()).toEqual(marked.sort());
    // No list page (recaps/2/, recaps/2025/) was read for nothing; each bundle holds recaps and other pages.
    for (const [b, list] of bundles) {
      expect(list.some((u) => u.startsWith("/recaps/")), b).toBe(true);
      expect(list.some((u) => !u.startsWith("/recaps/")), b).toBe(true);
    }
    expect(inMergedBundle()).toBeDefined();
  });

  it("rebuilds only the search bundles whose pages changed, reusing the last build's others", async () => {
    const next = mkdtempSync(join(tmpdir(), "bd-ainews-next-"));
    try {
      // The next build: the same pages (its own search index not written yet), one issue edited.
      cpSync(out, next, { recursive: true, filter: (src) => !/[\\/]pagefind[^\\/]*$/.test(src) });
      const merged = [...bundleUrls().keys()].filter((b) => b !== "/pagefind/").map((b) => b.slice(1, -1));
      const same = await pagefindIndex(next, shardBytes, out);
      expect(same.status, same.output).toBe(0);
      expect(same.reused).toEqual(merged);
      const edited = inMergedBundle();
      const bundle = [...bundleUrls()].find(([, list]) => list.includes(`/recaps/${edited.id}/`))![0].slice(1, -1);
      const pagePath = join(next, "recaps", edited.id, "index.html");
      writeFileSync(pagePath, readFileSync(pagePath, "utf8").replace("</main>", "<p>An editor's correction.</p></main>"));
      for (const b of [...merged, "pagefind"]) rmSync(join(next, b), { recursive: true, force: true });
      const again = await pagefindIndex(next, shardBytes, out);
      expect(again.status, again.output).toBe(0);
      expect(again.reused).toEqual(merged.filter((b) => b !== bundle));
      // The re-indexed bundle holds the edit; no staging folder is left beside the site.
      const fragments = readdirSync(join(next, bundle, "fragment")).map((f) => gunzipSync(readFileSync(join(next, bundle, "fragment", f))).toString("utf8"));
      expect(fragments.some((f) => f.includes("An editor's correction."))).toBe(true);
      expect(readdirSync(dirname(next)).filter((n) => n.startsWith(`${basename(next)}.search-`))).toEqual([]);
    } finally {
      rmSync(next, { recursive: true, force: true });
    }
  });

  it.skipIf(chromiumMissing())("finds an issue of a merged bundle from the search page, with no failed request", async () => {
    const oldest = inMergedBundle();
    const server = await serveStatic(out);
    const browser = await launchChromium();
    try {
      const tab = await browser.newPage();
      const failed: string[] = [];
      tab.on("requestfailed", (r) => failed.push(r.url()));
      tab.on("response", (r) => r.status() >= 400 && failed.push(`${r.status()} ${r.url()}`));
      await tab.goto(`${server.origin}/search/`);
      const results = await runSearch(tab, oldest.title);
      expect(results.map((r) => new URL(r.href).pathname)).toContain(`/recaps/${oldest.id}/`);
      expect(failed).toEqual([]);
    } finally {
      await browser.close();
      await server.close();
    }
  });
});
