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
  /**
   * Per canonical model id: ids of the recaps mentioning it, in input order (newest first): by
   * their frontmatter or components, or by naming it in their text (`namedInText`).
   */
  byModel: Map<string, string[]>;
}

/**
 * Joins recaps to models once per build. A recap mentions a model when its frontmatter `models`
 * names the model's id or any alias (`claude-3-sonnet-4.6` -> `claude-sonnet-4-6`), or when an
 * MDX component in its body names it (`<ModelScore model="..." />`; `bodyModels` returns those
 * names per recap id). Frontmatter labels that name no registered model stay plain labels. A
 * model the recap's text names (`namedInText`: model ids, src/lib/content/namedModels.ts) lists the
 * recap on its page too, but is not one of the recap's own mentions (its models panel).
 */
export function buildMentionIndex(
  recaps: readonly MentioningRecap[],
  aliases: AliasIndex,
  bodyModels: (recapId: string) => readonly string[] = () => [],
  namedInText: (recapId: string) => readonly string[] = () => [],
): MentionIndex {
  const byRecap = new Map<string, ModelMention[]>();
  const byModel = new Map<string, string[]>();
  for (const recap of recaps) {
    const fromBody = bodyModels(recap.id).filter((name) => aliases.resolve(name) !== undefined);
    const mentions = resolveModelMentions([...recap.data.models, ...fromBody], aliases);
    byRecap.set(recap.id, mentions);
    // A recap that names a model both plainly and by a snapshot (`gpt-4o`, `gpt-4o-2024-08-06`) has
    // two mentions of it, one recap: listed once on the model's page, in its feed and counts (found
    // in review: "5 recaps" for 4, and a feed item twice with one guid).
    const listed = new Set<string>();
    for (const id of [...mentions.flatMap((m) => (m.id ? [m.id] : [])), ...namedInText(recap.id)]) {
      if (listed.has(id)) continue;
      listed.add(id);
      const list = byModel.get(id);
      if (list) list.push(recap.id);
      else byModel.set(id, [recap.id]);
    }
  }
  return { byRecap, byModel };
}
