import { formatDate } from "../format/formatDate";
import { formatScore, type ScoreUnit } from "../format/formatNumber";
import { escapeHtml } from "../format/escapeHtml";

/** One point of a sparkline. */
export interface SparkPoint {
  date: Date;
  value: number;
  /** The run setting: each setting is its own line (scores of `max` and `high` runs are not one series). */
  setting?: string;
}

/** Size and wording of a sparkline. */
export interface SparklineOptions {
  width?: number;
  height?: number;
  unit?: ScoreUnit;
  /** Accessible name; default: "Score history: 53 (2026-02-18) → 57 (2026-04-17)". */
  label?: string;
}

const round = (n: number) => Math.round(n * 100) / 100;

/** Dash patterns that tell the settings' lines apart without colour. */
const DASHES = ["", "4 2", "1 2", "6 2 1 2"];

/**
 * A tiny score-history line for the model page: oldest to newest, x by date, one line per setting
 * (a model's `max` and `high` runs are two series, never joined into a vertical zigzag on the
 * days both were reported), the last point of each marked, one `<title>` per point. Written as a
 * string (no DOM needed for a polyline); colours follow the text colour so it reads in light and
 * dark mode; settings differ by dash pattern. Empty string for no points.
 * @example sparklineSvg([{ date: new Date("2026-02-18"), value: 53 }, { date: new Date("2026-04-17"), value: 57 }])
 */
export function sparklineSvg(points: readonly SparkPoint[], { width = 120, height = 28, unit = "points", label }: SparklineOptions = {}): string {
  if (points.length === 0) return "";
  const sorted = [...points].sort((a, b) => a.date.getTime() - b.date.getTime());
  const pad = 4;
  const t0 = sorted[0].date.getTime();
  const t1 = sorted.at(-1)!.date.getTime();
  const values = sorted.map((p) => p.value);
  const [v0, v1] = [Math.min(...values), Math.max(...values)];
  const x = (p: SparkPoint) => round(t1 === t0 ? width / 2 : pad + ((p.date.getTime() - t0) / (t1 - t0)) * (width - 2 * pad));
  const y = (p: SparkPoint) => round(v1 === v0 ? height / 2 : height - pad - ((p.value - v0) / (v1 - v0)) * (height - 2 * pad));
  const describe = (p: SparkPoint) => `${formatScore(p.value, unit)} (${formatDate(p.date, "iso")})`;
  const series = new Map<string, SparkPoint[]>();
  for (const p of sorted) series.set(p.setting ?? "", [...(series.get(p.setting ?? "") ?? []), p]);
  const settings = [...series.keys()].sort((a, b) => a.localeCompare(b, "en"));
  const summary = (s: SparkPoint[]) => (s.length === 1 ? describe(s[0]) : `${describe(s[0])} → ${describe(s.at(-1)!)}`);
  const name =
    label ??
    `Score history: ${settings.length === 1 ? summary(series.get(settings[0])!) : settings.map((k) => `${k || "no setting"} ${summary(series.get(k)!)}`).join("; ")}`;
  const marks = settings
    .map((key, i) => {
      const s = series.get(key)!;
      const dash = DASHES[i % DASHES.length];
      const line = s.length > 1 ? `<polyline points="${s.map((p) => `${x(p)},${y(p)}`).join(" ")}" fill="none" stroke="currentColor" stroke-width="1.5" stroke-linejoin="round"${dash ? ` stroke-dasharray="${dash}"` : ""}/>` : "";
      const dots = s
        .map((p, j) => `<circle cx="${x(p)}" cy="${y(p)}" r="${j === s.length - 1 ? 3 : 1.5}" fill="currentColor"><title>${escapeHtml(`${key ? `${key}: ` : ""}${describe(p)}`)}</title></circle>`)
        .join("");
      return line + dots;
    })
    .join("");
  return `<svg xmlns="http://www.w3.org/2000/svg" class="sparkline" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${escapeHtml(name)}">${marks}</svg>`;
}
