import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { buildBoard } from "../leaderboard/buildBoard";
import { boardPlots } from "./boardPlots";

/**
 * The error bars an SVG draws: one `<line>` each in the rule mark's group, the only group drawn at
 * stroke opacity 0.55 (renderPlot strips Plot's `aria-label="rule"` from bare groups; grid lines are at 0.1).
 */
const barsIn = (svg: string) => parseHTML(`<!doctype html><html><body>${svg}</body></html>`).document.querySelectorAll('g[stroke-opacity="0.55"] > line').length;

describe("a plot caption's interval sentence", () => {
  // Five rows, each drawn on a different set of plots, so that no plot's bars are all the board's:
  // - "a" has a release date, output tokens and an interval: a bar on both plots;
  // - "b" has a release date and an interval but no tokens: a bar by release date only;
  // - "c" has tokens and an interval but no release date: a bar against tokens only;
  // - "d" has a release date and tokens, no interval: a dot on both, no bar;
  // - "e" is "a" run at a second setting, with tokens and an interval but no release date of its own
  //   (it has its model's), so it counts as a second run of one model.
  // No row has a cost to run: that plot draws nothing at all.
  const benchmark = { id: "tb", name: "Terminal-Bench", version: "v1", unit: "percent" as const, direction: "higher" as const };
  const models = [
    { id: "a", name: "Alpha", lab: "Lab A", released: new Date("2025-01-01"), open_weights: false },
    { id: "b", name: "Beta", lab: "Lab B", released: new Date("2025-03-01"), open_weights: false },
    { id: "c", name: "Gamma", lab: "Lab C", open_weights: true },
    { id: "d", name: "Delta", lab: "Lab D", released: new Date("2025-05-01"), open_weights: false },
  ];
  const row = (model: string, line: number, figures: { score: number; score_low?: number; score_high?: number; output_tokens?: number; output_tokens_per_task?: number }, setting?: string) => ({
    benchmark: "tb", version: "v1", model, setting, ...figures, evaluated_at: new Date("2025-06-01"), source_url: "https://example.org/", file: "data/results/tb.csv", line,
  });
  const board = buildBoard({
    benchmark,
    models,
    results: [
      row("a", 2, { score: 50, score_low: 45, score_high: 55, output_tokens: 1e6 }),
      row("b", 3, { score: 40, score_low: 35, score_high: 45 }),
      row("c", 4, { score: 30, score_low: 25, score_high: 35, output_tokens: 2e6 }),
      row("d", 5, { score: 20, output_tokens: 3e6, output_tokens_per_task: 900 }),
      row("a", 6, { score: 55, score_low: 50, score_high: 60, output_tokens: 4e6 }, "high"),
    ],
  });
  const plots = boardPlots(board, "Terminal-Bench v1");

  it("counts the bars the tokens plot draws, not every row with an interval", () => {
    // Drawn against tokens: a, c, d and a (high); with bars: a, c and a (high).
    expect(plots.tokens.points).toBe(4);
    expect(barsIn(plots.tokens.svg)).toBe(3);
    expect(plots.tokens.caption).toContain("Vertical bars show the score's interval as the publisher reports it (3 runs of 2 models).");
  });

  it("counts the bars the release-date plot draws", () => {
    // Dated: a, b, d and a (high) (c has no release date); with bars: a, b and a (high).
    expect(plots.history.points).toBe(4);
    expect(barsIn(plots.history.svg)).toBe(3);
    expect(plots.history.caption).toContain("Vertical bars show the score's interval as the publisher reports it (3 runs of 2 models).");
  });

  it("has no interval sentence on a plot that draws nothing", () => {
    expect(plots.cost.points).toBe(0);
    expect(plots.cost.svg).toBe("");
    // The page's note under it says that no ranked model has a cost: the caption does not say it again.
    expect(plots.cost.caption).toBe("Terminal-Bench v1: score against cost to run.");
    expect(plots.cost.caption).not.toMatch(/Vertical bars|interval|not shown/);
  });

  it("has no interval sentence on a plot whose points have no interval", () => {
    // Only d reports tokens per task, and d has no interval.
    expect(plots.tokensPerTask.points).toBe(1);
    expect(barsIn(plots.tokensPerTask.svg)).toBe(0);
    expect(plots.tokensPerTask.caption).not.toMatch(/Vertical bars|interval/);
  });

  it("names the frontier's runs with their settings, and an empty plot without counting what it does not draw", () => {
    // Against tokens (fewer is better, higher scores better): Alpha at 1M and Alpha (high) at 4M.
    expect(plots.tokens.caption).toContain("Pareto frontier (no model scores higher for less): Alpha, Alpha (high).");
    // On a board where lower is better, the caption says so (found in review: "scores higher" of a time to finish).
    // A release date the catalog's other listings dispute is said so in the caption and the table (found in review: plot labels gave it as settled).
    const disputed = [{ ...models[1], catalog: "models.dev", catalog_disputes: { released: [{ date: new Date("2024-01-01"), listings: { n: 1, of: 9 } }] } }, models[0]];
    const history = boardPlots(buildBoard({ benchmark, models: disputed, results: [row("a", 2, { score: 50 }), row("b", 3, { score: 40 })] }), "T").history;
    expect(history.caption).toContain("Placed at a release date their catalog's other listings give otherwise (disputed; the model pages say what they give): Beta.");
    expect(history.table.rows.map((r) => r[2])).toEqual(["2025-01-01", "2025-03-01 (disputed)"]);
    const lower = boardPlots(buildBoard({ benchmark: { ...benchmark, direction: "lower" as const }, models, results: [row("a", 2, { score: 10, output_tokens: 5e6 }), row("b", 3, { score: 20, output_tokens: 1e6 })] }), "T");
    expect(lower.tokens.caption).toContain("Pareto frontier (no model scores lower, which is better, for less): ");
    expect(plots.cost.caption).toMatch(/^Terminal-Bench v1: score against cost to run\.$/);
    expect(plots.cost.caption).not.toMatch(/0 models|coloured by lab|frontier/);
    const undatedOnly = boardPlots(buildBoard({ benchmark, models: [models[2]], results: [row("c", 2, { score: 30, output_tokens: 2e6 })] }), "Terminal-Bench v1");
    expect(undatedOnly.history.points).toBe(0);
    expect(undatedOnly.history.caption).toBe("Terminal-Bench v1: score by model release date. 1 ranked model without a registered release date is not on the time axis (see the table).");
  });
});

describe("a plot of one point", () => {
  const benchmark = {
    id: "aa",
    name: "Index",
    version: "v4.1",
    unit: "points" as const,
    direction: "higher" as const,
  };
  const models = [
    {
      id: "k",
      name: "Kimi K3",
      lab: "Moonshot AI",
      released: new Date("2026-07-10"),
      open_weights: true,
    },
    { id: "g", name: "GPT-5.6", lab: "OpenAI", open_weights: false },
  ];
  const row = (
    model: string,
    line: number,
    figures: { score: number; output_tokens?: number },
  ) => ({
    benchmark: "aa",
    version: "v4.1",
    model,
    ...figures,
    evaluated_at: new Date("2026-07-16"),
    source_url: "https://example.org/",
    file: "data/results/aa.csv",
    line,
  });
  const plots = boardPlots(
    buildBoard({
      benchmark,
      models,
      results: [
        row("k", 2, { score: 58, output_tokens: 110e6 }),
        row("g", 3, { score: 60 }),
      ],
    }),
    "Index v4.1",
  );

  it("is said in a sentence, with a caption that describes no colours, frontier or bars, and keeps its SVG for its embed URL", () => {
    expect(plots.tokens.points).toBe(1);
    expect(plots.tokens.onePoint).toBe(
      "Only one ranked model has a reported token count: Kimi K3 (Moonshot AI), score 58, output tokens to run 110M.",
    );
    expect(plots.tokens.caption).toBe(
      "Index v4.1: score against output tokens to run. 1 ranked model without a reported token count is not shown.",
    );
    expect(plots.tokens.svg).toContain("<svg");
    expect(plots.history.onePoint).toBe(
      "Only one ranked model has a registered release date: Kimi K3 (Moonshot AI), released 2026-07-10, score 58.",
    );
    expect(plots.history.caption).toBe(
      "Index v4.1: score by model release date. 1 ranked model has no registered release date.",
    );
    expect(plots.history.svg).toContain("<svg");
  });

  it("is not said of a plot with no point", () => {
    expect(plots.cost.points).toBe(0);
    expect(plots.cost.onePoint).toBeUndefined();
  });
});
