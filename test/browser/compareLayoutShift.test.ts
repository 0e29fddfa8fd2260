import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { BrowserContext, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { DIST } from "../helpers/astro";
import { chromiumMissing } from "../helpers/chromium";
import { builtSiteInChromium } from "../helpers/builtSiteInChromium";
import { page } from "../helpers/sampleContent";

/**
 * Cumulative layout shift of the compare picker opened on a link that names a pair
 * (`/compare/?a=&b=`), measured in Chromium: every `layout-shift` entry the page reports from its
 * start (a PerformanceObserver registered before the page's own scripts) until the tables are on
 * screen, summed, less those right after input (none here), as Lighthouse counts them. The tables
 * come from the downloads after first paint; without the room the picker reserves for them they
 * pushed the pairs listed below down the screen (0.1 to 0.26). Checked at a desktop window and at
 * Lighthouse's phone (412 x 823), on pairs the site itself names: pre-built pairs and pairs with no
 * page, as /data/index.json lists them for the picker, and a model page's "any other model" link.
 */

const index = JSON.parse(readFileSync(join(DIST, "data/index.json"), "utf8")) as {
  boards: { benchmark: string; models: string[] }[];
  comparePages: { a: string; b: string }[];
};
const prebuilt = new Set(index.comparePages.map((p) => [p.a, p.b].sort().join(" ")));
/** The first pair without a page on each board, for two boards. */
const unpaged = index.boards
  .map((board) => board.models.flatMap((a) => board.models.filter((b) => a < b && !prebuilt.has(`${a} ${b}`)).map((b) => [a, b] as const))[0])
  .filter((pair) => pair !== undefined)
  .slice(0, 2);
const pairLinks = [...index.comparePages.slice(0, 2), ...unpaged.map(([a, b]) => ({ a, b }))].map(({ a, b }) => `/compare/?${new URLSearchParams({ a, b })}`);
/** A model page's link to the picker with that model chosen (one model: the picker waits for the second). */
const modelLink = page(DIST, `/models/${index.comparePages[0].a}/`).querySelector<HTMLAnchorElement>('.compare-links a[href^="/compare/?"]')?.getAttribute("href");
const VIEWPORTS = [
  { width: 1280, height: 800 },
  { width: 412, height: 823 },
];

/** Records layout shifts from the first one on, as `window.__shifts` (and CSP violations, which the inline script must not cause). */
const RECORD_SHIFTS = `
  window.__shifts = [];
  window.__cspViolations = [];
  document.addEventListener("securitypolicyviolation", (e) => window.__cspViolations.push(e.violatedDirective + " blocked " + (e.blockedURI || "inline")));
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      window.__shifts.push({ value: e.value, hadRecentInput: e.hadRecentInput, sources: (e.sources || []).map((s) => (s.node && s.node.nodeType === 1 ? s.node.tagName.toLowerCase() + (s.node.id ? "#" + s.node.id : "") : String(s.node && s.node.nodeName)) + " y " + s.previousRect.y + " -> " + s.currentRect.y) });
    }
  }).observe({ type: "layout-shift", buffered: true });
`;

interface Shift {
  value: number;
  hadRecentInput: boolean;
  sources: string[];
}

/** Opens `url`, waits for the picker's last word in the status line, and sums the shifts. */
async function measure(context: BrowserContext, url: string, done: RegExp): Promise<{ cls: number; shifts: Shift[]; p: Page }> {
  await context.addInitScript(RECORD_SHIFTS);
  const p = await context.newPage();
  await p.goto(url);
  await p.waitForFunction((source) => new RegExp(source).test(document.querySelector("[data-status]")?.textContent ?? ""), done.source);
  // Shifts are reported once the frame that makes them is painted: two frames on.
  await p.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  const shifts = await p.evaluate(() => (window as unknown as { __shifts: Shift[] }).__shifts);
  return { cls: shifts.filter((s) => !s.hadRecentInput).reduce((sum, s) => sum + s.value, 0), shifts, p };
}

const SHOWN = /on \d+ leaderboards?\.$/;

describe.skipIf(chromiumMissing())("the compare picker's layout shift in Chromium", () => {
  const chrome = builtSiteInChromium();

  it("finds the links it measures in the built site", () => {
    expect(pairLinks).toHaveLength(4);
    expect(modelLink).toBe(`/compare/?a=${index.comparePages[0].a}`);
  });

  for (const viewport of VIEWPORTS) {
    it(`a pair link moves nothing while its tables come, at ${viewport.width} x ${viewport.height}: CLS under 0.01`, async () => {
      const measured: string[] = [];
      for (const link of pairLinks) {
        const context = await chrome.browser.newContext({ viewport });
        try {
          const { cls, shifts, p } = await measure(context, chrome.server.origin + link, SHOWN);
          // The tables are there: the measurement covers their arrival.
          expect(await p.locator("[data-result] section.compare-section").count(), link).toBeGreaterThan(0);
          // The room was kept by the inline script, which the policy let run.
          expect(await p.locator("[data-compare-picker]").getAttribute("data-pair"), link).toBe("");
          expect(await p.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations), link).toEqual([]);
          measured.push(`${link} ${cls.toFixed(4)}`);
          expect(cls, `${link}: ${JSON.stringify(shifts)}`).toBeLessThan(0.01);
        } finally {
          await context.close();
        }
      }
      console.log(`[compare CLS ${viewport.width}x${viewport.height}] ${measured.join(", ")}`);
    });
  }

  it("a model page's link (one model chosen) moves nothing either", async () => {
    const context = await chrome.browser.newContext({ viewport: VIEWPORTS[1] });
    try {
      const { cls, shifts } = await measure(context, chrome.server.origin + modelLink!, /^Choose two models to compare\.$/);
      expect(cls, JSON.stringify(shifts)).toBeLessThan(0.01);
    } finally {
      await context.close();
    }
  });

  it("measures a shift when there is one: the same link without the reserved room shifts the pairs", async () => {
    const context = await chrome.browser.newContext({ viewport: VIEWPORTS[0] });
    try {
      // The page as it was before the reservation: its inline script (the one that sets
      // --result-top) taken out of the HTML.
      let taken = 0;
      await context.route(/\/compare\/\?/, async (route) => {
        const response = await route.fetch();
        const html = await response.text();
        const stripped = html.replace(/<script>(?:(?!<\/script>)[\s\S])*--result-top[\s\S]*?<\/script>/, "");
        taken += html.length - stripped.length;
        await route.fulfill({ response, body: stripped });
      });
      const { cls, shifts } = await measure(context, chrome.server.origin + pairLinks[0], SHOWN);
      expect(taken, "the inline script was found and taken out").toBeGreaterThan(0);
      expect(cls, JSON.stringify(shifts)).toBeGreaterThan(0.05);
      expect(shifts.flatMap((s) => s.sources).join(" ")).toMatch(/^section/);
    } finally {
      await context.close();
    }
  });

  it("without JavaScript a pair link is laid out as /compare/ is: no room kept for tables that never come", async () => {
    const context = await chrome.browser.newContext({ viewport: VIEWPORTS[1], javaScriptEnabled: false });
    try {
      const p = await context.newPage();
      await p.goto(`${chrome.server.origin}/compare/`);
      const plain = await p.locator("#pairs").boundingBox();
      await p.goto(chrome.server.origin + pairLinks[0]);
      expect(await p.locator("[data-compare-picker]").getAttribute("data-pair")).toBeNull();
      expect(await p.locator("#pairs").boundingBox()).toEqual(plain);
    } finally {
      await context.close();
    }
  });
});
