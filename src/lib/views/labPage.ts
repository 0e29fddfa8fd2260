import { plural } from "../format/plural";
import type { ModelLike } from "../leaderboard/types";
import { nameKey } from "../models/sameNameRows";

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

/**
 * The models' names for a list a reader reads by name: a name two of them share (`nameKey`:
 * case and punctuation aside) is followed by the model's id, so that the reader can tell the rows
 * apart (`GPT-4o (gpt-4o)`, `GPT-4o (openai-gpt-4o)`); the registry keeps both until the editor
 * says they are one (`npm run check` lists them).
 * @example namesTellingApart([{ id: "a", name: "X" }, { id: "b", name: "x" }, { id: "c", name: "Y" }]) // ["X (a)", "x (b)", "Y"]
 */
export function namesTellingApart(models: readonly Pick<ModelLike, "id" | "name">[]): string[] {
  const count = new Map<string, number>();
  for (const m of models) count.set(nameKey(m.name), (count.get(nameKey(m.name)) ?? 0) + 1);
  return models.map((m) => (count.get(nameKey(m.name))! > 1 ? `${m.name} (${m.id})` : m.name));
}
