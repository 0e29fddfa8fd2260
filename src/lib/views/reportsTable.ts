import { formatDate } from "../format/formatDate";
import { MISSING } from "../format/formatNumber";
import { COST_COLUMNS, PER_TASK_COLUMNS, RUN_COLUMNS, type CostFigure } from "../leaderboard/boardCells";
import type { HistoryReport } from "../leaderboard/modelHistory";

/** A column of what a run took in a model page's reports table: the figure and its heading. */
export interface CostColumn {
  figure: CostFigure;
  /** `Output tokens`, `Cost to run`, `Tokens per task`, `Cost per task`. */
  head: string;
}

/** A report's figure as its cell shows it. */
export interface CostCell {
  /** In the board's formatting (`74M`, `$0.94`), `—` when the report has none. */
  text: string;
  /** The exact value, for `data-value`; undefined when the report has none. */
  value?: number;
  /** The later report of the same run that replaced it, with its own date: `later 16k, 9 Jul 2026`. */
  later?: string;
}

/** What a model page's reports table shows of one benchmark version: its cost columns, and each report's cells in them. */
export interface ReportsTableView {
  columns: CostColumn[];
  rows: { report: HistoryReport; cells: CostCell[] }[];
}

const RUN_FIGURES = Object.keys(RUN_COLUMNS) as CostFigure[];
const PER_TASK_FIGURES = Object.keys(PER_TASK_COLUMNS) as CostFigure[];

/**
 * The reports table of a benchmark version on a model page, in the order given. The whole-run
 * columns (output tokens, cost to run) are always there; the per-task figures (Artificial
 * Analysis from v4.1: `$0.94` per task for Kimi K3) get columns of their own, after them and
 * headed as on the board, only where some report has one. Without them a model reported per task
 * only showed `—` for its cost, though the data has it; in the whole-run columns they would read
 * as totals. Pass every report of the version, and show the rows in as many tables as wanted
 * (the newest, the earlier under a disclosure): their columns are the same.
 */
export function reportsTableView(reports: readonly HistoryReport[]): ReportsTableView {
  const perTask = PER_TASK_FIGURES.filter((figure) => reports.some((r) => r.figures[figure] !== undefined));
  const columns = [...RUN_FIGURES, ...perTask].map((figure) => ({ figure, head: COST_COLUMNS[figure].head }));
  return { columns, rows: reports.map((report) => ({ report, cells: columns.map(({ figure }) => costCell(report, figure)) })) };
}

/** One cell: the figure in the board's formatting, and the later report that replaced it, dated. */
export function costCell(report: HistoryReport, figure: CostFigure): CostCell {
  const f = report.figures[figure];
  if (!f) return { text: MISSING };
  const { format } = COST_COLUMNS[figure];
  const later = f.supersededBy && `later ${format(f.supersededBy.value)}, ${formatDate(f.supersededBy.date, "short")}`;
  return { text: format(f.value), value: f.value, ...(later && { later }) };
}
