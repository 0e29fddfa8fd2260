import { describe, expect, it } from "vitest";
import { chromiumMissing } from "../helpers/chromium";
import { builtSiteInChromium } from "../helpers/builtSiteInChromium";

/**
 * The home page's top 5 sits in the side column of a two-column grid. It scrolls in its own box
 * when it does not fit, and on a desktop screen it did not: at 1280 px its last 12 px were cut,
 * at 1024 px 63 px, so each source read "2026-08-1" (another day) with no scroll bar in sight.
 * At every desktop width where the grid has two columns (above 50rem), the table fits its box and
 * every source date is shown whole, inside the box.
 */

const WIDTHS = [1440, 1280, 1024, 900, 820];

describe.skipIf(chromiumMissing())(
  "the home page's top 5 at desktop widths",
  () => {
    const chrome = builtSiteInChromium();

    for (const width of WIDTHS) {
      it(`fits its column at ${width} px, every source date whole`, async () => {
        await chrome.tabs.use(async (page) => {
          await page.setViewportSize({ width, height: 900 });
          await page.goto(`${chrome.server.origin}/`);
          const box = page.locator(".side .table-scroll").first();
          const { scrollWidth, clientWidth, right } = await box.evaluate(
            (el) => ({
              scrollWidth: el.scrollWidth,
              clientWidth: el.clientWidth,
              right: el.getBoundingClientRect().right,
            }),
          );
          expect(
            scrollWidth,
            `table ${scrollWidth} px wide in a ${clientWidth} px box`,
          ).toBeLessThanOrEqual(clientWidth);
          const dates = await box
            .locator("tbody td:last-child a")
            .evaluateAll((links) =>
              links.map((a) => ({
                text: a.textContent?.trim() ?? "",
                right: a.getBoundingClientRect().right,
              })),
            );
          expect(dates.length).toBeGreaterThanOrEqual(5);
          for (const date of dates) {
            expect(date.text).toMatch(/^(as of )?\d{4}-\d{2}-\d{2}$/);
            expect(
              date.right,
              `${date.text} ends inside the box`,
            ).toBeLessThanOrEqual(right + 0.5);
          }
        });
      });
    }
  },
);
