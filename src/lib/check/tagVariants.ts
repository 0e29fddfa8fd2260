import type { TagType } from "../../schemas/tagAlias";

/** One use of a tag in a recap's frontmatter. */
export interface TagUse {
  type: TagType;
  tag: string;
  file: string;
  line: number;
}

/** A spelling of a tag that differs from the usual one only by punctuation or case. */
export interface TagVariant {
  type: TagType;
  /** The less used spelling. */
  variant: string;
  /** The spelling most recaps use (ties: the first alphabetically). */
  usual: string;
  /** Recaps using each spelling. */
  variantCount: number;
  usualCount: number;
  /** Where the variant is first used. */
  file: string;
  line: number;
}

/**
 * The key under which tag spellings are compared: lower case, letters and digits only, so that
 * `x-ai`, `xAI` and `x.ai` meet. @example tagVariantKey("X-AI") // "xai"
 */
export function tagVariantKey(tag: string): string {
  return tag.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");
}

/**
 * Finds tags of one type spelled in several ways that differ only by punctuation or case. A
 * spelling that `data/tag-aliases.csv` already maps (`companies,x-ai,xai`) is read as its
 * canonical tag first, so an alias an editor has added silences the finding. Each variant is
 * reported once, at its first use.
 */
export function findTagVariants(uses: readonly TagUse[], aliases: readonly { type: string; alias: string; canonical: string }[]): TagVariant[] {
  const canonicalOf = new Map(aliases.map((a) => [`${a.type}\u0000${a.alias.toLowerCase()}`, a.canonical]));
  // type+key -> spelling -> uses
  const groups = new Map<string, Map<string, TagUse[]>>();
  for (const use of uses) {
    const tag = canonicalOf.get(`${use.type}\u0000${use.tag.toLowerCase()}`) ?? use.tag;
    const key = `${use.type}\u0000${tagVariantKey(tag)}`;
    if (tagVariantKey(tag) === "") continue;
    const spellings = groups.get(key) ?? new Map<string, TagUse[]>();
    groups.set(key, spellings);
    spellings.set(tag, [...(spellings.get(tag) ?? []), { ...use, tag }]);
  }
  const out: TagVariant[] = [];
  for (const spellings of groups.values()) {
    if (spellings.size < 2) continue;
    const recapsUsing = (u: TagUse[]) => new Set(u.map((x) => x.file)).size;
    const ranked = [...spellings.entries()].sort((a, b) => recapsUsing(b[1]) - recapsUsing(a[1]) || a[0].localeCompare(b[0]));
    const [usual, usualUses] = ranked[0];
    for (const [variant, variantUses] of ranked.slice(1)) {
      const first = variantUses[0];
      out.push({ type: first.type, variant, usual, variantCount: recapsUsing(variantUses), usualCount: recapsUsing(usualUses), file: first.file, line: first.line });
    }
  }
  return out;
}
