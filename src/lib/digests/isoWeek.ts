/** An ISO 8601 week: weeks start on Monday; week 1 holds the year's first Thursday. */
export interface IsoWeek {
  /** The ISO week-numbering year (2021-01-03 belongs to 2020-W53). */
  year: number;
  week: number;
}

const DAY_MS = 86_400_000;

/**
 * The ISO week of a date, read in UTC (recap dates are calendar days).
 * @example isoWeek(new Date("2026-02-17")) // { year: 2026, week: 8 }
 */
export function isoWeek(date: Date): IsoWeek {
  const day = Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());
  const weekday = (new Date(day).getUTCDay() + 6) % 7; // Monday 0 ... Sunday 6
  const thursday = new Date(day + (3 - weekday) * DAY_MS);
  const year = thursday.getUTCFullYear();
  const week = 1 + Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / (7 * DAY_MS));
  return { year, week };
}

/**
 * The URL key of a week: `2026-w08` (week zero-padded so keys sort as text).
 * @example weekKey({ year: 2026, week: 8 }) // "2026-w08"
 */
export function weekKey({ year, week }: IsoWeek): string {
  return `${year}-w${String(week).padStart(2, "0")}`;
}

/** Parses `2026-w08`; undefined for anything else. */
export function parseWeekKey(key: string): IsoWeek | undefined {
  const m = /^(\d{4})-w(\d{2})$/.exec(key);
  if (!m) return undefined;
  const week = { year: Number(m[1]), week: Number(m[2]) };
  return week.week >= 1 && weekKey(isoWeek(weekRange(week).start)) === key ? week : undefined;
}

/** Monday 00:00 UTC and Sunday 00:00 UTC of an ISO week (both calendar days belong to it). */
export function weekRange({ year, week }: IsoWeek): { start: Date; end: Date } {
  const jan4 = Date.UTC(year, 0, 4);
  const jan4Weekday = (new Date(jan4).getUTCDay() + 6) % 7;
  const start = jan4 - jan4Weekday * DAY_MS + (week - 1) * 7 * DAY_MS;
  return { start: new Date(start), end: new Date(start + 6 * DAY_MS) };
}
