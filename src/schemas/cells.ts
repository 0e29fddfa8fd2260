import { MAX_NUMBER, MIN_NONZERO_NUMBER } from "./limits";

/**
 * Parsers for the cell formats that real benchmark CSVs contain. Each returns either a value or
 * the reason it is not one; the zod cell schemas in `cellSchemas.ts` turn reasons into messages.
 * Why not `Number(x)`: it accepts "" (0), " 1 " and "0x10" and rejects "60.3%" and "$2,088".
 */

/** A parse outcome: the value, or what was expected instead. */
export type CellResult<T> = { ok: true; value: T } | { ok: false; expected: string };

const SUFFIXES: Record<string, number> = { k: 1e3, m: 1e6, b: 1e9, t: 1e12 };
/** What each of `parseNumberCell`'s magnitude suffixes reads as, for messages. */
const SUFFIX_WORDS: Record<string, string> = { k: "thousands", m: "millions", b: "billions", t: "trillions" };

/**
 * The magnitude suffix a number cell ends in (`74M`, `12 m`), as `parseNumberCell` reads it, and
 * what it reads as; undefined for none.
 * @example magnitudeSuffix("12m") // { suffix: "m", reads: "millions" }
 */
export function magnitudeSuffix(raw: string): { suffix: string; reads: string } | undefined {
  // Anywhere after a digit, as a word's end: `12m%` (the % is read first) and `+4k/-3k` too.
  const m = /\d\s*([kmbt])(?![a-z])/i.exec(raw);
  return m ? { suffix: m[1], reads: SUFFIX_WORDS[m[1].toLowerCase()] } : undefined;
}

// Digits with optional thousands separators, optional decimals, optional exponent.
const NUMBER_RE = /^(\d{1,3}(?:,\d{3})+|\d+)?(\.\d+)?(?:[eE][+-]?\d+)?$/;

/**
 * Parses `60.3`, `60.3%`, `1,234`, `$2,088`, `74M`, `1.2B`, `25k`, `1e6`, `1.5E+3`.
 * Negative numbers, `NaN`, `Infinity`, `n/a`, `-` and an empty string are rejected.
 * @example parseNumberCell("$2,088") // { ok: true, value: 2088 }
 */
export function parseNumberCell(raw: string): CellResult<number> {
  const expected = 'a non-negative number such as 51, 60.3%, 1,234, $2,088 or 74M';
  let text = raw.trim();
  if (text === "") return { ok: false, expected };
  if (text.startsWith("$")) text = text.slice(1).trim();
  let factor = 1;
  if (text.endsWith("%")) text = text.slice(0, -1).trim();
  const last = text.slice(-1).toLowerCase();
  if (last in SUFFIXES && text.length > 1) {
    factor = SUFFIXES[last];
    text = text.slice(0, -1).trim();
  }
  if (text === "" || text === "." || !NUMBER_RE.test(text)) return { ok: false, expected };
  const value = Number(text.replace(/,/g, "")) * factor;
  // Bounded (src/schemas/limits.ts): `1.7976931348623157e308` is finite but becomes Infinity in
  // the first sum, and `1e-400` silently reads as 0.
  if (!Number.isFinite(value) || value > MAX_NUMBER) return { ok: false, expected: `a number of at most ${MAX_NUMBER.toExponential().replace("e+", "e")} (a million billion); this one is too large to be a real figure` };
  if (value < MIN_NONZERO_NUMBER && /[1-9]/.test(text.replace(/[eE][+-]?\d+$/, ""))) return { ok: false, expected: `0 or a number of at least ${MIN_NONZERO_NUMBER}; this one is too small to show (it would read as 0)` };
  // 74M and 1.2B must come out as exact integers despite binary floating point.
  return { ok: true, value: factor === 1 ? value : Math.round(value * 1e6) / 1e6 };
}

/**
 * A count or an amount (output tokens, dollars, a price, a context window): `parseNumberCell`
 * without `%`. The `%` a score may carry means nothing here, and was dropped without a word: `12%`
 * typed into output_tokens read as 12 tokens, `9.5%` in cost_usd as $9.50.
 * @example parseAmountCell("$2,088") // { ok: true, value: 2088 }
 * @example parseAmountCell("12%") // { ok: false, expected: "a count or an amount such as 74M, 1,234 or $2,088, not a percentage" }
 */
export function parseAmountCell(raw: string): CellResult<number> {
  if (raw.trim().endsWith("%")) return { ok: false, expected: "a count or an amount such as 74M, 1,234 or $2,088, not a percentage" };
  return parseNumberCell(raw);
}

/**
 * What it took to run a benchmark (output tokens, dollars, whole or per task): an amount above
 * zero. A run writes tokens and costs something; a 0 (a blank the publisher filled with zero, or a
 * free tier) is no figure, and a log axis cannot place it (found in review: one $0 row blanked the
 * whole cost-to-reach plot while its table listed every row).
 * @example parseRunFigureCell("0") // { ok: false, expected: "a figure above 0 ..." }
 */
export function parseRunFigureCell(raw: string): CellResult<number> {
  const amount = parseAmountCell(raw);
  if (amount.ok && amount.value === 0) return { ok: false, expected: "a figure above 0 such as 74M or $2,088 (a run writes tokens and costs something; leave the cell empty where the publisher gives no figure)" };
  return amount;
}

/** How many of a model's listings in its catalog give a fact: `1 of 18`. */
export interface ListingCount {
  n: number;
  of: number;
}

/** What a catalog gives two ways for one model (`catalog_disputes` in data/models.csv). */
export interface CatalogDisputes {
  /** Release days other listings of the model give, besides the row's, each with how many of its listings give it. */
  released: { date: Date; listings?: ListingCount }[];
  /** The open-weights flag other listings give, where it is not the row's, with how many of its listings say so. */
  open_weights?: { value: boolean; listings?: ListingCount };
}

/**
 * Parses a registry row's `catalog_disputes` cell, written by `npm run import:models`: the facts
 * other listings of the model in its catalog give otherwise than the row, as `|`-separated
 * `field=value` pairs, each value optionally followed by how many of the model's listings give it
 * (`released=2023-03-14 (1 of 3)|open_weights=true (1 of 4)`), so that pages say a fact is
 * disputed, and by how many, rather than show the import's pick as settled.
 * @example parseCatalogDisputesCell("released=2023-03-14 (1 of 3)") // { ok: true, value: { released: [{ date: 2023-03-14, listings: { n: 1, of: 3 } }] } }
 */
export function parseCatalogDisputesCell(raw: string): CellResult<CatalogDisputes> {
  const expected = "field=value pairs separated by |, each value optionally followed by its count of listings, such as released=2023-03-14 (1 of 3)|open_weights=true (1 of 4) (fields: released, open_weights)";
  const value: CatalogDisputes = { released: [] };
  for (const part of raw.split("|").map((p) => p.trim()).filter(Boolean)) {
    const m = /^(released|open_weights)\s*=\s*(.+?)(?:\s*\((\d+) of (\d+)\))?$/.exec(part);
    if (!m) return { ok: false, expected };
    const listings = m[3] === undefined ? undefined : { n: Number(m[3]), of: Number(m[4]) };
    if (listings && (listings.n < 1 || listings.n > listings.of)) return { ok: false, expected: `${expected}; a count such as (1 of 3), at least 1 and at most the total` };
    if (m[1] === "released") {
      const day = parseDayCell(m[2]);
      if (!day.ok) return { ok: false, expected: `${expected}; released takes ${day.expected}` };
      value.released.push({ date: day.value, ...(listings && { listings }) });
    } else {
      const flag = parseBoolCell(m[2]);
      if (!flag.ok || value.open_weights !== undefined) return { ok: false, expected: `${expected}; open_weights once, true or false` };
      value.open_weights = { value: flag.value, ...(listings && { listings }) };
    }
  }
  return { ok: true, value };
}

/** The two half-widths of an interval around a value: `+4/-3` is `{ plus: 4, minus: 3 }`. */
export interface IntervalHalfWidths {
  plus: number;
  minus: number;
}

/**
 * Parses an interval written relative to the score, as LMArena writes its 95% CI: `+4/-3`,
 * `-3/+4`, `+4 -3`, `±4` or a bare `4` (symmetric). Each part is a number cell (`0.6%` is 0.6).
 * @example parseIntervalCell("+4/-3") // { ok: true, value: { plus: 4, minus: 3 } }
 */
export function parseIntervalCell(raw: string): CellResult<IntervalHalfWidths> {
  const expected = "an interval such as +4/-3, ±4 or 4";
  const text = raw.trim().replace(/\u2212/g, "-");
  const symmetric = /^(?:±|\+\/-|\+-)?\s*([^+\-±/\s][^/\s]*)$/.exec(text);
  if (symmetric) {
    const half = parseNumberCell(symmetric[1]);
    return half.ok ? { ok: true, value: { plus: half.value, minus: half.value } } : { ok: false, expected };
  }
  const parts = /^([+-])\s*([^\s/+-]+)\s*(?:\/|\s)\s*([+-])\s*([^\s/+-]+)$/.exec(text);
  if (!parts || parts[1] === parts[3]) return { ok: false, expected };
  const a = parseNumberCell(parts[2]);
  const b = parseNumberCell(parts[4]);
  if (!a.ok || !b.ok) return { ok: false, expected };
  return { ok: true, value: parts[1] === "+" ? { plus: a.value, minus: b.value } : { plus: b.value, minus: a.value } };
}

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/**
 * Parses `2026-02-17` or an ISO datetime (`2026-02-17T05:44:39.731Z`) into a UTC Date, rejecting
 * dates that do not exist such as `2026-02-30` or `2026-13-01`. A time without a zone
 * (`2026-02-17 20:30`) is read as UTC, on every machine.
 */
export function parseDateCell(raw: string): CellResult<Date> {
  const expected = "a date such as 2026-02-17";
  const text = raw.trim();
  const m = DATE_RE.exec(text);
  if (!m) return { ok: false, expected };
  const [, y, mo, d, h = "0", mi = "0", s = "0"] = m;
  const year = Number(y), month = Number(mo), day = Number(d);
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCFullYear() !== year || probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) {
    return { ok: false, expected: "a date that exists (YYYY-MM-DD)" };
  }
  if (Number(h) > 23 || Number(mi) > 59 || Number(s) > 59) return { ok: false, expected };
  // A time without a zone is UTC, as a day alone is: read as the build machine's local time, the
  // same file would give another day on another machine (found in review: 2026-02-17 20:30 was
  // 18 February in Los Angeles).
  const date = m[4] === undefined ? probe : new Date(text.replace(" ", "T") + (m[7] === undefined ? "Z" : ""));
  if (Number.isNaN(date.getTime())) return { ok: false, expected };
  return { ok: true, value: date };
}

/**
 * Parses a day written as `YYYY-MM-DD` alone, for a cell that is a day by definition and is
 * compared as written (a row's `revised`, the UTC day of the import that wrote it). A time is
 * refused, not read as its UTC day: `2026-12-02T01:00+05:00` is 1 December in UTC, not the day
 * the writer meant.
 * @example parseDayCell("2026-12-02T10:00:00Z") // { ok: false, expected: "a day such as 2026-12-02 (YYYY-MM-DD, without a time)" }
 */
export function parseDayCell(raw: string): CellResult<Date> {
  const expected = "a day such as 2026-12-02 (YYYY-MM-DD, without a time)";
  if (!/^\d{4}-\d{2}-\d{2}$/.test(raw.trim())) return { ok: false, expected };
  return parseDateCell(raw);
}

/** Accepts absolute `http:` and `https:` URLs only (no `javascript:`, `data:`, relative paths). */
export function parseUrlCell(raw: string): CellResult<string> {
  const expected = "an http(s) URL";
  const text = raw.trim();
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return { ok: false, expected };
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return { ok: false, expected };
  if (!url.hostname) return { ok: false, expected };
  return { ok: true, value: text };
}

const TRUE = new Set(["true", "yes", "y", "1"]);
const FALSE = new Set(["false", "no", "n", "0"]);

/** `true`/`false`, also `yes`/`no` and `1`/`0`, case-insensitive. */
export function parseBoolCell(raw: string): CellResult<boolean> {
  const text = raw.trim().toLowerCase();
  if (TRUE.has(text)) return { ok: true, value: true };
  if (FALSE.has(text)) return { ok: true, value: false };
  return { ok: false, expected: "true or false" };
}

/** Splits `a|b|c` into trimmed, non-empty parts. */
export function parseListCell(raw: string, separator = "|"): string[] {
  return raw
    .split(separator)
    .map((s) => s.trim())
    .filter((s) => s !== "");
}
