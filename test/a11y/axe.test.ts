import type { Browser, BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DIST } from "../helpers/astro";
import { AXE_DARK, AXE_LIGHT, injectAxe, runAxe, untestedFrames } from "../helpers/axe";
import { chromiumMissing, launchChromium } from "../helpers/chromium";
import { representativePages } from "../helpers/distPages";
import { serveStatic, type StaticServer } from "../helpers/staticServer";
import { TabPool } from "../helpers/tabPool";

/**
 * Accessibility gate: axe-core (every rule axe runs by default, WCAG 2.x A/AA and best practices)
 * on every page type in the light colour scheme, and again in the dark one for what the scheme
 * changes (colours: axe's color-contrast rule), 0 violations. Each page is loaded once: axe runs
 * in the light scheme, then the tab switches to the dark one (the site's dark colours are CSS only,
 * `prefers-color-scheme`, which the page re-reads at once) and axe runs again. The pages go side by
 * side (`it.concurrent`), in a few tabs that go from page to page (test/helpers/tabPool.ts: a new
 * tab per page cost Chromium more than axe's runs).
 *
 * axe is put into each page once (test/helpers/axe.ts: the builder's legacy mode, without its
 * repeated injections); a frame axe could not enter fails the test.
 */

const missing = chromiumMissing();
const pages = representativePages(DIST);
const SCHEMES = ["light", "dark"] as const;
describe.skipIf(missing)("axe-core: 0 violations on every page type, light and dark", () => {
  let server: StaticServer;
  let browser: Browser;
  let context: BrowserContext;
  let tabs: TabPool;
  const totals = { runs: 0, violations: 0 };

  beforeAll(async () => {
    server = await serveStatic(DIST);
    browser = await launchChromium();
    context = await browser.newContext({ colorScheme: "light", viewport: { width: 1280, height: 800 } });
    tabs = new TabPool(context);
  });
  afterAll(async () => {
    console.log(`[a11y] ${totals.runs} axe runs over ${pages.length} pages (light and dark): ${totals.violations} violations`);
    await browser?.close();
    await server?.close();
  });

  for (const built of pages) {
    it.concurrent(`${built.type} ${built.url} (light, then dark: colour contrast)`, async () => {
      await tabs.use(async (page) => {
        await page.emulateMedia({ colorScheme: "light" });
        await page.goto(server.origin + built.url, { waitUntil: "load" });
        await injectAxe(page);
        for (const scheme of SCHEMES) {
          await page.emulateMedia({ colorScheme: scheme });
          expect(await page.evaluate(() => matchMedia("(prefers-color-scheme: dark)").matches), `the page reads the ${scheme} scheme`).toBe(scheme === "dark");
          const results = await runAxe(page, scheme === "dark" ? AXE_DARK : AXE_LIGHT);
          totals.runs++;
          totals.violations += results.violations.length;
          const readable = results.violations.map((v) => ({
            rule: v.id,
            impact: v.impact,
            help: v.help,
            nodes: v.nodes.slice(0, 5).map((n) => `${n.target.join(" ")}: ${n.failureSummary?.split("\n").slice(1).join(" ").trim()}`),
          }));
          expect(readable, `axe violations on ${built.url} (${scheme})`).toEqual([]);
          const untested = untestedFrames(results);
          expect(untested, `frames axe could not enter on ${built.url} (${scheme})`).toEqual([]);
        }
      });
    });
  }
});
