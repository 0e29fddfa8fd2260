import { formatDate } from "../format/formatDate";
import { formatScore, formatTokens, formatUsd } from "../format/formatNumber";
import { sourceHost } from "../format/sourceHost";
import type { BenchmarkLike, BoardFigureName } from "../leaderboard/types";
import type { ChangeEntry, ReportRow } from "./dataChanges";
import { plural } from "../format/plural";
import { entryName } from "../leaderboard/boardCells";

/** How a figure is called in sentences. */
export const FIGURE_LABELS: Record<BoardFigureName, string> = {
  score: "score",
  output_tokens: "output tokens",
  cost_usd: "cost to run",
  output_tokens_per_task: "output tokens per task",
  cost_per_task_usd: "cost per task",
};

/** A figure's value the one way the site formats it: `53`, `157M`, `$2,486`. */
export function formatFigure(name: BoardFigureName, value: number, benchmark: Pick<BenchmarkLike, "unit">): string {
  if (name === "score") return formatScore(value, benchmark.unit);
  if (name === "output_tokens" || name === "output_tokens_per_task") return formatTokens(value);
  return formatUsd(value);
}


const board = (b: BenchmarkLike) => `${b.name} ${b.version}`;
/** `A`, `A and B`, `A, B and C`. */
const listOf = (items: readonly string[]) => (items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`);

/** An entry's headline, the same on the page, in the feeds and in digests. */
export function changeTitle(entry: ChangeEntry): string {
  switch (entry.kind) {
    case "version":
      return `New version: ${board(entry.benchmark)}`;
    case "correction":
      return `Correction: ${entryName(entry)}, ${FIGURE_LABELS[entry.figure]} on ${board(entry.benchmark)}, ${formatFigure(entry.figure, entry.before.value, entry.benchmark)} → ${formatFigure(entry.figure, entry.after.value, entry.benchmark)}`;
    case "report": {
      const names = [...new Set(entry.rows.map((r) => r.model.name))];
      const who = names.length <= 3 ? listOf(names) : `${names.slice(0, 2).join(", ")} and ${names.length - 2} more`;
      return `${board(entry.benchmark)}: ${who} reported by ${sourceHost(entry.source_url)}`;
    }
  }
}

/** A report row in one line: `Claude Opus 4.6: score 53, output tokens 58M (first report)`. */
export function reportRowText(row: ReportRow, benchmark: BenchmarkLike): string {
  const figures = row.figures.map((f) => `${FIGURE_LABELS[f.name]} ${formatFigure(f.name, f.value, benchmark)}${f.was ? ` (was ${formatFigure(f.name, f.was.value, benchmark)} on ${formatDate(f.was.date, "iso")})` : ""}`);
  return `${entryName(row)}: ${figures.join(", ")}${row.first ? " (first report on this version)" : ""}`;
}

/** A plain-text summary of an entry (feed descriptions, search snippets). */
export function changeSummary(entry: ChangeEntry): string {
  switch (entry.kind) {
    case "version":
      return `${board(entry.benchmark)} first appears in the data on ${formatDate(entry.date, "iso")}${entry.previous ? `, after ${entry.previous}` : ""}; ${plural(entry.rowCount, "row")} so far. Scores of different versions are never ranked together.`;
    case "correction":
      return `${entryName(entry)}'s ${FIGURE_LABELS[entry.figure]} on ${board(entry.benchmark)} was ${formatFigure(entry.figure, entry.before.value, entry.benchmark)} in the report of ${formatDate(entry.before.date, "iso")} and is ${formatFigure(entry.figure, entry.after.value, entry.benchmark)} in the report of ${formatDate(entry.after.date, "iso")}.`;
    case "report":
      return entry.rows.map((r) => reportRowText(r, entry.benchmark)).join("; ") + ".";
  }
}

/** The kind as a short label: `New version`, `Correction`, `Report`. */
export const KIND_LABELS: Record<ChangeEntry["kind"], string> = { version: "New version", correction: "Correction", report: "Report" };
