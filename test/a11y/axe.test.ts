import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { AxeResults, RunOptions } from "axe-core";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DIST } from "../helpers/astro";
import { chromiumMissing, launchChromium } from "../helpers/chromium";
import { representativePages } from "../helpers/distPages";
import { serveStatic, type StaticServer } from "../helpers/staticServer";

/**
 * Accessibility gate: axe-core (every rule axe runs by default, WCAG 2.x A/AA and best practices)
 * on every page type in the light colour scheme, and again in the dark one for what the scheme
 * changes (colours: axe's color-contrast rule), 0 violations. Each page is loaded once, in a
 * browser context of its own: axe runs in the light scheme, then the context switches to the dark
 * one (the site's dark colours are CSS only, `prefers-color-scheme`, which the page re-reads at
 * once) and axe runs again. The pages go side by side (`it.concurrent`, vitest's maxConcurrency at
 * a time).
 *
 * axe runs as @axe-core/playwright's legacy mode runs it (`axe.run` straight in the page, without
 * the blank page it otherwise opens to gather results from cross-origin frames, which halved each
 * run's time; the same `axe.configure`), but axe is put into the page once, not four times: the
 * builder's `analyze()` evaluated axe-core's 1.3 MB source twice per run (once to look for
 * `runPartial`, once to inject), and parsing it cost the renderer about as much as the dark run
 * itself. It is axe-core's own minified build (axe.min.js: the same version and rules, 0.58 MB).
 * The site has no cross-origin frames; if one ever appears, axe's `frame-tested` check reports the
 * frame it could not enter, and the test fails on it.
 */

const missing = chromiumMissing();
const pages = representativePages(DIST);
const SCHEMES = ["light", "dark"] as const;
/** axe-core's minified build, from the axe-core package @axe-core/playwright itself imports. */
const AXE_SOURCE = (() => {
  const builder = createRequire(import.meta.url).resolve("@axe-core/playwright");
  return readFileSync(createRequire(builder).resolve("axe-core/axe.min.js"), "utf8");
})();
/** @axe-core/playwright's configuration in legacy mode (its `axeConfigure`). */
const AXE_CONFIGURE = `axe.configure({ allowedOrigins: ["<same_origin>"], branding: { application: "playwright" } })`;
/** Every rule; only the violations gathered in full (axe's `resultTypes`: passes and the rest keep one node each), since nothing else is asserted. */
const LIGHT: RunOptions = { resultTypes: ["violations"] };
/** What the dark scheme changes (and the frame check), as the builder's `withRules` asks for them. */
const DARK: RunOptions = { ...LIGHT, runOnly: { type: "rule", values: ["color-contrast", "frame-tested"] } };

/** Puts axe into every frame of the loaded page, configured as @axe-core/playwright configures it. */
async function injectAxe(page: Page): Promise<void> {
  for (const frame of page.frames()) {
    await frame.evaluate(AXE_SOURCE);
    await frame.evaluate(AXE_CONFIGURE);
  }
}

/** One axe run over the whole document (what the builder's legacy `analyze()` runs once axe is in). */
function runAxe(page: Page, options: RunOptions): Promise<AxeResults> {
  return page.evaluate((options) => (window as unknown as { axe: { run(c: Document, o: RunOptions): Promise<AxeResults> } }).axe.run(document, options), options);
}

describe.skipIf(missing)("axe-core: 0 violations on every page type, light and dark", () => {
  let server: StaticServer;
  let browser: Browser;
  const totals = { runs: 0, violations: 0 };

  beforeAll(async () => {
    server = await serveStatic(DIST);
    browser = await launchChromium();
  });
  afterAll(async () => {
    console.log(`[a11y] ${totals.runs} axe runs over ${pages.length} pages (light and dark): ${totals.violations} violations`);
    await browser?.close();
    await server?.close();
  });

  for (const built of pages) {
    it.concurrent(`${built.type} ${built.url} (light, then dark: colour contrast)`, async () => {
      const context = await browser.newContext({ colorScheme: "light", viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      try {
        await page.goto(server.origin + built.url, { waitUntil: "load" });
        await injectAxe(page);
        for (const scheme of SCHEMES) {
          await page.emulateMedia({ colorScheme: scheme });
          expect(await page.evaluate(() => matchMedia("(prefers-color-scheme: dark)").matches), `the page reads the ${scheme} scheme`).toBe(scheme === "dark");
          const results = await runAxe(page, scheme === "dark" ? DARK : LIGHT);
          totals.runs++;
          totals.violations += results.violations.length;
          const readable = results.violations.map((v) => ({
            rule: v.id,
            impact: v.impact,
            help: v.help,
            nodes: v.nodes.slice(0, 5).map((n) => `${n.target.join(" ")}: ${n.failureSummary?.split("\n").slice(1).join(" ").trim()}`),
          }));
          expect(readable, `axe violations on ${built.url} (${scheme})`).toEqual([]);
          const untested = [...results.incomplete, ...results.violations].filter((r) => r.id === "frame-tested");
          expect(untested, `frames axe could not enter on ${built.url} (${scheme})`).toEqual([]);
        }
      } finally {
        await context.close();
      }
    });
  }
});
