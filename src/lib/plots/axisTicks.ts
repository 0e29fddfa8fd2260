import { formatDate } from "../format/formatDate";
import { formatScore, type ScoreUnit } from "../format/formatNumber";
import { textWidth } from "./renderPlot";

/** Room between two tick labels, in SVG units. */
const GAP = 10;

/** The height of a tick label, in SVG units (the plots' 13-unit font, with its line gap). */
const LABEL_HEIGHT = 16;

/**
 * Whether labels centred at `positions` overlap, given their texts' estimated widths (a horizontal
 * axis) or their height (a vertical one), or two neighbours read the same (`$0.02`, `$0.02`).
 */
function crowded(positions: readonly number[], labels: readonly string[], vertical = false): boolean {
  for (let i = 1; i < positions.length; i++) {
    const room = Math.abs(positions[i] - positions[i - 1]);
    const needed = vertical ? LABEL_HEIGHT + GAP / 2 : (textWidth(labels[i - 1]) + textWidth(labels[i])) / 2 + GAP;
    if (room < needed || labels[i] === labels[i - 1]) return true;
  }
  return false;
}

/** Ticks at `multipliers` times powers of ten (every `everyDecades` decade) within [min, max]. */
function decadeTicks(min: number, max: number, multipliers: readonly number[], everyDecades = 1): number[] {
  const ticks: number[] = [];
  const first = Math.floor(Math.log10(min));
  for (let exp = first; exp <= Math.ceil(Math.log10(max)); exp++) {
    if ((exp - first) % everyDecades !== 0) continue;
    for (const m of multipliers) {
      const t = m * 10 ** exp;
      if (t >= min && t <= max) ticks.push(Number(t.toPrecision(12)));
    }
  }
  return ticks;
}

/** How log ticks thin out when labels would touch: fewer multipliers, then fewer decades. */
const LOG_STEPS: readonly (readonly [readonly number[], number])[] = [
  [[1, 2, 3, 5], 1],
  [[1, 2, 5], 1],
  [[1, 3], 1],
  [[1], 1],
  [[1], 2],
  [[1], 3],
];

/**
 * Ticks of a log axis at 1, 2, 3 and 5 times powers of ten within [min, max] (at least the two
 * ends). Given `fit` (the axis's length in SVG units and its label format), the densest set whose
 * labels do not touch: `$0.02 $0.03` on a cost axis from $0.02 to $3,000 thins to 1, 3, then
 * powers of ten only, so that no label overlaps its neighbour at any screen width (the SVG
 * scales as a whole). `fit.vertical` for a y axis: labels are then as tall as a line of text.
 * @example logTicks(95, 2486) // [100, 200, 300, 500, 1000, 2000]
 */
export function logTicks(min: number, max: number, fit?: { length: number; format: (v: number) => string; vertical?: boolean }): number[] {
  if (!(min > 0) || !(max >= min)) return [];
  const at = (t: number) => (max === min ? 0 : ((Math.log(t) - Math.log(min)) / (Math.log(max) - Math.log(min))) * (fit?.length ?? 0));
  let fallback: number[] = [min, max];
  for (const [multipliers, every] of LOG_STEPS) {
    const ticks = decadeTicks(min, max, multipliers, every);
    if (ticks.length < 2) break;
    fallback = ticks;
    if (!fit || !crowded(ticks.map(at), ticks.map(fit.format), fit.vertical)) return ticks;
  }
  // Ends only when even whole decades crowd (or the range is within one decade).
  const ends = fallback.length >= 2 ? fallback : [min, max];
  return fit && crowded(ends.map(at), ends.map(fit.format), fit.vertical) ? [ends[0]] : ends;
}

const DAY = 86_400_000;
const MONTH_STEPS = [1, 2, 3, 6, 12, 24, 60];

/**
 * Ticks of a time axis of `length` SVG units between two dates, and their format: days (`17 Feb`,
 * the first tick and each new year's with the year: `10 Feb 2026`) for a range of weeks, months (`Feb 2026`) for a range of months to a few years, years (`2026`)
 * beyond; the finest step whose labels do not touch. Every label differs from its neighbours (a
 * range of days no longer repeats `Feb 2026` at every tick).
 */
export function timeTicks(min: Date, max: Date, length: number): { ticks: Date[]; format: (d: Date) => string } {
  const [t0, t1] = [min.getTime(), max.getTime()];
  const candidates: { ticks: Date[]; format: (d: Date) => string }[] = [];
  for (const days of [1, 2, 7, 14]) {
    const ticks: Date[] = [];
    for (let t = Math.ceil(t0 / DAY) * DAY; t <= t1; t += days * DAY) ticks.push(new Date(t));
    candidates.push({ ticks, format: dayLabels(ticks) });
  }
  for (const months of MONTH_STEPS) {
    const ticks: Date[] = [];
    const start = new Date(t0);
    let index = start.getUTCFullYear() * 12 + start.getUTCMonth();
    if (Date.UTC(Math.floor(index / 12), index % 12, 1) < t0) index++;
    index = Math.ceil(index / months) * months;
    for (; Date.UTC(Math.floor(index / 12), index % 12, 1) <= t1; index += months) ticks.push(new Date(Date.UTC(Math.floor(index / 12), index % 12, 1)));
    candidates.push({ ticks, format: months >= 12 ? (d) => String(d.getUTCFullYear()) : (d) => formatDate(d, "short").replace(/^\d+ /, "") });
  }
  const at = (d: Date) => (t1 === t0 ? length / 2 : ((d.getTime() - t0) / (t1 - t0)) * length);
  const usable = candidates.filter((c) => c.ticks.length >= 2);
  const fits = usable.find((c) => !crowded(c.ticks.map(at), c.ticks.map(c.format)));
  if (fits) return fits;
  // A single day, or a span too short for two labels: the two ends.
  const ends = t1 === t0 ? [min] : [min, max];
  return { ticks: ends, format: t1 - t0 < 60 * DAY ? dayLabels(ends) : (d) => formatDate(d, "short").replace(/^\d+ /, "") };
}

/**
 * The labels of day ticks: the day and month (`5 Aug`), and the year too on the first tick and on
 * the first of each new year (`5 Aug 2025`), so that a reader knows which year the axis is in (a
 * board of 2026 can plot models released in 2025).
 */
function dayLabels(ticks: readonly Date[]): (d: Date) => string {
  const withYear = new Set(ticks.filter((d, i) => i === 0 || d.getUTCFullYear() !== ticks[i - 1].getUTCFullYear()).map((d) => d.getTime()));
  return (d) => (withYear.has(d.getTime()) ? formatDate(d, "short") : formatDate(d, "short").replace(/ \d{4}$/, ""));
}

/**
 * The left margin a score axis needs so that its tick labels are not cut off: the width of the
 * longest label among the values it can show (`2 h 17 min` needs more than `57`), within 48 to
 * 140 SVG units.
 * @example scoreAxisMargin([54, 230], (v) => formatScore(v, "minutes")) // 98
 */
export function scoreAxisMargin(values: readonly number[], format: (v: number) => string): number {
  const finite = values.filter(Number.isFinite);
  if (finite.length === 0) return 48;
  const [lo, hi] = [Math.min(...finite), Math.max(...finite)];
  // A few values across the range stand in for the ticks Plot will choose.
  const samples = [lo, hi, ...Array.from({ length: 9 }, (_, i) => lo + ((hi - lo) * (i + 1)) / 10)];
  return Math.round(Math.min(140, Math.max(48, ...samples.map((v) => textWidth(format(v)) + 14))));
}

/**
 * A score axis in minutes that passes two hours: its domain and ticks on whole hours (1, 2, 4, 8...
 * at a time, at most eight steps), where Plot's own steps of 50 minutes read "1 h 40 min",
 * "4 h 10 min" (found in review). Undefined for another unit or a shorter axis: Plot's own ticks
 * read well there.
 * @example minuteAxis([12, 290], "minutes") // { domain: [0, 300], ticks: [0, 60, 120, 180, 240, 300], tickFormat } ("0 h" ... "5 h")
 */
export function minuteAxis(values: readonly number[], unit: ScoreUnit): { domain: [number, number]; ticks: number[]; tickFormat: (v: number) => string } | undefined {
  const finite = values.filter(Number.isFinite);
  if (unit !== "minutes" || finite.length === 0) return undefined;
  const [lo, hi] = [Math.min(...finite), Math.max(...finite)];
  if (hi <= 120) return undefined;
  let step = 60;
  while (Math.ceil(hi / step) - Math.floor(lo / step) > 8) step *= 2;
  const domain: [number, number] = [Math.floor(lo / step) * step, Math.max(Math.ceil(hi / step), Math.floor(lo / step) + 1) * step];
  const ticks: number[] = [];
  for (let v = domain[0]; v <= domain[1]; v += step) ticks.push(v);
  // Whole hours: `4 h`, where a score's own format writes `4 h 0 min`.
  return { domain, ticks, tickFormat: (v) => `${v / 60} h` };
}

/**
 * A plot's score axis from the values it shows (scores and their interval bounds): the left
 * margin its tick labels need, and Plot's y options: whole hours in minutes past two hours
 * (`minuteAxis`), else Plot's own nice ticks, each labelled as the score is written.
 * @example scoreAxis([12, 290], "minutes").y.ticks // [0, 60, 120, 180, 240, 300]
 */
export function scoreAxis(values: readonly number[], unit: ScoreUnit): { marginLeft: number; y: { tickFormat: (v: number) => string; nice?: true; domain?: [number, number]; ticks?: number[] } } {
  const hours = minuteAxis(values, unit);
  if (hours) return { marginLeft: scoreAxisMargin(hours.ticks, hours.tickFormat), y: hours };
  const tickFormat = (v: number) => formatScore(v, unit);
  return { marginLeft: scoreAxisMargin(values, tickFormat), y: { nice: true, tickFormat } };
}
