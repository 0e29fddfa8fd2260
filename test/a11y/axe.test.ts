import AxeBuilder from "@axe-core/playwright";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DIST } from "../helpers/astro";
import { chromiumMissing, launchChromium } from "../helpers/chromium";
import { representativePages } from "../helpers/distPages";
import { serveStatic, type StaticServer } from "../helpers/staticServer";

/**
 * Accessibility gate: axe-core (every rule axe runs by default, WCAG 2.x A/AA and best practices)
 * on every page type in the light colour scheme, and again in the dark one for what the scheme
 * changes (colours: axe's color-contrast rule), 0 violations. One page per scheme, reused across
 * page types.
 */

const missing = chromiumMissing();
const pages = representativePages(DIST);
const SCHEMES = ["light", "dark"] as const;

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

  for (const scheme of SCHEMES) {
    for (const built of pages) {
      it(`${built.type} ${built.url} (${scheme}${scheme === "dark" ? ": colour contrast" : ""})`, async () => {
        const context = await browser.newContext({ colorScheme: scheme, viewport: { width: 1280, height: 800 } });
        const page = await context.newPage();
        try {
          await page.emulateMedia({ colorScheme: scheme });
          await page.goto(server.origin + built.url, { waitUntil: "load" });
          const axe = new AxeBuilder({ page });
          const results = await (scheme === "dark" ? axe.withRules(["color-contrast"]) : axe).analyze();
          totals.runs++;
          totals.violations += results.violations.length;
          const readable = results.violations.map((v) => ({
            rule: v.id,
            impact: v.impact,
            help: v.help,
            nodes: v.nodes.slice(0, 5).map((n) => `${n.target.join(" ")}: ${n.failureSummary?.split("\n").slice(1).join(" ").trim()}`),
          }));
          expect(readable, `axe violations on ${built.url} (${scheme})`).toEqual([]);
        } finally {
          await context.close();
        }
      });
    }
  }
});
