import type { AliasIndex } from "../data/aliasIndex";
import { resolveModelMentions, type ModelMention } from "./modelMentions";

/** The fields of a recap the mention index reads. */
export interface MentioningRecap {
  id: string;
  data: { models: string[] };
}

/** Which recap mentions which model, both ways round. */
export interface MentionIndex {
  /** Per recap: its mentions, frontmatter first, then models named by components in the body. */
  byRecap: Map<string, ModelMention[]>;
  /** Per canonical model id: ids of the recaps mentioning it, in input order (newest first). */
  byModel: Map<string, string[]>;
}

/**
 * Joins recaps to models once per build. A recap mentions a model when its frontmatter `models`
 * names the model's id or any alias (`claude-3-sonnet-4.6` -> `claude-sonnet-4-6`), or when an
 * MDX component in its body names it (`<ModelScore model="..." />`; `bodyModels` returns those
 * names per recap id). Frontmatter labels that name no registered model stay plain labels.
 */
export function buildMentionIndex(
  recaps: readonly MentioningRecap[],
  aliases: AliasIndex,
  bodyModels: (recapId: string) => readonly string[] = () => [],
): MentionIndex {
  const byRecap = new Map<string, ModelMention[]>();
  const byModel = new Map<string, string[]>();
  for (const recap of recaps) {
    const fromBody = bodyModels(recap.id).filter((name) => aliases.resolve(name) !== undefined);
    const mentions = resolveModelMentions([...recap.data.models, ...fromBody], aliases);
    byRecap.set(recap.id, mentions);
    for (const m of mentions) {
      if (!m.id) continue;
      const list = byModel.get(m.id);
      if (list) list.push(recap.id);
      else byModel.set(m.id, [recap.id]);
    }
  }
  return { byRecap, byModel };
}
