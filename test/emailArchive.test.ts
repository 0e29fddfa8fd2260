/**
 * The email edition of real newsletter issues, as an editor who imported an archive gets it:
 * `astro dev` over a small site holding two real AINews issues from the team's shared fixtures
 * (one of ordinary size, one full-size), imported with `npm run import:recaps`. The sample site's
 * recaps (test/emailEdition.test.ts) are short and hand-written; real issues carry what they do
 * not: descriptions in Markdown, bare URLs and long code spans as text. Skips with a message when
 * the fixtures are absent. No newsletter service is called.
 */
import type { ChildProcess } from "node:child_process";
import { copyFileSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { parseHTML } from "linkedom";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { copyFixture, ROOT } from "./helpers/astro";
import { runScript } from "./helpers/cli";
import { chromiumMissing, launchChromium } from "./helpers/chromium";
import { stopProcessGroup } from "./helpers/processGroup";
import { startSiteDev } from "./helpers/devServer";

const FIXTURES = resolve(ROOT, "../shared/fixtures");
/** Archive file -> the recap id the import gives it. */
const ISSUES = [
  { file: "ainews-full-sample/25-04-21-not-much-resend.md", id: "2025-04-21-not-much-resend" },
  { file: "ainews-sample/26-02-17-sonnet-46.md", id: "2026-02-17-sonnet-46" },
];
const present = ISSUES.every((i) => existsSync(join(FIXTURES, i.file)));
if (!present) console.warn(`[email archive] the AINews issues under ${FIXTURES} are absent: the real issues' email test is skipped`);

describe.skipIf(!present)("the email edition of real AINews issues", () => {
  let site = "";
  let server: ChildProcess | undefined;
  let output = "";
  const emails = new Map<string, string>();
  let base = "";

  beforeAll(async () => {
    site = copyFixture("minimal");
    const archive = mkdtempSync(join(tmpdir(), "bd-email-archive-"));
    try {
      for (const { file } of ISSUES) copyFileSync(join(FIXTURES, file), join(archive, file.split("/")[1]));
      const imported = runScript("import-recaps", [archive, "--root", site]);
      expect(imported.status, imported.output).toBe(0);
    } finally {
      rmSync(archive, { recursive: true, force: true });
    }
    ({ server, base } = await startSiteDev(site, (chunk) => (output += chunk)));
    const end = Date.now() + 240_000;
    for (const { id } of ISSUES) {
      while (!emails.has(id)) {
        if (Date.now() > end) throw new Error(`astro dev did not serve /recaps/${id}/email/ in time:\n${output.slice(-3000)}`);
        try {
          const res = await fetch(`${base}/recaps/${id}/email/`);
          if (res.status === 200) emails.set(id, await res.text());
        } catch {
          // not up yet
        }
        if (!emails.has(id)) await new Promise((r) => setTimeout(r, 500));
      }
    }
  }, 300_000);

  afterAll(async () => {
    await stopProcessGroup(server);
    if (site) rmSync(site, { recursive: true, force: true });
  });

  // 687 of 688 real AINews descriptions carry Markdown (`**OpenAI** cut prices`): the inbox
  // preview and the line under the title read it as the recap's page does, never as asterisks.
  it("shows the description's Markdown as formatting, and as plain text in the inbox preview", () => {
    for (const { id } of ISSUES) {
      const doc = parseHTML(emails.get(id)!).document;
      const preheader = doc.querySelector(".preheader")!.textContent!;
      const description = doc.querySelector(".description")!;
      expect(preheader, id).not.toContain("**");
      expect(description.textContent, id).not.toContain("**");
      expect(description.querySelector("strong"), id).not.toBeNull();
      // The words are the same: only the markup differs.
      expect(description.textContent!.replace(/\s+/g, " ").trim(), id).toBe(preheader.replace(/\s+/g, " ").trim());
    }
  });

  // The 2025 issue is alone in its week, before any report of the site's data: its digest only
  // repeats it ("1 recap; no leaderboard changes."). Its page is there, but the site-wide feeds
  // leave it out, so subscribers do not get the issue twice (digestRepeatsItsRecap).
  it("leaves the digest of an issue alone in its week out of the site-wide feeds, and keeps its page", async () => {
    const digest = "/digests/2025-w17/";
    const page = parseHTML(await (await fetch(`${base}${digest}`)).text()).document;
    expect(page.querySelector("meta[name=description]")?.getAttribute("content")).toBe("1 recap; no leaderboard changes.");
    const feed = JSON.parse(await (await fetch(`${base}/feed.json`)).text()) as { items: { url: string }[] };
    const paths = feed.items.map((i) => new URL(i.url).pathname);
    expect(paths).toContain("/recaps/2025-04-21-not-much-resend/");
    expect(paths).toContain("/digests/2026-w08/");
    expect(paths).not.toContain(digest);
    const rss = await (await fetch(`${base}/rss.xml`)).text();
    expect(rss).not.toContain(`${digest}</link>`);
    expect(rss).toContain("/digests/2026-w08/</link>");
  });

  // A full-size issue is over Gmail's clipping size: the recap page's box says so once.
  it("warns once on the recap page that a full-size issue's email is over Gmail's clipping size", async () => {
    const id = "2026-02-17-sonnet-46";
    expect(Buffer.byteLength(emails.get(id)!)).toBeGreaterThan(102 * 1024);
    const box = parseHTML(await (await fetch(`${base}/recaps/${id}/`)).text()).document.querySelector(".email-edition")!.textContent!.replace(/\s+/g, " ");
    expect(box.match(/over Gmail's 102 KB clipping size/g), box).toHaveLength(1);
    expect(box).toContain('Gmail readers will see "[Message clipped]"');
  });

  // Real issues print bare URLs and long code spans as text (a tweet's address, a file path): one
  // unbreakable word wider than the phone widened the whole column (the layout cell takes the
  // width of its longest word), to 621 and 907 pixels at 360.
  it.skipIf(chromiumMissing())("fits a 360 px phone, with its <style> and without it", async () => {
    const browser = await launchChromium();
    const wider: string[] = [];
    try {
      const tab = await browser.newPage({ viewport: { width: 360, height: 800 } });
      // The images are remote: nothing is fetched.
      await tab.route(/^https?:/, (route) => route.abort());
      for (const [id, html] of emails) {
        for (const [styles, doc] of [["with <style>", html], ["without <style>", html.replace(/<style\b[^>]*>[\s\S]*?<\/style>/gi, "")]]) {
          await tab.setContent(doc, { waitUntil: "domcontentloaded" });
          const { scrollWidth, clientWidth } = await tab.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth }));
          if (scrollWidth > clientWidth) wider.push(`${id} ${styles}: ${scrollWidth} px wide`);
        }
      }
    } finally {
      await browser.close();
    }
    expect(wider).toEqual([]);
  });
});
