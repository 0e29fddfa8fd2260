import { readFileSync, rmSync } from "node:fs";
import { join, relative } from "node:path";
import { parseHTML } from "linkedom";
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
const NOTE = '"><img src=x onerror=alert(7)> \u202e\u200b 🚀';

let out = "";
let site = "";
beforeAll(() => {
  site = copyFixture("hostile");
  out = join(site, "dist");
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
