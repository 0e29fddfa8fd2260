import { releasedDispute } from "../models/catalogDisputes";
import { formatDate } from "../format/formatDate";
import { laterSnapshotDay } from "../leaderboard/snapshotDay";
import { formatScore, formatTokens, formatUsd, type ScoreUnit } from "../format/formatNumber";
import type { Board } from "../leaderboard/buildBoard";
import { rowDistinction } from "../leaderboard/boardCells";
import { efficiencyData, efficiencyPlotSvg, type EfficiencyAxis, type EfficiencyRow } from "./efficiencyPlot";
import { runningBest, scoreHistoryPlotSvg, type HistoryRow } from "./historyPlot";
import { labColours } from "./palette";
import { runsOf } from "../format/runsOf";
import { withInterval } from "./intervalBars";

/** A rendered plot with everything its figure needs. */
export interface PlotBundle {
  /** Inline SVG (see `renderPlot`). */
  svg: string;
  /** The figure caption: what is plotted and what is left out. */
  caption: string;
  /** The text alternative: the plotted values as a table. */
  table: { head: string[]; rows: string[][] };
  /** Number of points drawn (0: the page shows a note instead of the plot). */
  points: number;
  /**
   * With one point, the sentence shown instead of the plot (a lone dot on empty axes says less than
   * a line of text); `svg` is still drawn, so the plot's embed URL keeps serving. @example
   * "Only one ranked model has a reported token count: Kimi K3 (Moonshot AI), score 58, output tokens to run 110M."
   */
  onePoint?: string;
}

/** A history row as the caption and the table name it: the model, and its setting and snapshot where they tell it apart. */
const rowName = (r: { name: string; setting?: string }) => (r.setting ? `${r.name} (${r.setting})` : r.name);

/**
 * The caption's sentence on error bars, counting the bars this plot draws (`drawn` are its points):
 * none when it draws none. The board's rows with an interval are not the plot's: a row without the
 * plot's figure or release date is not drawn, and an empty plot draws no bar at all.
 */
function barsNote(drawn: readonly { id: string; low?: number; high?: number }[]): string {
  const bars = withInterval(drawn);
  return bars.length > 0 ? ` Vertical bars show the score's interval as the publisher reports it (${runsOf(bars)}).` : "";
}


/** A board's rows as efficiency-plot rows. */
function efficiencyRows(board: Board): EfficiencyRow[] {
  return board.entries.map((e) => ({
    id: e.model.id,
    name: e.model.name,
    lab: e.model.lab,
    score: e.score.value,
    tokens: e.output_tokens?.value,
    cost: e.cost_usd?.value,
    tokensPerTask: e.output_tokens_per_task?.value,
    costPerTask: e.cost_per_task_usd?.value,
    setting: rowDistinction(e),
    low: e.score.low,
    high: e.score.high,
  }));
}

/**
 * A board's rows as history-plot rows, at each model's release date, or at the date of the dated
 * snapshot the row's results named when that is later: LMArena's qwen-max-2025-01-25 (Qwen2.5-Max)
 * placed at Qwen Max's April 2024 release made it "the best score of any model released by" April
 * 2024. Models without a registered release date are left off the time axis (`boardPlots` counts
 * them in the caption): placed at their first report they used to pile up in one column at the
 * board's date (126 of 134 models on a real MMLU board).
 */
function historyRows(board: Board): HistoryRow[] {
  return board.entries.flatMap((e) => {
    if (!e.model.released) return [];
    // A board names every snapshot dated after its model's release (buildBoard.ts): that day is the row's.
    const snapshotDay = laterSnapshotDay(e.snapshot, e.model.released);
    // A snapshot whose name gives no day (Google's gemini-1.5-pro-002, out in September 2024): the
    // model's release is not its, and its own is not recorded; it is placed at its first report
    // (found in review: at Gemini 1.5 Pro's February 2024 release, it made 1,302 the best by then).
    const undatedSnapshot = snapshotDay === undefined && e.snapshot !== undefined && !/^\d{4}-\d{2}/.test(e.snapshot) && e.firstReported.getTime() > e.model.released.getTime();
    return [
      {
        id: e.model.id,
        name: e.model.name,
        lab: e.model.lab,
        score: e.score.value,
        released: snapshotDay ?? (undatedSnapshot ? e.firstReported : e.model.released),
        dateKind: snapshotDay ? ("snapshot" as const) : undatedSnapshot ? ("first-reported" as const) : ("released" as const),
        setting: rowDistinction(e),
        tokens: e.output_tokens?.value,
        cost: e.cost_usd?.value,
        low: e.score.low,
        high: e.score.high,
      },
    ];
  });
}

/** The x axis of each efficiency plot in words: the caption's, the table's and the excluded rows'. */
const AXIS_WORDS: Record<EfficiencyAxis, { what: string; column: string; figure: string; format: (v: number | undefined) => string }> = {
  tokens: { what: "output tokens to run", column: "Output tokens", figure: "token count", format: formatTokens },
  cost: { what: "cost to run", column: "Cost to run", figure: "cost", format: formatUsd },
  tokensPerTask: { what: "output tokens per task", column: "Output tokens per task", figure: "token count per task", format: formatTokens },
  costPerTask: { what: "cost per task", column: "Cost per task", figure: "cost per task", format: formatUsd },
};

/** The plots of a leaderboard page. */
export interface BoardPlots {
  /** Score against output tokens and against dollars to run the whole benchmark. */
  tokens: PlotBundle;
  cost: PlotBundle;
  /** The same per task, on their own axes: never mixed with whole-run totals. */
  tokensPerTask: PlotBundle;
  costPerTask: PlotBundle;
  /** Score by release date. */
  history: PlotBundle;
}

/**
 * The plots of a leaderboard page (score against output tokens and against cost, to run the
 * whole benchmark and per task, and score by release date), sharing one lab colouring, each with
 * a caption and a table as its text alternative. `title` names the board, e.g. "Intelligence
 * Index v4.0". Each plot is rendered when first read. `labOrder`: the site's labs, most ranked
 * first, whose colours hold from board to board (`labColours`).
 */
export function boardPlots(board: Board, title: string, labOrder: readonly string[] = []): BoardPlots {
  const unit: ScoreUnit = board.benchmark.unit;
  const direction = board.benchmark.direction;
  const rows = efficiencyRows(board);
  const colours = labColours(rows.map((r) => r.lab), labOrder);
  const score = (v: number) => formatScore(v, unit);

  const efficiency = (x: EfficiencyAxis): PlotBundle => {
    const { what, column, figure, format } = AXIS_WORDS[x];
    const { plotted, frontier, excluded } = efficiencyData(rows, x, direction);
    const names = frontier.map(rowName).join(", ");
    // An empty plot is not drawn (its page says why): the caption names it without "0 models, coloured by lab";
    // nor is a plot of one point, whose sentence (`onePoint`) has no colours, frontier or bars to describe.
    const drawn = plotted.length > 1;
    const one = plotted.length === 1 ? plotted[0] : undefined;
    const caption =
      (drawn ? `${title}: score against ${what} (log scale), ${runsOf(plotted)}, coloured by lab. ` : `${title}: score against ${what}. `) +
      (drawn && frontier.length > 0 ? `The dashed step line is the Pareto frontier (no model scores ${direction === "lower" ? "lower, which is better," : "higher"} for less): ${names}. ` : "") +
      // With nothing plotted, the page's note says that no model has the figure: not said twice.
      (excluded.length > 0 && plotted.length > 0 ? `${runsOf(excluded, "ranked ")} without a reported ${figure} ${excluded.length === 1 ? "is" : "are"} not shown.` : "") +
      (drawn ? barsNote(plotted) : "");
    return {
      svg: plotted.length > 0 ? efficiencyPlotSvg(rows, { x, unit, direction, label: `${title}: score against ${what}`, colours }) : "",
      caption: caption.replace(/\s+/g, " ").trim(),
      table: {
        head: ["Model", "Lab", "Score", column, "On the frontier"],
        rows: [...plotted]
          .sort((a, b) => a[x]! - b[x]!)
          .map((r) => [r.setting ? `${r.name} (${r.setting})` : r.name, r.lab, score(r.score), format(r[x]), frontier.includes(r) ? "yes" : "no"]),
      },
      points: plotted.length,
      ...(one && { onePoint: `Only one ranked ${one.setting ? "run" : "model"} has a reported ${figure}: ${rowName(one)} (${one.lab}), score ${score(one.score)}, ${what} ${format(one[x])}.` }),
    };
  };

  const historyBundle = (): PlotBundle => {
    const dated = historyRows(board);
    const records = runningBest(dated, direction);
    const undated = board.entries.filter((e) => !e.model.released).map((e) => e.model);
    // Placed at a release date the catalog's other listings give otherwise (catalogDisputes.ts): said, as on the board.
    const disputedIds = new Set(board.entries.filter((e) => releasedDispute(e.model)).map((e) => e.model.id));
    const disputedAt = (r: HistoryRow) => r.dateKind === "released" && disputedIds.has(r.id);
    const disputedNames = [...new Set(dated.filter(disputedAt).map((r) => r.name))];
    const disputedNote = disputedNames.length ? `Placed at a release date their catalog's other listings give otherwise (disputed; the model pages say what they give): ${disputedNames.join(", ")}. ` : "";
    const releasedCell = (r: HistoryRow) => `${formatDate(r.released, "iso")}${r.dateKind === "snapshot" ? " (snapshot)" : r.dateKind === "first-reported" ? " (first reported)" : disputedAt(r) ? " (disputed)" : ""}`;
    const one = dated.length === 1 ? dated[0] : undefined;
    if (one) {
      return {
        svg: scoreHistoryPlotSvg(dated, { unit, direction, label: `${title}: score by release date`, colours }),
        caption: `${title}: score by model release date.${undated.length > 0 ? ` ${runsOf(undated, "ranked ")} ${undated.length === 1 ? "has" : "have"} no registered release date.` : ""}`,
        table: { head: ["Model", "Lab", "Released", "Score", "New best"], rows: [[rowName(one), one.lab, releasedCell(one), score(one.score), "yes"]] },
        points: 1,
        onePoint: `Only one ranked ${one.setting ? "run" : "model"} has a registered release date: ${rowName(one)} (${one.lab}), ${one.dateKind === "snapshot" ? "snapshot of" : one.dateKind === "first-reported" ? "first reported" : "released"} ${formatDate(one.released, "iso")}, score ${score(one.score)}.`,
      };
    }
    return {
      svg: dated.length > 0 ? scoreHistoryPlotSvg(dated, { unit, direction, label: `${title}: score by release date`, colours }) : "",
      caption: (
        (dated.length > 0
          ? `${title}: score by model release date, ${runsOf(dated)}, coloured by lab. The step line is the best score of any model released by then` +
            (records.length > 0 ? `, set in turn by ${records.map(rowName).join(", ")}. ` : ". ")
          : `${title}: score by model release date. `) +
        (dated.some((r) => r.dateKind === "snapshot") ? "A dated snapshot later than its model's release is placed at its snapshot's date. " : "") +
        (dated.some((r) => r.dateKind === "first-reported") ? "A snapshot whose name gives no date (such as 002) is placed at its first report, as a hollow point: its release date is not recorded. " : "") +
        disputedNote +
        (undated.length > 0 ? `${runsOf(undated, "ranked ")} without a registered release date ${undated.length === 1 ? "is" : "are"} not on the time axis (see the table).` : "") +
        barsNote(dated)
      )
        .replace(/\s+/g, " ")
        .trim(),
      table: {
        head: ["Model", "Lab", "Released", "Score", "New best"],
        rows: [...dated]
          .sort((a, b) => a.released.getTime() - b.released.getTime() || a.name.localeCompare(b.name, "en"))
          .map((r) => [rowName(r), r.lab, releasedCell(r), score(r.score), records.includes(r) ? "yes" : "no"]),
      },
      points: dated.length,
    };
  };

  // Rendered on first use and kept: an MDX <EfficiencyPlot> needs one plot, not five.
  const made = new Map<string, PlotBundle>();
  const once = (key: string, make: () => PlotBundle) => made.get(key) ?? made.set(key, make()).get(key)!;
  return {
    get tokens() {
      return once("tokens", () => efficiency("tokens"));
    },
    get cost() {
      return once("cost", () => efficiency("cost"));
    },
    get tokensPerTask() {
      return once("tokensPerTask", () => efficiency("tokensPerTask"));
    },
    get costPerTask() {
      return once("costPerTask", () => efficiency("costPerTask"));
    },
    get history() {
      return once("history", historyBundle);
    },
  };
}
