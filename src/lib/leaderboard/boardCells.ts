import { dateWord, formatDate } from "../format/formatDate";
import { formatScore, formatScoreChange, formatTokens, formatUsd, MISSING, type ScoreUnit } from "../format/formatNumber";
import type { Figure } from "./types";
import type { Movement } from "./movement";

/** A table cell: what it shows, and the exact value and provenance for its `title`. */
export interface Cell {
  /** Formatted with the one number formatter; `—` when missing. */
  text: string;
  /** Exact value as a plain number string (for `data-value`), empty when missing. */
  value: string;
  /** `74000000 output tokens · setting max · reported 2026-02-18 · https://…`; empty when missing. */
  title: string;
}

/**
 * What tells a board row from the model's other rows: its setting, its snapshot, or for a row of
 * no snapshot beside them, the model as its source wrote it; undefined for none.
 * @example rowDistinction({ setting: "high", snapshot: "2025-08-07" }) // "high, 2025-08-07"
 */
export function rowDistinction(e: { setting?: string; snapshot?: string; writtenAs?: string }): string | undefined {
  return [e.setting, e.snapshot ?? e.writtenAs].filter(Boolean).join(", ") || undefined;
}

/**
 * A board row's name in running text: the model, then what tells the row from the model's other
 * rows (`rowDistinction`).
 * @example entryName({ model: { name: "Claude Opus 4" }, setting: "12K thinking" }) // "Claude Opus 4 (12K thinking)"
 */
export function entryName(e: { model: { name: string }; setting?: string; snapshot?: string; writtenAs?: string }): string {
  const extra = rowDistinction(e);
  return extra ? `${e.model.name} (${extra})` : e.model.name;
}

const exact = (v: number) => String(Math.round(v * 1e6) / 1e6);

/** A figure as a cell, with its report date, setting, source and interval in the title. */
export function figureCell(figure: Figure | undefined, what: string, format: (v: number) => string): Cell {
  if (!figure) return { text: MISSING, value: "", title: "" };
  const parts = [`${exact(figure.value)} ${what}`];
  if (figure.low !== undefined && figure.high !== undefined) parts.push(`interval ${exact(figure.low)} to ${exact(figure.high)}`);
  if (figure.setting) parts.push(`setting ${figure.setting}`);
  parts.push(`${dateWord(figure)} ${formatDate(figure.date, "iso")}${figure.source ? ` by ${figure.source}` : ""}`, figure.source_url);
  if (figure.note) parts.push(`note: ${figure.note}`);
  return { text: format(figure.value), value: exact(figure.value), title: parts.join(" · ") };
}

/** A derived ratio (cost per point, tokens per point) as a cell. */
export function ratioCell(value: number | undefined, what: string, format: (v: number) => string): Cell {
  if (value === undefined || !Number.isFinite(value)) return { text: MISSING, value: "", title: "" };
  return { text: format(value), value: exact(value), title: `${exact(value)} ${what}` };
}

/** The formatters of each board column, so the table, the MDX components and the plots agree. */
export const cellFormats = {
  score: (unit: ScoreUnit) => (v: number) => formatScore(v, unit),
  tokens: (v: number) => formatTokens(v),
  usd: (v: number) => formatUsd(v),
  /** Tokens per point: `1.1M`, `487k`. */
  tokensPerPoint: (v: number) => formatTokens(v),
  /** Dollars per point: `$40.90`, `$3.45`. */
  usdPerPoint: (v: number) => formatUsd(v),
};

/**
 * What a run took, to run the whole benchmark, as the model page and the recap panel head and write
 * them (the board heads its columns "to run" apart, beside its ratios).
 */
export const RUN_COLUMNS = {
  output_tokens: { head: "Output tokens", what: "output tokens to run the benchmark", format: cellFormats.tokens },
  cost_usd: { head: "Cost to run", what: "US dollars to run the benchmark", format: cellFormats.usd },
} as const;

/**
 * The per-task figures (Artificial Analysis from v4.1, Aider) as every table names and formats
 * them: the board's columns, and the model page's and the recap panel's beside the whole-run
 * ones. Each has a column of its own, never shared with a whole-run total (`74M` to run the
 * benchmark and `14k` per task are not one quantity).
 */
export const PER_TASK_COLUMNS = {
  output_tokens_per_task: { head: "Tokens per task", what: "output tokens per task", format: cellFormats.tokens },
  cost_per_task_usd: { head: "Cost per task", what: "US dollars per task", format: cellFormats.usd },
} as const;

/** One of the per-task figures (`PER_TASK_COLUMNS`). */
export type PerTaskFigure = keyof typeof PER_TASK_COLUMNS;
/** One of the figures of what a run took, whole or per task (`RUN_COLUMNS`, `PER_TASK_COLUMNS`). */
export type CostFigure = keyof typeof RUN_COLUMNS | PerTaskFigure;
/** Every cost figure's column, the whole run's first. */
export const COST_COLUMNS: Record<CostFigure, { head: string; what: string; format: (v: number) => string }> = { ...RUN_COLUMNS, ...PER_TASK_COLUMNS };

/** A movement cell: a symbol for the eye, words for screen readers and the title. */
export interface MovementCell {
  /** `new`, `back`, `▲ 2`, `▼ 1`, `=`; empty when there is no earlier board to compare with. */
  symbol: string;
  /** `score +3`, `score −0.3`, or empty. */
  change: string;
  /** Full sentence: `up 2 places since 2026-05-10, score +3`. */
  label: string;
  kind: "new" | "back" | "up" | "down" | "same" | "none";
}

/** Formats a row's movement against the earlier board (`comparedWith`). */
export function movementCell(movement: Movement | undefined, unit: ScoreUnit, comparedWith: Date | undefined): MovementCell {
  if (!movement || !comparedWith) return { symbol: "", change: "", label: "", kind: "none" };
  const since = formatDate(comparedWith, "iso");
  if (movement.kind === "new") return { symbol: "new", change: "", label: `new entry since ${since}`, kind: "new" };
  if (movement.kind === "back") return { symbol: "back", change: "", label: `back on the board, not listed on ${since}`, kind: "back" };
  const delta = movement.scoreChange;
  const change = formatScoreChange(delta, unit);
  if (movement.withinInterval) {
    const ranks = movement.rankChange === 0 ? "same rank" : `rank ${movement.previousRank} → ${movement.previousRank - movement.rankChange}`;
    return { symbol: "≈", change: `score ${change}`, label: `${ranks} since ${since}, score ${change}: within the score's interval, not a move`, kind: "same" };
  }
  const places = Math.abs(movement.rankChange);
  const moved = movement.kind === "same" ? "same rank" : `${movement.kind} ${places} place${places === 1 ? "" : "s"}`;
  return {
    symbol: movement.kind === "up" ? `▲ ${places}` : movement.kind === "down" ? `▼ ${places}` : "=",
    change: delta === 0 ? "" : `score ${change}`,
    label: `${moved} since ${since}${delta === 0 ? "" : `, score ${change}`}`,
    kind: movement.kind,
  };
}
