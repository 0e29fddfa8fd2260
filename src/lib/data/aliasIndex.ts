import { didYouMean } from "../../schemas/nearest";

/** The part of a model the alias index needs. */
export interface AliasSource {
  id: string;
  aliases: string[];
  line?: number;
}

/** Settings that publishers glue to model names as a suffix, e.g. `gpt-5-2025-08-07_medium`. */
export const SETTING_SUFFIXES = ["minimal", "low", "medium", "high", "xhigh", "max"] as const;

/**
 * The key under which ids and aliases are compared: lower case, with `.`, `_`, `/`, `:` and
 * spaces read as `-`, so `Claude-3-Sonnet-4.6` and `claude_3_sonnet_4_6` match.
 */
export function aliasKey(name: string): string {
  return name
    .trim()
    .toLowerCase()
    .replace(/[._\s/:]+/g, "-")
    .replace(/-+/g, "-")
    .replace(/^-|-$/g, "");
}

/** What a name resolves to. */
export interface ModelRef {
  id: string;
  /** A setting recovered from a `_high`-style suffix. */
  setting?: string;
}

/** Maps every id and alias of the registry to its canonical model id. */
export interface AliasIndex {
  /** Canonical id for a name (id or alias), or undefined. */
  resolve(name: string): ModelRef | undefined;
  /** ` (did you mean "x"?)` for an unknown name. */
  suggest(name: string): string;
  /** All canonical ids. */
  ids: string[];
}

/** A problem in the registry: an alias claimed by two models. */
export interface AliasConflict {
  line?: number;
  message: string;
}

/**
 * Builds the alias index. Returns the index and the conflicts found: an alias (or id) that
 * points at two different models. Callers turn conflicts into errors.
 */
export function buildAliasIndex(models: readonly AliasSource[]): { index: AliasIndex; conflicts: AliasConflict[] } {
  const byKey = new Map<string, { id: string; line?: number }>();
  const conflicts: AliasConflict[] = [];
  const claim = (name: string, model: AliasSource, kind: "id" | "alias") => {
    const key = aliasKey(name);
    const prior = byKey.get(key);
    if (prior && prior.id !== model.id) {
      conflicts.push({
        line: model.line,
        message: `${kind} ${JSON.stringify(name)} of model "${model.id}" also names model "${prior.id}"${prior.line ? ` (line ${prior.line})` : ""}; an alias must point at one model`,
      });
      return;
    }
    if (!prior) byKey.set(key, { id: model.id, line: model.line });
  };
  // Ids first, so that an alias colliding with another model's id is reported on the alias.
  for (const m of models) claim(m.id, m, "id");
  for (const m of models) for (const a of m.aliases) claim(a, m, "alias");

  const ids = models.map((m) => m.id);
  const names = [...ids, ...models.flatMap((m) => m.aliases)];
  const resolve = (name: string): ModelRef | undefined => {
    const key = aliasKey(name);
    const direct = byKey.get(key);
    if (direct) return { id: direct.id };
    // `gpt-5-2025-08-07_medium` -> model `gpt-5-2025-08-07`, setting `medium`.
    const m = /^(.*)[_-](minimal|low|medium|high|xhigh|max)$/i.exec(name.trim());
    if (m) {
      const base = byKey.get(aliasKey(m[1]));
      if (base) return { id: base.id, setting: m[2].toLowerCase() };
    }
    return undefined;
  };
  return {
    index: { resolve, suggest: (name) => didYouMean(name, names), ids },
    conflicts,
  };
}
