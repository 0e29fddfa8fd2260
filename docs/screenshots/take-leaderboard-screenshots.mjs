// Screenshots of the leaderboard plots in Debian's chromium, light and dark, desktop and 360 px,
// plus an axe run on the page. Serve a built site first (`npx astro preview --port 4399`), then:
//   node docs/screenshots/take-leaderboard-screenshots.mjs http://localhost:4399
import { chromium } from "playwright-core";
import AxeBuilder from "@axe-core/playwright";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";

const base = process.argv[2] ?? "http://localhost:4399";
const out = dirname(fileURLToPath(import.meta.url));
const path = "/leaderboards/aa-intelligence-index/v4.0/";
const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
try {
  for (const scheme of ["light", "dark"]) {
    for (const [label, width] of [["desktop", 1100], ["360", 360]]) {
      const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: scheme, javaScriptEnabled: false });
      await page.goto(base + path);
      for (const id of ["plot-tokens", "plot-cost", "plot-history"]) {
        if (label === "360" && id !== "plot-tokens") continue;
        const file = join(out, `aa-v4.0-${id.replace("plot-", "")}-${scheme}${label === "360" ? "-360" : ""}.png`);
        // On phones the plot bleeds into the page margins, so capture the full width.
        const box = await page.locator(`#${id}`).boundingBox();
        await page.screenshot({ path: file, fullPage: true, clip: { x: 0, y: box.y, width, height: box.height } });
        console.log(file);
      }
      if (label === "360") {
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        console.log(`${scheme} 360 px: page overflows the viewport by ${overflow}px`);
      }
      await page.close();
    }
    const context = await browser.newContext({ viewport: { width: 1100, height: 900 }, colorScheme: scheme });
    const page = await context.newPage();
    await page.goto(base + path);
    const results = await new AxeBuilder({ page }).analyze();
    console.log(`axe (${scheme}): ${results.violations.length} violations`, results.violations.map((v) => `${v.id}: ${v.nodes.length} (${v.nodes[0]?.target})`));
    await context.close();
  }
} finally {
  await browser.close();
}
