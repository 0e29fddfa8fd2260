import type { AliasIndex } from "../data/aliasIndex";

/** A `models` frontmatter entry: linked to a registered model, or a plain label. */
export type ModelMention = { label: string; id: string } | { label: string; id?: undefined };

/**
 * Resolves a recap's `models` list through the alias index: an entry that names a model id or
 * alias links to that model; any other stays a plain label (the check command lists those).
 * Two entries naming the same model are shown once.
 * @example resolveModelMentions(["claude-3-sonnet-4.6", "seedance-2"], index)
 *   // [{ label: "claude-3-sonnet-4.6", id: "claude-sonnet-4-6" }, { label: "seedance-2" }]
 */
export function resolveModelMentions(labels: readonly string[], aliases: AliasIndex): ModelMention[] {
  const seen = new Set<string>();
  const out: ModelMention[] = [];
  for (const label of labels) {
    const ref = aliases.resolve(label);
    const key = ref ? `id:${ref.id}` : `label:${label}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(ref ? { label, id: ref.id } : { label });
  }
  return out;
}
