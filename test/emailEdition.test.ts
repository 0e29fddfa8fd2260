/**
 * The email edition, as editors get it: `astro dev` over the sample site, the link on a recap
 * page, and the HTML behind it: CSS inlined, every link absolute, each plot a PNG that the
 * production build (dist/, built by globalSetup) publishes, under Gmail's clipping size and saying
 * so. A production build has neither the link nor the route. No newsletter service is called.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseHTML } from "linkedom";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { stopProcessGroup } from "./helpers/processGroup";
import { freePort } from "./helpers/devServer";
import { chromiumMissing, launchChromium } from "./helpers/chromium";
import { readRecaps } from "./helpers/sampleContent";
import { SITE } from "../src/config";
import { DIST, ROOT } from "./helpers/astro";

const RECAP = "2026-04-08-opus-4-6-token-count-conflict";
let server: ChildProcess | undefined;
let output = "";
let base = "";

/**
 * Every 200 response, kept by path: astro dev renders a page again on each request (the recap's
 * page and email were rendered four and three times), and nothing in this file edits the site, so a
 * second request would get the same answer. Other answers (the server not up yet) are not kept.
 */
const served = new Map<string, { status: number; body: string; type: string }>();

async function get(path: string): Promise<{ status: number; body: string; type: string }> {
  const kept = served.get(path);
  if (kept) return kept;
  const res = await fetch(`${base}${path}`);
  const answer = { status: res.status, body: await res.text(), type: res.headers.get("content-type") ?? "" };
  if (answer.status === 200) served.set(path, answer);
  return answer;
}

beforeAll(async () => {
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: "1", NO_COLOR: "1", FORCE_COLOR: "0" };
  delete env.BENCHDIGEST_ROOT;
  for (const key of Object.keys(env)) if (key.startsWith("VITEST") || ["TEST", "DEV", "PROD", "MODE", "SSR", "BASE_URL", "NODE_ENV"].includes(key)) delete env[key];
  server = spawn(process.execPath, [join(ROOT, "node_modules/astro/astro.js"), "dev", "--port", String(port), "--host", "127.0.0.1"], { cwd: ROOT, env, detached: true });
  server.stdout!.on("data", (d) => (output += d));
  server.stderr!.on("data", (d) => (output += d));
  const end = Date.now() + 180_000;
  while (Date.now() < end) {
    try {
      if ((await get(`/recaps/${RECAP}/`)).status === 200) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`astro dev did not serve /recaps/${RECAP}/ within 180 s:\n${output.slice(-3000)}`);
}, 240_000);

afterAll(async () => {
  await stopProcessGroup(server);
});

describe("the email edition in npm run dev", () => {
  let recapPage: Document;
  let email: string;
  beforeAll(async () => {
    recapPage = parseHTML((await get(`/recaps/${RECAP}/`)).body).document;
    const href = recapPage.querySelector(".email-edition a[download]")!.getAttribute("href")!;
    const res = await get(href);
    expect(res.status).toBe(200);
    expect(res.type).toMatch(/^text\/html/);
    email = res.body;
  }, 120_000);

  it("is linked from the recap page with its size against Gmail's clipping size", () => {
    const panel = recapPage.querySelector(".email-edition")!.textContent!.replace(/\s+/g, " ");
    const kb = Math.ceil(Buffer.byteLength(email) / 1024);
    expect(panel).toContain(`${kb} KB, under Gmail's 102 KB clipping size`);
    expect(Buffer.byteLength(email)).toBeLessThan(102 * 1024);
    expect(recapPage.querySelector(".email-edition a")!.getAttribute("download")).toBe(`${RECAP}.email.html`);
  });

  it("carries its CSS inline: only a media query stays in a <style>, no stylesheet link, no script", () => {
    const doc = parseHTML(email).document;
    expect(doc.querySelectorAll("link[rel=stylesheet], script")).toHaveLength(0);
    const styles = [...doc.querySelectorAll("style")].map((s) => s.textContent!.trim());
    expect(styles.every((s) => s.startsWith("@media"))).toBe(true);
    for (const selector of ["body", "h1", "p", "a", "img", ".content table td"]) {
      for (const el of doc.querySelectorAll(selector)) expect(el.getAttribute("style"), `${selector}: ${el.outerHTML.slice(0, 80)}`).toBeTruthy();
    }
    expect(doc.querySelector("h1")!.textContent).toBe("Is Opus 4.6's token bill 58M or 157M?");
  });

  it("links everything absolutely and shows each plot as a PNG the production site publishes", () => {
    const doc = parseHTML(email).document;
    for (const a of doc.querySelectorAll("a[href]")) expect(a.getAttribute("href"), a.outerHTML).toMatch(/^https?:\/\//);
    const images = [...doc.querySelectorAll("img")].map((img) => img.getAttribute("src")!);
    expect(images.length).toBeGreaterThan(0);
    expect(doc.querySelector("svg")).toBeNull();
    for (const src of images) {
      const url = new URL(src);
      expect(url.origin).toBe(new URL(SITE.url).origin);
      expect(existsSync(join(DIST, url.pathname)), `${src} in the production build`).toBe(true);
      expect(readFileSync(join(DIST, url.pathname)).subarray(1, 4).toString()).toBe("PNG");
    }
    // The plot's table, its text alternative, is open (no <details> in mail).
    expect(doc.querySelector("details")).toBeNull();
    expect(email).toContain("The plotted values as a table");
  });
});

describe("the email edition without the site's CSS", () => {
  // Mail clients have no site CSS: both what the page hides from the eye (the words it gives screen
  // readers) and what it hides from screen readers (the symbols those words spell out) would show,
  // and a movement cell read "new new entry since 2026-05-10".
  it("words each fact of the recap's embedded board once, as the recap's page words it for screen readers", async () => {
    const email = parseHTML((await get(`/recaps/${RECAP}/email/`)).body).document;
    const recapPage = parseHTML((await get(`/recaps/${RECAP}/`)).body).document;
    const cellText = (el: Element) => el.textContent!.replace(/\s+/g, " ").trim();
    // The one text the email hides is its preheader, by its own inline style (which mail clients keep).
    const hidden = [...email.querySelectorAll("[aria-hidden='true'], [hidden], .visually-hidden, .sr-only, [style*='display: none']")];
    expect(hidden.map((el) => el.className)).toEqual(["preheader"]);
    expect(hidden[0].getAttribute("style")).toMatch(/display: none;.*mso-hide: all;/);
    const pageRows = [...recapPage.querySelectorAll(".mdx-leaderboard table.leaderboard tbody tr")];
    const rows = [...email.querySelectorAll(".mdx-leaderboard table.leaderboard tbody tr")];
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.length).toBe(pageRows.length);
    let moves = 0;
    rows.forEach((row, i) => {
      for (const cell of row.querySelectorAll("td, th")) expect(cellText(cell), "a word doubled").not.toMatch(/(^|\s)(\S+) \2(\s|$)/);
      expect(cellText(row.querySelector("th.model")!)).toBe(cellText(pageRows[i].querySelector("th.model")!));
      expect(cellText(row.querySelector("td.rank")!)).toMatch(/^\d+(, statistically tied with ranks \d+ to \d+)?$/);
      const move = row.querySelector("td.move");
      if (!move) return;
      moves++;
      const label = cellText(pageRows[i].querySelector("td.move .visually-hidden")!);
      expect(label).toMatch(/^(new entry|up \d+ places?|down \d+ places?|same rank|rank \d+ → \d+) since \d{4}-\d\d-\d\d/);
      expect(cellText(move)).toBe(label);
    });
    expect(moves).toBeGreaterThan(0);
    expect(email.body.textContent).toMatch(/new entry since \d{4}-\d\d-\d\d/);
    expect(email.body.textContent).not.toMatch(/\bnew\s+new entry\b/);
  });
});

describe("the email edition of every sample recap in Chromium", () => {
  const recaps = readRecaps();
  let emails: { id: string; html: string; box: string }[] = [];
  beforeAll(async () => {
    emails = [];
    for (const r of recaps) {
      const res = await get(`/recaps/${r.id}/email/`);
      expect(res.status, r.id).toBe(200);
      const box = parseHTML((await get(`/recaps/${r.id}/`)).body).document.querySelector(".email-edition")!.textContent!.replace(/\s+/g, " ");
      emails.push({ id: r.id, html: res.body, box });
    }
  }, 300_000);

  it("warns about plot images exactly when the production build does not publish them, saying why", () => {
    const checked = emails.filter(({ id }) => !recaps.find((r) => r.id === id)!.draft);
    for (const { id, html, box } of checked) {
      // The plots' PNGs (other images are remote ones, shown from their own hosts).
      const images = [...parseHTML(html).document.querySelectorAll("img")].map((img) => new URL(img.getAttribute("src")!)).filter((url) => url.origin === new URL(SITE.url).origin && url.pathname.startsWith("/feed-images/")).map((url) => url.pathname);
      const missing = images.filter((path) => !existsSync(join(DIST, path)));
      const warning = /(\d+ of i|I)ts (\d+) plot images? (is|are) not published on [^ ]+: plot images are published for the items of the site-wide feed only, its newest 20 recaps and weekly digests together \(FEED_ITEM_LIMIT in src\/config\.ts; now (\d+) recaps? and (\d+) digests?, back to [^)]+\), and this recap is not one of them\./.exec(box);
      expect(Boolean(warning), `${id}: ${missing.length} of ${images.length} images not in dist/; box: ${box}`).toBe(missing.length > 0);
      if (warning) {
        expect(Number(warning[2]), id).toBe(images.length);
        expect(Number(warning[4]) + Number(warning[5]), id).toBe(20);
      }
    }
    // The reviewer's case: among the newest 17 recaps, yet not in the feed's 20 items (recaps and digests).
    const gemini = emails.find((e) => e.id === "2026-02-20-gemini-3-1-pro-preview-892")!;
    // Its one plot image (named by the hash of its SVG), in the email and not in dist/.
    const plotImages = [...new Set([...gemini.html.matchAll(/\/feed-images\/[0-9a-f]{16}\.png/g)].map((m) => m[0]))];
    expect(plotImages).toHaveLength(1);
    expect(existsSync(join(DIST, plotImages[0]))).toBe(false);
    expect(gemini.box).toContain("Its 1 plot image is not published on");
    expect(gemini.box).not.toMatch(/newest \d+ recaps \(/);
  });

  it("warns that a draft's page, which its email links to, is not built", () => {
    const drafts = recaps.filter((r) => r.draft);
    expect(drafts.length).toBeGreaterThan(0);
    for (const r of drafts) {
      const { box, html } = emails.find((e) => e.id === r.id)!;
      const webUrl = new URL(`/recaps/${r.id}/`, SITE.url).href;
      expect(html).toContain(`href="${webUrl}"`);
      expect(existsSync(join(DIST, "recaps", r.id, "index.html")), `${r.id} is not built`).toBe(false);
      expect(box).toContain(`This recap is a draft: the site builds no page for it, so the email's links to ${webUrl} lead to a "page not found"`);
    }
  });

  // A mail client that drops <style> (Gmail's apps with some accounts, Outlook) reads the inlined
  // styles only, so the email must fit without them; with them, the media queries apply.
  it.skipIf(chromiumMissing())("fits a 360 px phone and a 600 px window, with its <style> and without it", async () => {
    expect(emails.length).toBe(recaps.length);
    const browser = await launchChromium();
    const wider: string[] = [];
    try {
      for (const width of [360, 600]) {
        const tab = await browser.newPage({ viewport: { width, height: 800 } });
        // The images are on the production site: nothing is fetched.
        await tab.route(/^https?:/, (route) => route.abort());
        for (const { id, html } of emails) {
          for (const [styles, doc] of [["with <style>", html], ["without <style>", html.replace(/<style\b[^>]*>[\s\S]*?<\/style>/gi, "")]]) {
            await tab.setContent(doc, { waitUntil: "domcontentloaded" });
            const { scrollWidth, clientWidth } = await tab.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth }));
            if (scrollWidth > clientWidth) wider.push(`${id} at ${width} px ${styles}: ${scrollWidth} px wide`);
          }
        }
        await tab.close();
      }
    } finally {
      await browser.close();
    }
    expect(wider).toEqual([]);
  });
});

describe("the production build", () => {
  it("has no email edition and no link to one", () => {
    for (const id of readdirSync(join(DIST, "recaps"))) {
      expect(existsSync(join(DIST, "recaps", id, "email")), id).toBe(false);
      const file = join(DIST, "recaps", id, "index.html");
      if (existsSync(file)) expect(readFileSync(file, "utf8")).not.toContain("email-edition");
    }
  });
});
