/**
 * The registry's name index, as the data layer hands it to the loader, the mention index, the
 * importers and the MDX components (`Dataset.aliases`, `SiteData.aliases`): the one model matcher
 * (src/lib/models/modelMatcher.ts), so that every caller resolves names with the same rules. The
 * rules live there; this module only names the matcher for the data layer.
 */
import { buildModelMatcher, type MatchableModel, type MatchableProduct, type ModelMatcher, type RegistryConflict } from "../models/modelMatcher";

export { labelKey as aliasKey } from "../models/labelKey";
export type { ModelRef } from "../models/modelMatcher";

/** The part of a model the index needs. */
export type AliasSource = MatchableModel;

/** The matcher, as the callers of the alias index use it (`resolve`, `suggest`, `match`, `ids`). */
export type AliasIndex = ModelMatcher;

/** A registry problem: a name claimed by two models, or by a model and a product. */
export type AliasConflict = RegistryConflict;

/**
 * Builds the index over the registry (and the products, which are never linked as models).
 * Returns the conflicts found; callers turn them into errors.
 */
export function buildAliasIndex(models: readonly AliasSource[], products: readonly MatchableProduct[] = [], checkedOnly: readonly AliasSource[] = []): { index: AliasIndex; conflicts: AliasConflict[] } {
  const { matcher, conflicts } = buildModelMatcher({ models, products, checkedOnly });
  return { index: matcher, conflicts };
}
