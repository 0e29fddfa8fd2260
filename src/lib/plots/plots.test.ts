import { join, resolve } from "node:path";
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { readDataset } from "../../integrations/readDataset";
import { buildBoard } from "../leaderboard/buildBoard";
import { findBenchmark } from "../leaderboard/boardIndex";
import { boardPlots } from "./boardPlots";
import { efficiencyPlotSvg, logTicks, type EfficiencyRow } from "./efficiencyPlot";
import { runningBest, scoreHistoryPlotSvg, type HistoryRow } from "./historyPlot";
import { contrastRatio, LAB_PALETTE, labColours, labsByRankedModels, OTHER_COLOUR, OTHER_LABS } from "./palette";
import { renderPlot } from "./renderPlot";
import { plotFontOptions, renderPlotPng } from "../../integrations/renderPlotPng";
import { Resvg } from "@resvg/resvg-js";
import { sparklineSvg } from "./sparkline";
import * as Plot from "@observablehq/plot";

const ROOT = resolve(import.meta.dirname, "../../..");
const sample = readDataset({ dataDir: join(ROOT, "data"), displayRoot: ROOT });
const v4 = buildBoard({ benchmark: findBenchmark(sample.benchmarks, "aa-intelligence-index", "v4.0"), results: sample.results, models: sample.models });
const plots = boardPlots(v4, "Intelligence Index v4.0");

const rows: EfficiencyRow[] = [
  { id: "sonnet-4-5", name: "Claude Sonnet 4.5", lab: "Anthropic", score: 43, tokens: 25e6 },
  { id: "sonnet-4-6", name: "Claude Sonnet 4.6", lab: "Anthropic", score: 51, tokens: 74e6, cost: 2088, setting: "max" },
  { id: "gemini", name: "Gemini 3.1 Pro", lab: "Google", score: 57, tokens: 57e6, cost: 892 },
  { id: "twin", name: "Twin <&>", lab: "Other", score: 57, tokens: 57e6 },
  { id: "no-figures", name: "No figures", lab: "Other", score: 60 },
];
const history: HistoryRow[] = [
  { id: "a", name: "Old", lab: "Anthropic", score: 40, released: new Date("2025-06-01") },
  { id: "b", name: "Tie", lab: "Google", score: 40, released: new Date("2025-09-01") },
  { id: "c", name: "Newer", lab: "Google", score: 50, released: new Date("2025-10-01") },
  { id: "d", name: "Lower", lab: "OpenAI", score: 45, released: new Date("2026-01-01") },
];

/** Parses an SVG string as the browser would (inline in HTML). */
const parse = (svg: string) => parseHTML(`<!doctype html><html><body>${svg}</body></html>`).document;

describe("renderPlot (the one DOM helper)", () => {
  const svg = renderPlot({ label: "Test plot", marks: [Plot.dot([1, 2], { x: (d: number) => d, y: (d: number) => d, title: (d: number) => `p${d}` })] });
  it("removes what the W3C Nu checker and axe reject: font-variant attributes and names on bare groups", () => {
    expect(svg).not.toMatch(/font-variant/);
    const doc = parse(svg);
    for (const g of doc.querySelectorAll("g")) expect(g.hasAttribute("aria-label") && !g.hasAttribute("role")).toBe(false);
    expect(svg).not.toMatch(/height: ?intrinsic/);
  });
  it("carries no <style> element or style attribute (the site's CSP admits only hashed styles)", () => {
    for (const s of [svg, plots.tokens.svg, plots.cost.svg, plots.history.svg, sparklineSvg([{ date: new Date("2026-01-01"), value: 1 }])]) {
      expect(s).not.toMatch(/<style|\sstyle=/);
    }
  });
  it("names the chart as one image and keeps per-point titles", () => {
    const root = parse(svg).querySelector("svg")!;
    expect(root.getAttribute("role")).toBe("img");
    expect(root.getAttribute("aria-label")).toBe("Test plot");
    expect(root.getAttribute("xmlns")).toBe("http://www.w3.org/2000/svg");
    expect([...root.querySelectorAll("circle title")].map((t) => t.textContent)).toEqual(["p1", "p2"]);
  });
  it("is deterministic and rounds coordinates", () => {
    expect(renderPlot({ label: "Test plot", marks: [Plot.dot([1, 2], { x: (d: number) => d, y: (d: number) => d, title: (d: number) => `p${d}` })] })).toBe(svg);
    expect(svg).not.toMatch(/\d\.\d{3,}/);
  });
});

describe("the lab palette", () => {
  it("reads on both the light and the dark page background (3:1 or more)", () => {
    for (const colour of [...LAB_PALETTE, OTHER_COLOUR]) {
      expect(contrastRatio(colour, "#fdfdfc"), colour).toBeGreaterThanOrEqual(3);
      expect(contrastRatio(colour, "#121417"), colour).toBeGreaterThanOrEqual(3);
    }
  });
  it("colours the labs with most points and groups the rest", () => {
    const labs = ["A", "A", "B", ...Array.from({ length: 9 }, (_, i) => `L${i}`)];
    const c = labColours(labs);
    expect(c.colourOf("A")).toBe(LAB_PALETTE[0]);
    expect(c.legend.at(-1)).toEqual({ label: OTHER_LABS, colour: OTHER_COLOUR });
    expect(c.legend).toHaveLength(LAB_PALETTE.length + 1);
    expect(labColours(["X", "Y"]).legend.map((l) => l.label)).toEqual(["X", "Y"]);
  });
  it("keeps the site's most ranked labs in one colour on every page, whatever else the page holds (found in review: OpenAI green on one board, blue on the next)", () => {
    const site = ["OpenAI", "Anthropic", "Google"];
    const boardA = labColours(["Google", "Google", "Google", "OpenAI", "Mistral"], site);
    const boardB = labColours(["Anthropic", "OpenAI", "OpenAI", "Zhipu"], site);
    const boardC = labColours(["Mistral", "Google"], site);
    for (const [lab, slot] of [["OpenAI", 0], ["Anthropic", 1], ["Google", 2]] as const) {
      for (const board of [boardA, boardB, boardC]) if (board.legend.some((l) => l.label === lab)) expect(board.colourOf(lab), lab).toBe(LAB_PALETTE[slot]);
    }
    // The other labs take the colours left, never a colour another lab of the page has.
    for (const board of [boardA, boardB, boardC]) expect(new Set(board.legend.map((l) => l.colour)).size).toBe(board.legend.length);
    expect(boardA.colourOf("Mistral")).toBe(LAB_PALETTE[1]);
    // The site's order: labs by their models ranked on any board, each model once.
    const entry = (id: string, lab: string) => ({ model: { id, lab } });
    expect(labsByRankedModels([entry("a", "X"), entry("b", "Y"), entry("c", "Y"), entry("a", "X"), entry("d", "W")])).toEqual(["Y", "W", "X"]);
    // Without the site's order, as before: the page's own.
    expect(labColours(["Google", "OpenAI"]).colourOf("Google")).toBe(LAB_PALETTE[0]);
  });
});

describe("efficiencyPlotSvg", () => {
  const svg = efficiencyPlotSvg(rows, { x: "tokens", unit: "points", label: "Score against output tokens" });
  const doc = parse(svg);
  it("draws one dot per model with the figure, each with a tooltip, and escapes names", () => {
    const titles = [...doc.querySelectorAll("circle title")].map((t) => t.textContent);
    expect(titles).toHaveLength(4);
    expect(titles).toContain("Claude Sonnet 4.6 (max) · Anthropic\nscore 51 · 74M output tokens · $2,088 to run");
    expect(titles).toContain("Twin <&> · Other\nscore 57 · 57M output tokens · — to run");
    expect(svg).toContain("Twin &lt;&amp;&gt;");
    expect(svg).not.toContain("No figures");
  });
  it("labels the frontier models only (equal scores and costs both on it)", () => {
    const labels = [...doc.querySelectorAll("g.halo text")].map((t) => t.textContent).sort();
    expect(labels).toEqual(["Claude Sonnet 4.5", "Gemini 3.1 Pro", "Twin <&>"]);
  });
  it("draws a legend of the labs plotted", () => {
    expect([...doc.querySelectorAll("g.legend text")].map((t) => t.textContent)).toEqual(["Anthropic", "Google", "Other"]);
  });
  it("uses a log x axis formatted as tokens or dollars", () => {
    expect([...doc.querySelectorAll("text")].map((t) => t.textContent)).toContain("Output tokens to run →");
    const cost = efficiencyPlotSvg(rows, { x: "cost", unit: "points", label: "cost" });
    expect(cost).toContain("Cost to run (US$) →");
    expect(cost).toMatch(/>\$1,000</);
  });
  it("puts log ticks at 1, 2, 3 and 5 times powers of ten", () => {
    expect(logTicks(95, 2486)).toEqual([100, 200, 300, 500, 1000, 2000]);
    expect(logTicks(25e6, 240e6)).toEqual([30e6, 50e6, 100e6, 200e6]);
    expect(logTicks(31, 40)).toEqual([31, 40]);
    expect(logTicks(0, 10)).toEqual([]);
  });
  it("matches its snapshot", async () => {
    await expect(svg).toMatchFileSnapshot("__snapshots__/efficiency-tokens.svg");
  });
});

describe("scoreHistoryPlotSvg", () => {
  it("steps through the running best (a tie is not a new best)", () => {
    expect(runningBest(history).map((r) => r.name)).toEqual(["Old", "Newer"]);
    expect(runningBest(history, "lower").map((r) => r.name)).toEqual(["Old"]);
  });
  it("labels record-setters and matches its snapshot", async () => {
    const svg = scoreHistoryPlotSvg(history, { unit: "percent", label: "History" });
    const doc = parse(svg);
    expect([...doc.querySelectorAll("g.halo text")].map((t) => t.textContent).sort()).toEqual(["Newer", "Old"]);
    expect([...doc.querySelectorAll("circle title")]).toHaveLength(4);
    expect(doc.querySelector("circle title")!.textContent).toBe("Old · Anthropic\nscore 40% · — output tokens · — to run\nreleased 2025-06-01");
    await expect(svg).toMatchFileSnapshot("__snapshots__/history.svg");
  });
});

describe("the score-by-release-date plot and dated snapshots", () => {
  it("places a snapshot dated after its model's release at the snapshot's date, and says so", () => {
    // LMArena's history: qwen-max-2025-01-25 (Qwen2.5-Max) reads as Qwen Max, released 2024-04-03;
    // at that date its 1,332 would be "the best score of any model released by" April 2024.
    const benchmark = { id: "arena", name: "Arena", version: "v1", unit: "elo" as const, direction: "higher" as const };
    const models = [
      { id: "qwen-max", name: "Qwen Max", lab: "Alibaba", released: new Date("2024-04-03"), open_weights: false },
      { id: "gpt-4-turbo", name: "GPT-4 Turbo", lab: "OpenAI", released: new Date("2023-11-06"), open_weights: false },
      { id: "gpt-4o", name: "GPT-4o", lab: "OpenAI", released: new Date("2024-05-13"), open_weights: false },
    ];
    const at = (model: string, score: number, snapshot: string | undefined, line: number) => ({
      benchmark: "arena", version: "v1", model, score, snapshot, evaluated_at: new Date("2025-02-27"), source_url: "https://lmarena.ai/", file: "data/results/arena.csv", line,
    });
    const board = buildBoard({ benchmark, models, results: [at("qwen-max", 1332, "2025-01-25", 2), at("gpt-4-turbo", 1256, "2024-04-09", 3), at("gpt-4o", 1285, "2024-05-13", 4)] });
    const history = boardPlots(board, "Arena v1").history;
    expect(history.table.rows).toEqual([
      ["GPT-4 Turbo (2024-04-09)", "OpenAI", "2024-04-09 (snapshot)", "1,256", "yes"],
      ["GPT-4o", "OpenAI", "2024-05-13", "1,285", "yes"],
      ["Qwen Max (2025-01-25)", "Alibaba", "2025-01-25 (snapshot)", "1,332", "yes"],
    ]);
    expect(history.caption).toContain("set in turn by GPT-4 Turbo (2024-04-09), GPT-4o, Qwen Max (2025-01-25). A dated snapshot later than its model's release is placed at its snapshot's date.");
    // Two snapshots of one model that each set a new best are named apart, as in the table.
    const twice = buildBoard({ benchmark, models, results: [at("gpt-4o", 1285, "2024-05-13", 2), at("gpt-4o", 1290, "2024-08-06", 3)] });
    expect(boardPlots(twice, "Arena v1").history.caption).toContain("set in turn by GPT-4o (2024-05-13), GPT-4o (2024-08-06).");
    const titles = [...parse(history.svg).querySelectorAll("circle title")].map((t) => t.textContent);
    expect(titles.find((t) => t!.startsWith("GPT-4 Turbo"))).toMatch(/\nsnapshot dated 2024-04-09$/);
    expect(titles.find((t) => t!.startsWith("GPT-4o"))).toMatch(/\nreleased 2024-05-13$/);
  });

  it("places a snapshot whose name gives no date at its first report, hollow, and says so (found in review: gemini-1.5-pro-002 at the model's February release)", () => {
    const benchmark = { id: "arena", name: "Arena", version: "v1", unit: "elo" as const, direction: "higher" as const };
    const gemini = [{ id: "gemini-1-5-pro", name: "Gemini 1.5 Pro", lab: "Google", released: new Date("2024-02-15"), open_weights: false }];
    const rated = (score: number, snapshot: string, day: string, line: number) => ({
      benchmark: "arena", version: "v1", model: "gemini-1-5-pro", score, snapshot, evaluated_at: new Date(day), source_url: "https://lmarena.ai/", file: "data/results/arena.csv", line,
    });
    const board = buildBoard({ benchmark, models: gemini, results: [rated(1302, "002", "2024-09-24", 2), rated(1260, "001", "2024-05-10", 3)] });
    const history = boardPlots(board, "Arena v1").history;
    expect(history.table.rows).toEqual([
      ["Gemini 1.5 Pro (001)", "Google", "2024-05-10 (first reported)", "1,260", "yes"],
      ["Gemini 1.5 Pro (002)", "Google", "2024-09-24 (first reported)", "1,302", "yes"],
    ]);
    expect(history.caption).toContain("A snapshot whose name gives no date (such as 002) is placed at its first report, as a hollow point: its release date is not recorded.");
    const titles = [...parse(history.svg).querySelectorAll("circle title")].map((t) => t.textContent);
    expect(titles.find((t) => t!.includes("(002)"))).toMatch(/\nfirst reported 2024-09-24 \(release date unknown\)$/);
  });
});

describe("a caption's count of board rows", () => {
  it("says models when each row is a model, runs of models when a model has several settings", () => {
    // Terminal-Bench in the sample: Claude Sonnet 4.5 alone is on the board with several agents.
    const board = buildBoard({ benchmark: findBenchmark(sample.benchmarks, "terminal-bench", "v1"), results: sample.results, models: sample.models });
    const models = new Set(board.entries.map((e) => e.model.id)).size;
    expect(models).toBeLessThan(board.entries.length);
    expect(boardPlots(board, "Terminal-Bench v1").history.caption).toMatch(new RegExp(`score by model release date, \\d+ runs of \\d+ models`));
  });
});

describe("the sample Intelligence Index v4.0 plots", () => {
  it("plot the seed figures and name the frontier", () => {
    expect(plots.tokens.table.rows).toContainEqual(["Claude Sonnet 4.6 (max)", "Anthropic", "51", "74M", "no"]);
    expect(plots.tokens.table.rows).toContainEqual(["Claude Sonnet 4.5", "Anthropic", "43", "25M", "yes"]);
    expect(plots.tokens.table.rows).toContainEqual(["Claude Opus 4.6", "Anthropic", "53", "157M", "no"]);
    expect(plots.cost.table.rows).toContainEqual(["Claude Sonnet 4.6 (max)", "Anthropic", "51", "$2,088", "no"]);
    expect(plots.tokens.caption).toMatch(/Pareto frontier .*Claude Sonnet 4\.5/);
    // Some models are on the board at several settings: the caption counts runs, and the models they are.
    expect(plots.tokens.caption).toMatch(/\d+ ranked runs of \d+ models without a reported token count are not shown/);
  });
  it("give every history point a tooltip with score, tokens, cost and date", () => {
    const titles = [...parse(plots.history.svg).querySelectorAll("circle title")].map((t) => t.textContent);
    expect(titles).toContain("Claude Sonnet 4.6 (max) · Anthropic\nscore 51 · 74M output tokens · $2,088 to run\nreleased 2026-02-17");
    // Claude Opus 4.6 has no registered release date: it is not on the time axis, and the caption counts it.
    expect(titles.some((t) => t?.startsWith("Claude Opus 4.6 ·"))).toBe(false);
    expect(plots.history.caption).toMatch(/\d+ ranked runs of \d+ models without a registered release date are not on the time axis/);
  });
  it("keep every label inside the plot frame", () => {
    for (const bundle of [plots.tokens, plots.cost, plots.history]) {
      const root = parse(bundle.svg).querySelector("svg")!;
      const width = Number(root.getAttribute("width"));
      for (const g of root.querySelectorAll("g.halo")) {
        const anchor = g.getAttribute("text-anchor") ?? "start";
        const dx = Number(/translate\((-?[\d.]+)/.exec(g.getAttribute("transform") ?? "")?.[1] ?? 0);
        for (const t of g.querySelectorAll("text")) {
          const x = Number(/translate\(([\d.]+)/.exec(t.getAttribute("transform")!)![1]) + dx;
          const w = t.textContent!.length * 13 * 0.62;
          const [left, right] = anchor === "end" ? [x - w, x] : [x, x + w];
          expect(left, t.textContent!).toBeGreaterThanOrEqual(0);
          expect(right, t.textContent!).toBeLessThanOrEqual(width);
        }
      }
    }
  });
  it("keep the legend inside the SVG, wrapped to its width", () => {
    for (const bundle of [plots.tokens, plots.cost, plots.history]) {
      const root = parse(bundle.svg).querySelector("svg")!;
      const [width, height] = ["width", "height"].map((a) => Number(root.getAttribute(a)));
      const texts = [...root.querySelectorAll("g.legend text")];
      expect(texts.length).toBeGreaterThan(1);
      for (const t of texts) {
        expect(Number(t.getAttribute("x")) + t.textContent!.length * 13 * 0.62).toBeLessThanOrEqual(width);
        expect(Number(t.getAttribute("y"))).toBeLessThan(height);
      }
    }
  });
  it("match their snapshots", async () => {
    await expect(plots.tokens.svg).toMatchFileSnapshot("__snapshots__/aa-v4.0-tokens.svg");
    await expect(plots.cost.svg).toMatchFileSnapshot("__snapshots__/aa-v4.0-cost.svg");
    await expect(plots.history.svg).toMatchFileSnapshot("__snapshots__/aa-v4.0-history.svg");
  });
});

describe("sparklineSvg", () => {
  it("draws a line through the points with a title each", () => {
    const svg = sparklineSvg([
      { date: new Date("2026-04-17"), value: 57.3 },
      { date: new Date("2026-05-01"), value: 57 },
    ]);
    expect(svg).toBe(
      '<svg xmlns="http://www.w3.org/2000/svg" class="sparkline" viewBox="0 0 120 28" width="120" height="28" role="img" aria-label="Score history: 57.3 (2026-04-17) → 57 (2026-05-01)"><polyline points="4,4 116,24" fill="none" stroke="currentColor" stroke-width="1.5" stroke-linejoin="round"/><circle cx="4" cy="4" r="1.5" fill="currentColor"><title>57.3 (2026-04-17)</title></circle><circle cx="116" cy="24" r="3" fill="currentColor"><title>57 (2026-05-01)</title></circle></svg>',
    );
  });
  it("handles one point and none", () => {
    expect(sparklineSvg([{ date: new Date("2026-02-18"), value: 53 }])).toContain('<circle cx="60" cy="14" r="3"');
    expect(sparklineSvg([])).toBe("");
  });
});

describe("renderPlotPng", () => {
  it("finds a font, so that labels render as glyphs (fails on a machine without DejaVu or Liberation fonts)", () => {
    const text = '<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40"><text x="4" y="30" font-size="28" font-family="system-ui, sans-serif" fill="#000">MW</text></svg>';
    const pixels = new Resvg(text, { background: "#ffffff", font: plotFontOptions() }).render().pixels;
    let dark = 0;
    for (let i = 0; i < pixels.length; i += 4) if (pixels[i] < 100) dark++;
    expect(plotFontOptions().fontFiles.length).toBeGreaterThan(0);
    expect(dark).toBeGreaterThan(100);
  });
  it("renders a plot to a PNG of the SVG's size", () => {
    const png = renderPlotPng(plots.tokens.svg);
    expect([...png.slice(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const view = new DataView(png.buffer, png.byteOffset);
    const root = parse(plots.tokens.svg).querySelector("svg")!;
    expect(view.getUint32(16)).toBe(Number(root.getAttribute("width")));
    expect(view.getUint32(20)).toBe(Number(root.getAttribute("height")));
    const twice = new DataView(renderPlotPng(plots.tokens.svg, { scale: 2 }).buffer);
    expect(twice.getUint32(16)).toBe(2 * Number(root.getAttribute("width")));
  });
});
