import type { AliasIndex } from "../data/aliasIndex";
import type { MatchRule } from "../models/labelRules";
import { standInRule } from "../models/standInLabels";

/**
 * A `models` frontmatter entry: linked to a registered model, or a plain label. `standIn`: the rule
 * by which the matcher read the label as the model for want of a row of its own (standInLabels.ts),
 * which the recap's panel says. `snapshot`: the dated snapshot the label names (`gpt-4o-2024-08-06`),
 * whose row the panel shows rather than the model's best.
 */
export type ModelMention = { label: string; id: string; standIn?: MatchRule; snapshot?: string } | { label: string; id?: undefined };

/**
 * Resolves a recap's `models` list through the alias index: an entry that names a model id or
 * alias links to that model; any other stays a plain label (the check command lists those).
 * Two entries naming the same model (and the same snapshot, or none) are shown once.
 * @example resolveModelMentions(["claude-3-sonnet-4.6", "seedance-2"], index)
 *   // [{ label: "claude-3-sonnet-4.6", id: "claude-sonnet-4-6" }, { label: "seedance-2" }]
 */
export function resolveModelMentions(labels: readonly string[], aliases: AliasIndex): ModelMention[] {
  const seen = new Set<string>();
  const out: ModelMention[] = [];
  for (const label of labels) {
    const m = aliases.match(label);
    // A model named plainly and by a snapshot (`gpt-4o`, `gpt-4o-2024-08-06`) is two rows: each shows its own figures.
    const key = m.kind === "model" ? `id:${m.id}\u0000${m.snapshot ?? ""}` : `label:${label}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const standIn = standInRule(m);
    out.push(m.kind === "model" ? { label, id: m.id, ...(standIn !== undefined && { standIn }), ...(m.snapshot !== undefined && { snapshot: m.snapshot }) } : { label });
  }
  return out;
}
