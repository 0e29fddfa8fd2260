/**
 * Share and embed on the built sample site: the social images (PNG, 1200×630, one per leaderboard
 * and per model, named in each page's meta), the embed pages (no site chrome, no script, one per
 * board and per plot that draws something), and the host headers file: read the way Netlify and
 * Cloudflare Pages read it, it lets any site frame the embeds and no site frame anything else.
 * In Chromium, a page on another origin frames an embed and is refused a normal page.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SITE } from "../src/config";
import { DIST } from "./helpers/astro";
import { chromiumMissing, launchChromium } from "./helpers/chromium";
import { builtPages } from "./helpers/distPages";
import { headersFor, parseHeadersFile, ruleMatches } from "./helpers/hostHeaders";
import { page, sampleData } from "./helpers/sampleContent";
import { serveStatic, type StaticServer } from "./helpers/staticServer";

const data = sampleData();
const pages = builtPages(DIST);
const embeds = pages.filter((p) => p.url.startsWith("/embed/"));
const rules = parseHeadersFile(readFileSync(join(DIST, "_headers"), "utf8"));

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number; bytes: number } {
  const buf = readFileSync(file);
  expect(buf.subarray(1, 4).toString("latin1")).toBe("PNG");
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20), bytes: statSync(file).size };
}
const metaOf = (doc: Document, property: string) => doc.querySelector(`meta[property="${property}"]`)?.getAttribute("content");

describe("social images", () => {
  it("one 1200×630 PNG per leaderboard and per model page, under 150 KB, named by the page", () => {
    const paged = data.models.filter((m) => existsSync(join(DIST, `models/${m.id}/index.html`)));
    const checks = [
      ...data.benchmarks.map((b) => ({ page: `/leaderboards/${b.id}/${b.version}/`, image: `/og/leaderboards/${b.id}-${b.version}.png` })),
      ...paged.map((m) => ({ page: `/models/${m.id}/`, image: `/og/models/${m.id}.png` })),
    ];
    // A registry row no result or recap names has no page, and so no image either.
    expect(paged.length).toBeGreaterThan(20);
    for (const m of data.models.filter((m) => !paged.includes(m))) expect(existsSync(join(DIST, `og/models/${m.id}.png`)), m.id).toBe(false);
    for (const c of checks) {
      const doc = page(DIST, c.page);
      expect(metaOf(doc, "og:image"), c.page).toBe(new URL(c.image, SITE.url).href);
      expect(doc.querySelector('meta[name="twitter:image"]')!.getAttribute("content")).toBe(new URL(c.image, SITE.url).href);
      expect([metaOf(doc, "og:image:width"), metaOf(doc, "og:image:height")]).toEqual(["1200", "630"]);
      const size = pngSize(join(DIST, c.image));
      expect([size.width, size.height], c.image).toEqual([1200, 630]);
      expect(size.bytes, c.image).toBeLessThan(150_000);
    }
    // The newest version's stable page shares the newest version's image.
    expect(metaOf(page(DIST, "/leaderboards/aa-intelligence-index/"), "og:image")).toBe(new URL("/og/leaderboards/aa-intelligence-index-v4.1.1.png", SITE.url).href);
    expect(readdirSync(join(DIST, "og/models"))).toHaveLength(paged.length);
  });
});

describe("embed pages", () => {
  it("one per board and one per plot that draws something, listed on the leaderboard page", () => {
    for (const b of data.benchmarks) {
      const full = page(DIST, `/leaderboards/${b.id}/${b.version}/`);
      // A plot of one point is a sentence on the page, and keeps its embed URL.
      const drawn = [...full.querySelectorAll("figure.plot-figure")].filter((f) => f.querySelector("svg, p.one-point")).map((f) => f.id.replace(/^plot-/, ""));
      const listed = [...full.querySelectorAll(".embeds dt a")].map((a) => new URL(a.getAttribute("href")!).pathname);
      expect(listed, `${b.id} ${b.version}`).toEqual([`/embed/leaderboards/${b.id}/${b.version}/`, ...drawn.map((p) => `/embed/leaderboards/${b.id}/${b.version}/${p}/`)]);
      for (const path of listed) expect(embeds.some((e) => e.url === path), path).toBe(true);
    }
    expect(embeds.length).toBeGreaterThan(data.benchmarks.length);
  });

  it("a plot of one point reads as one sentence instead of a lone dot, on the page and at its embed URL, which keeps serving", () => {
    // Index v4.1: one ranked model reports a whole-run token count; v4.1.1: one has a release date.
    const cases = [
      { version: "v4.1", plot: "tokens", models: new Set(data.results.filter((r) => r.version === "v4.1" && r.output_tokens !== undefined).map((r) => r.model)) },
      { version: "v4.1.1", plot: "history", models: new Set(data.results.filter((r) => r.version === "v4.1.1" && r.score !== undefined && data.models.find((m) => m.id === r.model)?.released).map((r) => r.model)) },
    ];
    for (const { version, plot, models } of cases) {
      const names = [...models].map((id) => data.models.find((m) => m.id === id)!.name);
      for (const path of [`/leaderboards/aa-intelligence-index/${version}/`, `/embed/leaderboards/aa-intelligence-index/${version}/${plot}/`]) {
        const doc = page(DIST, path);
        const figure = path.startsWith("/embed/") ? doc.querySelector("figure.plot-figure") : doc.querySelector(`figure#plot-${plot}`);
        expect(figure, path).not.toBeNull();
        expect(figure!.querySelector("svg"), `${path}: no lone dot`).toBeNull();
        // The one model named is one the data gives that figure (the others with it are not ranked: a lab's claim, no score).
        const named = /^Only one ranked model has a [^:]+: (.+?) \(/.exec(figure!.querySelector("p.one-point")?.textContent ?? "")?.[1];
        expect(names, path).toContain(named);
        expect(figure!.querySelector("figcaption")!.textContent, path).not.toMatch(/coloured by lab|step line|1 model/);
      }
    }
  });

  it("have no site chrome and no script, link the full page, open links in a new tab and stay out of the sitemap", () => {
    const sitemap = readdirSync(DIST).filter((f) => /^sitemap-\d+\.xml$/.test(f)).map((f) => readFileSync(join(DIST, f), "utf8")).join("");
    for (const e of embeds) {
      const html = readFileSync(e.file, "utf8");
      const doc = page(DIST, e.url);
      expect(doc.querySelector("script"), e.url).toBeNull();
      expect(doc.querySelector(".site-header, .site-footer, nav, .skip-link"), e.url).toBeNull();
      expect(doc.querySelector("base")!.getAttribute("target")).toBe("_blank");
      const full = doc.querySelector(".credit a")!.getAttribute("href")!;
      expect(full, e.url).toMatch(/^\/leaderboards\/[^/]+\/v[\d.]+\/(#plot-[a-z-]+)?$/);
      expect(doc.querySelector("h1")!.textContent).toMatch(/v[\d.]+/);
      expect(html).toMatch(/<meta http-equiv="content-security-policy"/i);
      expect(sitemap).not.toContain(e.url);
    }
    const plot = page(DIST, "/embed/leaderboards/aa-intelligence-index/v4.0/open-closed/");
    expect(plot.querySelector("figure svg[role=img]")).not.toBeNull();
    expect(plot.querySelector("figure details table")).not.toBeNull();
  });
});

describe("the host headers file (dist/_headers)", () => {
  it("no two rules match one page, so both hosts send one frame policy per page", () => {
    for (const p of pages) {
      const matching = rules.filter((r) => ruleMatches(r.path, p.url));
      expect(matching.map((r) => r.path), p.url).toHaveLength(1);
    }
  });
  it("lets any site frame an embed and no site frame any other page, on Netlify and Cloudflare Pages alike", () => {
    for (const host of ["netlify", "cloudflare"] as const) {
      for (const p of pages) {
        const headers = headersFor(rules, p.url, host);
        if (p.url.startsWith("/embed/")) {
          expect(headers["content-security-policy"], `${host} ${p.url}`).toBe("frame-ancestors *");
          expect(headers["x-frame-options"]).toBeUndefined();
        } else {
          expect(headers["content-security-policy"], `${host} ${p.url}`).toBe("frame-ancestors 'none'");
          expect(headers["x-frame-options"]).toBe("DENY");
        }
      }
    }
  });
});

const missing = chromiumMissing();

describe.skipIf(missing)("framing in Chromium, with the headers a host sends from _headers", () => {
  let site: StaticServer;
  let other: Server;
  let otherOrigin: string;
  let browser: Browser;
  const embedUrl = "/embed/leaderboards/aa-intelligence-index/v4.0/history/";
  const pageUrl = "/leaderboards/aa-intelligence-index/v4.0/";

  beforeAll(async () => {
    site = await serveStatic(DIST, (path) => headersFor(rules, path, "cloudflare"));
    // Another origin (another port): a page that frames the site.
    other = createServer((_req, res) => {
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      res.end(`<!doctype html><title>host</title><iframe id="embed" src="${site.origin}${embedUrl}" title="embed" width="600" height="600"></iframe><iframe id="page" src="${site.origin}${pageUrl}" title="page" width="600" height="600"></iframe>`);
    });
    await new Promise<void>((done) => other.listen(0, "127.0.0.1", done));
    otherOrigin = `http://127.0.0.1:${(other.address() as AddressInfo).port}`;
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
    await new Promise((done) => other?.close(done));
  });

  it("shows the embed inside another site's page and refuses the full page", async () => {
    const context = await browser.newContext();
    const tab = await context.newPage();
    const refused: string[] = [];
    tab.on("console", (m) => refused.push(m.text()));
    try {
      await tab.goto(`${otherOrigin}/`, { waitUntil: "load" });
      await tab.waitForTimeout(500);
      const frames = tab.frames();
      const embed = frames.find((f) => f.url() === `${site.origin}${embedUrl}`);
      expect(embed, "the embed frame loaded").toBeDefined();
      expect(await embed!.locator("figure svg[role=img]").count()).toBe(1);
      expect(await embed!.locator("figcaption").innerText()).toContain("score by model release date");
      // The full page is refused: Chromium puts its error page in the frame and says why.
      expect(frames.some((f) => f.url() === `${site.origin}${pageUrl}`)).toBe(false);
      expect(refused.join("\n")).toMatch(/frame-ancestors 'none'/);
    } finally {
      await context.close();
    }
  });
});
