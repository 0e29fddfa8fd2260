import { readdirSync, readFileSync, renameSync, rmSync, unlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { astroBuildAsync, copyFixture, type BuildResult } from "./helpers/astro";
import { AXE_DARK, AXE_LIGHT, injectAxe, runAxe, untestedFrames } from "./helpers/axe";
import { feedparse, hasFeedparser } from "./helpers/feedparser";
import { chromiumMissing, launchChromium } from "./helpers/chromium";
import { serveStatic } from "./helpers/staticServer";
import { NEWSBOAT, newsboatLoad } from "./helpers/newsboat";
import { runVnu, vnuMissing } from "./helpers/vnu";

/**
 * A new site owner's site: test/fixtures/sites/empty has no recaps and header-only registries
 * (docs/editing.md, "Starting from an empty site"). And the way an owner gets there from the
 * sample: a site built once with a recap, then built again, with the same cache, after the recaps
 * folder was emptied (Astro's glob loader kept the old entries, and the build failed on them).
 */
const temps: string[] = [];
afterAll(() => {
  if (process.env.BD_KEEP_EMPTY_SITE !== "1") temps.forEach((d) => rmSync(d, { recursive: true, force: true }));
});

// The owner's first recap names a model of the registry and one the registry lacks.
const RECAP = ["---", 'title: "Hello, world"', "date: 2026-02-17", "models: [claude-sonnet-4-6, gpt-9]", "---", "", "The first recap.", ""].join("\n");
// And an .mdx one: Astro renders those itself, and the stale entry of one failed the sample's build
// ("UnknownContentCollectionError ... while rendering").
const MDX_RECAP = ["---", 'title: "Second post"', "date: 2026-02-18", "---", "", "The second recap, in MDX.", ""].join("\n");
const MODEL_ROW = "claude-sonnet-4-6,Claude Sonnet 4.6,Anthropic,2026-02-17,false,\n";

describe("an empty site", () => {
  let empty: BuildResult;
  let first: BuildResult;
  let emptied: BuildResult;
  let renamed: BuildResult;
  let emptiedSite: string;
  let started: number;
  beforeAll(async () => {
    started = Date.now();
    const [site, owner] = [copyFixture("empty"), copyFixture("empty")];
    temps.push(site, owner);
    emptiedSite = owner;
    writeFileSync(join(owner, "content/recaps/2026-02-17-hello.md"), RECAP);
    writeFileSync(join(owner, "content/recaps/2026-02-18-second.mdx"), MDX_RECAP);
    writeFileSync(join(owner, "data/models.csv"), readFileSync(join(owner, "data/models.csv"), "utf8") + MODEL_ROW);
    [empty, first] = await Promise.all([astroBuildAsync(site, join(site, "out")), astroBuildAsync(owner, join(owner, "out-first"))]);
    // The owner turns the Markdown recap into MDX (same page address, same text), with the same cache.
    renameSync(join(owner, "content/recaps/2026-02-17-hello.md"), join(owner, "content/recaps/2026-02-17-hello.mdx"));
    renamed = await astroBuildAsync(owner, join(owner, "out-renamed"));
    for (const name of ["2026-02-17-hello.mdx", "2026-02-18-second.mdx"]) unlinkSync(join(owner, "content/recaps", name));
    emptied = await astroBuildAsync(owner, join(owner, "out"));
    if (process.env.BD_KEEP_EMPTY_SITE === "1") console.log(`[empty site] ${site}/out`);
  });
  const page = (path: string) => readFileSync(join(empty.outDir, path, "index.html"), "utf8");
  /** A page's text, tags dropped and white space collapsed. */
  const text = (path: string) => page(path).replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>/g, "").replace(/<[^>]+>/g, " ").replace(/\s+/g, " ");

  it("a recap renamed from .md to .mdx keeps its page in the next build with the same cache (found in review: it vanished from that build, and came back in the one after)", () => {
    expect(renamed.status, renamed.output).toBe(0);
    expect(readdirSync(join(emptiedSite, "out-renamed/recaps"))).toEqual(expect.arrayContaining(["2026-02-17-hello", "2026-02-18-second"]));
    expect(readFileSync(join(emptiedSite, "out-renamed/recaps/2026-02-17-hello/index.html"), "utf8")).toContain("The first recap.");
    expect(readFileSync(join(emptiedSite, "out-renamed/rss.xml"), "utf8")).toContain("Hello, world");
  });

  it("a site emptied after a build builds again with the same cache: no page of the removed recap, and a line that says why", () => {
    expect(first.status, first.output).toBe(0);
    expect(readdirSync(join(first.outDir, "recaps"))).toEqual(expect.arrayContaining(["2026-02-17-hello", "2026-02-18-second"]));
    expect(emptied.status, emptied.output).toBe(0);
    expect(readdirSync(join(emptiedSite, "out/recaps")).filter((name) => name.startsWith("2026-"))).toEqual([]);
    for (const file of ["rss.xml", "index.html", "recaps/index.html"]) expect(readFileSync(join(emptiedSite, "out", file), "utf8"), file).not.toMatch(/Hello, world|Second post/);
    expect(emptied.output).toContain("no recaps in content/recaps/: the site is built without any");
    expect(emptied.output).not.toMatch(/does not exist or is empty/);
    // The model's page stays, and says in words that no recap mentions it.
    const model = readFileSync(join(emptiedSite, "out/models/claude-sonnet-4-6/index.html"), "utf8");
    expect(model).toContain("No recap mentions Claude Sonnet 4.6 yet.");
    expect(model).not.toMatch(/\b0 recaps\b/);
  });

  it("builds with no recaps and header-only registries, without Astro's misleading warning", () => {
    expect(empty.status, empty.output).toBe(0);
    expect(empty.output).toContain("no recaps in content/recaps/: the site is built without any");
    // Said once, in our words: not also in the glob loader's, as a warning.
    expect(empty.output).not.toContain("No files found matching");
    expect(empty.output).not.toMatch(/does not exist or is empty/);
  });

  it("says in words that there is nothing yet: no empty list or table, no '0 ...' count", () => {
    const pages = ["", "recaps", "leaderboards", "digests", "topics", "companies", "people", "changes", "compare", "models", "labs"];
    const emptyLists = pages.filter((path) => /<(ul|ol|tbody|dl)\b[^>]*>\s*<\/\1>/.test(page(path)));
    expect(emptyLists).toEqual([]);
    const zeroCounts = pages.filter((path) => /\b0 (in all|changes|pairs|recaps|models|labs)\b|\bAll 0\b|of 0 candidates/.test(text(path)));
    expect(zeroCounts).toEqual([]);
    expect(text("")).toContain("No recaps yet.");
    // No benchmark data, no digest: no empty side column beside the recaps, which take the width.
    expect(page("")).not.toContain('class="side"');
    expect(page("")).toMatch(/<div class="home one-column"/);
    expect(text("recaps")).toContain("No recaps yet: each .md or .mdx file in content/recaps/ is one");
    expect(text("leaderboards")).toContain("No benchmark data yet");
    expect(page("leaderboards")).not.toContain("<table");
    expect(text("recaps")).not.toContain("By year:");
    expect(text("digests")).toContain("No digests yet");
    expect(text("topics")).toContain("No recap is tagged with any topic yet.");
    expect(text("changes")).toContain("No changes yet");
    expect(text("compare")).toContain("Nothing to compare yet");
    expect(text("models")).toContain("No models yet");
  });

  // The empty states pass the gates the sample's pages pass (test/html/vnu.test.ts, test/a11y/axe.test.ts).
  it.skipIf(vnuMissing())("every page passes the W3C Nu HTML checker", () => {
    const run = runVnu(empty.outDir);
    expect(run.messages.filter((m) => m.type !== "info").map((m) => `${m.url}: ${m.message}`)).toEqual([]);
    expect(run.status).toBe(0);
  });

  it.skipIf(chromiumMissing())("the pages with an empty state pass axe, light and dark", async () => {
    const server = await serveStatic(empty.outDir);
    const browser = await launchChromium();
    try {
      const context = await browser.newContext({ colorScheme: "light", viewport: { width: 1280, height: 800 } });
      const tab = await context.newPage();
      const found: string[] = [];
      for (const path of ["", "recaps", "leaderboards", "digests", "topics", "changes", "compare", "models", "labs"]) {
        await tab.goto(`${server.origin}/${path ? `${path}/` : ""}`, { waitUntil: "load" });
        await injectAxe(tab);
        for (const scheme of ["light", "dark"] as const) {
          await tab.emulateMedia({ colorScheme: scheme });
          const results = await runAxe(tab, scheme === "dark" ? AXE_DARK : AXE_LIGHT);
          found.push(...results.violations.map((v) => `/${path} (${scheme}): ${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`));
          found.push(...untestedFrames(results).map((r) => `/${path} (${scheme}): a frame axe could not enter (${r.id})`));
        }
      }
      expect(found).toEqual([]);
    } finally {
      await browser.close();
      await server.close();
    }
  });

  it.skipIf(!hasFeedparser())("empty feeds read by feedparser: no entries, no 1970; Atom updated at the build", () => {
    const [rss, atom] = feedparse(join(empty.outDir, "rss.xml"), join(empty.outDir, "atom.xml"));
    for (const feed of [rss, atom]) {
      expect(feed.bozo, feed.bozoException ?? "").toBe(false);
      expect(feed.entries).toEqual([]);
    }
    expect([rss.version, atom.version]).toEqual(["rss20", "atom10"]);
    // RSS: lastBuildDate is optional, and a feed with no item has none to give.
    expect(readFileSync(join(empty.outDir, "rss.xml"), "utf8")).not.toContain("lastBuildDate");
    expect(rss.updated).toBeNull();
    // Atom requires <updated>: the build's time, second-precise in feedparser's reading.
    const updated = new Date(atom.updated!).getTime();
    expect(updated).toBeGreaterThanOrEqual(Math.floor(started / 1000) * 1000);
    expect(updated).toBeLessThanOrEqual(Date.now());
    for (const file of ["rss.xml", "atom.xml", "changes/rss.xml", "changes/atom.xml", "feed.json"]) expect(readFileSync(join(empty.outDir, file), "utf8"), file).not.toMatch(/1970/);
  });

  it.skipIf(!NEWSBOAT)("empty feeds loaded by newsboat over HTTP: no error, 0 unread articles", async () => {
    const server = await serveStatic(empty.outDir);
    try {
      for (const path of ["/rss.xml", "/atom.xml"]) {
        const { reloadStderr, unread } = await newsboatLoad(`${server.origin}${path}`);
        expect(reloadStderr, path).toBe("");
        expect(unread, path).toBe("0 unread articles");
      }
    } finally {
      await server.close();
    }
  });
});
