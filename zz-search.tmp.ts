import { serveStatic } from "./test/helpers/staticServer";
import { launchChromium } from "./test/helpers/chromium";
const dist = process.argv[2] ?? "dist";
const queries = process.argv.slice(3);
const server = await serveStatic(dist);
const browser = await launchChromium();
const page = await browser.newPage();
await page.goto(`${server.origin}/search/`);
const input = page.locator(".pagefind-ui__search-input").first();
await input.waitFor({ state: "visible", timeout: 15_000 });
for (const q of queries) {
  await input.fill("");
  await input.fill(q);
  await page.waitForTimeout(3000);
  const hrefs = await page.locator(".pagefind-ui__result-link").evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
  const paths = [...new Set(hrefs.map((h) => new URL(h).pathname))];
  const modelAt = paths.findIndex((p) => p.startsWith("/models/"));
  console.log(`${q}: model page #${modelAt + 1} of ${paths.length}: ${paths.slice(0, 5).join(" ")}`);
}
await browser.close();
await server.close();
