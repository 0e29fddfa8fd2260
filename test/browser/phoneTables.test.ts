import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DIST } from "../helpers/astro";
import { chromiumMissing } from "../helpers/chromium";
import { builtSiteInChromium } from "../helpers/builtSiteInChromium";

/**
 * On a phone a table in a scrolling box scrolls; it does not squeeze its columns until words break
 * inside themselves. With body's `overflow-wrap: anywhere` every column could shrink to a letter's
 * width: a model's reports read "Rep / ort / ed", "29 / Jul / 202 / 6" and "2 h / 17 / min", the
 * lab page "Head / line", the models index "Artificia / l". Each word of every table cell (a run
 * between spaces, hyphens and slashes, where a line may break) stays on one line at 390 px.
 *
 * And a board's first screen, before any scrolling, shows each row's rank, model and score: the
 * score came after the lab and open weights, off a 390 px screen on every leaderboard page (and the
 * leader's score on the leaderboards index). One page load a page checks both.
 */

const PAGES = [
  "/",
  "/models/",
  "/models/gpt-5/",
  "/models/claude-opus-4/",
  "/labs/openai/",
  "/leaderboards/",
  "/leaderboards/metr-time-horizon/",
  "/compare/claude-3-7-sonnet-vs-gemini-2-5-pro/",
  "/recaps/2026-03-06-gpt-5-4-ties-at-57/",
  "/leaderboards/aa-intelligence-index/v4.1/",
  "/recaps/2026-04-08-opus-4-6-token-count-conflict/",
];
/** The pages with a board (a leaderboard table, or the leaderboards index) whose score column is checked. */
const BOARDS = ["/", "/leaderboards/", "/leaderboards/metr-time-horizon/", "/leaderboards/aa-intelligence-index/v4.1/", "/recaps/2026-04-08-opus-4-6-token-count-conflict/"];

describe.skipIf(chromiumMissing())("tables on a phone", () => {
  const chrome = builtSiteInChromium();

  for (const path of PAGES) {
    it(`${path} at 390 px: no word in a table cell broken across lines${BOARDS.includes(path) ? ", the score column in view before scrolling" : ""}`, async () => {
      await chrome.tabs.use(async (page) => {
        await page.setViewportSize({ width: 390, height: 900 });
        await page.goto(chrome.server.origin + path);
        const found = await page.evaluate(() => {
          const broken: string[] = [];
          let words = 0;
          for (const cell of document.querySelectorAll(".table-scroll th, .table-scroll td")) {
            const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
            for (let n = walker.nextNode(); n; n = walker.nextNode()) {
              for (const m of n.textContent!.matchAll(/[^\s\-/−–]+/g)) {
                // A long run (a URL) may break where it alone is wider than its cell can grow.
                if (m[0].length > 16) continue;
                const range = document.createRange();
                range.setStart(n, m.index!);
                range.setEnd(n, m.index! + m[0].length);
                const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
                if (lines.size === 0) continue;
                words++;
                if (lines.size > 1) broken.push(m[0]);
              }
            }
          }
          return { broken, words, page: document.documentElement.scrollWidth };
        });
        expect(found.words, "words in table cells").toBeGreaterThan(20);
        expect(found.broken, "words broken inside themselves").toEqual([]);
        // The tables scroll in their own boxes: the page itself is no wider than the screen.
        expect(found.page).toBeLessThanOrEqual(390);
        if (!BOARDS.includes(path)) return;
        const tables = page.locator(".table-scroll > table.leaderboard, .table-scroll > table.index");
        expect(await tables.count(), "boards on the page").toBeGreaterThan(0);
        const seen = await tables.evaluateAll((els) =>
          els.map((table) => {
            const box = table.parentElement!.getBoundingClientRect();
            const heads = [...table.querySelectorAll("thead th")];
            const at = heads.findIndex((th) => th.textContent!.trim() === "Score");
            const cells = [heads[at], ...[...table.querySelectorAll("tbody tr")].map((tr) => tr.children[at])];
            return {
              caption: table.querySelector("caption")!.textContent!.slice(0, 40),
              at,
              outside: cells.filter((c) => c.getBoundingClientRect().right > box.right + 0.5).length,
              rows: cells.length - 1,
            };
          }),
        );
        for (const t of seen) {
          expect(t.at, `${t.caption}: a Score column`).toBeGreaterThanOrEqual(0);
          expect(t.rows, `${t.caption}: rows`).toBeGreaterThan(0);
          expect(t.outside, `${t.caption}: score cells past the box's right edge`).toBe(0);
        }
      });
    });
  }

  it("every comparison table fits a 360 px phone without scrolling sideways (found in review: 339 px in 328 on 41 of 60 pages)", async () => {
    const pairs = readdirSync(join(DIST, "compare"), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => `/compare/${d.name}/`);
    expect(pairs.length).toBeGreaterThan(10);
    await chrome.tabs.use(async (page) => {
      await page.setViewportSize({ width: 360, height: 800 });
      const wider: string[] = [];
      for (const path of pairs) {
        await page.goto(chrome.server.origin + path);
        const over = await page.evaluate(() => [...document.querySelectorAll(".compare-section .table-scroll")].map((box) => box.scrollWidth - box.clientWidth).filter((d) => d > 0));
        if (over.length) wider.push(`${path}: ${over.join(", ")} px over`);
      }
      expect(wider).toEqual([]);
    });
  }, 180_000);
});
