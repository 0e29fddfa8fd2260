/** The fields of a recap the archive reads. */
interface Dated {
  id: string;
  data: { date: Date };
}

/** A year of the archive and how many recaps it has. */
export interface ArchiveYear {
  /** `2026` */
  year: string;
  count: number;
}

/** A month of the archive. */
export interface ArchiveMonth {
  /** `2026` */
  year: string;
  /** `02` */
  month: string;
  count: number;
}

const yearOf = (d: Date) => String(d.getUTCFullYear());
const monthOf = (d: Date) => String(d.getUTCMonth() + 1).padStart(2, "0");

/** Years with recaps, newest first (dates read in UTC). */
export function recapYears(recaps: readonly Dated[]): ArchiveYear[] {
  const counts = new Map<string, number>();
  for (const r of recaps) counts.set(yearOf(r.data.date), (counts.get(yearOf(r.data.date)) ?? 0) + 1);
  return [...counts].map(([year, count]) => ({ year, count })).sort((a, b) => b.year.localeCompare(a.year));
}

/** Months with recaps, newest first. */
export function recapMonths(recaps: readonly Dated[]): ArchiveMonth[] {
  const counts = new Map<string, ArchiveMonth>();
  for (const r of recaps) {
    const key = `${yearOf(r.data.date)}-${monthOf(r.data.date)}`;
    const m = counts.get(key) ?? { year: yearOf(r.data.date), month: monthOf(r.data.date), count: 0 };
    m.count++;
    counts.set(key, m);
  }
  return [...counts.values()].sort((a, b) => `${b.year}${b.month}`.localeCompare(`${a.year}${a.month}`));
}

/** The recaps of one year, or of one month of it, keeping the input order. */
export function recapsIn<T extends Dated>(recaps: readonly T[], year: string, month?: string): T[] {
  return recaps.filter((r) => yearOf(r.data.date) === year && (month === undefined || monthOf(r.data.date) === month));
}
