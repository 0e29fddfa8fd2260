import * as Plot from "@observablehq/plot";
import { formatDate } from "../format/formatDate";
import { formatScore, formatTokens, formatUsd, type ScoreUnit } from "../format/formatNumber";
import { labColours, type LabColours } from "./palette";
import { HALO, PLOT_DEFAULTS, renderPlot } from "./renderPlot";
import { scoreAxis, timeTicks } from "./axisTicks";
import { withInterval } from "./intervalBars";

/** One model on the score-over-time plot. */
export interface HistoryRow {
  id: string;
  name: string;
  lab: string;
  score: number;
  /** The model's public release date (the x position), or its first report when unknown. */
  released: Date;
  /**
   * `first-reported` when the row's release date is not recorded (the registry has none, or the
   * row is a snapshot whose name gives no date, `-002`) and `released` is its first report;
   * `snapshot` when `released` is the date of a dated snapshot later than the model's release.
   */
  dateKind?: "released" | "first-reported" | "snapshot";
  setting?: string;
  /** Output tokens and US dollars to run, for the tooltip. */
  tokens?: number;
  cost?: number;
  /** The score's interval, drawn as an error bar. */
  low?: number;
  high?: number;
}

/** What `scoreHistoryPlotSvg` draws. */
export interface HistoryPlotOptions {
  unit: ScoreUnit;
  direction?: "higher" | "lower";
  /** Accessible name, e.g. "Intelligence Index v4.0: score by release date". */
  label: string;
  colours?: LabColours;
  width?: number;
  height?: number;
}

/**
 * The running best by release date: the rows that set a new best when they came out, oldest
 * first (a tie with the best so far does not set a new one). Release-day ties go to the better.
 */
export function runningBest(rows: readonly HistoryRow[], direction: "higher" | "lower" = "higher"): HistoryRow[] {
  const better = direction === "higher" ? 1 : -1;
  const ordered = [...rows].sort((a, b) => a.released.getTime() - b.released.getTime() || better * (b.score - a.score) || a.name.localeCompare(b.name, "en"));
  const records: HistoryRow[] = [];
  for (const row of ordered) {
    const best = records.at(-1);
    if (!best || better * (row.score - best.score) > 0) records.push(row);
  }
  return records;
}

/** A point's tooltip: model, setting, lab, score, tokens, cost and release date. */
function historyTooltip(row: HistoryRow, unit: ScoreUnit): string {
  const name = row.setting ? `${row.name} (${row.setting})` : row.name;
  const day = formatDate(row.released, "iso");
  const when = row.dateKind === "first-reported" ? `first reported ${day} (release date unknown)` : row.dateKind === "snapshot" ? `snapshot dated ${day}` : `released ${day}`;
  return `${name} · ${row.lab}\nscore ${formatScore(row.score, unit)} · ${formatTokens(row.tokens)} output tokens · ${formatUsd(row.cost)} to run\n${when}`;
}

/**
 * Score against release date, one dot per model coloured by lab (hollow when the release date is
 * unknown and the dot sits at the model's first report), with the running best as a
 * step line (extended to the newest release) and the record-setters labelled. Pure and
 * deterministic.
 */
export function scoreHistoryPlotSvg(rows: readonly HistoryRow[], options: HistoryPlotOptions): string {
  const direction = options.direction ?? "higher";
  const colours = options.colours ?? labColours(rows.map((r) => r.lab));
  const records = runningBest(rows, direction);
  const newest = rows.reduce<HistoryRow | undefined>((n, r) => (!n || r.released > n.released ? r : n), undefined);
  // The step line runs on to the newest release, so the current best reads as a level.
  const steps = records.length > 0 && newest && newest.released > records.at(-1)!.released ? [...records, { ...records.at(-1)!, released: newest.released }] : records;
  const times = rows.map((r) => r.released.getTime());
  const [lo, hi] = [Math.min(...times), Math.max(...times)];
  const runsLeft = (r: HistoryRow) => hi > lo && (r.released.getTime() - lo) / (hi - lo) > 0.5;
  const width = options.width ?? PLOT_DEFAULTS.width;
  // Room for the longest score label (minutes read `2 h 17 min`; past two hours, ticks on whole hours).
  const score = scoreAxis(rows.flatMap((r) => [r.score, r.low ?? r.score, r.high ?? r.score]), options.unit);
  const marginLeft = score.marginLeft;
  // Ticks whose labels never touch, in a format that tells neighbours apart (days, months or years).
  const time = rows.length > 0 ? timeTicks(new Date(lo), new Date(hi), width - marginLeft - 24 - 2 * 12) : { ticks: [], format: (d: Date) => formatDate(d, "short") };
  return renderPlot({
    label: options.label,
    legend: colours.legend.filter((l) => rows.some((r) => colours.colourOf(r.lab) === l.colour)),
    width,
    height: options.height,
    marginLeft,
    marginRight: 24,
    marginBottom: 48,
    inset: 12,
    x: { type: "utc", label: "Release date →", labelAnchor: "right", labelOffset: 38, ticks: time.ticks, grid: true, tickFormat: time.format },
    y: { label: `↑ Score (${options.unit})`, labelAnchor: "top", grid: true, ...score.y },
    color: { type: "identity" },
    r: { type: "identity" },
    marks:
      rows.length === 0
        ? [Plot.frame({ strokeOpacity: 0.2 })]
        : [
            Plot.ruleX(withInterval(rows), { x: "released", y1: "low", y2: "high", stroke: (d: HistoryRow) => colours.colourOf(d.lab), strokeOpacity: 0.55, strokeWidth: 1.5 }),
            Plot.line(steps, { x: "released", y: "score", curve: "step-after", stroke: "currentColor", strokeOpacity: 0.6, strokeWidth: 1.5 }),
            Plot.dot(rows, {
              x: "released",
              y: "score",
              r: (d: HistoryRow) => (records.includes(d) ? 6 : 4.5),
              // Hollow: placed at its first report, the release date being unknown.
              fill: (d: HistoryRow) => (d.dateKind === "first-reported" ? "none" : colours.colourOf(d.lab)),
              stroke: (d: HistoryRow) => (records.includes(d) ? "currentColor" : d.dateKind === "first-reported" ? colours.colourOf(d.lab) : "none"),
              strokeWidth: 1.5,
              title: (d: HistoryRow) => historyTooltip(d, options.unit),
            }),
            Plot.text(records.filter((r) => !runsLeft(r)), { x: "released", y: "score", text: "name", textAnchor: "start", dx: 8, dy: -11, paintOrder: "stroke", strokeLinejoin: "round", className: HALO }),
            Plot.text(records.filter(runsLeft), { x: "released", y: "score", text: "name", textAnchor: "end", dx: -8, dy: -11, paintOrder: "stroke", strokeLinejoin: "round", className: HALO }),
          ],
  });
}
