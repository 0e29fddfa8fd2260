/** Display styles for dates; every date on the site goes through `formatDate`. */
export type DateStyle = "long" | "short" | "iso" | "month";

const LONG = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
const SHORT = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
const MONTH = new Intl.DateTimeFormat("en-GB", { month: "long", year: "numeric", timeZone: "UTC" });

/**
 * Formats a date in UTC (recap dates are calendar days; local time zones must not shift them).
 * @example formatDate(new Date("2026-02-17"), "long") // "17 February 2026"
 * @example formatDate(new Date("2026-02-17"), "iso") // "2026-02-17"
 */
export function formatDate(date: Date, style: DateStyle = "long"): string {
  // A build formats the same few hundred days on thousands of pages (every list of recaps, every
  // board row), and Intl's formatting is the costly part: each (style, instant) once.
  // Any other style is formatted as "long" (the default below), so it shares that cache.
  const cache = formatted[style] ?? formatted.long;
  const time = date.getTime();
  let text = cache.get(time);
  if (text === undefined) {
    text = formatUncached(date, style);
    if (cache.size >= FORMATTED_MAX) cache.clear();
    cache.set(time, text);
  }
  return text;
}

/** Formatted dates by style and instant; cleared when full, so a long-running dev server stays small. */
const formatted: Record<DateStyle, Map<number, string>> = { long: new Map(), short: new Map(), iso: new Map(), month: new Map() };
const FORMATTED_MAX = 10_000;

function formatUncached(date: Date, style: DateStyle): string {
  switch (style) {
    case "iso":
      return date.toISOString().slice(0, 10);
    case "short":
      return SHORT.format(date);
    case "month":
      return MONTH.format(date);
    default:
      return LONG.format(date);
  }
}

/**
 * The word before a figure's date: "reported" for a report's own date, "as of" for the date of the
 * publisher's table (a benchmark's `as_of`), which the rows without a date take: that is when the
 * table stood so, not when the figure was reported.
 * @example dateWord({ datedByTable: true }) // "as of"
 */
export const dateWord = (f: { datedByTable?: true }): "reported" | "as of" => (f.datedByTable ? "as of" : "reported");

/**
 * What goes before a date shown bare (in a table cell, in parentheses): "as of " for the date of
 * the publisher's table, nothing for a report's own date.
 * @example asOfPrefix({ datedByTable: true }) // "as of "
 */
export const asOfPrefix = (f: { datedByTable?: true }): string => (f.datedByTable ? "as of " : "");

/** The note a table with "as of" dates carries under it. */
export const AS_OF_NOTE = "“As of” dates are the date of the publisher's table, which gives no date for each result.";
