import { isValid, parse } from "date-fns";
import type { CellResult } from "./cells";

/**
 * Date formats a column map can name (`date_format=D/M/Y`), for publishers that do not write ISO
 * dates. Tokens: `D` or `DD` day, `M` or `MM` month number, `MMM` or `MMMM` month name in English
 * (`Nov` or `November`, either is accepted for both), `Y` or `YYYY` four-digit year; any other
 * character that is not a letter is written as it is. Two formats are whole words: `unix` (seconds
 * since 1970) and `unix_ms` (milliseconds). Parsing is date-fns's `parse` (a well-kept library;
 * month names and impossible dates such as 31/2 are its job), on top of which we require a
 * four-digit year (date-fns reads `25` in `1/2/25` as the year 25).
 */
const TOKEN_RE = /YYYY|MMMM|MMM|MM|DD|Y|M|D|[^A-Za-z]+|[A-Za-z]+/g;
const TO_DATE_FNS: Record<string, string> = { YYYY: "yyyy", Y: "yyyy", MM: "MM", M: "M", DD: "dd", D: "d" };
const EXAMPLE: Record<string, string> = { YYYY: "2025", Y: "2025", MMMM: "November", MMM: "Nov", MM: "11", M: "11", DD: "30", D: "30" };
const UNIX = ["unix", "unix_ms"];

/** Why a format cannot be used, or undefined when it can. */
export function checkDateFormat(format: string): string | undefined {
  if (UNIX.includes(format)) return undefined;
  const tokens = format.match(TOKEN_RE) ?? [];
  const bad = tokens.find((t) => /^[A-Za-z]+$/.test(t) && !(t in EXAMPLE));
  if (bad) return `unknown part ${JSON.stringify(bad)} in ${JSON.stringify(format)}; write the date with D (day), M (month), MMM (month name) and Y (year), e.g. D/M/Y, M/D/Y, YYYYMMDD, MMM D, Y; or unix for Unix time`;
  const has = (re: RegExp) => tokens.some((t) => re.test(t));
  if (!has(/^Y/) || !has(/^M/) || !has(/^D/)) return `${JSON.stringify(format)} needs a day (D), a month (M or MMM) and a year (Y)`;
  return undefined;
}

/** The example date 2025-11-30 written in `format`, for messages. */
export function exampleDate(format: string): string {
  if (format === "unix") return "1764460800";
  if (format === "unix_ms") return "1764460800000";
  return (format.match(TOKEN_RE) ?? []).map((t) => EXAMPLE[t] ?? t).join("");
}

/**
 * Parses a cell written in `format` into a UTC date (midnight for calendar formats).
 * @example parseDateWithFormat("30/11/2025", "D/M/Y") // { ok: true, value: 2025-11-30T00:00:00Z }
 */
export function parseDateWithFormat(raw: string, format: string): CellResult<Date> {
  const text = raw.trim();
  const expected = `a date written ${format}, such as ${exampleDate(format)}`;
  if (UNIX.includes(format)) {
    if (!/^\d+(?:\.\d+)?$/.test(text)) return { ok: false, expected };
    const ms = Number(text) * (format === "unix" ? 1000 : 1);
    const date = new Date(ms);
    return Number.isFinite(ms) && isValid(date) ? { ok: true, value: date } : { ok: false, expected };
  }
  const tokens = format.match(TOKEN_RE) ?? [];
  // Month names: `MMM` and `MMMM` each accept both `Nov` and `November`.
  const variants = tokens.some((t) => t === "MMM" || t === "MMMM") ? ["MMM", "MMMM"] : [""];
  for (const monthName of variants) {
    const pattern = tokens.map((t) => (t === "MMM" || t === "MMMM" ? monthName : (TO_DATE_FNS[t] ?? (/[A-Za-z]/.test(t) ? `'${t}'` : t)))).join("");
    // A fixed reference day: date-fns fills nothing from it when day, month and year are all given.
    const parsed = parse(text, pattern, new Date(2000, 0, 1));
    if (!isValid(parsed)) continue;
    if (parsed.getFullYear() < 1000) return { ok: false, expected: `${expected} (a four-digit year)` };
    return { ok: true, value: new Date(Date.UTC(parsed.getFullYear(), parsed.getMonth(), parsed.getDate())) };
  }
  return { ok: false, expected };
}
