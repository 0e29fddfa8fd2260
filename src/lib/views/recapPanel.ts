import type { ModelMention } from "../content/modelMentions";
import type { ScoreUnit } from "../format/formatNumber";
import type { HeadlineFigures } from "../leaderboard/headlineFigures";
import type { ModelLike } from "../leaderboard/types";

/** One row of a recap's models panel: a registered model with its headline figures, or a plain label. */
export interface PanelModel {
  label: string;
  id?: string;
  /** For a label that names no model: its label page (src/lib/models/labelPages.ts). */
  labelHref?: string;
  name?: string;
  lab?: string;
  headline?: { benchmark: string; version: string; unit: ScoreUnit; score: number; setting?: string; tokens?: number; cost?: number };
}

/**
 * A recap's models panel: each mention (frontmatter labels, then models named in MDX components)
 * joined to its registered model and that model's headline figures; a label that names no model
 * to its label page (`labelHref`).
 */
export function recapPanelModels(
  mentions: readonly ModelMention[],
  modelsById: ReadonlyMap<string, ModelLike>,
  headline: ReadonlyMap<string, HeadlineFigures>,
  labelHref: (label: string) => string | undefined = () => undefined,
): PanelModel[] {
  return mentions.map((m) => {
    const model = m.id ? modelsById.get(m.id) : undefined;
    const figures = m.id ? headline.get(m.id) : undefined;
    return {
      label: m.label,
      id: m.id,
      labelHref: m.id ? undefined : labelHref(m.label),
      name: model?.name,
      lab: model?.lab,
      headline: figures && {
        benchmark: figures.benchmark.id,
        version: figures.benchmark.version,
        unit: figures.benchmark.unit,
        score: figures.entry.score.value,
        setting: figures.entry.setting,
        tokens: figures.entry.output_tokens?.value,
        cost: figures.entry.cost_usd?.value,
      },
    };
  });
}
