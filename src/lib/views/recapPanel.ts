import type { ModelMention } from "../content/modelMentions";
import type { ScoreUnit } from "../format/formatNumber";
import type { HeadlineFigures } from "../leaderboard/headlineFigures";
import type { HeadlineThenAndNow } from "../leaderboard/headlineAsOf";
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
  setting?: string;
  score: DatedValue;
  tokens?: DatedValue;
  cost?: DatedValue;
}

/** Output tokens or cost in a panel row: the figure of the recap's day, and the current one when it is another report. */
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
  name?: string;
  lab?: string;
  /** The recap's date: `then` is the figure as it stood on it. */
  asOf?: Date;
  /** The headline score (version, setting) on the recap's date; undefined for a linked model: not yet measured then. */
  then?: PanelFigures;
  /** The current headline score, only when it differs from `then` (another version, row or value). */
  current?: PanelFigures;
  tokens: PanelSideFigure;
  cost: PanelSideFigure;
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
export function panelRow(asOf: Date, then: PanelFigures | undefined, now: PanelFigures | undefined): Pick<PanelModel, "then" | "current" | "tokens" | "cost"> {
  const otherRow = !then || !now || then.benchmark !== now.benchmark || then.version !== now.version || then.setting !== now.setting;
  const side = (key: "tokens" | "cost"): PanelSideFigure => {
    const current = now?.[key];
    // Not yet scored on the day, but this figure of the (then unscored) row was already reported: it is the day's.
    const day = then ? then[key] : current && isoDay(current.date) <= isoDay(asOf) ? current : undefined;
    if (!now || sameValue(day, current)) return day ? { then: day } : {};
    // On another version or row, a figure the day had and the current row lacks reads "current: —".
    if (current === undefined) return day && otherRow ? { then: day, current: null } : day ? { then: day } : {};
    return day ? { then: day, current } : { current };
  };
  const scoreChanged = now !== undefined && (otherRow || !sameValue(then?.score, now.score));
  return { then, current: scoreChanged ? now : undefined, tokens: side("tokens"), cost: side("cost") };
}

const dated = (f: { value: number; date: Date; datedByTable?: true } | undefined): DatedValue | undefined => f && { value: f.value, date: f.date, ...(f.datedByTable && { datedByTable: true as const }) };

/** The figures a panel shows from one headline row. */
export function panelFigures(figures: HeadlineFigures): PanelFigures {
  const { benchmark, entry } = figures;
  return {
    benchmark: benchmark.id,
    version: benchmark.version,
    unit: benchmark.unit,
    setting: entry.setting,
    score: dated(entry.score)!,
    tokens: dated(entry.output_tokens),
    cost: dated(entry.cost_usd),
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
  thenAndNow: (modelId: string) => HeadlineThenAndNow | undefined,
  labelHref: (label: string) => string | undefined = () => undefined,
): PanelModel[] {
  return mentions.map((m) => {
    const model = m.id ? modelsById.get(m.id) : undefined;
    const figures = m.id ? thenAndNow(m.id) : undefined;
    const row = figures ? panelRow(figures.asOf, figures.then && panelFigures(figures.then), figures.current && panelFigures(figures.current)) : { tokens: {}, cost: {} };
    return { label: m.label, id: m.id, labelHref: m.id ? undefined : labelHref(m.label), name: model?.name, lab: model?.lab, asOf: figures?.asOf, ...row };
  });
}

/**
 * Whether a panel row shows any figure: a score of the recap's day or a current one, or a token
 * count or cost. A recap whose models have none (an archive issue from before the headline
 * benchmark existed) lists them without a table of dashes.
 */
export function panelHasFigures(m: Pick<PanelModel, "then" | "current" | "tokens" | "cost">): boolean {
  return m.then !== undefined || m.current !== undefined || [m.tokens, m.cost].some((f) => f.then !== undefined || f.current !== undefined);
}
