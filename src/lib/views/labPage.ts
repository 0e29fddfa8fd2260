import { plural } from "../format/plural";
import type { ModelLike } from "../leaderboard/types";

/** A lab's models, newest release first (unreleased or undated last), then by name. */
export function labModelsNewestFirst<M extends Pick<ModelLike, "name" | "released">>(models: readonly M[]): M[] {
  return [...models].sort((a, b) => (b.released?.getTime() ?? 0) - (a.released?.getTime() ?? 0) || a.name.localeCompare(b.name, "en"));
}

/**
 * The recaps that mention any of a lab's models, or carry a `companies:` tag naming the lab
 * (`taggedIds`, see src/lib/models/companyLabs.ts), each once, in the order of `recaps` (newest
 * first on the site).
 */
export function labRecaps<R extends { id: string }>(
  models: readonly { id: string }[],
  recapIdsByModel: ReadonlyMap<string, readonly string[]>,
  recaps: readonly R[],
  taggedIds: readonly string[] = [],
): R[] {
  const ids = new Set([...models.flatMap((m) => recapIdsByModel.get(m.id) ?? []), ...taggedIds]);
  return recaps.filter((r) => ids.has(r.id));
}

/** The meta description of a lab page: how many models and recaps it lists, in words that fit the counts. */
export function labPageDescription(lab: string, modelCount: number, recapCount: number): string {
  const them = modelCount === 1 ? "it" : "them";
  const models = plural(modelCount, "model");
  if (recapCount === 0) return `${lab}: ${models}; no recap mentions ${them} or ${lab} yet.`;
  return `${lab}: ${models} and the ${recapCount} ${recapCount === 1 ? "recap that mentions" : "recaps that mention"} ${them} or ${lab}.`;
}
