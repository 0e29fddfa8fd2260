import { formatDate } from "../format/formatDate";
import { formatScore, formatTokens, formatUsd, type ScoreUnit } from "../format/formatNumber";
import type { Board } from "../leaderboard/buildBoard";
import { efficiencyData, efficiencyPlotSvg, type EfficiencyRow } from "./efficiencyPlot";
import { runningBest, scoreHistoryPlotSvg, type HistoryRow } from "./historyPlot";
import { labColours } from "./palette";

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
}

/** What tells a row from the model's other rows: its setting and, when shown, its snapshot. */
const settingLabel = (e: { setting?: string; snapshot?: string }) => [e.setting, e.snapshot].filter(Boolean).join(", ") || undefined;

/** A board's rows as efficiency-plot rows. */
export function efficiencyRows(board: Board): EfficiencyRow[] {
  return board.entries.map((e) => ({
    id: e.model.id,
    name: e.model.name,
    lab: e.model.lab,
    score: e.score.value,
    tokens: e.output_tokens?.value,
    cost: e.cost_usd?.value,
    setting: settingLabel(e),
  }));
}

/**
 * A board's rows as history-plot rows: at the model's release date, or at its first report on
 * this version when the registry has no release date (64 of the sample's 88 models).
 */
export function historyRows(board: Board): HistoryRow[] {
  return board.entries.map((e) => ({
    id: e.model.id,
    name: e.model.name,
    lab: e.model.lab,
    score: e.score.value,
    released: e.model.released ?? e.firstReported,
    dateKind: e.model.released ? ("released" as const) : ("first-reported" as const),
    setting: settingLabel(e),
    tokens: e.output_tokens?.value,
    cost: e.cost_usd?.value,
  }));
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/**
 * The three plots of a leaderboard page (score against output tokens, score against cost,
 * score by release date), sharing one lab colouring, each with a caption and a table as its
 * text alternative. `title` names the board, e.g. "Intelligence Index v4.0". Each plot is
 * rendered when first read.
 */
export function boardPlots(board: Board, title: string): { tokens: PlotBundle; cost: PlotBundle; history: PlotBundle } {
  const unit: ScoreUnit = board.benchmark.unit;
  const direction = board.benchmark.direction;
  const rows = efficiencyRows(board);
  const colours = labColours(rows.map((r) => r.lab));
  const score = (v: number) => formatScore(v, unit);

  const efficiency = (x: "tokens" | "cost"): PlotBundle => {
    const what = x === "tokens" ? "output tokens to run" : "cost to run";
    const { plotted, frontier, excluded } = efficiencyData(rows, x, direction);
    const names = frontier.map((r) => r.name).join(", ");
    const caption =
      `${title}: score against ${what} (log scale), ${plural(plotted.length, "model")}, coloured by lab. ` +
      (frontier.length > 0 ? `The dashed step line is the Pareto frontier (no model scores higher for less): ${names}. ` : "") +
      (excluded.length > 0 ? `${plural(excluded.length, "ranked model")} without a reported ${x === "tokens" ? "token count" : "cost"} ${excluded.length === 1 ? "is" : "are"} not shown.` : "");
    return {
      svg: plotted.length > 0 ? efficiencyPlotSvg(rows, { x, unit, direction, label: `${title}: score against ${what}`, colours }) : "",
      caption: caption.trim(),
      table: {
        head: ["Model", "Lab", "Score", x === "tokens" ? "Output tokens" : "Cost to run", "On the frontier"],
        rows: [...plotted]
          .sort((a, b) => a[x]! - b[x]!)
          .map((r) => [r.setting ? `${r.name} (${r.setting})` : r.name, r.lab, score(r.score), x === "tokens" ? formatTokens(r.tokens) : formatUsd(r.cost), frontier.includes(r) ? "yes" : "no"]),
      },
      points: plotted.length,
    };
  };

  const historyBundle = (): PlotBundle => {
    const dated = historyRows(board);
    const records = runningBest(dated, direction);
    const undated = dated.filter((r) => r.dateKind === "first-reported").length;
    return {
      svg: dated.length > 0 ? scoreHistoryPlotSvg(dated, { unit, direction, label: `${title}: score by release date`, colours }) : "",
      caption: (
        `${title}: score by model release date, ${plural(dated.length, "model")}, coloured by lab. The step line is the best score of any model released by then` +
        (records.length > 0 ? `, set in turn by ${records.map((r) => r.name).join(", ")}. ` : ". ") +
        (undated > 0 ? `${plural(undated, "model")} without a registered release date ${undated === 1 ? "is" : "are"} drawn hollow at ${undated === 1 ? "its" : "their"} first report on this version.` : "")
      ).trim(),
      table: {
        head: ["Model", "Lab", "Released (or first report)", "Score", "New best"],
        rows: [...dated]
          .sort((a, b) => a.released.getTime() - b.released.getTime() || a.name.localeCompare(b.name, "en"))
          .map((r) => [r.setting ? `${r.name} (${r.setting})` : r.name, r.lab, r.dateKind === "first-reported" ? `${formatDate(r.released, "iso")} (first report)` : formatDate(r.released, "iso"), score(r.score), records.includes(r) ? "yes" : "no"]),
      },
      points: dated.length,
    };
  };

  // Rendered on first use and kept: an MDX <EfficiencyPlot> needs one plot, not three.
  const made = new Map<string, PlotBundle>();
  const once = (key: string, make: () => PlotBundle) => made.get(key) ?? made.set(key, make()).get(key)!;
  return {
    get tokens() {
      return once("tokens", () => efficiency("tokens"));
    },
    get cost() {
      return once("cost", () => efficiency("cost"));
    },
    get history() {
      return once("history", historyBundle);
    },
  };
}
