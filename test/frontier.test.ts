/**
 * The frontier over time on the built sample site: the open-against-closed and cost-to-reach
 * plots on every leaderboard page and on the home page, each with its table. The expected best
 * scores are recomputed here from the results CSV by a plain oracle (each row's newest scored
 * report, the better one on a same-day tie; a row is a model at a setting, named "Model (setting)"
 * as the board names it), not by the site's code.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DIST } from "./helpers/astro";
import { page, sampleData } from "./helpers/sampleContent";
import { formatScore } from "../src/lib/format/formatNumber";

const data = sampleData();
const iso = (d: Date) => d.toISOString().slice(0, 10);
const cells = (row: Element) => [...row.children].map((c) => c.textContent!.trim());

/** Best open-weights and best closed row per report day, as a row-by-row replay of the CSV. */
function oracle(benchmark: string, version: string) {
  const rows = data.results.filter((r) => r.benchmark === benchmark && r.version === version);
  const open = new Map(data.models.map((m) => [m.id, m.open_weights]));
  const days = [...new Set(rows.map((r) => iso(r.evaluated_at)))].sort();
  const out: { day: string; open?: [string, number]; closed?: [string, number] }[] = [];
  for (const day of days) {
    // Keyed by row: the model and its setting (the sample has no snapshots).
    const current = new Map<string, { model: string; name: string; day: string; score: number }>();
    for (const r of rows) {
      if (r.score === undefined || iso(r.evaluated_at) > day) continue;
      const key = `${r.model}\u0000${r.setting ?? ""}`;
      const had = current.get(key);
      const d = iso(r.evaluated_at);
      const model = data.models.find((m) => m.id === r.model)!.name;
      if (!had || d > had.day || (d === had.day && r.score > had.score)) current.set(key, { model: r.model, name: r.setting ? `${model} (${r.setting})` : model, day: d, score: r.score });
    }
    const best = (isOpen: boolean) =>
      [...current.values()]
        .filter((v) => open.get(v.model) === isOpen)
        .sort((x, y) => y.score - x.score || x.name.localeCompare(y.name, "en"))
        .map((v) => [v.name, v.score] as [string, number])[0];
    const step = { day, open: best(true), closed: best(false) };
    const last = out.at(-1);
    if (last && JSON.stringify([last.open, last.closed]) === JSON.stringify([step.open, step.closed])) continue;
    out.push(step);
  }
  return out;
}

describe("the frontier over time on a leaderboard page", () => {
  const doc = page(DIST, "/leaderboards/aa-intelligence-index/v4.0/");
  const figure = doc.querySelector("#plot-open-closed")!;

  it("draws the open-against-closed plot, named, with its caption", () => {
    expect(doc.querySelector("#frontier")!.textContent).toBe("The frontier over time");
    expect(figure.querySelector("svg[role=img]")!.getAttribute("aria-label")).toBe("Artificial Analysis Intelligence Index v4.0: best open-weights and best closed score over time");
    expect(figure.querySelector("figcaption")!.textContent).toContain("closed ahead by 10.9");
  });

  it("lists in its table every change of the best open and best closed model that the CSV implies", () => {
    const rows = [...figure.querySelectorAll("details tbody tr")].map(cells);
    const expected = oracle("aa-intelligence-index", "v4.0").map((s) => [
      s.day,
      s.open?.[0] ?? "none",
      formatScore(s.open?.[1], "points"),
      s.closed?.[0] ?? "none",
      formatScore(s.closed?.[1], "points"),
    ]);
    expect(rows.map((r) => r.slice(0, 5))).toEqual(expected);
    expect(rows.at(-1)![5]).toBe("closed ahead by 10.9");
  });

  it("draws the cost of reaching a score, with the cheapest model at each change", () => {
    const cost = doc.querySelector("#plot-cost-to-reach")!;
    expect(cost.querySelector("svg[role=img]")).not.toBeNull();
    const rows = [...cost.querySelectorAll("details tbody tr")].map(cells);
    expect(rows).toContainEqual(["2026-03-18", "score ≥ 50", "MiniMax-M2.7", "50", "$176"]);
    // MiniMax-M2.7's row in the CSV: score 50 and $176 to run, reported 2026-03-18.
    const minimax = data.results.find((r) => r.model === "minimax-m2-7" && r.version === "v4.0")!;
    expect([minimax.score, minimax.cost_usd, iso(minimax.evaluated_at)]).toEqual([50, 176, "2026-03-18"]);
  });

  it("says why instead of drawing where a version has a single publisher table", () => {
    const tb = page(DIST, "/leaderboards/terminal-bench/");
    const note = tb.querySelector("#plot-open-closed .empty")!.textContent!;
    expect(note).toContain("All reports of Terminal-Bench v1 share one date (2025-11-30)");
    expect(tb.querySelector("#plot-open-closed svg")).toBeNull();
  });

  it("appears on every leaderboard page, every version", () => {
    for (const b of data.benchmarks) {
      const file = join(DIST, "leaderboards", b.id, b.version, "index.html");
      expect(existsSync(file), file).toBe(true);
      const d = page(DIST, `/leaderboards/${b.id}/${b.version}/`);
      expect(d.querySelector("#plot-open-closed"), `${b.id} ${b.version}`).not.toBeNull();
      expect(d.querySelector("#plot-cost-to-reach"), `${b.id} ${b.version}`).not.toBeNull();
    }
  });
});

describe("the frontier over time on the home page", () => {
  const home = page(DIST, "/");
  it("shows open against closed for the newest headline version, and the cost of a score for the newest with costs", () => {
    const openClosed = home.querySelector("section[aria-labelledby=open-closed]")!;
    expect(openClosed.querySelector("svg[role=img]")!.getAttribute("aria-label")).toContain("Intelligence Index v4.1.1: best open-weights and best closed score");
    expect(openClosed.querySelector("details table")).not.toBeNull();
    // The newest version's board is linked at its own address, which its versioned page names as canonical.
    expect(openClosed.querySelector("a")!.getAttribute("href")).toBe("/leaderboards/aa-intelligence-index/#frontier");
    expect(page(DIST, "/leaderboards/aa-intelligence-index/").getElementById("frontier"), "the anchor the link names").not.toBeNull();
    const cost = home.querySelector("section[aria-labelledby=cost-to-reach]")!;
    // v4.1.1 reports no cost yet: the newest version with costs is v4.1 (per task).
    expect(cost.querySelector("svg[role=img]")!.getAttribute("aria-label")).toBe("Artificial Analysis Intelligence Index v4.1: cheapest cost per task to reach a score, over time");
    expect(cost.querySelector("a")!.getAttribute("href")).toBe("/leaderboards/aa-intelligence-index/v4.1/#frontier");
  });
  it("names in each plot's heading the version it shows, which is not always the top 5's", () => {
    const headings = [...home.querySelectorAll(".side section > h2")].map((h) => h.textContent!.replace(/\s+/g, " ").trim());
    expect(headings.slice(0, 4)).toEqual([
      "Artificial Analysis Intelligence Index v4.1.1: top 5",
      // v4.1.1 and v4.1 report no whole-run token counts: the newest version with them is v4.0.
      "Score against tokens, v4.0",
      "Open weights against closed, v4.1.1",
      "What a score costs, v4.1",
    ]);
    expect(home.querySelector("section[aria-labelledby=efficiency] figcaption")!.textContent).toMatch(/^Artificial Analysis Intelligence Index v4\.0: score against output tokens/);
  });
  it("never splits a shared rank at the top 5's cut: GLM-5.3 and Kimi K3 share rank 5 at 60 (found in review: Kimi K3 was cut)", () => {
    const rows = [...home.querySelectorAll("section[aria-labelledby=top5] table tbody tr")];
    const ranks = rows.map((tr) => Number(tr.getAttribute("data-rank")));
    expect(ranks.slice(0, 5)).toEqual([...ranks.slice(0, 5)].sort((a, b) => a - b));
    expect(ranks.filter((r) => r === 5).length).toBeGreaterThan(1);
    expect(rows.map((tr) => tr.getAttribute("data-model"))).toEqual(expect.arrayContaining(["glm-5-3", "kimi-k3"]));
    // The models panel's links hold the name only, not the spaces of the template around it.
    for (const a of page(DIST, "/recaps/2026-08-18-intelligence-index-v4-1-1-patch/").querySelectorAll("aside a[href^='/models/']")) expect(a.textContent).toBe(a.textContent!.trim());
  });
});
