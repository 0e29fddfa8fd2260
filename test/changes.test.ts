/**
 * The data changelog on the built sample site: /changes/ and its year pages, its RSS and Atom
 * feeds (read by feedparser) and the weekly digests that list the changes. What the changelog
 * must hold is recounted here from the results by a plain replay of the CSV rows, not by the
 * site's code.
 */
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CHANGES_ON_INDEX, DIGEST_CHANGES_SHOWN, FEED_ITEM_LIMIT, SITE } from "../src/config";
import { DIST } from "./helpers/astro";
import { feedparse, hasFeedparser } from "./helpers/feedparser";
import { page, sampleData } from "./helpers/sampleContent";
import { resolveBuiltFile } from "./helpers/staticServer";

const data = sampleData();
const iso = (d: Date) => d.toISOString().slice(0, 10);
const years = readdirSync(join(DIST, "changes"), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => Number(d.name));
const yearPages = years.map((y) => page(DIST, `/changes/${y}/`));
const allEntries = yearPages.flatMap((doc) => [...doc.querySelectorAll("article.change")]);

/**
 * Reports, corrections and versions the CSV implies (a replay, independent of src/lib/changes),
 * and the figures that update an earlier one inside a report: a later, different figure of the same
 * model, version, setting, snapshot and run is a correction when the publisher names the run (its
 * run id), else an update shown in its report.
 */
function expectedCounts() {
  const reports = new Set(data.results.map((r) => [r.benchmark, r.version, iso(r.evaluated_at), r.source_url].join(" "))).size;
  const versions = new Set(data.results.map((r) => `${r.benchmark} ${r.version}`)).size;
  let corrections = 0;
  let updates = 0;
  const last = new Map<string, { day: string; value: number }>();
  for (const r of [...data.results].sort((a, b) => a.evaluated_at.getTime() - b.evaluated_at.getTime())) {
    for (const f of ["score", "output_tokens", "cost_usd", "output_tokens_per_task", "cost_per_task_usd"] as const) {
      if (r[f] === undefined) continue;
      const key = [r.benchmark, r.version, r.model, r.setting ?? "", r.snapshot ?? "", r.run_id ?? "", f].join(" ");
      const before = last.get(key);
      if (before && before.day < iso(r.evaluated_at) && before.value !== r[f]) {
        if (r.run_id !== undefined) corrections++;
        else updates++;
      }
      last.set(key, { day: iso(r.evaluated_at), value: r[f]! });
    }
  }
  return { report: reports, correction: corrections, version: versions, updates };
}

/** What a new version's entry says, for its anchor (`version-<benchmark>-<version>`), from the registry. */
function versionSentence(anchor: string): RegExp {
  const b = data.benchmarks.find((x) => anchor === `version-${x.id}-${x.version}`);
  if (!b) throw new Error(`no benchmark version for #${anchor}`);
  const literal = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`${literal(b.name)} ${literal(b.version)} first appears in the data on \\d{4}-\\d{2}-\\d{2}(, after \\S+)?; (1 row|\\d+ rows) so far\\.`);
}

describe("/changes/ and its year pages", () => {
  it("hold every report, correction and new version the CSV implies, once, each with its source", () => {
    const kinds = { report: 0, correction: 0, version: 0 } as Record<string, number>;
    for (const a of allEntries) kinds[a.getAttribute("data-kind")!]++;
    const { updates, ...expected } = expectedCounts();
    expect(kinds).toEqual(expected);
    // Each update is marked in its report, with the value it follows.
    expect(allEntries.flatMap((a) => [...a.querySelectorAll(".rows .was")])).toHaveLength(updates + expected.correction);
    expect(updates).toBeGreaterThan(0);
    const ids = allEntries.map((a) => a.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const a of allEntries) {
      const source = a.querySelector(".source a")!.getAttribute("href")!;
      expect(source, a.id).toMatch(/^https?:\/\//);
    }
    // Every results row appears in exactly one report, by its file and line.
    const lines = allEntries.filter((a) => a.getAttribute("data-kind") === "report").flatMap((a) => [...a.querySelectorAll(".rows code")].map((c) => c.textContent));
    expect(lines.sort()).toEqual(data.results.map((r) => `${r.file}:${r.line}`).sort());
  });

  it("show each reported row's reader note (the results' note column) beside the row, as docs/data-format.md promises", () => {
    const rowAt = new Map(
      allEntries
        .filter((a) => a.getAttribute("data-kind") === "report")
        .flatMap((a) => [...a.querySelectorAll(".rows li")])
        .map((li) => [li.querySelector("code")!.textContent, li.textContent!.replace(/\s+/g, " ")]),
    );
    const noted = data.results.filter((r) => r.note);
    expect(noted.length).toBeGreaterThan(0);
    for (const r of noted) expect(rowAt.get(`${r.file}:${r.line}`), `${r.file}:${r.line}`).toContain(`Note: ${r.note!.replace(/\s+/g, " ")}`);
  });

  it("say in words when each benchmark version first appears, with its name, version and rows apart", () => {
    const versions = allEntries.filter((a) => a.getAttribute("data-kind") === "version");
    expect(versions).toHaveLength(expectedCounts().version);
    for (const a of versions) expect(a.textContent!.replace(/\s+/g, " "), a.id).toMatch(versionSentence(a.id));
  });

  it("show Opus 4.6's output tokens, 58M then 157M, as an update inside the 2026-04-08 report, not as a correction", () => {
    // The relayed AA figures name no run: the newsletter notes 157M as a conflict with the 58M of
    // 2026-02-18, a new figure, not a fix the publisher made to the same run.
    const doc = page(DIST, "/changes/2026/");
    expect(doc.querySelector('[id^="correction-aa-intelligence-index-v4.0-claude-opus-4-6"]')).toBeNull();
    const entry = [...doc.querySelectorAll('article.change[data-kind="report"]')].find((a) => a.id.startsWith("report-aa-intelligence-index-v4.0-2026-04-08-"))!;
    expect(entry.querySelector("h2")!.textContent).toBe("Artificial Analysis Intelligence Index v4.0: Claude Opus 4.6, GLM-5.1 and 3 more reported by news.smol.ai (1 figure updated)");
    const opus = [...entry.querySelectorAll(".rows li")].find((li) => li.querySelector('a[href="/models/claude-opus-4-6/"]'))!;
    expect(opus.textContent!.replace(/\s+/g, " ")).toContain("output tokens 157M (was 58M on 2026-02-18)");
  });

  it("front page: the newest entries first, then links to every year", () => {
    const doc = page(DIST, "/changes/");
    const dates = [...doc.querySelectorAll("article.change time")].map((t) => t.getAttribute("datetime")!);
    expect(dates.length).toBe(Math.min(CHANGES_ON_INDEX, allEntries.length));
    expect([...dates].sort().reverse()).toEqual(dates);
    expect(dates[0]).toBe(iso(new Date(Math.max(...data.results.map((r) => r.evaluated_at.getTime())))));
    expect([...doc.querySelectorAll('nav[aria-label="Changes by year"] a')].map((a) => a.getAttribute("href"))).toEqual(years.sort((a, b) => b - a).map((y) => `/changes/${y}/`));
    expect(doc.querySelector('link[rel=alternate][href="/changes/atom.xml"]')!.getAttribute("type")).toBe("application/atom+xml");
  });

  it("are linked from the leaderboards", () => {
    expect(page(DIST, "/leaderboards/").querySelector('main a[href="/changes/"]')).not.toBeNull();
    expect(page(DIST, "/leaderboards/aa-intelligence-index/").querySelector('main a[href="/changes/"]')).not.toBeNull();
  });
});

describe.skipIf(!hasFeedparser())("the changelog feeds", () => {
  // Inside the test, not the describe body: vitest runs a skipped describe's body to collect its
  // tests, so a feedparse() here failed the whole file on a machine without python3-feedparser.
  it("parse cleanly and carry the newest entries, linked to their anchors, each with its source", () => {
    const [rss, atom] = feedparse(join(DIST, "changes/rss.xml"), join(DIST, "changes/atom.xml"));
    for (const feed of [rss, atom]) {
      expect(feed.bozo, feed.bozoException ?? "").toBe(false);
      expect(feed.entries).toHaveLength(Math.min(FEED_ITEM_LIMIT, allEntries.length));
      for (const e of feed.entries) {
        const url = new URL(e.link);
        expect(url.origin).toBe(new URL(SITE.url).origin);
        expect(resolveBuiltFile(DIST, url.pathname), e.link).toBeDefined();
        const target = page(DIST, url.pathname).getElementById(url.hash.slice(1));
        expect(target, e.link).not.toBeNull();
        expect(target!.querySelector("h2")!.textContent).toBe(e.title);
        expect(e.content).toMatch(/Source: <a href="https?:\/\//);
        const hash = url.hash.slice(1);
        if (hash.startsWith("version-")) expect(e.content.replace(/<[^>]+>/g, "").replace(/\s+/g, " "), e.link).toMatch(versionSentence(hash));
        expect(e.published).not.toBeNull();
      }
    }
    expect(atom.entries.map((e) => e.link)).toEqual(rss.entries.map((e) => e.link));
  });
});

describe("weekly digests list the data changes since the previous digest", () => {
  const digestDirs = readdirSync(join(DIST, "digests"), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
  const listed = digestDirs.flatMap((key) => [...page(DIST, `/digests/${key}/`).querySelectorAll(".digest-data .changes li > a:first-of-type")].map((a) => a.getAttribute("href")!));

  it("lists the report that updates Opus 4.6's output tokens in the digest of its week, linked to its entry", () => {
    const doc = page(DIST, "/digests/2026-w15/");
    const link = [...doc.querySelectorAll('.digest-data a[href^="/changes/2026/#report-aa-intelligence-index-v4.0-2026-04-08-"]')];
    expect(link.map((a) => a.textContent)).toEqual(["Artificial Analysis Intelligence Index v4.0: Claude Opus 4.6, GLM-5.1 and 3 more reported by news.smol.ai (1 figure updated)"]);
  });

  it("say in their header what they list: every new entry (listed, or counted under \"And N more\") and every data change (counted per board, the newest listed)", () => {
    for (const key of digestDirs) {
      const doc = page(DIST, `/digests/${key}/`);
      const meta = doc.querySelector(".meta")!.textContent!;
      const count = (text: string, pattern: RegExp) => Number(pattern.exec(text)?.[1] ?? 0);
      const more = (selector: string) => [...doc.querySelectorAll(selector)].reduce((n, p) => n + count(p.textContent!, /And (\d+) more new entries/), 0);
      expect(doc.querySelectorAll(".digest-changes .entries li").length + more(".digest-changes .more"), key).toBe(count(meta, /(\d+) new leaderboard entr/));
      const total = count(meta, /(\d+) data changes?\b/);
      expect(count(doc.querySelector(".digest-data")!.textContent!, /: (\d+) changes?\b/), key).toBe(total);
      const perBoard = [...doc.querySelectorAll(".digest-data .boards li")].map((li) => li.textContent!);
      const summed = perBoard.reduce((n, t) => n + (t.includes("new version") ? 1 : 0) + count(t, /(\d+) reports?\b/) + count(t, /(\d+) corrections?\b/), 0);
      expect(summed, key).toBe(total);
      expect(doc.querySelectorAll(".digest-data .changes li").length, key).toBe(Math.min(total, DIGEST_CHANGES_SHOWN));
    }
  });

  it("say when a board's change comes from a publisher's table dated as of a day (Terminal-Bench, as of 2025-11-30), and only then", () => {
    const doc = page(DIST, "/digests/2025-w48/");
    const note = (id: string) => doc.querySelector(`.digest-changes [data-benchmark='${id}'] .as-of`);
    expect(note("terminal-bench/v1")!.textContent!.replace(/\s+/g, " ").trim()).toBe(
      "From the publisher's table as of 30 November 2025, which gives no date for each result: they first appear in the data then, and may be older.",
    );
    expect(note("terminal-bench/v1")!.querySelector("time")!.getAttribute("datetime")).toBe("2025-11-30");
    // Intelligence Index reports carry their own dates.
    expect(doc.querySelector(".digest-changes [data-benchmark='aa-intelligence-index/v3.0']")).not.toBeNull();
    expect(note("aa-intelligence-index/v3.0")).toBeNull();
  });

  it("cover the weeks without a recap in the next digest: v4.1.1, first reported in week 32, has its first leader and all its ranked rows in week 34's", () => {
    const doc = page(DIST, "/digests/2026-w34/");
    const board = doc.querySelector(".digest-changes [data-benchmark='aa-intelligence-index/v4.1.1']")!;
    expect(board.querySelector(".leader a")!.getAttribute("href")).toBe("/models/claude-opus-5/");
    // No v4.1.1 report is dated after week 34, so the board as it stands now is the board then.
    expect(data.results.filter((r) => r.version === "v4.1.1").every((r) => iso(r.evaluated_at) <= "2026-08-23")).toBe(true);
    const ranked = page(DIST, "/leaderboards/aa-intelligence-index/v4.1.1/").querySelectorAll("table.leaderboard tbody tr").length;
    const said = Number(/And (\d+) more/.exec(board.textContent!)?.[1] ?? 0);
    expect(board.querySelectorAll(".entries li").length + said).toBe(ranked);
    expect(ranked).toBe(15);
  });

  it("lists each change in one digest at most, and every change up to the newest digest's week", () => {
    expect(new Set(listed).size).toBe(listed.length);
    const newestEnd = digestDirs.sort().at(-1)!;
    const [y, w] = newestEnd.split("-w").map(Number);
    // Sunday of the newest digest's ISO week.
    const jan4 = new Date(Date.UTC(y, 0, 4));
    const monday = new Date(jan4.getTime() - ((jan4.getUTCDay() + 6) % 7) * 86_400_000 + (w - 1) * 7 * 86_400_000);
    const sunday = iso(new Date(monday.getTime() + 6 * 86_400_000));
    const due = allEntries.filter((a) => a.querySelector("time")!.getAttribute("datetime")! <= sunday).map((a) => `/changes/${a.querySelector("time")!.getAttribute("datetime")!.slice(0, 4)}/#${a.id}`);
    expect(listed.sort()).toEqual(due.sort());
  });
});
