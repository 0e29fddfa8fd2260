/**
 * The one number formatter: every figure on the site (scores, tokens, dollars, durations) goes
 * through these functions, so a value reads the same on every page. Missing values read as an
 * explicit dash, never `NaN` or `undefined`.
 */
import type { BenchmarkUnit } from "../../schemas/benchmark";

/** What a missing value shows as. */
export const MISSING = "—";

const isNumber = (v: number | undefined | null): v is number => typeof v === "number" && Number.isFinite(v);

/**
 * Token counts: `74M`, `1.2B`, `43k`, `950`.
 * @example formatTokens(74_000_000) // "74M"
 */
export function formatTokens(value: number | undefined | null): string {
  if (!isNumber(value)) return MISSING;
  const units: [number, string][] = [
    [1, ""],
    [1e3, "k"],
    [1e6, "M"],
    [1e9, "B"],
  ];
  // The largest unit the value reaches, or the next one up where the rounding reaches a thousand
  // of it (999,950 is "1M", not "1000k": found in review).
  let i = Math.max(0, units.findLastIndex(([size]) => value >= size));
  for (;;) {
    const [size, suffix] = units[i];
    const scaled = value / size;
    const text = i === 0 ? String(Math.round(scaled)) : scaled.toFixed(scaled >= 100 ? 0 : 1);
    if (Number(text) >= 1000 && i < units.length - 1) {
      i++;
      continue;
    }
    return `${trim(text)}${suffix}`;
  }
}

/**
 * US dollars: `$2,088`, `$892`, `$12.00`, `$1.80`, `$0.31`, `$0.50`, `$0.031`. Under $100 every
 * figure has two digits of cents, so that a column reads alike (`$1.80` beside `$0.94` and
 * `$12.00`, never `$1.8` or `$12`: found in review); under a dollar, two significant digits.
 * @example formatUsd(2088) // "$2,088"
 * @example formatUsd(1.8) // "$1.80"
 */
export function formatUsd(value: number | undefined | null): string {
  if (!isNumber(value)) return MISSING;
  const size = Math.abs(value);
  const sign = value < 0 ? "−" : "";
  if (size >= 100) return `${sign}$${Math.round(size).toLocaleString("en-US")}`;
  if (size >= 1 || size === 0) return `${sign}$${size.toFixed(2)}`;
  // Two significant digits, at least two decimals, without zeros after them (`0.00000010` is `0.0000001`).
  const decimals = Math.min(20, Math.max(2, 1 - Math.floor(Math.log10(size))));
  return `${sign}$${size.toFixed(decimals).replace(/(\.\d\d\d*?)0+$/, "$1")}`;
}

/** Units a benchmark score can have: the registry's `BENCHMARK_UNITS`. */
export type ScoreUnit = BenchmarkUnit;

/**
 * A score in its unit: `51`, `57.3`, `60.3%`, `12 h 0 min`, `1,633`.
 * @example formatScore(60.3, "percent") // "60.3%"
 */
export function formatScore(value: number | undefined | null, unit: ScoreUnit = "points"): string {
  if (!isNumber(value)) return MISSING;
  switch (unit) {
    case "percent":
      return `${trim(value.toFixed(1))}%`;
    case "minutes":
      return formatMinutes(value);
    case "elo":
      return Math.round(value).toLocaleString("en-US");
    case "usd":
      return formatUsd(value);
    case "tokens":
      return formatTokens(value);
    default:
      return trim(value.toFixed(1));
  }
}

/**
 * A change of score with its sign: `+3`, `−1.5` (a minus sign, not a hyphen), `±0`. Between two
 * percentages the change is in percentage points: 64.5% against 52.5% is `+12 pts`, not `+12%`
 * (which would be 12% of 52.5).
 * @example formatScoreChange(-1.5, "points") // "−1.5"
 * @example formatScoreChange(12, "percent") // "+12 pts"
 */
export function formatScoreChange(delta: number, unit: ScoreUnit = "points"): string {
  const sign = delta > 0 ? "+" : delta < 0 ? "−" : "±";
  return `${sign}${formatScoreDifference(Math.abs(delta), unit)}`;
}

/** A gap between two percentages, in percentage points: `1 pt`, `12 pts`. */
const points = (written: string) => `${written} ${written === "1" ? "pt" : "pts"}`;

/**
 * How far apart two scores are, without a sign (`formatScoreChange`'s size): between two
 * percentages in percentage points, `11 pts` for 72% against 61% (not `11%`, which would be a
 * share of 61).
 * @example formatScoreDifference(11, "percent") // "11 pts"
 * @example formatScoreDifference(10.9, "points") // "10.9"
 */
export function formatScoreDifference(size: number, unit: ScoreUnit = "points"): string {
  const abs = Math.abs(size);
  // A difference the score's own precision rounds to zero (an Elo rating 0.3 lower) is written with
  // the digits that show it, never as "0".
  const fine = (written: string) => (abs !== 0 && /^0(?:\.0*)?$/.test(written) ? trim(abs.toPrecision(1)) : written);
  if (unit === "percent") return points(fine(trim(abs.toFixed(1))));
  if (unit === "elo" || unit === "points") return fine(formatScore(abs, unit));
  return formatScore(abs, unit);
}

/** Most decimals `formatApart` adds before it gives up and writes the numbers in full. */
const APART_MAX_DECIMALS = 6;

/**
 * Two different values written so that they read different: as `formatScore` writes them in
 * `unit`, or, when it writes both alike (LMArena's Elo 1,208.6 and 1,209.4 both round to "1,209"),
 * both with the fewest decimals that tell them apart, in the same unit. Equal values stay as
 * `formatScore` writes them. `unit` may be `tokens` or `usd` for those figures.
 * @example formatApart(1208.6, 1209.4, "elo") // ["1,208.6", "1,209.4"]
 * @example formatApart(53, 57, "points") // ["53", "57"]
 */
export function formatApart(a: number, b: number, unit: ScoreUnit = "points"): [string, string] {
  const plain: [string, string] = [formatScore(a, unit), formatScore(b, unit)];
  if (a === b || plain[0] !== plain[1] || !isNumber(a) || !isNumber(b)) return plain;
  // From the decimals `formatScore` shows, never fewer: 64.54% and 64.46% are "64.54%" and
  // "64.46%", not the coarser "65%" and "64%" (found in review).
  const shown = /\.(\d+)/.exec(plain[0])?.[1].length ?? 0;
  for (let decimals = shown; decimals <= APART_MAX_DECIMALS; decimals++) {
    const fine: [string, string] = [withDecimals(a, unit, decimals), withDecimals(b, unit, decimals)];
    if (fine[0] !== fine[1]) return fine;
  }
  return [String(a), String(b)];
}

/**
 * How far apart two values are, without a sign, in the digits `formatApart` writes them with: where
 * it adds decimals to tell them apart, the difference has as many (1,209.4 against 1,208.6 are
 * `0.8` apart, not `1`); else as `formatScoreDifference` writes it.
 * @example formatApartDifference(1209.4, 1208.6, "elo") // "0.8"
 * @example formatApartDifference(64.53, 64.5, "percent") // "0.03 pts"
 */
export function formatApartDifference(a: number, b: number, unit: ScoreUnit = "points"): string {
  const size = Math.abs(a - b);
  const apart = formatApart(a, b, unit)[0];
  if (apart === formatScore(a, unit) || (unit !== "percent" && unit !== "elo" && unit !== "points" && unit !== "minutes")) return formatScoreDifference(size, unit);
  const decimals = /\.(\d+)/.exec(apart)?.[1].length ?? 0;
  const rounded = size.toLocaleString("en-US", { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
  // A gap those digits round to zero keeps the digit that shows it, as `formatScoreDifference` writes it.
  const fixed = size !== 0 && /^0(?:\.0*)?$/.test(rounded) ? trim(size.toPrecision(1)) : rounded;
  if (unit === "percent") return points(fixed);
  return unit === "minutes" ? `${fixed} min` : fixed;
}

/** `value` in `unit` with exactly `decimals` decimals: the fine form `formatApart` falls back to. */
function withDecimals(value: number, unit: ScoreUnit, decimals: number): string {
  const grouped = value.toLocaleString("en-US", { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
  switch (unit) {
    case "percent":
      return `${value.toFixed(decimals)}%`;
    case "minutes":
      return `${grouped} min`;
    case "usd":
      return `$${grouped}`;
    case "elo":
    case "tokens":
      return grouped;
    default:
      return value.toFixed(decimals);
  }
}

/**
 * A score's interval around it: `±1.2%` when symmetric (as formatted), else `+35.6 min/−26.5 min`.
 * Empty when there is no interval.
 * @example formatInterval(64.5, 63.3, 65.7, "percent") // "±1.2%"
 */
export function formatInterval(score: number, low: number | undefined, high: number | undefined, unit: ScoreUnit = "points"): string {
  if (!isNumber(low) || !isNumber(high)) return "";
  const plus = halfWidth(Math.max(0, high - score), unit);
  const minus = halfWidth(Math.max(0, score - low), unit);
  return plus === minus ? `±${plus}` : `+${plus}/−${minus}`;
}

/**
 * One side of an interval as `formatScore` writes it, or, where that rounds a width that is not
 * zero to zero (an Elo interval of 0.4 as "0"), with the one digit that shows it: never "±0" for
 * an interval the source gives.
 */
function halfWidth(size: number, unit: ScoreUnit): string {
  const written = formatScore(size, unit);
  if (size === 0 || written !== formatScore(0, unit)) return written;
  const digit = trim(size.toPrecision(1));
  return unit === "percent" ? `${digit}%` : unit === "elo" || unit === "points" ? digit : written;
}

/**
 * Durations in minutes: `45 min`, `2 h 17 min`, `12 h 0 min`; under a minute in seconds (`2.4 s`,
 * `36 s`), so that METR's early models (GPT-2 at 0.04 min) do not read "0 min".
 * @example formatMinutes(720) // "12 h 0 min"
 * @example formatMinutes(0.0398) // "2.4 s"
 */
export function formatMinutes(value: number | undefined | null): string {
  if (!isNumber(value)) return MISSING;
  if (value > 0 && value < 1) {
    const seconds = value * 60;
    // 59.9 s rounds to a minute: "1 min", not "60 s".
    if (Math.round(seconds) < 60) return `${seconds < 10 ? trim(seconds.toFixed(1)) : Math.round(seconds)} s`;
  }
  const total = Math.round(value);
  if (total < 60) return `${value < 10 ? trim(value.toFixed(1)) : total} min`;
  return `${Math.floor(total / 60)} h ${total % 60} min`;
}

function trim(fixed: string): string {
  return fixed.includes(".") ? fixed.replace(/\.?0+$/, "") : fixed;
}
