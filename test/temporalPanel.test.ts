/**
 * Temporal truth on the built sample (dist/, built once by globalSetup): a recap's models panel
 * shows each model's headline figure as it stood on the recap's date, with the current one beside
 * it (labelled current) when it differs; a later figure is never shown as the figure of that day.
 * Expected values come from data/results/aa-intelligence-index.csv rows, not from the site's code.
 */
import { describe, expect, it } from "vitest";
import { DIST } from "./helpers/astro";
import { page, readRecaps, sampleData } from "./helpers/sampleContent";
import { RANK_LAB_CLAIMS } from "../src/config";

const HEADLINE = "aa-intelligence-index";
const data = sampleData();
const recaps = readRecaps().filter((r) => !r.draft);
const iso = (d: Date) => d.toISOString().slice(0, 10);
const text = (el: Element | null | undefined) => (el?.textContent ?? "").replace(/\s+/g, " ").trim();
/** The headline benchmark's scored reports of a model (lab claims only when they rank), straight from the CSV rows. */
const scored = (model: string, benchmark = HEADLINE) => data.results.filter((r) => r.benchmark === benchmark && r.model === model && r.score !== undefined && (RANK_LAB_CLAIMS || r.measured_by !== "lab"));
const newest = <T extends { evaluated_at: Date }>(rows: T[]) => rows.reduce((a, b) => (b.evaluated_at > a.evaluated_at ? b : a));

function panelRow(recapId: string, model: string) {
  const row = page(DIST, `/recaps/${recapId}/`).querySelector(`aside.models tr[data-model-id='${model}']`);
  expect(row, `${recapId}: a panel row for ${model}`).not.toBeNull();
  return row!;
}

describe("a recap's models panel, as of the recap's date", () => {
  it("shows an older recap's figure of its day with its version and date, and the later figure beside it as current", () => {
    // gpt-oss-120b: 33 on v4.0 (11 March 2026) when the recap of 18 March was written; 24 on v4.1 (15 July) now.
    const recap = recaps.find((r) => r.id === "2026-03-18-minimax-m2-7-cost-frontier")!;
    const reports = scored("gpt-oss-120b");
    const then = newest(reports.filter((r) => iso(r.evaluated_at) <= iso(recap.date)));
    const later = reports.filter((r) => r.evaluated_at > recap.date && r.version !== then.version);
    expect(later.length, "a later report on a later version").toBeGreaterThan(0);
    const now = newest(later);
    expect([then.version, then.score, iso(then.evaluated_at)]).toEqual(["v4.0", 33, "2026-03-11"]);

    const cell = panelRow(recap.id, "gpt-oss-120b").querySelector("td")!;
    expect(text(cell.querySelector(".then"))).toBe(`${then.score} ${then.version} reported 11 Mar 2026`);
    expect(cell.querySelector(".then time")!.getAttribute("datetime")).toBe(iso(then.evaluated_at));
    expect(text(cell.querySelector(".current"))).toBe(`latest: ${now.score} ${now.version} reported 15 Jul 2026`);
    expect(cell.querySelector(".current time")!.getAttribute("datetime")).toBe(iso(now.evaluated_at));
    // The day's figure comes first: the later one never stands alone as the row's score.
    expect(text(cell).startsWith(`${then.score} ${then.version}`)).toBe(true);
  });

  it("says a model had not yet been measured on the recap's date and gives its current figure, labelled", () => {
    const recap = recaps.find((r) => r.id === "2026-01-08-intelligence-index-v4-rescale")!;
    expect(scored("gpt-5-2").filter((r) => iso(r.evaluated_at) <= iso(recap.date))).toEqual([]);
    const row = panelRow(recap.id, "gpt-5-2");
    const [score] = [...row.querySelectorAll("td")];
    // No model of this recap has a token count: that column of dashes is not shown.
    expect(row.querySelector('td[data-label="Output tokens"]')).toBeNull();
    const cost = row.querySelector('td[data-label="Cost to run"]')!;
    expect(text(score)).toBe("no score on record by 8 Jan 2026 latest: 51 v4.0, xhigh reported 6 Mar 2026");
    // Its cost was reported on 20 February, after the recap: current, with its date, never the day's.
    expect(text(cost)).toBe("— latest: $2,304 (20 Feb 2026)");
  });

  it("keeps a figure reported later in the same version beside the day's, in the tokens column too", () => {
    // Opus 4.6's token count on 18 February was 58M; 157M was reported on 8 April.
    const row = panelRow("2026-02-18-sonnet-4-6-token-bill", "claude-opus-4-6");
    const tokens = row.querySelectorAll("td")[1];
    expect(text(tokens)).toBe("58M latest: 157M (8 Apr 2026)");
  });

  it("shows a figure per task in a column of its own, headed as on the board, never in the whole-run column", () => {
    // Kimi K3 on 16 July 2026 (v4.1): 132M output tokens to run the Index and $0.94 per task; its
    // v4.1.1 row (18 August) has neither.
    const row = panelRow("2026-07-16-kimi-k3-third-place", "kimi-k3");
    const cell = (label: string) => row.querySelector(`td[data-label="${label}"]`);
    expect(text(cell("Output tokens"))).toBe("132M latest: not reported on v4.1.1");
    expect(text(cell("Cost per task"))).toBe("$0.94 latest: not reported on v4.1.1");
    expect(cell("Cost per task")!.getAttribute("data-value")).toBe("0.94");
    // No model of this recap has a cost to run on the day or now: that column is not shown.
    expect(cell("Cost to run")).toBeNull();
    // Grok 4.5 on 9 July: 14k tokens and $0.31 per task, of its report of 8 July.
    const grok = panelRow("2026-07-09-gpt-5-6-sol-terra-luna", "grok-4-5");
    expect([text(grok.querySelector('td[data-label="Tokens per task"]')), text(grok.querySelector('td[data-label="Cost per task"]'))]).toEqual(["14k", "$0.31"]);
    expect(grok.querySelector('td[data-label="Output tokens"]')).toBeNull();
  });

  it("says in words that the latest report has no such figure, never a bare 'latest: —' (read as a figure withdrawn)", () => {
    // DeepSeek V4 Flash: 240M output tokens to run Index v4.0 (24 April); its v4.1 row (31 July)
    // reports tokens per task only, so the run's token count has no latest figure.
    const v41 = newest(scored("deepseek-v4-flash"));
    expect(v41.version).toBe("v4.1");
    expect(v41.output_tokens).toBeUndefined();
    const tokens = panelRow("2026-04-24-deepseek-v4-pro-and-flash", "deepseek-v4-flash").querySelector('td[data-label="Output tokens"]');
    expect(text(tokens)).toBe("240M latest: not reported on v4.1");
    let said = 0;
    for (const recap of recaps) {
      for (const row of page(DIST, `/recaps/${recap.id}/`).querySelectorAll("aside.models tbody tr")) {
        for (const current of row.querySelectorAll("td .current")) {
          expect(text(current), `${recap.id} ${row.getAttribute("data-model-id")}`).not.toMatch(/^latest: —/);
          const version = /^latest: not reported on (.+)$/.exec(text(current))?.[1];
          if (!version) continue;
          said++;
          // The version named is the one the row's latest score is on.
          expect(text(row.querySelector("td .current a.version")), `${recap.id} ${row.getAttribute("data-model-id")}`).toBe(version);
        }
      }
    }
    expect(said).toBeGreaterThanOrEqual(4);
  });

  it("never dates a figure of the day after the recap, on any published recap, and each is a real report of that model", () => {
    let checked = 0;
    for (const recap of recaps) {
      const doc = page(DIST, `/recaps/${recap.id}/`);
      // The board the panel shows: the headline, or the one its note names.
      const board = doc.querySelector("aside.models p.fallback")?.getAttribute("data-benchmark") ?? HEADLINE;
      for (const row of doc.querySelectorAll("aside.models tr[data-model-id]")) {
        const model = row.getAttribute("data-model-id")!;
        const reports = scored(model, board);
        const before = reports.filter((r) => iso(r.evaluated_at) <= iso(recap.date));
        const cell = row.querySelector("td")!;
        // Every date shown outside a "latest" label is on or before the recap's date.
        for (const time of row.querySelectorAll("time")) {
          if (time.closest(".current")) continue;
          expect(time.getAttribute("datetime")! <= iso(recap.date), `${recap.id} ${model}: ${text(time.parentElement)}`).toBe(true);
        }
        const then = cell.querySelector(".then");
        if (before.length === 0) {
          expect(then, `${recap.id} ${model}: no report on or before ${iso(recap.date)}`).toBeNull();
          if (reports.length > 0) expect(text(cell), `${recap.id} ${model}`).toMatch(/^no score on record by \d+ \w+ \d{4} latest: /);
        } else {
          expect(then, `${recap.id} ${model}: a figure of the day`).not.toBeNull();
          // The day's figure is one of the model's reports of that day, version and score.
          const day = then!.querySelector("time")!.getAttribute("datetime")!;
          const value = Number(then!.querySelector("[data-value]")!.getAttribute("data-value"));
          const version = text(then!.querySelector(".version")).split(",")[0];
          expect(before.some((r) => iso(r.evaluated_at) === day && r.score === value && r.version === version), `${recap.id} ${model}: ${text(then)}`).toBe(true);
        }
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(50);
  });

  // The board rule, worked out here from the CSV rows: the benchmarks in the registry's order, each
  // counting the recap's models it has a scored report of on or before the recap's date.
  const registryOrder = [...new Set(data.benchmarks.map((b) => b.id))];
  const measuredOn = (benchmark: string, models: string[], day: Date) => models.filter((m) => scored(m, benchmark).some((r) => iso(r.evaluated_at) <= iso(day))).length;
  const linkedModels = (doc: Document) => [...doc.querySelectorAll("aside.models a[data-pagefind-filter=model]")].map((a) => a.getAttribute("href")!.split("/")[2]);

  it("falls back, where the headline board had no figure of the recap's day for any of its models, to the board that had the most, and says so", () => {
    const recap = recaps.find((r) => r.id === "2026-02-17-claude-sonnet-4-6-launch")!;
    const doc = page(DIST, `/recaps/${recap.id}/`);
    const models = linkedModels(doc);
    expect(models).toEqual(["claude-sonnet-4-6", "claude-sonnet-4-5", "claude-opus-4-6", "seedance-2"]);
    // The Index first scored them on 18 February; four Epoch boards had Sonnet 4.5 (as of their 30 November table): Terminal-Bench is first in data/benchmarks.csv.
    expect(measuredOn(HEADLINE, models, recap.date)).toBe(0);
    expect(registryOrder.filter((b) => b !== HEADLINE).map((b) => [b, measuredOn(b, models, recap.date)])).toEqual([
      ["terminal-bench", 1],
      ["metr-time-horizon", 1],
      ["simplebench", 1],
      ["gso-bench", 1],
    ]);
    const note = doc.querySelector("aside.models p.fallback")!;
    expect(text(note)).toBe("Artificial Analysis Intelligence Index had no score for these models on 17 Feb 2026; shown: Terminal-Bench, as of 17 Feb 2026, the board with figures of that day for the most of them (1 of 4).");
    expect([...note.querySelectorAll("a")].map((a) => a.getAttribute("href"))).toEqual(["/leaderboards/aa-intelligence-index/", "/leaderboards/terminal-bench/"]);
    expect([...note.querySelectorAll("time")].map((t) => t.getAttribute("datetime"))).toEqual(["2026-02-17", "2026-02-17"]);

    // The table is the fallback board's: its name heads the score column; it has no tokens or cost, so no such columns.
    expect([...doc.querySelectorAll("aside.models thead th")].map(text)).toEqual(["Model", "Terminal-Bench"]);
    const best = scored("claude-sonnet-4-5", "terminal-bench").reduce((a, b) => (b.score! > a.score! ? b : a));
    const cell = panelRow(recap.id, "claude-sonnet-4-5").querySelector("td")!;
    expect(text(cell)).toBe(`${best.score}% v1, ${best.setting} as of 30 Nov 2025`);
    expect(cell.querySelector("a.version")!.getAttribute("href")).toBe("/leaderboards/terminal-bench/v1/");
    expect(text(panelRow(recap.id, "claude-opus-4-6").querySelector("td"))).toBe("—");

    // The Index's figures, all reported after the recap, stay: labelled current, each linked to its board and model.
    const now = doc.querySelector("aside.models p.headline-now")!;
    expect(text(now)).toBe("Artificial Analysis Intelligence Index, latest: Claude Sonnet 4.6 51 (v4.0, max, reported 18 Feb 2026); Claude Sonnet 4.5 43 (v4.0, reported 18 Feb 2026); Claude Opus 4.6 53 (v4.0, reported 18 Feb 2026).");
    expect([...now.querySelectorAll("a.version")].map((a) => a.getAttribute("href"))).toEqual(Array(3).fill("/leaderboards/aa-intelligence-index/v4.0/"));
    expect([...now.querySelectorAll("time")].every((t) => t.getAttribute("datetime")! > iso(recap.date))).toBe(true);
  });

  it("follows the board rule on every published recap: the headline while it had a figure of the day, else the board with the most (registry order breaks ties), else the headline", () => {
    let fallbacks = 0;
    for (const recap of recaps) {
      const doc = page(DIST, `/recaps/${recap.id}/`);
      const models = linkedModels(doc);
      if (models.length === 0) continue;
      const shown = doc.querySelector("aside.models p.fallback")?.getAttribute("data-benchmark");
      // The headline counts also a token count or cost of the day; those come only with an Index row, so a score report stands for them here.
      const dayOnHeadline = models.some((m) => data.results.some((r) => r.benchmark === HEADLINE && r.model === m && iso(r.evaluated_at) <= iso(recap.date)));
      const counts = registryOrder.filter((b) => b !== HEADLINE).map((b) => ({ b, n: measuredOn(b, models, recap.date) }));
      const max = Math.max(0, ...counts.map((c) => c.n));
      const expected = dayOnHeadline || max === 0 ? undefined : counts.find((c) => c.n === max)!.b;
      expect(shown, recap.id).toBe(expected);
      if (shown) fallbacks++;
    }
    expect(fallbacks).toBeGreaterThan(0);
  });

  it("says that a plot in an older recap shows the board as it stands now, with the board's newest figure's day (found in review)", () => {
    const recap = "2026-04-08-opus-4-6-token-count-conflict";
    const rows = data.results.filter((r) => r.benchmark === HEADLINE && r.version === "v4.0");
    const latest = newest(rows).evaluated_at;
    const day = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(latest);
    const notes = [...page(DIST, `/recaps/${recap}/`).querySelectorAll("p.more")].map(text);
    expect(notes).toContain(`As the board stands now, its newest figure of ${day}, not on this recap's date: Artificial Analysis Intelligence Index v4.0 leaderboard`);
    // The home page is no recap: its plot's note speaks of no recap's date (found in review).
    const home = [...page(DIST, "/").querySelectorAll("p.more")].map(text).filter((t) => t.startsWith("As the board stands now"));
    expect(home).toHaveLength(1);
    expect(home[0]).not.toContain("recap");
  });
});
