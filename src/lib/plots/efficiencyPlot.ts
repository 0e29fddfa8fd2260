import * as Plot from "@observablehq/plot";
import { formatScore, formatTokens, formatUsd, MISSING, type ScoreUnit } from "../format/formatNumber";
import { paretoFrontier } from "../leaderboard/paretoFrontier";
import { labColours, type LabColours } from "./palette";
import { HALO, PLOT_DEFAULTS, renderPlot, textWidth } from "./renderPlot";

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
  /** Setting of the ranked report, shown in the tooltip. */
  setting?: string;
  /** The score's interval, drawn as an error bar. */
  low?: number;
  high?: number;
}

/** What `efficiencyPlotSvg` draws. */
export interface EfficiencyOptions {
  /** The horizontal axis: output tokens or dollars to run, on a log scale. */
  x: "tokens" | "cost";
  unit: ScoreUnit;
  direction?: "higher" | "lower";
  /** Accessible name, e.g. "Intelligence Index v4.0: score against output tokens". */
  label: string;
  /** Lab colours shared by the page's plots; default: from these rows. */
  colours?: LabColours;
  width?: number;
  height?: number;
}

const AXIS = {
  tokens: { label: "Output tokens to run →", format: (v: number) => formatTokens(v), key: "tokens" as const },
  cost: { label: "Cost to run (US$) →", format: (v: number) => formatUsd(v), key: "cost" as const },
};

/**
 * Ticks of a log axis at 1, 2, 3 and 5 times powers of ten within [min, max] (at least the two
 * ends' decades), so that labels such as `$300` and `$400` never crowd each other.
 * @example logTicks(95, 2486) // [100, 200, 300, 500, 1000, 2000]
 */
export function logTicks(min: number, max: number): number[] {
  if (!(min > 0) || !(max >= min)) return [];
  const ticks: number[] = [];
  for (let exp = Math.floor(Math.log10(min)); exp <= Math.ceil(Math.log10(max)); exp++) {
    for (const m of [1, 2, 3, 5]) {
      const t = m * 10 ** exp;
      if (t >= min && t <= max) ticks.push(Number(t.toPrecision(12)));
    }
  }
  return ticks.length >= 2 ? ticks : [min, max];
}

/** A point's tooltip: model, setting, lab, score, tokens and cost. */
export function efficiencyTooltip(row: EfficiencyRow, unit: ScoreUnit): string {
  const name = row.setting ? `${row.name} (${row.setting})` : row.name;
  return `${name} · ${row.lab}\nscore ${formatScore(row.score, unit)} · ${formatTokens(row.tokens)} output tokens · ${row.cost === undefined ? MISSING : formatUsd(row.cost)} to run`;
}

/**
 * The split of rows an efficiency plot shows: the points with the figure, the Pareto frontier
 * among them (cheapest first) and the rows left out for lack of the figure.
 */
export function efficiencyData(rows: readonly EfficiencyRow[], x: "tokens" | "cost", direction: "higher" | "lower" = "higher") {
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
    Plot.ruleX(plotted.filter((r) => r.low !== undefined && r.high !== undefined), { x: axis.key, y1: "low", y2: "high", stroke: (d: EfficiencyRow) => colours.colourOf(d.lab), strokeOpacity: 0.55, strokeWidth: 1.5 }),
    Plot.line(frontier, { x: axis.key, y: "score", curve: direction === "higher" ? "step-after" : "step-before", stroke: "currentColor", strokeOpacity: 0.6, strokeDasharray: "4 3" }),
    Plot.dot(plotted, {
      x: axis.key,
      y: "score",
      r: (d: EfficiencyRow) => (onFrontier.has(d) ? 6 : 4.5),
      fill: (d: EfficiencyRow) => colours.colourOf(d.lab),
      stroke: (d: EfficiencyRow) => (onFrontier.has(d) ? "currentColor" : "none"),
      strokeWidth: 1.5,
      title: (d: EfficiencyRow) => efficiencyTooltip(d, options.unit),
    }),
    Plot.text(frontier.filter((r) => !runsLeft(r)), { x: axis.key, y: "score", text: labelOf, textAnchor: "start", dx: 8, dy: -11, paintOrder: "stroke", strokeLinejoin: "round", className: HALO }),
    Plot.text(frontier.filter(runsLeft), { x: axis.key, y: "score", text: labelOf, textAnchor: "end", dx: -8, dy: -11, paintOrder: "stroke", strokeLinejoin: "round", className: HALO }),
  ];
  // Room for the longest label on either side of the outermost points.
  const longest = Math.max(0, ...frontier.map((r) => textWidth(labelOf(r))));
  return renderPlot({
    label: options.label,
    legend: colours.legend.filter((l) => plotted.some((r) => colours.colourOf(r.lab) === l.colour)),
    width,
    height: options.height,
    marginLeft: 48,
    marginRight: 24,
    marginBottom: 48,
    inset: 12,
    x: { type: "log", label: axis.label, labelAnchor: "right", labelOffset: 38, tickFormat: axis.format, ticks: logTicks(Math.min(...xs), Math.max(...xs)), grid: true, insetLeft: Math.min(longest / 3, 60), insetRight: Math.min(longest / 3, 60) },
    y: { label: `↑ Score (${options.unit})`, labelAnchor: "top", grid: true, nice: true, tickFormat: (v: number) => formatScore(v, options.unit) },
    color: { type: "identity" },
    r: { type: "identity" },
    marks: plotted.length > 0 ? marks : [Plot.frame({ strokeOpacity: 0.2 })],
  });
}
