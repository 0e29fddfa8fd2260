import { STANDS_IN } from "../models/labelRules";
import type { ModelMention } from "../content/modelMentions";
import { formatScore, type ScoreUnit } from "../format/formatNumber";
import { rowSnapshot, type HeadlineFigures } from "../leaderboard/headlineFigures";
import { COST_COLUMNS, rowDistinction } from "../leaderboard/boardCells";
import type { HeadlineThenAndNow, HeadlineTimeline } from "../leaderboard/headlineAsOf";
import type { ModelLike } from "../leaderboard/types";

/** A value with the date of the report that carries it. */
export interface DatedValue {
  value: number;
  date: Date;
  /** True when `date` is the publisher's table's (`as_of`), the report having no date of its own. */
  datedByTable?: true;
}

/** A model's headline figures as a panel shows them: each figure with its report's date. */
export interface PanelFigures {
  benchmark: string;
  version: string;
  unit: ScoreUnit;
  /**
   * What tells the row from the model's other rows on its board: the setting, then the snapshot or
   * the model as the source wrote it (`rowDistinction`); undefined for the model's only row.
   */
  row?: string;
  score: DatedValue;
  /** Output tokens and cost to run the whole benchmark. */
  tokens?: DatedValue;
  cost?: DatedValue;
  /** Output tokens and cost per task (Artificial Analysis from v4.1): never in place of the whole-run figures. */
  taskTokens?: DatedValue;
  taskCost?: DatedValue;
}

/** The figures a panel row shows beside its score, each in a column of its own. */
export type PanelSideKey = "tokens" | "cost" | "taskTokens" | "taskCost";

/** Output tokens or cost (to run, or per task) in a panel row: the figure of the recap's day, and the current one when it is another report. */
export interface PanelSideFigure {
  then?: DatedValue;
  /** Set only when the current figure differs from `then`; `null`: the current row (on another version) has none. */
  current?: DatedValue | null;
}

/** One row of a recap's models panel: a registered model with its headline figures, or a plain label. */
export interface PanelModel {
  label: string;
  id?: string;
  /** For a label that names no model: its label page (src/lib/models/labelPages.ts). */
  labelHref?: string;
  /**
   * For a label the matcher read as this model for want of a row of its own (src/lib/models/
   * standInLabels.ts): what the panel says after the label, so that the reading is not shown as
   * the recap's word. @example "this site lists only this release of the model"
   */
  readAs?: string;
  name?: string;
  /**
   * The dated snapshot the label names (`gpt-4o-2024-08-06`: "2024-08-06"), shown beside the name:
   * the row's figures are that snapshot's, and a recap that names the model plainly too has a row
   * for each (helper-79: one row, named as the model, said it had no score).
   */
  snapshot?: string;
  lab?: string;
  /** The recap's date: `then` is the figure as it stood on it. */
  asOf?: Date;
  /** The headline score (version, row) on the recap's date; undefined for a linked model: no score on record then. */
  then?: PanelFigures;
  /** The current headline score, only when it differs from `then` (another version, row or value). */
  current?: PanelFigures;
  /** With neither `then` nor `current`: the row's last score on a board whose publisher no longer lists it (`HeadlineThenAndNow.lastListed`). */
  lastListed?: PanelFigures;
  tokens: PanelSideFigure;
  cost: PanelSideFigure;
  taskTokens: PanelSideFigure;
  taskCost: PanelSideFigure;
}

// A later report of the same value on the same row changes nothing a reader of the recap needs:
// the day's figure (with its own date) still stands, so only a different value is shown beside it.
const sameValue = (a: DatedValue | undefined, b: DatedValue | undefined) => a?.value === b?.value;
const isoDay = (d: Date) => d.toISOString().slice(0, 10);

/**
 * A panel row's figures from the headline figures on the recap's day (`then`) and now (`now`, set
 * when it is another report): the current score only when it differs (another version, row or
 * value), and each of tokens and cost likewise, so a later token count does not repeat an
 * unchanged score, nor the reverse.
 */
export function panelRow(asOf: Date, then: PanelFigures | undefined, now: PanelFigures | undefined): Pick<PanelModel, "then" | "current" | PanelSideKey> {
  const otherRow = !then || !now || then.benchmark !== now.benchmark || then.version !== now.version || then.row !== now.row;
  const side = (key: PanelSideKey): PanelSideFigure => {
    const current = now?.[key];
    // Not yet scored on the day, but this figure of the (then unscored) row was already reported: it is the day's.
    const day = then ? then[key] : current && isoDay(current.date) <= isoDay(asOf) ? current : undefined;
    if (!now || sameValue(day, current)) return day ? { then: day } : {};
    // On another version or row, a figure the day had and the current row lacks reads "latest: not reported on v4.1".
    if (current === undefined) return day && otherRow ? { then: day, current: null } : day ? { then: day } : {};
    return day ? { then: day, current } : { current };
  };
  // Compared as shown: an Elo of 1,178.75 then and 1,179.11 now both read 1,179, and "1,179
  // latest: 1,179" tells the reader nothing.
  const scoreChanged = now !== undefined && (otherRow || !then || formatScore(then.score.value, then.unit) !== formatScore(now.score.value, now.unit));
  return { then, current: scoreChanged ? now : undefined, tokens: side("tokens"), cost: side("cost"), taskTokens: side("taskTokens"), taskCost: side("taskCost") };
}

const dated = (f: { value: number; date: Date; datedByTable?: true } | undefined): DatedValue | undefined => f && { value: f.value, date: f.date, ...(f.datedByTable && { datedByTable: true as const }) };

/**
 * The figures a panel shows from one headline row. `nameSnapshot`: the recap named another
 * snapshot of the model, which no board ranks, so the row's own snapshot is named even where the
 * board does not need it ("2024-05-13"; for a row whose reports name none, the model as its source
 * wrote it where the board names the row so, else "undated").
 */
export function panelFigures(figures: { benchmark: HeadlineFigures["benchmark"]; entry: Omit<HeadlineFigures["entry"], "rank"> }, { nameSnapshot = false }: { nameSnapshot?: boolean } = {}): PanelFigures {
  const { benchmark, entry } = figures;
  const row = nameSnapshot && entry.snapshot === undefined ? rowDistinction({ ...entry, snapshot: rowSnapshot(entry) ?? (entry.writtenAs === undefined ? "undated" : undefined) }) : rowDistinction(entry);
  return {
    benchmark: benchmark.id,
    version: benchmark.version,
    unit: benchmark.unit,
    ...(row !== undefined && { row }),
    score: dated(entry.score)!,
    tokens: dated(entry.output_tokens),
    cost: dated(entry.cost_usd),
    taskTokens: dated(entry.output_tokens_per_task),
    taskCost: dated(entry.cost_per_task_usd),
  };
}

/**
 * A recap's models panel: each mention (frontmatter labels, then models named in MDX components)
 * joined to its registered model and that model's headline figures as they stood on the recap's
 * date, with the current figures beside them when they differ (`HeadlineTimeline.thenAndNow`); a
 * label that names no model to its label page (`labelHref`).
 */
export function recapPanelModels(
  mentions: readonly ModelMention[],
  modelsById: ReadonlyMap<string, ModelLike>,
  thenAndNow: (modelId: string, snapshot?: string) => HeadlineThenAndNow | undefined,
  labelHref: (label: string) => string | undefined = () => undefined,
): PanelModel[] {
  return mentions.map((m) => {
    const model = m.id ? modelsById.get(m.id) : undefined;
    // A label naming a snapshot (`gpt-4o-2024-08-06`) is shown that snapshot's row, not the model's best (helper-75).
    const figures = m.id ? thenAndNow(m.id, m.snapshot) : undefined;
    const shown = (f: HeadlineFigures) => panelFigures(f, { nameSnapshot: figures?.otherSnapshot === true });
    const now = figures?.current && shown(figures.current);
    // The day's row named by its snapshot where the current one is named and the day's board did
    // not need to (one row of the model then): "1,286 … latest: 1,285, 2024-05-13" read as two runs
    // where both are the 2024-05-13 row's (helper-80).
    const then = figures?.then && (now?.row !== undefined && rowSnapshot(figures.then.entry) !== undefined ? panelFigures(figures.then, { nameSnapshot: true }) : shown(figures.then));
    const row = figures ? panelRow(figures.asOf, then, now) : { tokens: {}, cost: {}, taskTokens: {}, taskCost: {} };
    const lastListed = figures?.lastListed && panelFigures(figures.lastListed);
    const reading = m.id && m.standIn ? STANDS_IN.get(m.standIn)?.readers : undefined;
    const snapshot = m.id ? m.snapshot : undefined;
    return { label: m.label, id: m.id, labelHref: m.id ? undefined : labelHref(m.label), ...(reading !== undefined && { readAs: reading }), name: model?.name, ...(snapshot !== undefined && { snapshot }), lab: model?.lab, asOf: figures?.asOf, ...row, ...(lastListed && { lastListed }) };
  });
}

/** A figure column of a panel's table, beside the score. */
export interface PanelColumn {
  key: PanelSideKey;
  /** The column's heading, and each cell's label on a phone. */
  label: string;
  /** The board's formatter of the figure (`COST_COLUMNS`). */
  format: (value: number) => string;
}

/** Every figure column a panel can show, in order: the whole-run figures, then the per-task ones headed and formatted as on the board. */
const PANEL_COLUMNS: readonly PanelColumn[] = (
  [
    ["tokens", "output_tokens"],
    ["cost", "cost_usd"],
    ["taskTokens", "output_tokens_per_task"],
    ["taskCost", "cost_per_task_usd"],
  ] as const
).map(([key, figure]) => ({ key, label: COST_COLUMNS[figure].head, format: COST_COLUMNS[figure].format }));

/**
 * Whether a panel row shows any figure: a score of the recap's day or a current one, or a token
 * count or cost (to run, or per task). A recap whose models have none (an archive issue from
 * before the headline benchmark existed) lists them without a table of dashes.
 */
export function panelHasFigures(m: Pick<PanelModel, "then" | "current" | "lastListed" | PanelSideKey>): boolean {
  return m.then !== undefined || m.current !== undefined || m.lastListed !== undefined || PANEL_COLUMNS.some(({ key }) => m[key].then !== undefined || m[key].current !== undefined);
}

/**
 * The figure columns a panel's table shows: each that some row has a figure in (of the recap's
 * day or current). A fallback board (Epoch's boards, LMArena's history) or a headline benchmark
 * of scores only has none, and a column of dashes says nothing; a board that reports per task
 * (Artificial Analysis from v4.1) gets its per-task columns, apart from the whole-run ones.
 */
export function panelColumns(models: readonly Pick<PanelModel, PanelSideKey>[]): PanelColumn[] {
  return PANEL_COLUMNS.filter(({ key }) => models.some((m) => m[key].then !== undefined || m[key].current !== undefined));
}

/** A board a panel can show: a benchmark (every version of it) by its id, with its name. */
export interface PanelBoardRef {
  id: string;
  name: string;
}

/**
 * Every benchmark once, by id, with the name of its first row, in the registry's order: the boards
 * a panel can fall back to, the earlier preferred on a tie (`fallbackBoard`).
 */
export function panelBoards(benchmarks: readonly PanelBoardRef[]): PanelBoardRef[] {
  const seen = new Set<string>();
  return benchmarks.flatMap((b) => (seen.has(b.id) ? [] : (seen.add(b.id), [{ id: b.id, name: b.name }])));
}

/** Why a panel shows another board than the headline one, in the words the panel says it. */
export interface PanelFallback {
  /** The headline board, which had no figure of the recap's day for any of its models. */
  headline: PanelBoardRef;
  /** The recap's date: the day both boards are read on. */
  asOf: Date;
  /** How many of the recap's models the shown board has a figure of that day for, of how many. */
  measured: number;
  linked: number;
}

/** A recap's models panel: its rows, the board their figures come from and, for a fallback, why. */
export interface RecapPanel {
  models: PanelModel[];
  /** The board of the figures; undefined when the site has no headline benchmark. */
  board?: PanelBoardRef;
  /** Set when `board` is not the headline board (`fallbackBoard`). */
  fallback?: PanelFallback;
  /** With a fallback: each model's current headline figures, when it has any (always labelled current, never the day's). */
  headlineNow: { id: string; name: string; figures: PanelFigures }[];
}

/**
 * The board a recap's panel falls back to when the headline board has no figure of the recap's
 * day for any of its models: of `candidates` (every other benchmark, in the benchmark registry's
 * order), the one with a figure of that day (a score reported on or before it) for the most of
 * `modelIds`; a tie goes to the earlier in the registry. Undefined when no candidate has any.
 */
export function fallbackBoard(modelIds: readonly string[], candidates: readonly string[], figuresOn: (benchmarkId: string) => ReadonlyMap<string, unknown>): { id: string; measured: number } | undefined {
  let best: { id: string; measured: number } | undefined;
  for (const id of candidates) {
    const figures = figuresOn(id);
    const measured = new Set(modelIds.filter((m) => figures.has(m))).size;
    // Strictly more: an equal count later in the registry never displaces an earlier board.
    if (measured > 0 && measured > (best?.measured ?? 0)) best = { id, measured };
  }
  return best;
}

/** Whether a panel row has a figure of the recap's day (a score, token count or cost, to run or per task, reported by then). */
const hasDayFigure = (m: PanelModel) => m.then !== undefined || PANEL_COLUMNS.some(({ key }) => m[key].then !== undefined);

/** What `recapPanel` reads: a recap's mentions and day, and the site's boards over time. */
export interface RecapPanelInput {
  mentions: readonly ModelMention[];
  modelsById: ReadonlyMap<string, ModelLike>;
  /** The recap's date. */
  day: Date;
  /** The headline benchmark (`headline` in benchmarks.csv), if any. */
  headline?: PanelBoardRef;
  /** Every benchmark, once each, in the registry's order (the headline among them or not). */
  boards: readonly PanelBoardRef[];
  /** A benchmark's figures now and on any day (`createHeadlineTimeline` with that benchmark's id). */
  timelineOf: (benchmarkId: string) => HeadlineTimeline;
  labelHref?: (label: string) => string | undefined;
}

/**
 * A recap's models panel. Its figures are the headline board's, as of the recap's date, with the
 * current ones beside them (`recapPanelModels`). When the headline board has no figure of that day
 * for any of the recap's models (an issue older than the headline benchmark, or than its models'
 * first report there), the panel shows the board `fallbackBoard` picks instead, read by the same
 * rule (the day's figure, the current one beside it when it differs), says so, and keeps the
 * models' current headline figures, labelled current. With no such board it stays on the headline.
 */
export function recapPanel({ mentions, modelsById, day, headline, boards, timelineOf, labelHref }: RecapPanelInput): RecapPanel {
  const rowsOn = (boardId: string | undefined) =>
    recapPanelModels(mentions, modelsById, (id, snapshot) => (boardId === undefined ? undefined : timelineOf(boardId).thenAndNow(id, day, snapshot)), labelHref);
  const models = rowsOn(headline?.id);
  const linked = models.filter((m) => m.id !== undefined);
  if (!headline || linked.length === 0 || linked.some(hasDayFigure)) return { models, board: headline, headlineNow: [] };

  const modelIds = linked.map((m) => m.id!);
  const candidates = boards.filter((b) => b.id !== headline.id);
  const chosen = fallbackBoard(modelIds, candidates.map((b) => b.id), (id) => timelineOf(id).asOf(day));
  if (!chosen) return { models, board: headline, headlineNow: [] };

  const headlineNow = linked.flatMap((m) => (m.current ? [{ id: m.id!, name: m.name ?? m.label, figures: m.current }] : []));
  return {
    models: rowsOn(chosen.id),
    board: candidates.find((b) => b.id === chosen.id),
    fallback: { headline, asOf: day, measured: chosen.measured, linked: new Set(modelIds).size },
    headlineNow,
  };
}

/**
 * What a panel says when none of its models has a figure to show: the board had none for them, or
 * (`board` undefined) the site has no headline benchmark, and then no board was looked at at all:
 * "no score for any of them" would say the models have none, which is not known, and the reader is
 * sent to the models' pages.
 * @example unmeasuredNote({ id: "aa", name: "AA Index" }, 2) // "AA Index: no score for any of them."
 */
export function unmeasuredNote(board: PanelBoardRef | undefined, linked: number): string {
  // Said to readers, who know nothing of the site's settings (found in review: every recap of a
  // site without a headline benchmark told its readers one was not set).
  if (!board) return "Scores: see each model's page.";
  return `${board.name}: no score for ${linked === 1 ? "it" : "any of them"}.`;
}
