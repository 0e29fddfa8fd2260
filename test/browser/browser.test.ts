import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DIST, ROOT } from "../helpers/astro";
import { chromiumMissing, launchChromium } from "../helpers/chromium";
import { builtPages, representativePages, type BuiltPage } from "../helpers/distPages";
import { serveStatic, type StaticServer } from "../helpers/staticServer";
import { TabPool } from "../helpers/tabPool";
import { brokenWords } from "../helpers/brokenWords";
import { findSearchPage, runSearch, searchTerms } from "./search";

/**
 * The real-browser gate: every page type of the production build in Debian's Chromium at desktop
 * and phone widths. A page passes when it loads without console errors, failed requests or CSP
 * violations, has no horizontal scroll at 360 px, shows its plots, and still reads with
 * JavaScript off. Screenshots of the home page without JavaScript and of search results land in
 * test-results/screenshots/ as artifacts; `BD_SCREENSHOTS=1` adds one of every page at each width
 * (full pages: about a third of the file's time, and nothing is asserted on them).
 *
 * The visits go side by side (`it.concurrent`, in a few tabs that go from page to page,
 * test/helpers/tabPool.ts: a new tab per visit cost Chromium about a second of CPU each): half of
 * a visit is waiting for the network to stay idle for half a second, which another tab can use.
 */

const SHOTS = join(ROOT, "test-results/screenshots");
/** Whether to take a screenshot of every visit too (for a person to look at; nothing reads them). */
const SCREENSHOTS = process.env.BD_SCREENSHOTS === "1";
const WIDTHS = [1280, 360] as const;
const missing = chromiumMissing();
const hasPlot = (p: BuiltPage) => /<svg\b[^>]*\brole="img"/.test(readFileSync(p.file, "utf8"));
/**
 * One page per type (`representativePages`), and where that page draws no plot, the largest of its
 * type that does: the plots are what this gate looks at on screen. (The largest model page, whose
 * runs were all reported on one day, has no "Score over time" since a sparkline needs a history.)
 */
const pages = (() => {
  const picked = representativePages(DIST);
  const extra = [...new Set(picked.filter((p) => !hasPlot(p)).map((p) => p.type))].flatMap((type) => {
    const plotted = builtPages(DIST)
      .filter((p) => p.type === type && hasPlot(p))
      .sort((a, b) => b.size - a.size);
    return plotted.length > 0 ? [plotted[0]] : [];
  });
  return [...picked, ...extra];
})();

/** What went wrong while a page loaded, collected from the browser's own events. */
interface PageReport {
  consoleErrors: string[];
  failedRequests: string[];
}

/** Records console errors, page errors, failed and 4xx/5xx requests (CSP reports arrive as console errors). */
function watch(page: Page): PageReport {
  const report: PageReport = { consoleErrors: [], failedRequests: [] };
  page.on("console", (msg) => {
    if (msg.type() === "error" || msg.type() === "warning") report.consoleErrors.push(`${msg.type()}: ${msg.text()}`);
  });
  page.on("pageerror", (error) => report.consoleErrors.push(`pageerror: ${error.message}`));
  page.on("requestfailed", (request) => report.failedRequests.push(`${request.url()}: ${request.failure()?.errorText}`));
  page.on("response", (response) => {
    if (response.status() >= 400) report.failedRequests.push(`${response.url()}: HTTP ${response.status()}`);
  });
  return report;
}

/** Collects `securitypolicyviolation` events from the first script on; read with `cspViolations`. */
const CSP_LISTENER = `
  window.__cspViolations = [];
  document.addEventListener("securitypolicyviolation", (e) => {
    window.__cspViolations.push(e.violatedDirective + " blocked " + (e.blockedURI || "inline") + " at " + e.sourceFile + ":" + e.lineNumber);
  });
`;
const cspViolations = (page: Page) => page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations ?? []);

const shotName = (p: BuiltPage, suffix: string) =>
  `${(p.url === "/" ? "home" : p.url).replace(/^\/|\/$/g, "").replace(/[^a-z0-9.-]+/gi, "_")}-${suffix}.png`;

describe.skipIf(missing)("real browser (Chromium) over every page type", () => {
  let server: StaticServer;
  let browser: Browser;
  let context: BrowserContext;
  let tabs: TabPool;
  let plotsSeen = 0;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    server = await serveStatic(DIST);
    browser = await launchChromium();
    context = await browser.newContext();
    await context.addInitScript(CSP_LISTENER);
    tabs = new TabPool(context, 4);
  });
  afterAll(async () => {
    console.log(`[browser] ${pages.length} pages x ${WIDTHS.length} widths visited; ${plotsSeen} plots checked on screen`);
    await browser?.close();
    await server?.close();
  });

  it("finds the page types to visit, plots where the site draws them", () => {
    const withPlots = pages.filter(hasPlot).map((p) => p.type);
    for (const type of ["home", "leaderboards/*", "leaderboards/*/*", "models/*"]) {
      if (pages.some((p) => p.type === type)) expect(withPlots, `a ${type} page carries a plot`).toContain(type);
    }
    const types = new Set(pages.map((p) => p.type));
    console.log(`[browser] ${pages.length} pages over ${types.size} page types: ${[...types].join(", ")}`);
    expect(types).toContain("home");
    expect(types).toContain("recaps/*");
    expect(types).toContain("404");
  });

  for (const width of WIDTHS) {
    for (const built of pages) {
      it.concurrent(`${built.type} ${built.url} at ${width} px: loads cleanly, fits, shows its plots`, async () => {
        await tabs.use(async (page) => {
          await page.setViewportSize({ width, height: 800 });
          const report = watch(page);
          const response = await page.goto(server.origin + built.url, { waitUntil: "load" });
          expect(response?.status()).toBe(200);
          await page.waitForLoadState("networkidle");
          expect(report.consoleErrors, "console errors").toEqual([]);
          expect(report.failedRequests, "failed requests").toEqual([]);
          expect(await cspViolations(page), "CSP violations").toEqual([]);

          const { scrollWidth, clientWidth } = await page.evaluate(() => ({
            scrollWidth: document.documentElement.scrollWidth,
            clientWidth: document.documentElement.clientWidth,
          }));
          expect(scrollWidth, `page is ${scrollWidth} px wide in a ${clientWidth} px window`).toBeLessThanOrEqual(clientWidth);
          // Panels and tables of figures keep their words whole ("Mod el" was the phone's reading).
          expect(await brokenWords(page, "aside.models, table.leaderboard thead"), "words broken across lines").toEqual([]);

          // Plots (every inline SVG image: Plot charts, sparklines): as many on screen as in the
          // built HTML, each laid out with a real size and inside the window.
          const builtPlots = (readFileSync(built.file, "utf8").match(/<svg\b[^>]*\brole="img"/g) ?? []).length;
          const plots = await page.$$eval("svg[role='img'], figure svg", (svgs) =>
            svgs
              .filter((svg) => !svg.parentElement?.closest("svg"))
              .map((svg) => {
                const box = svg.getBoundingClientRect();
                const style = getComputedStyle(svg);
                return { w: box.width, h: box.height, right: box.right, visible: style.visibility !== "hidden" && style.display !== "none" };
              }),
          );
          expect(plots.length, "plots on screen").toBeGreaterThanOrEqual(builtPlots);
          for (const plot of plots) {
            expect(plot.visible && plot.w >= 16 && plot.h >= 16, `plot box ${JSON.stringify(plot)}`).toBe(true);
            expect(plot.right).toBeLessThanOrEqual(clientWidth + 1);
          }
          plotsSeen += plots.length;
          if (SCREENSHOTS) await page.screenshot({ path: join(SHOTS, shotName(built, `${width}`)), fullPage: built.size < 400_000 });
        });
      });
    }
  }

  it("serves the 404 page for a missing URL without console errors", async () => {
    const page = await context.newPage();
    try {
      const report = watch(page);
      const response = await page.goto(`${server.origin}/no-such-page/`);
      expect(response?.status()).toBe(404);
      expect(await page.locator("h1").first().innerText()).not.toBe("");
      // Only the document itself is a miss; its assets all load.
      expect(report.failedRequests.filter((f) => !f.includes("/no-such-page/"))).toEqual([]);
      expect(report.consoleErrors.filter((m) => !m.includes("404"))).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it("every page type reads with JavaScript disabled", async () => {
    const noJs = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 800 } });
    try {
      // One tab for the visits, one after another (a new tab per visit cost more than the visit).
      const noJsTabs = new TabPool(noJs, 1);
      for (const built of pages) await noJsTabs.use(async (page) => {
        const report = watch(page);
        await page.goto(server.origin + built.url, { waitUntil: "load" });
        const main = page.locator("main");
        expect(await main.count(), `${built.url} has a <main>`).toBe(1);
        expect(await page.locator("h1").first().isVisible(), `${built.url} shows its heading`).toBe(true);
        const text = (await main.innerText()).trim();
        expect(text.length, `${built.url} shows its text without JS`).toBeGreaterThan(20);
        expect(report.failedRequests, `${built.url} failed requests`).toEqual([]);
        if (built.type === "home") await page.screenshot({ path: join(SHOTS, shotName(built, "nojs")) });
      });
    } finally {
      await noJs.close();
    }
  });

  const searchPage = findSearchPage(DIST);
  it.skipIf(!searchPage)(`search (${searchPage ?? "not built yet"}) finds a model by name and a topic, under the CSP`, async () => {
    const page = await context.newPage();
    try {
      const report = watch(page);
      await page.goto(server.origin + searchPage!);
      for (const term of searchTerms()) {
        const results = await runSearch(page, term.query);
        expect(results.length, `results for ${JSON.stringify(term.query)}`).toBeGreaterThan(0);
        expect(
          results.some((r) => term.expectHref.some((href) => new URL(r.href).pathname.startsWith(href))),
          `a result for ${JSON.stringify(term.query)} links to one of ${term.expectHref.join(", ")}: ${JSON.stringify(results.slice(0, 5))}`,
        ).toBe(true);
      }
      await page.screenshot({ path: join(SHOTS, "search-results.png") });
      // A model's name, as its id writes it, names its page above the results (src/lib/search/directHits.ts):
      // Pagefind ranks the pages that say its words more often first (helper-75: gpt-4's page 9th).
      const [model] = searchTerms().filter((t) => t.expectHref[0].startsWith("/models/"));
      const id = model.expectHref[0].split("/")[2];
      await runSearch(page, id);
      const direct = page.locator("[data-direct-hits]");
      await expect.poll(() => direct.innerText(), { timeout: 15_000 }).toBe(`Model: ${model.query}`);
      expect(await direct.locator("a").getAttribute("href")).toBe(model.expectHref[0]);
      // Between the search box and the results.
      expect(await page.evaluate(() => document.querySelector("[data-direct-hits]")!.nextElementSibling?.classList.contains("pagefind-ui__drawer"))).toBe(true);
      await runSearch(page, "recaps about everything");
      await expect.poll(() => direct.innerText(), { timeout: 15_000 }).toBe("");
      expect(report.consoleErrors).toEqual([]);
      expect(report.failedRequests).toEqual([]);
      expect(await cspViolations(page)).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
