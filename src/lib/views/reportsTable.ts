import { formatDate } from "../format/formatDate";
import { MISSING } from "../format/formatNumber";
import { PER_TASK_COLUMNS, type PerTaskFigure } from "../leaderboard/boardCells";
import type { HistoryReport } from "../leaderboard/modelHistory";

/** A per-task column of a model page's reports table: the figure and its heading, as the board names it. */
export interface PerTaskColumn {
  figure: PerTaskFigure;
  /** `Tokens per task`, `Cost per task`: the board's heading. */
  head: string;
}

/** A report's per-task figure as its cell shows it. */
export interface PerTaskCell {
  /** The board's formatting (`14k`, `$0.94`), `—` when the report has none. */
  text: string;
  /** The exact value, for `data-value`; undefined when the report has none. */
  value?: number;
  /** The later report of the same run that replaced it, with its own date: `later 16k, 9 Jul 2026`. */
  later?: string;
}

/** What a model page's reports table shows of one benchmark version: its per-task columns, and each report's cells in them. */
export interface ReportsTableView {
  /** Only the per-task figures some report shown carries: a whole-run benchmark keeps its table as it was. */
  perTask: PerTaskColumn[];
  rows: { report: HistoryReport; perTask: PerTaskCell[] }[];
}

const PER_TASK_ORDER = Object.keys(PER_TASK_COLUMNS) as PerTaskFigure[];

/**
 * The reports table of a benchmark version on a model page, in the order given. The whole-run
 * columns (output tokens, cost to run) are always there; the per-task figures (Artificial
 * Analysis from v4.1: `$0.94` per task for Kimi K3) get columns of their own, after them and
 * headed as on the board, only where some report shown has one. Without them a model reported per
 * task only showed `—` for its cost, though the data has it; in the whole-run columns they would
 * read as totals.
 */
export function reportsTableView(reports: readonly HistoryReport[]): ReportsTableView {
  const perTask = PER_TASK_ORDER.filter((figure) => reports.some((r) => r.figures[figure] !== undefined)).map((figure) => ({ figure, head: PER_TASK_COLUMNS[figure].head }));
  return { perTask, rows: reports.map((report) => ({ report, perTask: perTask.map(({ figure }) => perTaskCell(report, figure)) })) };
}

/** One per-task cell: the figure in the board's formatting, and the later report that replaced it, dated. */
export function perTaskCell(report: HistoryReport, figure: PerTaskFigure): PerTaskCell {
  const f = report.figures[figure];
  if (!f) return { text: MISSING };
  const { format } = PER_TASK_COLUMNS[figure];
  const later = f.supersededBy && `later ${format(f.supersededBy.value)}, ${formatDate(f.supersededBy.date, "short")}`;
  return { text: format(f.value), value: f.value, ...(later && { later }) };
}
