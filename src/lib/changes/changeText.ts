import { formatDate } from "../format/formatDate";
import { formatApart, formatScore, formatTokens, formatUsd } from "../format/formatNumber";
import { listOf } from "../format/listOf";
import { sourceHost } from "../format/sourceHost";
import type { BenchmarkLike, BoardFigureName } from "../leaderboard/types";
import type { ChangeEntry, ReportEntry, ReportRow, RunRename } from "./dataChanges";
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

/**
 * A figure's earlier and later values, written so that two different values never read alike
 * (`formatApart`): LMArena's 1,208.6 → 1,209.4, not "1,209 → 1,209".
 * @example formatFigureChange("score", 1208.6, 1209.4, { unit: "elo" }) // ["1,208.6", "1,209.4"]
 */
export function formatFigureChange(name: BoardFigureName, before: number, after: number | undefined, benchmark: Pick<BenchmarkLike, "unit">): [string, string] {
  const unit = name === "score" ? benchmark.unit : name === "output_tokens" || name === "output_tokens_per_task" ? "tokens" : "usd";
  // A figure the publisher's table no longer gives for the report: withdrawn (`CorrectionEntry.after`).
  if (after === undefined) return [formatApart(before, before, unit)[0], WITHDRAWN];
  return formatApart(before, after, unit);
}

/** What a correction says of a figure the publisher's table no longer gives for its report. */
export const WITHDRAWN = "withdrawn (no longer given)";


/**
 * The model page's note on a revised report (`HistoryReport.revised`), before its first row's
 * `file:line`: the day of the revision and each figure first reported, written apart from the
 * figure as it stands (`formatFigureChange`), so that a revision never reads as the same number. A
 * revision of other cells than the figures (an interval, a note) says the figures are as first reported.
 * @example revisedReportText({ on: new Date("2026-12-02"), first: { score: 1376.99 } }, { score: 1395.25 }, { unit: "elo" }) // "Revised on 2 Dec 2026 in the publisher's table; first reported as score 1,377"
 */
export function revisedReportText(revised: { on: Date; first: Partial<Record<BoardFigureName, number>>; without?: readonly BoardFigureName[] }, current: Partial<Record<BoardFigureName, number>>, benchmark: Pick<BenchmarkLike, "unit">): string {
  const lead = `Revised on ${formatDate(revised.on, "short")} in the publisher's table`;
  const changed = (Object.entries(revised.first) as [BoardFigureName, number][]).map(([name, was]) => {
    const now = current[name];
    return `${FIGURE_LABELS[name]} ${now === undefined ? formatFigure(name, was, benchmark) : formatFigureChange(name, was, now, benchmark)[0]}`;
  });
  const added = (revised.without ?? []).map((name) => FIGURE_LABELS[name]);
  const parts = [changed.length ? `first reported as ${listOf(changed)}` : undefined, added.length ? `first reported without ${listOf(added)}` : undefined].filter((p) => p !== undefined);
  return parts.length ? `${lead}; ${parts.join("; ")}` : `${lead}; its figures are as first reported`;
}

/**
 * What a revision's correction (`CorrectionEntry.revised`) changed from: the figure as first
 * reported, or, for a report revised twice, as the earlier revision gave it.
 * @example revisedFromText({ before: { revised: new Date("2026-11-30") } }) // "as revised on 2026-11-30"
 */
export function revisedFromText(entry: { before: { revised?: Date } }): string {
  return entry.before.revised ? `as revised on ${formatDate(entry.before.revised, "iso")}` : "as first reported";
}

const board = (b: BenchmarkLike) => `${b.name} ${b.version}`;

/** An entry's headline, the same on the page, in the feeds and in digests. */
export function changeTitle(entry: ChangeEntry): string {
  switch (entry.kind) {
    case "version":
      return `New version: ${board(entry.benchmark)}`;
    case "correction": {
      const [before, after] = formatFigureChange(entry.figure, entry.before.value, entry.after.value, entry.benchmark);
      return `Correction: ${entryName(entry)}${entry.runId ? `, run ${entry.runId}` : ""}, ${FIGURE_LABELS[entry.figure]} on ${board(entry.benchmark)}${entry.revised ? ` for ${formatDate(entry.after.date, "iso")}` : ""}, ${before} → ${after}`;
    }
    case "report": {
      const names = [...new Set(entry.rows.map((r) => r.model.name))];
      const who = names.length <= 3 ? listOf(names) : `${names.slice(0, 2).join(", ")} and ${names.length - 2} more`;
      // Updated figures are inside the report, not entries of their own: the title says how many.
      const updated = updatedFigures(entry);
      return `${board(entry.benchmark)}: ${who} reported by ${sourceHost(entry.source_url)}${updated ? ` (${plural(updated, "figure")} updated)` : ""}`;
    }
  }
}

/** Figures of a report that update an earlier one of another measurement (a correction of the same run has its own entry). */
export function updatedFigures(entry: Pick<ReportEntry, "rows">): number {
  return entry.rows.reduce((n, r) => n + r.figures.filter((f) => f.was && !f.corrected).length, 0);
}

/**
 * A run's earlier name, as a note after the row that renamed it.
 * @example renameText({ runId: "rec2", setting: "medium", snapshot: "2025-08-07" }) // "run rec2, listed before as medium, snapshot 2025-08-07"
 */
export function renameText(rename: RunRename): string {
  const name = [rename.setting, rename.snapshot !== undefined ? `snapshot ${rename.snapshot}` : undefined].filter((p) => p !== undefined).join(", ");
  return `run ${rename.runId}, listed before ${name ? `as ${name}` : "without a setting or snapshot"}`;
}

/** A report row in one line: `Claude Opus 4.6: score 53, output tokens 58M (first report)`; a renamed run says so. */
export function reportRowText(row: ReportRow, benchmark: BenchmarkLike): string {
  const figures = row.figures.map((f) => {
    const revised = f.revised ? ` (revised on ${formatDate(f.revised.on, "iso")}; first reported as ${formatFigureChange(f.name, f.revised.was, f.value, benchmark)[0]})` : "";
    if (!f.was) return `${FIGURE_LABELS[f.name]} ${formatFigure(f.name, f.value, benchmark)}${revised}`;
    const [was, is] = formatFigureChange(f.name, f.was.value, f.value, benchmark);
    return `${FIGURE_LABELS[f.name]} ${is} (was ${was} on ${formatDate(f.was.date, "iso")})${revised}`;
  });
  return `${entryName(row)}${row.renamedFrom ? ` (${renameText(row.renamedFrom)})` : ""}: ${figures.join(", ")}${row.first ? " (first report on this version)" : ""}`;
}

/** A plain-text summary of an entry (feed descriptions, search snippets). */
export function changeSummary(entry: ChangeEntry): string {
  switch (entry.kind) {
    case "version":
      return `${board(entry.benchmark)} first appears in the data on ${formatDate(entry.date, "iso")}${entry.previous ? `, after ${entry.previous}` : ""}; ${plural(entry.rowCount, "row")} so far. Scores of different versions are never ranked together.`;
    case "correction": {
      const [before, after] = formatFigureChange(entry.figure, entry.before.value, entry.after.value, entry.benchmark);
      if (entry.revised) return `${entryName(entry)} on ${board(entry.benchmark)} for ${formatDate(entry.after.date, "iso")}: ${FIGURE_LABELS[entry.figure]} ${before} → ${after}, revised in the publisher's table imported on ${formatDate(entry.revised, "iso")}.`;
      return `${entryName(entry)}'s ${FIGURE_LABELS[entry.figure]} on ${board(entry.benchmark)} was ${before} in the report of ${formatDate(entry.before.date, "iso")}${entry.renamedFrom ? ` (${renameText(entry.renamedFrom)})` : ""} and is ${after} in the report of ${formatDate(entry.after.date, "iso")}.`;
    }
    case "report":
      return entry.rows.map((r) => reportRowText(r, entry.benchmark)).join("; ") + ".";
  }
}

/** The kind as a short label: `New version`, `Correction`, `Report`. */
export const KIND_LABELS: Record<ChangeEntry["kind"], string> = { version: "New version", correction: "Correction", report: "Report" };
