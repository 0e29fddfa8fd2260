import { disputedClosed } from "../models/catalogDisputes";
import * as Plot from "@observablehq/plot";
import { formatDate } from "../format/formatDate";
import { formatScore, formatScoreDifference, formatUsd, type ScoreUnit } from "../format/formatNumber";
import {
  cheapestToReach,
  costFigureOf,
  openClosedFrontier,
  scoreThresholds,
  type CheapestSeries,
  type CostFigure,
  type DatedBoard,
  type Gap,
  type OpenClosedStep,
} from "../leaderboard/frontierOverTime";
import type { BenchmarkLike } from "../leaderboard/types";
import type { BoardEntry } from "../leaderboard/buildBoard";
import { entryName } from "../leaderboard/boardCells";
import type { PlotBundle } from "./boardPlots";
import { logTicks, timeTicks } from "./axisTicks";
import { LAB_PALETTE } from "./palette";
import { HALO, PLOT_DEFAULTS, renderPlot, textWidth } from "./renderPlot";
import { plural } from "../format/plural";

/**
 * Colours of the two sides (from the lab palette, so both read on the light and the dark page
 * background); the open side's line is also dashed, for readers who cannot tell the hues apart.
 */
export const SIDE_COLOURS = { open: LAB_PALETTE[2], closed: LAB_PALETTE[0] } as const;
/** Colours of the cost-to-reach lines, lowest score first. */
const THRESHOLD_COLOURS = [LAB_PALETTE[1], LAB_PALETTE[4], LAB_PALETTE[5], LAB_PALETTE[3]] as const;

const iso = (d: Date) => formatDate(d, "iso");

/** "closed ahead by 10.9", "open weights ahead by 3", "closed ahead by 11 pts" (percentage points), "tied". */
export function gapText(gap: Gap, unit: ScoreUnit): string {
  if (gap.leader === "tie") return "tied";
  return `${gap.leader === "open" ? "open weights" : "closed"} ahead by ${formatScoreDifference(gap.margin, unit)}`;
}

/** A cost in the figure's wording: `$176` to run the benchmark, `$0.94` per task. */
function costText(cost: number, figure: CostFigure): string {
  return figure === "cost_usd" ? formatUsd(cost) : `${formatUsd(cost)} per task`;
}

/** A point on one side's line. */
interface SidePoint {
  side: "open" | "closed";
  date: Date;
  score: number;
  /** The row's identity (`BoardEntry.key`): two snapshots or settings of one model are two rows. */
  key: string;
  name: string;
  /** Whether the side's best changed here (a dot), or the line is only carried on. */
  change: boolean;
}

/** A time axis's ticks and format between two dates, thinned so that no two labels touch (`timeTicks`). */
function timeAxis(first: Date, last: Date, length: number): { ticks: Date[]; tickFormat: (d: Date) => string } {
  const { ticks, format } = timeTicks(first, last, length);
  return { ticks, tickFormat: format };
}

const sideLabel = { open: "Best open weights", closed: "Best closed" } as const;

/** The points of both lines: one per change of row or score, each line carried on to the last report day. */
function sidePoints(steps: readonly OpenClosedStep[], lastDay: Date, nameOf: (e: BoardEntry) => string): SidePoint[] {
  const points: SidePoint[] = [];
  for (const side of ["open", "closed"] as const) {
    let previous: SidePoint | undefined;
    for (const step of steps) {
      const entry = step[side];
      if (!entry) continue;
      if (previous && previous.key === entry.key && previous.score === entry.score.value) continue;
      previous = { side, date: step.date, score: entry.score.value, key: entry.key, name: nameOf(entry), change: true };
      points.push(previous);
    }
    if (previous && lastDay > previous.date) points.push({ ...previous, date: lastDay, change: false });
  }
  return points;
}

/** What `openClosedPlotSvg` draws. */
export interface OpenClosedOptions {
  unit: ScoreUnit;
  direction: "higher" | "lower";
  /** Accessible name. */
  label: string;
  /** The last report day of the version (the lines run on to it). */
  lastDay: Date;
  /** A row's name (default `entryName`); `frontierPlots` names rows as the newest board does (`rowNamesOf`). */
  nameOf?: (e: BoardEntry) => string;
  width?: number;
  height?: number;
}

/**
 * The best open-weights score and the best closed score over time as two step lines (the open
 * one dashed), a dot where either changed hands or value (its tooltip names the model), the
 * current holders labelled at the right, and the gap between them at the last report day drawn
 * as a bracket with its size. Pure and deterministic.
 */
function openClosedPlotSvg(steps: readonly OpenClosedStep[], options: OpenClosedOptions): string {
  const points = sidePoints(steps, options.lastDay, options.nameOf ?? entryName);
  const last = steps.at(-1);
  const width = options.width ?? PLOT_DEFAULTS.width;
  const colour = (p: SidePoint) => SIDE_COLOURS[p.side];
  const ends = (["open", "closed"] as const).flatMap((side) => points.filter((p) => p.side === side).slice(-1));
  const gap = last?.gap && last.open && last.closed ? { date: options.lastDay, y1: last.open.score.value, y2: last.closed.score.value, text: gapText(last.gap, options.unit) } : undefined;
  const longest = Math.max(0, ...ends.map((p) => textWidth(p.name)), gap ? textWidth(gap.text) : 0);
  const marks: Plot.Markish[] = [];
  for (const side of ["open", "closed"] as const) {
    const line = points.filter((p) => p.side === side);
    marks.push(
      Plot.line(line, { x: "date", y: "score", curve: "step-after", stroke: SIDE_COLOURS[side], strokeWidth: 2, strokeDasharray: side === "open" ? "6 3" : undefined }),
      Plot.dot(
        line.filter((p) => p.change),
        {
          x: "date",
          y: "score",
          r: 4.5,
          fill: colour,
          title: (p: SidePoint) => `${sideLabel[p.side]}: ${p.name}\nscore ${formatScore(p.score, options.unit)} from ${iso(p.date)}`,
        },
      ),
    );
  }
  if (gap) {
    // The bracket's ends are short links, not Plot's markers: those get ids from a counter shared
    // by every plot of the build, which would make the output depend on what was drawn before.
    const first = steps[0]?.date ?? options.lastDay;
    const half = Math.max(86_400_000, (options.lastDay.getTime() - first.getTime()) * 0.012);
    const at = (ms: number) => new Date(gap.date.getTime() + ms);
    const bracket = [
      { x1: gap.date, x2: gap.date, y1: gap.y1, y2: gap.y2 },
      { x1: at(-half), x2: at(half), y1: gap.y1, y2: gap.y1 },
      { x1: at(-half), x2: at(half), y1: gap.y2, y2: gap.y2 },
    ];
    marks.push(
      Plot.link(bracket, { x1: "x1", x2: "x2", y1: "y1", y2: "y2", stroke: "currentColor", strokeWidth: 1.5 }),
      Plot.text([gap], { x: "date", y: (g: typeof gap) => (g.y1 + g.y2) / 2, text: "text", textAnchor: "end", dx: -8, paintOrder: "stroke", strokeLinejoin: "round", className: HALO }),
    );
  }
  // The current holders' names at the right end: the upper one above its line, the lower one
  // below its own (Plot's dy is one value per mark, hence two marks). In the text's colour, not
  // the line's: the series colours reach 3:1, enough for a line, not for text (4.5:1).
  const top = Math.max(...ends.map((e) => e.score));
  const upper = ends.filter((p) => p.score === top).slice(0, 1);
  const lower = ends.filter((p) => !upper.includes(p));
  const endLabel = { x: "date", y: "score", text: "name", textAnchor: "end", dx: -4, paintOrder: "stroke", strokeLinejoin: "round", className: HALO } as const;
  marks.push(Plot.text(upper, { ...endLabel, dy: -12 }), Plot.text(lower, { ...endLabel, dy: 14 }));
  return renderPlot({
    label: options.label,
    legend: [
      { label: "Best open weights (dashed)", colour: SIDE_COLOURS.open },
      { label: "Best closed", colour: SIDE_COLOURS.closed },
    ],
    width,
    height: options.height,
    marginLeft: 48,
    marginRight: 24,
    marginBottom: 48,
    inset: 12,
    x: { type: "utc", label: "Report date →", labelAnchor: "right", labelOffset: 38, grid: true, ...timeAxis(steps[0]?.date ?? options.lastDay, options.lastDay, width - 48 - 24 - 2 * 12 - 8 - Math.min(longest / 4, 40)), insetLeft: 8, insetRight: Math.min(longest / 4, 40) },
    y: { label: `↑ Best score (${options.unit})`, labelAnchor: "top", grid: true, nice: true, tickFormat: (v: number) => formatScore(v, options.unit) },
    marks: points.length > 0 ? marks : [Plot.frame({ strokeOpacity: 0.2 })],
  });
}

/** A point on one threshold's line. */
interface CostPoint {
  threshold: number;
  date: Date;
  cost?: number;
  name?: string;
  score?: number;
  change: boolean;
}

/** What `costToReachPlotSvg` draws. */
export interface CostToReachOptions {
  unit: ScoreUnit;
  direction: "higher" | "lower";
  figure: CostFigure;
  label: string;
  lastDay: Date;
  /** As `OpenClosedOptions.nameOf`. */
  nameOf?: (e: BoardEntry) => string;
  width?: number;
  height?: number;
}

const reachText = (threshold: number, unit: ScoreUnit, direction: "higher" | "lower") => `score ${direction === "higher" ? "≥" : "≤"} ${formatScore(threshold, unit)}`;

/**
 * The cheapest cost of reaching each score threshold over time: one step line per threshold on a
 * log cost axis, a dot where the cheapest model or its cost changed (tooltip: model, score, cost),
 * each line carried on to the last report day and labelled there with its current cost. Pure and
 * deterministic.
 */
function costToReachPlotSvg(series: readonly CheapestSeries[], options: CostToReachOptions): string {
  const colourOf = new Map(series.map((s, i) => [s.threshold, THRESHOLD_COLOURS[i % THRESHOLD_COLOURS.length]]));
  const nameOf = options.nameOf ?? entryName;
  const points: CostPoint[] = series.flatMap((s) => {
    const line: CostPoint[] = s.steps.map((step) => ({ threshold: s.threshold, date: step.date, cost: step.cost, name: step.entry && nameOf(step.entry), score: step.entry?.score.value, change: true }));
    const end = line.at(-1);
    if (end && options.lastDay > end.date) line.push({ ...end, date: options.lastDay, change: false });
    return line;
  });
  const costs = points.flatMap((p) => (p.cost === undefined ? [] : [p.cost]));
  const ends = series.flatMap((s) => points.filter((p) => p.threshold === s.threshold).slice(-1)).filter((p) => p.cost !== undefined);
  const endLabel = (p: CostPoint) => costText(p.cost!, options.figure);
  const width = options.width ?? PLOT_DEFAULTS.width;
  const marks: Plot.Markish[] = [];
  for (const s of series) {
    const line = points.filter((p) => p.threshold === s.threshold);
    const colour = colourOf.get(s.threshold)!;
    marks.push(
      Plot.line(line, { x: "date", y: "cost", curve: "step-after", stroke: colour, strokeWidth: 2 }),
      Plot.dot(
        line.filter((p) => p.change && p.cost !== undefined),
        {
          x: "date",
          y: "cost",
          r: 4.5,
          fill: colour,
          title: (p: CostPoint) => `${reachText(p.threshold, options.unit, options.direction)}: ${p.name}, score ${formatScore(p.score, options.unit)}\n${costText(p.cost!, options.figure)} from ${iso(p.date)}`,
        },
      ),
    );
  }
  // In the text's colour: a threshold's colour is a line's (3:1), too faint for text (4.5:1).
  marks.push(Plot.text(ends, { x: "date", y: "cost", text: endLabel, textAnchor: "end", dx: -4, dy: -10, paintOrder: "stroke", strokeLinejoin: "round", className: HALO }));
  const [least, most] = costs.length ? [Math.min(...costs), Math.max(...costs)] : [1, 10];
  // One cost throughout (every threshold reached as cheaply all along): a decade around it, so the
  // axis still reads as a scale rather than one label on a flat line.
  const [lo, hi] = least === most ? [least / Math.sqrt(10), most * Math.sqrt(10)] : [least, most];
  return renderPlot({
    label: options.label,
    legend: series.map((s) => ({ label: `Cheapest to reach ${reachText(s.threshold, options.unit, options.direction)}`, colour: colourOf.get(s.threshold)! })),
    width,
    height: options.height,
    marginLeft: 56,
    marginRight: 24,
    marginBottom: 48,
    inset: 14,
    x: { type: "utc", label: "Report date →", labelAnchor: "right", labelOffset: 38, grid: true, ...timeAxis(new Date(Math.min(options.lastDay.getTime(), ...points.map((p) => p.date.getTime()))), options.lastDay, width - 56 - 24 - 2 * 14 - 8), insetLeft: 8 },
    y: {
      type: "log",
      label: `↑ ${options.figure === "cost_usd" ? "Cost to run (US$)" : "Cost per task (US$)"}`,
      labelAnchor: "top",
      grid: true,
      domain: [lo, hi],
      // Thinned as the efficiency plots' axes are: no two labels touch or read the same.
      ticks: logTicks(lo, hi, { length: (options.height ?? PLOT_DEFAULTS.height) - PLOT_DEFAULTS.marginTop - 48 - 2 * 14, format: (v: number) => formatUsd(v), vertical: true }),
      tickFormat: (v: number) => formatUsd(v),
    },
    marks: costs.length > 0 ? marks : [Plot.frame({ strokeOpacity: 0.2 })],
  });
}

/**
 * Names a version's rows as its newest board names them (`entryName`: model, then setting,
 * snapshot or the name as written where the model has several rows), for every point of its
 * history: a row's snapshot shows once another snapshot of the model is reported, and a reader
 * looks the plot's name up in the table under it, which is the newest board.
 */
function rowNamesOf(boards: readonly DatedBoard[]): (e: BoardEntry) => string {
  const newest = new Map((boards.at(-1)?.board.entries ?? []).map((e) => [e.key, e]));
  return (e) => entryName(newest.get(e.key) ?? e);
}

/** The two frontier-over-time plots of a benchmark version, each with its text alternative. */
export interface FrontierPlots {
  /** Best open-weights against best closed score over time, with the gap. */
  openClosed: PlotBundle;
  /** The cheapest cost of reaching a few scores over time. */
  costToReach: PlotBundle;
  /** Why a plot is empty (shown instead of it), keyed like the plots. */
  notes: { openClosed: string; costToReach: string };
}

/**
 * The frontier-over-time plots of one benchmark version from its boards over time (see
 * `boardsOverTime`); `title` names the board, e.g. "Intelligence Index v4.0". A version whose
 * reports share one date (a publisher's table) has no history: its plots are empty and the notes
 * say what the one day shows instead.
 */
/**
 * `partial`: the import left rows of the publisher's table out of this version for models the
 * registry does not have (not rows refused for a bad cell only): the plots then say they count the registered models only, and a side with no
 * ranked model reads "none registered", not "none" (found in review: "Best open weights: none"
 * for months when unregistered open models were rated).
 */
export function frontierPlots(benchmark: BenchmarkLike, boards: readonly DatedBoard[], title: string, { partial = false }: { partial?: boolean } = {}): FrontierPlots {
  const unit = benchmark.unit;
  const direction = benchmark.direction;
  const score = (v: number | undefined) => formatScore(v, unit);
  const lastDay = boards.at(-1)?.date;
  const steps = openClosedFrontier(boards);
  const nameOf = rowNamesOf(boards);
  const single = boards.length === 1 ? `All reports of ${title} share one date (${iso(boards[0].date)}), so there is no history to draw.` : "";
  const none = partial ? "none registered" : "none";
  const registeredOnly = partial ? " Only the models in the site's registry are counted: the import left other rows of the publisher's table out, so a day's best among all of them may be missing here." : "";
  const final = steps.at(-1);
  const holders = final
    ? ` On ${iso(final.date)} the best open-weights model was ${final.open ? `${nameOf(final.open)} with ${score(final.open.score.value)}` : none} and the best closed one ${final.closed ? `${nameOf(final.closed)} with ${score(final.closed.score.value)}` : none}${final.gap ? `: ${gapText(final.gap, unit)}` : ""}.`
    : "";
  const bothSides = steps.some((s) => s.open) && steps.some((s) => s.closed);
  // Models counted closed by their registry rows whose catalog's other listings call them open
  // (catalogDisputes.ts): named, not counted silently (found in review: LMArena's DeepSeek-V3).
  const closedButDisputed = disputedClosed(boards.flatMap((d) => d.board.entries)).map((m) => m.name);
  const disputedNote = closedButDisputed.length ? ` Counted as closed, as their registry rows say, though listings of them in their catalog call their weights open (disputed): ${closedButDisputed.join(", ")}.` : "";

  const openClosed: PlotBundle =
    lastDay && boards.length > 1 && steps.length > 0
      ? {
          svg: openClosedPlotSvg(steps, { unit, direction, label: `${title}: best open-weights and best closed score over time`, lastDay, nameOf }),
          caption:
            `${title}: the best score of an open-weights model (dashed) and of a closed model, as the leaderboard stood after each report day, ${iso(boards[0].date)} to ${iso(lastDay)}.` +
            (final?.gap ? ` The bracket at the right is the gap at the newest report: ${gapText(final.gap, unit)}.` : bothSides ? "" : ` Only ${steps.some((s) => s.open) ? "open-weights" : "closed"} models are ranked on this version.`) +
            ` A dot marks each day the best changed (${plural(steps.length, "change")}).` +
            disputedNote +
            registeredOnly,
          table: {
            head: ["Report date", "Best open weights", "Score", "Best closed", "Score", "Gap"],
            rows: steps.map((s) => [iso(s.date), s.open ? nameOf(s.open) : none, score(s.open?.score.value), s.closed ? nameOf(s.closed) : none, score(s.closed?.score.value), s.gap ? gapText(s.gap, unit) : "—"]),
          },
          points: steps.length,
        }
      : { svg: "", caption: "", table: { head: [], rows: [] }, points: 0 };

  const newest = boards.at(-1)?.board;
  const figure = newest ? costFigureOf(newest) : undefined;
  const thresholds = newest && figure ? scoreThresholds(newest.entries.filter((e) => e[figure] !== undefined).map((e) => e.score.value), direction) : [];
  const series = figure ? cheapestToReach(boards, thresholds, figure).filter((s) => s.steps.length > 0) : [];
  const what = figure === "cost_per_task_usd" ? "cost per task" : "cost to run the benchmark";
  // Costs first reported on the newest day only: dots on one vertical line, no history to follow.
  const firstCost = Math.min(...series.flatMap((s) => s.steps.map((st) => st.date.getTime())));
  const costsOneDay = series.length > 0 && lastDay !== undefined && firstCost >= lastDay.getTime();
  const costToReach: PlotBundle =
    lastDay && figure && boards.length > 1 && series.length > 0 && !costsOneDay
      ? {
          svg: costToReachPlotSvg(series, { unit, direction, figure, label: `${title}: cheapest ${what} to reach a score, over time`, lastDay, nameOf }),
          caption:
            `${title}: the cheapest reported ${what} (log scale) of any ranked model reaching ${series.map((s) => reachText(s.threshold, unit, direction)).join(", ")}, as the leaderboard stood after each report day: what a level of capability costs, and how fast it gets cheaper.` +
            ` Only models that report a ${what} count.` +
            registeredOnly,
          table: {
            head: ["Report date", "Score to reach", "Cheapest model", "Its score", figure === "cost_usd" ? "Cost to run" : "Cost per task"],
            rows: series.flatMap((s) => s.steps.map((st) => [iso(st.date), reachText(s.threshold, unit, direction), st.entry ? nameOf(st.entry) : "none any more", score(st.entry?.score.value), st.cost === undefined ? "—" : formatUsd(st.cost)])),
          },
          points: series.reduce((n, s) => n + s.steps.length, 0),
        }
      : { svg: "", caption: "", table: { head: [], rows: [] }, points: 0 };

  return {
    openClosed,
    costToReach,
    notes: {
      openClosed: single ? `${single}${holders}` : `No ranked model on ${title}.`,
      costToReach: single
        ? `${single}`
        : costsOneDay
          ? `Every cost on ${title} was reported on ${iso(lastDay!)}, so there is no history yet of what a score costs.`
          : `Fewer than two ranked models on ${title} report a cost (to run the benchmark or per task), so there is no cost to reach a score to follow.`,
    },
  };
}
