import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "../helpers/astro";
import { chromiumMissing } from "../helpers/chromium";
import { builtSiteInChromium } from "../helpers/builtSiteInChromium";
import { REMOTE_IMAGES } from "../../src/config";

/**
 * A remote image under REMOTE_IMAGES = "load", in Chromium, on the built sample recap that holds
 * one (docs/images.md): the page's CSP lets it load, with no violation. There is no internet in
 * tests and no local https server: Playwright answers the image's https request with a PNG, which
 * the browser then treats as the remote host's.
 */

const RECAP = "2026-03-18-minimax-m2-7-cost-frontier";
const IMAGE = /!\[[^\]]*\]\((https:\/\/[^)\s]+)\)/.exec(readFileSync(join(ROOT, "content/recaps", `${RECAP}.md`), "utf8"))?.[1] ?? "";
/** A 1x1 PNG. */
const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=", "base64");

const CSP_LISTENER = `
  window.__cspViolations = [];
  document.addEventListener("securitypolicyviolation", (e) => window.__cspViolations.push(e.violatedDirective + " blocked " + e.blockedURI));
`;

describe.skipIf(chromiumMissing() || REMOTE_IMAGES !== "load")("a remote https image in Chromium (REMOTE_IMAGES = \"load\")", () => {
  const chrome = builtSiteInChromium();

  it(`loads on /recaps/${RECAP}/ with no CSP violation or console error`, async () => {
    const context = await chrome.browser.newContext();
    await context.addInitScript(CSP_LISTENER);
    const served: string[] = [];
    // Every other request off the site fails, so a stray one shows as a failed request.
    await context.route(/^https?:\/\/(?!127\.0\.0\.1|localhost)/, (route) => {
      if (route.request().url() !== IMAGE) return route.abort();
      served.push(route.request().url());
      return route.fulfill({ status: 200, contentType: "image/png", body: PNG });
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("console", (m) => (m.type() === "error" || m.type() === "warning") && errors.push(m.text()));
    page.on("requestfailed", (r) => errors.push(`${r.url()}: ${r.failure()?.errorText}`));
    try {
      await page.goto(`${chrome.server.origin}/recaps/${RECAP}/`, { waitUntil: "load" });
      const img = page.locator(`img[src="${IMAGE}"]`);
      expect(await img.getAttribute("loading")).toBe("lazy");
      // Lazy: it loads once it nears the window.
      await img.scrollIntoViewIfNeeded();
      await page.waitForFunction((src) => [...document.images].some((i) => i.src === src && i.complete), IMAGE, { timeout: 10_000 });
      expect(await img.evaluate((i: HTMLImageElement) => i.naturalWidth)).toBe(1);
      expect(served).toEqual([IMAGE]);
      expect(await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations)).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
