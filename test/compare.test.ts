/**
 * Compare on the built sample site: the pre-built pair pages (their figures checked against the
 * published board downloads, their recaps against the recaps' own frontmatter), the links from
 * model pages, /data/index.json, and the picker in Debian's Chromium: with JavaScript it compares
 * any pair from the downloads and keeps the choice in the URL; without, the pre-built pairs remain.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { COMPARE_MAX_PAIRS } from "../src/config";
import { compareSections, downloadRows } from "../src/lib/compare/compareView";
import { DIST } from "./helpers/astro";
import { chromiumMissing } from "./helpers/chromium";
import { builtSiteInChromium } from "./helpers/builtSiteInChromium";
import { page, readRecaps, sampleData } from "./helpers/sampleContent";

const data = sampleData();
const pairDirs = readdirSync(join(DIST, "compare"), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
const index = JSON.parse(readFileSync(join(DIST, "data/index.json"), "utf8")) as {
  boards: { benchmark: string; name: string; version: string; json: string; models: string[] }[];
  models: { id: string; name: string }[];
  comparePages: { a: string; b: string; path: string }[];
};
type Row = { model: string; rank: number; score: number; score_date: string; score_date_is_as_of: boolean; output_tokens: number | null; cost_usd: number | null };
const download = (path: string) => JSON.parse(readFileSync(join(DIST, path), "utf8")) as { rows: Row[] };
const nameOf = (id: string) => data.models.find((m) => m.id === id)!.name;
const cellsOf = (section: Element, label: string) =>
  [...section.querySelectorAll("tbody tr")].find((tr) => tr.querySelector("th")!.textContent === label)!.querySelectorAll("td");

describe("pre-built comparison pages", () => {
  it("are bounded, listed on /compare/ and in /data/index.json", () => {
    expect(pairDirs.length).toBeGreaterThan(10);
    expect(pairDirs.length).toBeLessThanOrEqual(COMPARE_MAX_PAIRS);
    const listed = [...page(DIST, "/compare/").querySelectorAll(".pairs a")].map((a) => a.getAttribute("href"));
    expect(listed.sort()).toEqual(pairDirs.map((d) => `/compare/${d}/`).sort());
    expect(index.comparePages.map((p) => p.path).sort()).toEqual(listed.sort());
  });

  it("show every board that ranks both, with the figures of the published downloads", () => {
    let sections = 0;
    let tableDated = 0;
    let likeForLike = 0;
    for (const { a, b, path } of index.comparePages) {
      const doc = page(DIST, path);
      const expected = index.boards.filter((x) => x.models.includes(a) && x.models.includes(b));
      const shown = [...doc.querySelectorAll("section.compare-section")];
      expect(shown.map((s) => s.getAttribute("data-benchmark")), path).toEqual(expected.map((x) => `${x.benchmark}/${x.version}`));
      for (const [i, board] of expected.entries()) {
        const rows = download(board.json).rows;
        // The rows compared: each model's best-ranked one, or a pair run with the same setting
        // where the best ones differ in setting (compareView.ts), as the picker reads the download.
        const [section] = compareSections(a, b, [rows], () => ({ id: board.benchmark, name: board.name, version: board.version, unit: "points", direction: "higher" }), (r) => downloadRows(r as never));
        const [ra, rb] = [section!.a, section!.b];
        const rank = cellsOf(shown[i], "Rank");
        expect([rank[0].textContent, rank[1].textContent], `${path} ${board.benchmark}`).toEqual([String(ra.rank), String(rb.rank)]);
        const reported = cellsOf(shown[i], "Reported");
        // A date of the publisher's table (as_of) says so, as on the leaderboard.
        const when = (r: typeof ra) => `${r.score.datedByTable ? "as of " : ""}${r.score.date}`;
        expect([reported[0].textContent, reported[1].textContent]).toEqual([when(ra), when(rb)]);
        tableDated += [ra, rb].filter((r) => r.score.datedByTable).length;
        const score = cellsOf(shown[i], "Score");
        expect(score[0].getAttribute("title")).toMatch(new RegExp(`^${ra.score.value} `));
        expect(score[1].getAttribute("title")).toMatch(new RegExp(`^${rb.score.value} `));
        // A like-for-like pair says so, and names each model's best row.
        if (section!.best) {
          // "The same setting" only where both rows have it; else the part they share (found in review).
          const same = (section!.a.setting ?? "") === (section!.b.setting ?? "");
          expect(shown[i].querySelector(".lead, p")!.textContent, path).toMatch(same ? /^With the same setting \(/ : /^With the setting they share \(/);
          likeForLike++;
        }
        sections++;
      }
      const heads = [...doc.querySelectorAll("section.compare-section thead th")].map((th) => th.textContent);
      for (let i = 0; i < heads.length; i += 2) expect(heads.slice(i, i + 2)).toEqual([nameOf(a), nameOf(b)]);
    }
    expect(sections).toBeGreaterThanOrEqual(index.comparePages.length);
    // The sample's Terminal-Bench, SimpleBench, GSO and METR files date their rows by the table.
    expect(tableDated).toBeGreaterThan(0);
    // Terminal-Bench ranks models with several agents: some pairs compare like for like.
    expect(likeForLike).toBeGreaterThan(0);
  });

  it("list the recaps whose frontmatter names both (through aliases too)", () => {
    const recaps = readRecaps().filter((r) => !r.draft);
    let listed = 0;
    for (const { a, b, path } of index.comparePages) {
      const expected = recaps
        .filter((r) => {
          const ids = new Set(r.models.flatMap((m) => data.aliases.resolve(m)?.id ?? []));
          const inBody = [...r.body.matchAll(/<ModelScore[^>]*\smodel="([^"]+)"/g)].map((m) => data.aliases.resolve(m[1])?.id);
          for (const id of inBody) if (id) ids.add(id);
          return ids.has(a) && ids.has(b);
        })
        .map((r) => `/recaps/${r.id}/`)
        .sort();
      const shown = [...page(DIST, path).querySelectorAll("#recaps ~ .recap-list .title a, section:has(#recaps) .title a")].map((x) => x.getAttribute("href")!);
      expect(shown.sort(), path).toEqual(expected);
      listed += shown.length;
    }
    expect(listed).toBeGreaterThan(index.comparePages.length);
  });

  it("are linked from both models' pages, as is the picker", () => {
    for (const { a, b, path } of index.comparePages) {
      for (const id of [a, b]) {
        const links = [...page(DIST, `/models/${id}/`).querySelectorAll(".compare-links a")].map((x) => x.getAttribute("href"));
        expect(links, id).toContain(path);
        expect(links).toContain(`/compare/?a=${id}`);
      }
    }
    expect(existsSync(join(DIST, "compare/index.html"))).toBe(true);
  });
});

const missing = chromiumMissing();

describe.skipIf(missing)("the compare picker in Chromium", () => {
  const chrome = builtSiteInChromium();
  // A pair with no pre-built page that two boards... at least one board ranks.
  const pair = (() => {
    const prebuilt = new Set(index.comparePages.map((p) => [p.a, p.b].sort().join(" ")));
    for (const board of index.boards) {
      for (const a of board.models) for (const b of board.models) if (a < b && !prebuilt.has(`${a} ${b}`)) return [a, b] as const;
    }
    throw new Error("no pair without a page");
  })();

  const watch = (p: Page) => {
    const problems: string[] = [];
    p.on("console", (m) => (m.type() === "error" || m.type() === "warning") && problems.push(m.text()));
    p.on("pageerror", (e) => problems.push(e.message));
    p.on("response", (r) => r.status() >= 400 && problems.push(`${r.url()}: ${r.status()}`));
    return problems;
  };

  it("compares a pair without a page from the downloads, as the pre-built pages would", async () => {
    const context = await chrome.browser.newContext();
    const p = await context.newPage();
    const problems = watch(p);
    try {
      await p.goto(`${chrome.server.origin}/compare/?a=${pair[0]}&b=${pair[1]}`);
      await p.waitForSelector("[data-result] section.compare-section");
      const boards = index.boards.filter((x) => x.models.includes(pair[0]) && x.models.includes(pair[1]));
      const sections = await p.$$eval("[data-result] section.compare-section", (els) => els.map((e) => e.getAttribute("data-benchmark")));
      expect(sections).toEqual(boards.map((x) => `${x.benchmark}/${x.version}`));
      const rows = download(boards[0].json).rows;
      const ranks = await p.$$eval("[data-result] section.compare-section:first-child tbody tr:first-child td", (tds) => tds.map((td) => td.textContent));
      expect(ranks).toEqual(pair.map((id) => String(rows.find((r) => r.model === id)!.rank)));
      expect(await p.inputValue('select[name="a"]')).toBe(pair[0]);
      expect(await p.locator("[data-status]").innerText()).toMatch(/on \d+ leaderboards?\.$/);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it("keeps the chosen pair in the URL and offers the pre-built page when there is one", async () => {
    const context = await chrome.browser.newContext();
    const p = await context.newPage();
    const problems = watch(p);
    try {
      const { a, b, path } = index.comparePages[0];
      await p.goto(`${chrome.server.origin}/compare/`);
      await p.selectOption('select[name="a"]', a);
      await p.selectOption('select[name="b"]', b);
      await Promise.all([p.waitForURL(/\?a=/), p.click('button[type="submit"]')]);
      const url = new URL(p.url());
      expect([url.searchParams.get("a"), url.searchParams.get("b")]).toEqual([a, b]);
      // With the script, no jump to the status line (#pair is for a script that did not load).
      expect(url.hash).toBe("");
      await p.waitForSelector("[data-result] section.compare-section");
      expect(await p.getAttribute(`[data-result] a[href="${path}"]`, "href")).toBe(path);
      // The same figures as the pre-built page.
      const live = await p.$$eval("[data-result] section.compare-section tbody td", (tds) => tds.map((td) => td.textContent!.trim()));
      const built = [...page(DIST, path).querySelectorAll("section.compare-section tbody td")].map((td) => td.textContent!.trim());
      expect(live).toEqual(built);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it("lays the page out for a browser that runs scripts before the script has run: nothing moves when it does", async () => {
    const context = await chrome.browser.newContext({ viewport: { width: 360, height: 800 } });
    const p = await context.newPage();
    try {
      // The picker's script never arrives: what a reader sees at first paint.
      await p.route("**/*.js", (route) => route.abort());
      await p.goto(`${chrome.server.origin}/compare/`);
      expect(await p.locator("[data-compare-picker] form").isVisible()).toBe(true);
      expect(await p.locator("[data-needs-js]").isVisible()).toBe(false);
      const top = await p.locator("#pairs").boundingBox();
      // And with the script: the pairs' heading where it was.
      await p.unroute("**/*.js");
      await p.reload();
      await p.waitForFunction(() => document.querySelector<HTMLElement>("[data-needs-js]")?.hidden === true);
      expect(await p.locator("#pairs").boundingBox()).toEqual(top);
    } finally {
      await context.close();
    }
  });

  it("when the picker's script does not load, a pair sent from the form says why nothing shows", async () => {
    const context = await chrome.browser.newContext();
    const p = await context.newPage();
    try {
      await p.route("**/*.js", (route) => route.abort());
      await p.goto(`${chrome.server.origin}/compare/`);
      const { a, b } = index.comparePages[0];
      const before = () => p.locator("[data-status]").evaluate((el) => getComputedStyle(el, "::before").content);
      expect(await before()).toBe("none");
      await p.selectOption('select[name="a"]', a);
      await p.selectOption('select[name="b"]', b);
      await Promise.all([p.waitForURL(/\?a=/), p.click('button[type="submit"]')]);
      expect(new URL(p.url()).hash).toBe("#pair");
      expect(await before()).toMatch(/needs the page's script, which did not load/);
      // With the script, the line is the script's.
      await p.unroute("**/*.js");
      await p.reload();
      await p.waitForSelector("[data-result] section.compare-section");
      expect(await before()).toBe("none");
    } finally {
      await context.close();
    }
  });

  it("without JavaScript: no picker, a note, and the pre-built pairs", async () => {
    const context = await chrome.browser.newContext({ javaScriptEnabled: false });
    const p = await context.newPage();
    try {
      await p.goto(`${chrome.server.origin}/compare/?a=${pair[0]}&b=${pair[1]}`);
      expect(await p.locator("[data-compare-picker] form").isVisible()).toBe(false);
      expect(await p.locator("[data-needs-js]").isVisible()).toBe(true);
      expect(await p.locator(".pairs a").count()).toBe(index.comparePages.length);
      // A link sent from the form (`#pair`) opened without JavaScript: the note says why, and the
      // status line does not add that the script "did not load".
      await p.goto(`${chrome.server.origin}/compare/?a=${pair[0]}&b=${pair[1]}#pair`);
      expect(await p.locator("[data-needs-js]").isVisible()).toBe(true);
      expect(await p.locator("[data-status]").evaluate((el) => getComputedStyle(el, "::before").content)).toBe("none");
    } finally {
      await context.close();
    }
  });
});
