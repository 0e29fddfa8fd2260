import { join } from "node:path";
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { readDataset } from "../../integrations/readDataset";
import { findBenchmark } from "../leaderboard/boardIndex";
import { boardsOverTime } from "../leaderboard/frontierOverTime";
import type { BenchmarkLike, ModelLike, ResultLike } from "../leaderboard/types";
import { frontierPlots, gapText, SIDE_COLOURS } from "./frontierPlots";
import { contrastRatio } from "./palette";

const ROOT = join(import.meta.dirname, "../../..");
const sample = readDataset({ dataDir: join(ROOT, "data"), displayRoot: ROOT });
const plotsOf = (id: string, version: string) => {
  const b = findBenchmark(sample.benchmarks, id, version);
  return frontierPlots(b, boardsOverTime(b, sample.results, sample.models), `${b.name} ${version}`);
};
const v40 = plotsOf("aa-intelligence-index", "v4.0");
const v41 = plotsOf("aa-intelligence-index", "v4.1");
const parse = (svg: string) => parseHTML(`<!doctype html><html><body>${svg}</body></html>`).document;
const texts = (svg: string, selector: string) => [...parse(svg).querySelectorAll(selector)].map((t) => t.textContent);

describe("the open-against-closed plot", () => {
  const svg = v40.openClosed.svg;
  it("is one named image without styles (the CSP admits hashed styles only)", () => {
    const root = parse(svg).querySelector("svg")!;
    expect(root.getAttribute("role")).toBe("img");
    expect(root.getAttribute("aria-label")).toBe("Artificial Analysis Intelligence Index v4.0: best open-weights and best closed score over time");
    expect(svg).not.toMatch(/<style|\sstyle=|font-variant/);
  });
  it("marks every change with a tooltip naming the model, and labels the holders and the gap", () => {
    const titles = texts(svg, "circle title");
    expect(titles).toContain("Best closed: Claude Fable 5\nscore 64.9 from 2026-06-09");
    expect(titles).toContain("Best open weights: Kimi K2.6\nscore 54 from 2026-04-24");
    expect(texts(svg, "g.halo text")).toEqual(expect.arrayContaining(["closed ahead by 10.9", "Claude Fable 5", "Kimi K2.6"]));
    expect(texts(svg, "g.legend text")).toEqual(["Best open weights (dashed)", "Best closed"]);
    // The open line is dashed, so the two read apart without colour.
    expect(parse(svg).querySelector(`g[stroke="${SIDE_COLOURS.open}"]`)!.getAttribute("stroke-dasharray")).toBe("6 3");
    expect(parse(svg).querySelector(`g[stroke="${SIDE_COLOURS.closed}"]`)!.hasAttribute("stroke-dasharray")).toBe(false);
    // No ids: Plot numbers its markers build-wide, and two plots on a page must not clash.
    expect(svg).not.toMatch(/\sid=/);
  });
  it("has a table of every step as its text alternative, and a caption with the gap", () => {
    expect(v40.openClosed.table.head).toEqual(["Report date", "Best open weights", "Score", "Best closed", "Score", "Gap"]);
    expect(v40.openClosed.table.rows).toContainEqual(["2026-02-18", "GLM-5", "50", "Claude Opus 4.6", "53", "closed ahead by 3"]);
    expect(v40.openClosed.table.rows.at(-1)).toEqual(["2026-06-09", "Kimi K2.6", "54", "Claude Fable 5", "64.9", "closed ahead by 10.9"]);
    expect(v40.openClosed.caption).toContain("the gap at the newest report: closed ahead by 10.9");
  });
  it("says it counts the registered models only when the import left rows of the publisher's table out, and a side with none reads 'none registered' (found in review: 'Best open weights: none' while unregistered open models were rated)", () => {
    const b = findBenchmark(sample.benchmarks, "aa-intelligence-index", "v4.1");
    const boards = boardsOverTime(b, sample.results, sample.models);
    const whole = frontierPlots(b, boards, "t");
    const partial = frontierPlots(b, boards, "t", { partial: true });
    expect(whole.openClosed.table.rows.flat()).toContain("none");
    expect(whole.openClosed.caption).not.toContain("registry");
    expect(partial.openClosed.table.rows.flat()).not.toContain("none");
    expect(partial.openClosed.table.rows.flat()).toContain("none registered");
    expect(partial.openClosed.caption).toContain("Only the models in the site's registry are counted");
    expect(partial.openClosed.table.rows.length).toBe(whole.openClosed.table.rows.length);
  });
  it("keeps its colours readable on both page backgrounds", () => {
    for (const c of Object.values(SIDE_COLOURS)) {
      expect(contrastRatio(c, "#fdfdfc")).toBeGreaterThanOrEqual(3);
      expect(contrastRatio(c, "#121417")).toBeGreaterThanOrEqual(3);
    }
  });
  it("is deterministic and matches its snapshot", async () => {
    expect(plotsOf("aa-intelligence-index", "v4.0").openClosed.svg).toBe(svg);
    await expect(svg).toMatchFileSnapshot("__snapshots__/aa-v4.0-open-closed.svg");
  });
});

describe("the cost-to-reach plot", () => {
  it("draws one line per threshold with the current cost at its end", () => {
    const svg = v40.costToReach.svg;
    expect(texts(svg, "g.legend text")).toEqual(["Cheapest to reach score ≥ 40", "Cheapest to reach score ≥ 50"]);
    expect(texts(svg, "g.halo text")).toEqual(["$113", "$176"]);
    expect(texts(svg, "circle title")).toContain("score ≥ 50: MiniMax-M2.7, score 50\n$176 from 2026-03-18");
    expect(v40.costToReach.table.rows).toEqual([
      ["2026-01-28", "score ≥ 40", "Kimi K2", "47", "$371"],
      ["2026-03-18", "score ≥ 40", "MiniMax-M2.7", "50", "$176"],
      // Each row named as the board names it: DeepSeek V4 Flash ran at the setting max.
      ["2026-04-24", "score ≥ 40", "DeepSeek V4 Flash (max)", "47", "$113"],
      ["2026-02-18", "score ≥ 50", "Claude Sonnet 4.6 (max)", "51", "$2,088"],
      ["2026-02-19", "score ≥ 50", "GLM-5", "50", "$547"],
      ["2026-03-18", "score ≥ 50", "MiniMax-M2.7", "50", "$176"],
    ]);
  });
  it("follows the per-task cost where a version reports only that (v4.1)", () => {
    expect(v41.costToReach.caption).toContain("cheapest reported cost per task");
    expect(texts(v41.costToReach.svg, "text")).toContain("↑ Cost per task (US$)");
    expect(texts(v41.costToReach.svg, "g.halo text")).toContain("$0.31 per task");
  });
  it("matches its snapshot", async () => {
    expect(v40.costToReach.svg).not.toMatch(/\sid=/);
    await expect(v40.costToReach.svg).toMatchFileSnapshot("__snapshots__/aa-v4.0-cost-to-reach.svg");
  });
});

describe("text in the plots", () => {
  it("is drawn in the text's colour, never a series colour (3:1 on the page, too faint for text)", () => {
    for (const svg of [v40.openClosed.svg, v40.costToReach.svg, v41.costToReach.svg]) {
      expect(svg).toContain("<text");
      expect(svg).not.toMatch(/<text[^>]*\sfill="#/);
      expect(svg).not.toMatch(/<g[^>]*\sfill="#[^>]*>(?:<text)/);
    }
  });
});

describe("versions with nothing to follow", () => {
  it("say why instead of drawing: one publisher table, or no costs", () => {
    const tb = plotsOf("terminal-bench", "v1");
    expect(tb.openClosed.svg).toBe("");
    expect(tb.notes.openClosed).toBe(
      "All reports of Terminal-Bench v1 share one date (2025-11-30), so there is no history to draw. On 2025-11-30 the best open-weights model was GLM-4.5 (Terminus) with 39.9% and the best closed one Claude Sonnet 4.5 (Apex2) with 64.5%: closed ahead by 24.6 pts.",
    );
    const v411 = plotsOf("aa-intelligence-index", "v4.1.1");
    expect(v411.openClosed.svg).not.toBe("");
    expect(v411.costToReach.svg).toBe("");
    expect(v411.notes.costToReach).toMatch(/^Fewer than two ranked models/);
  });
  it("words gaps plainly, and labels its time axes with dates that differ", () => {
    expect(gapText({ leader: "tie", margin: 0 }, "points")).toBe("tied");
    expect(gapText({ leader: "open", margin: 2.5 }, "percent")).toBe("open weights ahead by 2.5 pts");
    // 72% against 61%: 11 percentage points, not 11% (which would be a share of 61).
    expect(gapText({ leader: "closed", margin: 72 - 61 }, "percent")).toBe("closed ahead by 11 pts");
    for (const svg of [v40.openClosed.svg, v40.costToReach.svg, v41.openClosed.svg]) {
      const ticks = texts(svg, "g.x-tick-labels text");
      expect(ticks.length).toBeGreaterThan(1);
      expect(new Set(ticks).size, ticks.join(" | ")).toBe(ticks.length);
    }
  });
});

describe("rows of one model on the frontier (LMArena's GPT-4o snapshots)", () => {
  // Real-shaped: -2024-05-13 leads the closed side alone (its snapshot is its release day, so the
  // board shows no date); -2024-08-06 appears on 2024-08-22 and takes the lead on 2024-09-04 at
  // the Elo -05-13 had held.
  const gpt4o: ModelLike = { id: "gpt-4o", name: "GPT-4o", lab: "OpenAI", open_weights: false, released: new Date("2024-05-13") };
  const llama: ModelLike = { id: "llama-3-1-405b", name: "Llama 3.1 405B", lab: "Meta", open_weights: true, released: new Date("2024-07-23") };
  const arena: BenchmarkLike = { id: "arena", name: "Arena", version: "v1", unit: "elo", direction: "higher" };
  const at = (model: string, date: string, score: number, line: number, snapshot?: string): ResultLike => ({
    benchmark: "arena",
    version: "v1",
    model,
    evaluated_at: new Date(date),
    score,
    source_url: "https://lmarena.ai/",
    file: "data/results/arena.csv",
    line,
    ...(snapshot && { snapshot }),
  });
  const results = [at("gpt-4o", "2024-08-01", 1286, 2, "2024-05-13"), at("llama-3-1-405b", "2024-08-01", 1262, 3), at("gpt-4o", "2024-08-22", 1262, 4, "2024-08-06"), at("gpt-4o", "2024-09-04", 1285, 5, "2024-05-13"), at("gpt-4o", "2024-09-04", 1286, 6, "2024-08-06")];
  const plots = frontierPlots(arena, boardsOverTime(arena, results, [gpt4o, llama]), "Arena v1");
  it("names each row as the newest board does, and marks the handover from one snapshot to the other", () => {
    expect(plots.openClosed.table.rows.map((r) => r.slice(3, 5))).toEqual([
      ["GPT-4o (2024-05-13)", "1,286"],
      ["GPT-4o (2024-08-06)", "1,286"],
    ]);
    const titles = texts(plots.openClosed.svg, "circle title");
    expect(titles).toContain("Best closed: GPT-4o (2024-05-13)\nscore 1,286 from 2024-08-01");
    expect(titles).toContain("Best closed: GPT-4o (2024-08-06)\nscore 1,286 from 2024-09-04");
    // The current holder's label at the right end names the row the board ranks first.
    expect(texts(plots.openClosed.svg, "g.halo text")).toContain("GPT-4o (2024-08-06)");
    expect(plots.openClosed.caption).not.toContain("disputed");
  });
  it("names the models it counts as closed while listings in their catalog call them open (found in review: LMArena's DeepSeek-V3)", () => {
    const v3 = { id: "deepseek-v3", name: "DeepSeek-V3", lab: "DeepSeek", open_weights: false, released: new Date("2024-12-26"), catalog: "models.dev", catalog_disputes: { released: [], open_weights: { value: true, listings: { n: 1, of: 4 } } } } as ModelLike;
    const withV3 = frontierPlots(arena, boardsOverTime(arena, [...results, at("deepseek-v3", "2024-09-04", 1300, 7)], [gpt4o, llama, v3]), "Arena v1");
    expect(withV3.openClosed.caption).toContain("Counted as closed, as their registry rows say, though listings of them in their catalog call their weights open (disputed): DeepSeek-V3.");
  });
});
