import type { BoardPlots, PlotBundle } from "../plots/boardPlots";
import type { FrontierPlots } from "../plots/frontierPlots";
import type { EmbedPlot } from "../routes/paths";

/** A board's plot that can be embed: its URL segment, the plot, and its anchor on the leaderboard page. */
export interface EmbeddablePlot {
  plot: EmbedPlot;
  /** What the plot shows, for titles: "score against output tokens". */
  label: string;
  bundle: PlotBundle;
  /** The figure's id on the leaderboard page (`plot-tokens`...). */
  anchor: string;
}

/**
 * The plots of a board worth embedding: those with something drawn (an empty plot is a note on
 * the leaderboard page, not a figure to put on another site), in the page's order.
 */
export function embedPlots(plots: BoardPlots, frontier: FrontierPlots): EmbeddablePlot[] {
  const all: EmbeddablePlot[] = [
    { plot: "tokens", label: "score against output tokens", bundle: plots.tokens, anchor: "plot-tokens" },
    { plot: "cost", label: "score against cost to run", bundle: plots.cost, anchor: "plot-cost" },
    { plot: "tokens-per-task", label: "score against output tokens per task", bundle: plots.tokensPerTask, anchor: "plot-tokens-per-task" },
    { plot: "cost-per-task", label: "score against cost per task", bundle: plots.costPerTask, anchor: "plot-cost-per-task" },
    { plot: "history", label: "score by release date", bundle: plots.history, anchor: "plot-history" },
    { plot: "open-closed", label: "best open weights against best closed, over time", bundle: frontier.openClosed, anchor: "plot-open-closed" },
    { plot: "cost-to-reach", label: "the cost of reaching a score, over time", bundle: frontier.costToReach, anchor: "plot-cost-to-reach" },
  ];
  return all.filter((p) => p.bundle.svg !== "");
}

/** Suggested iframe heights (CSS pixels) for the embed snippets: a plot with its caption, a board of ten rows. */
export const EMBED_HEIGHTS = { plot: 680, board: 560 } as const;

/**
 * The HTML another site pastes to frame an embed. Lazy-loaded, full width, titled (a frame needs
 * an accessible name); the inline style is the host page's, not ours.
 */
export function iframeSnippet(url: string, title: string, height: number): string {
  const attr = (s: string) => s.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");
  return `<iframe src="${attr(url)}" title="${attr(title)}" width="100%" height="${height}" loading="lazy" style="border:0"></iframe>`;
}
