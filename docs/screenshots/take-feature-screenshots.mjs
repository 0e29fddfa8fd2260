// Screenshots of the issue-16 features in Debian's chromium (light and dark where colours
// matter). Serve a built site first (`npx astro preview --port 4399`), then:
//   node docs/screenshots/take-feature-screenshots.mjs http://localhost:4399 [name ...]
// Each shot is a region of a page (a CSS selector) or the whole page; names are the PNG names.
import { chromium } from "playwright-core";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";
import { existsSync, readFileSync } from "node:fs";

const base = process.argv[2] ?? "http://localhost:4399";
const only = process.argv.slice(3);
const out = dirname(fileURLToPath(import.meta.url));

/** name, path, selector (undefined: the viewport), width, colour scheme, optional action before the shot. */
const SHOTS = [
  ["frontier-leaderboard-light", "/leaderboards/aa-intelligence-index/v4.0/", "section:has(> #frontier)", 1100, "light"],
  ["frontier-leaderboard-dark", "/leaderboards/aa-intelligence-index/v4.0/", "section:has(> #frontier)", 1100, "dark"],
  ["frontier-home-light", "/", "main", 1280, "light"],
  ["changes-light", "/changes/", undefined, 1100, "light"],
  ["changes-correction-dark", "/changes/2026/#correction-aa-intelligence-index-v4.0-claude-opus-4-6-default-output-tokens-2026-04-08", "#correction-aa-intelligence-index-v4\\.0-claude-opus-4-6-default-output-tokens-2026-04-08", 1100, "dark"],
  ["changes-digest-light", "/digests/2026-w16/", ".digest-data", 1100, "light"],
  ["compare-pair-light", "/compare/gemini-3-1-pro-preview-vs-gpt-5-4/", "main", 1100, "light"],
  ["compare-pair-dark-360", "/compare/gemini-3-1-pro-preview-vs-gpt-5-4/", undefined, 360, "dark"],
  ["compare-picker-light", "/compare/?a=kimi-k3&b=claude-sonnet-5", "main", 1100, "light", async (page) => page.waitForSelector(".compare-section")],
  ["compare-model-links-light", "/models/claude-opus-4-6/", ".compare-links", 1100, "light"],
  ["embed-board-light", "/embed/leaderboards/aa-intelligence-index/v4.0/", undefined, 640, "light"],
  ["embed-plot-dark", "/embed/leaderboards/aa-intelligence-index/v4.0/open-closed/", undefined, 640, "dark"],
  // The next two need `npm run dev` (the email edition exists there only): pass its URL as base.
  ["email-edition-light", "/recaps/2026-04-08-opus-4-6-token-count-conflict/email/", undefined, 700, "light"],
  ["email-edition-link-dev", "/recaps/2026-04-08-opus-4-6-token-count-conflict/", ".email-edition", 1100, "light"],
  ["subscribe-form-dark", "/", "footer.site-footer", 1100, "dark"],
  ["measured-by-board-light", "/leaderboards/aa-intelligence-index/v4.1/", "table.leaderboard", 1100, "light"],
  ["measured-by-model-dark", "/models/gpt-5-6-sol/", "section.group", 1100, "dark"],
  // A copy of the minimal fixture with a lab's claim added (addLabClaim in test/siteIdentity.test.ts): pass its build's URL as base.
  ["measured-by-lab-claim-light", "/leaderboards/aa-index/", "section:has(> #board)", 1100, "light"],
  ["share-embed-section-light", "/leaderboards/aa-intelligence-index/v4.0/", "section:has(> #share)", 1100, "light", async (page) => page.click("section:has(> #share) summary")],
];

const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
try {
  for (const [name, path, selector, width, scheme, action] of SHOTS) {
    if (only.length && !only.includes(name)) continue;
    const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: scheme });
    const page = await context.newPage();
    // The email edition's images point at the production site: serve them from the local build.
    const dist = join(out, "../../dist");
    await page.route("https://benchdigest.example.org/feed-images/**", (route) => {
      const file = join(dist, new URL(route.request().url()).pathname);
      return existsSync(file) ? route.fulfill({ body: readFileSync(file), contentType: "image/png" }) : route.abort();
    });
    await page.goto(base + path, { waitUntil: "networkidle" });
    if (action) await action(page);
    const file = join(out, `${name}.png`);
    if (selector) await page.locator(selector).first().screenshot({ path: file });
    else await page.screenshot({ path: file, fullPage: name.startsWith("email-edition") });
    console.log(file);
    await context.close();
  }
} finally {
  await browser.close();
}
