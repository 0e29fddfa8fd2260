import * as Plot from "@observablehq/plot";
import { formatScore, formatTokens, formatUsd, MISSING, type ScoreUnit } from "../format/formatNumber";
import { paretoFrontier } from "../leaderboard/paretoFrontier";
import { labColours, type LabColours } from "./palette";
import { HALO, PLOT_DEFAULTS, renderPlot, textWidth } from "./renderPlot";
import { logTicks, scoreAxis } from "./axisTicks";
import { withInterval } from "./intervalBars";

/** One model on an efficiency plot (a leaderboard row, flattened). */
export interface EfficiencyRow {
  id: string;
  name: string;
  lab: string;
  score: number;
  /** Output tokens to run the benchmark. */
  tokens?: number;
  /** US dollars to run the benchmark. */
  cost?: number;
  /** Output tokens and US dollars per task (Artificial Analysis from v4.1, Aider): never on the same axis as whole-run totals. */
  tokensPerTask?: number;
  costPerTask?: number;
  /** Setting of the ranked report, shown in the tooltip. */
  setting?: string;
  /** The score's interval, drawn as an error bar. */
  low?: number;
  high?: number;
}

/** What `efficiencyPlotSvg` draws. */
export interface EfficiencyOptions {
  /** The horizontal axis, on a log scale: output tokens or dollars to run the whole benchmark, or per task. */
  x: EfficiencyAxis;
  unit: ScoreUnit;
  direction?: "higher" | "lower";
  /** Accessible name, e.g. "Intelligence Index v4.0: score against output tokens". */
  label: string;
  /** Lab colours shared by the page's plots; default: from these rows. */
  colours?: LabColours;
  width?: number;
  height?: number;
}

/** What an efficiency plot can put on its x axis: whole-run totals, or per-task figures, each in its own unit. */
export type EfficiencyAxis = "tokens" | "cost" | "tokensPerTask" | "costPerTask";

/** Each axis with its label (which names its unit) and formatter. */
const AXIS = {
  tokens: { label: "Output tokens to run →", format: (v: number) => formatTokens(v), key: "tokens" as const },
  cost: { label: "Cost to run (US$) →", format: (v: number) => formatUsd(v), key: "cost" as const },
  tokensPerTask: { label: "Output tokens per task →", format: (v: number) => formatTokens(v), key: "tokensPerTask" as const },
  costPerTask: { label: "Cost per task (US$) →", format: (v: number) => formatUsd(v), key: "costPerTask" as const },
};

export { logTicks };

/** A point's tooltip: model, setting, lab, score, tokens and cost. */
function efficiencyTooltip(row: EfficiencyRow, unit: ScoreUnit, x: EfficiencyAxis = "tokens"): string {
  const name = row.setting ? `${row.name} (${row.setting})` : row.name;
  if (x === "tokensPerTask" || x === "costPerTask") {
    return `${name} · ${row.lab}\nscore ${formatScore(row.score, unit)} · ${formatTokens(row.tokensPerTask)} output tokens per task · ${row.costPerTask === undefined ? MISSING : formatUsd(row.costPerTask)} per task`;
  }
  return `${name} · ${row.lab}\nscore ${formatScore(row.score, unit)} · ${formatTokens(row.tokens)} output tokens · ${row.cost === undefined ? MISSING : formatUsd(row.cost)} to run`;
}

/**
 * The split of rows an efficiency plot shows: the points with the figure, the Pareto frontier
 * among them (cheapest first) and the rows left out for lack of the figure.
 */
export function efficiencyData(rows: readonly EfficiencyRow[], x: EfficiencyAxis, direction: "higher" | "lower" = "higher") {
  const { frontier, excluded } = paretoFrontier(rows, { cost: (r) => r[x], score: (r) => r.score, direction });
  const plotted = rows.filter((r) => !excluded.includes(r));
  return { plotted, frontier, excluded };
}

/**
 * Score against output tokens or cost to run (log x), one dot per model coloured by lab, the
 * Pareto frontier drawn as a step line with its models labelled, a legend, and a `<title>`
 * tooltip per dot. Rows without the x figure are left out (the caption says how many).
 * Pure and deterministic: the same rows give the same string.
 */
export function efficiencyPlotSvg(rows: readonly EfficiencyRow[], options: EfficiencyOptions): string {
  const axis = AXIS[options.x];
  const direction = options.direction ?? "higher";
  const { plotted, frontier } = efficiencyData(rows, options.x, direction);
  const colours = options.colours ?? labColours(plotted.map((r) => r.lab));
  const width = options.width ?? PLOT_DEFAULTS.width;
  const onFrontier = new Set(frontier);
  const xs = plotted.map((r) => r[axis.key]!);
  // Labels of points in the right part of the plot run leftwards, so that none leaves the frame.
  const [lo, hi] = [Math.min(...xs), Math.max(...xs)].map(Math.log);
  const runsLeft = (r: EfficiencyRow) => hi > lo && (Math.log(r[axis.key]!) - lo) / (hi - lo) > 0.5;
  const labelOf = (r: EfficiencyRow) => r.name;
  const marks: Plot.Markish[] = [
    // Error bars first, under the dots: the score's interval where the publisher gives one.
    Plot.ruleX(withInterval(plotted), { x: axis.key, y1: "low", y2: "high", stroke: (d: EfficiencyRow) => colours.colourOf(d.lab), strokeOpacity: 0.55, strokeWidth: 1.5 }),
    Plot.line(frontier, { x: axis.key, y: "score", curve: direction === "higher" ? "step-after" : "step-before", stroke: "currentColor", strokeOpacity: 0.6, strokeDasharray: "4 3" }),
    Plot.dot(plotted, {
      x: axis.key,
      y: "score",
      r: (d: EfficiencyRow) => (onFrontier.has(d) ? 6 : 4.5),
      fill: (d: EfficiencyRow) => colours.colourOf(d.lab),
      stroke: (d: EfficiencyRow) => (onFrontier.has(d) ? "currentColor" : "none"),
      strokeWidth: 1.5,
      title: (d: EfficiencyRow) => efficiencyTooltip(d, options.unit, options.x),
    }),
    Plot.text(frontier.filter((r) => !runsLeft(r)), { x: axis.key, y: "score", text: labelOf, textAnchor: "start", dx: 8, dy: -11, paintOrder: "stroke", strokeLinejoin: "round", className: HALO }),
    Plot.text(frontier.filter(runsLeft), { x: axis.key, y: "score", text: labelOf, textAnchor: "end", dx: -8, dy: -11, paintOrder: "stroke", strokeLinejoin: "round", className: HALO }),
  ];
  // Room for the longest label on either side of the outermost points.
  const longest = Math.max(0, ...frontier.map((r) => textWidth(labelOf(r))));
  const inset = Math.min(longest / 3, 60);
  // Room for the longest score label (minutes read `2 h 17 min`; past two hours, ticks on whole hours).
  const score = scoreAxis(plotted.flatMap((r) => [r.score, r.low ?? r.score, r.high ?? r.score]), options.unit);
  const marginLeft = score.marginLeft;
  // The x axis's length in SVG units, so that its tick labels are thinned until none touches another.
  const axisLength = width - marginLeft - 24 - 2 * 12 - 2 * inset;
  return renderPlot({
    label: options.label,
    legend: colours.legend.filter((l) => plotted.some((r) => colours.colourOf(r.lab) === l.colour)),
    width,
    height: options.height,
    marginLeft,
    marginRight: 24,
    marginBottom: 48,
    inset: 12,
    x: { type: "log", label: axis.label, labelAnchor: "right", labelOffset: 38, tickFormat: axis.format, ticks: logTicks(Math.min(...xs), Math.max(...xs), { length: axisLength, format: axis.format }), grid: true, insetLeft: inset, insetRight: inset },
    y: { label: `↑ Score (${options.unit})`, labelAnchor: "top", grid: true, ...score.y },
    color: { type: "identity" },
    r: { type: "identity" },
    marks: plotted.length > 0 ? marks : [Plot.frame({ strokeOpacity: 0.2 })],
  });
}
