import { describe, expect, it } from "vitest";
import { chromiumMissing } from "../helpers/chromium";
import { builtSiteInChromium } from "../helpers/builtSiteInChromium";

/**
 * A leaderboard's caption is as wide as its table, and a table wider than a phone scrolls in its
 * own box: the caption's lines ran past the box and were cut ("The best-ranked models of
 * Artificial Analy"). On a phone and on a desktop, every board caption of the home page, a
 * leaderboard page and a recap's board lies inside its box, and stays there when the table is
 * scrolled to its end.
 */

const PAGES = [
  "/",
  "/leaderboards/aa-intelligence-index/v4.1/",
  "/recaps/2026-04-08-opus-4-6-token-count-conflict/",
];
const WIDTHS = [375, 1280];

describe.skipIf(chromiumMissing())("leaderboard captions in Chromium", () => {
  const chrome = builtSiteInChromium();

  for (const width of WIDTHS) {
    for (const path of PAGES) {
      it(`${path} at ${width} px: each caption inside its scrolling box`, async () => {
        await chrome.tabs.use(async (page) => {
          await page.setViewportSize({ width, height: 900 });
          await page.goto(chrome.server.origin + path);
          const boxes = page.locator(
            ".table-scroll:has(> table.leaderboard > caption)",
          );
          expect(await boxes.count(), "boards on the page").toBeGreaterThan(0);
          const inside = () =>
            boxes.evaluateAll((els) =>
              els.map((box) => {
                const b = box.getBoundingClientRect();
                const c = box.querySelector("caption")!.getBoundingClientRect();
                return {
                  caption: box
                    .querySelector("caption")!
                    .textContent!.slice(0, 40),
                  width: b.width,
                  inside: c.left >= b.left - 0.5 && c.right <= b.right + 0.5,
                };
              }),
            );
          for (const box of await inside()) {
            expect(
              box.width,
              `${box.caption}: the box keeps its width`,
            ).toBeGreaterThan(200);
            expect(box.inside, `${box.caption}`).toBe(true);
          }
          // Scrolled to the table's end, the caption is still inside the box.
          await boxes.evaluateAll((els) =>
            els.forEach((box) => (box.scrollLeft = box.scrollWidth)),
          );
          for (const box of await inside())
            expect(box.inside, `${box.caption}, scrolled`).toBe(true);
        });
      });
    }
  }
});
