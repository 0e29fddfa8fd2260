import { TAG_TYPES, type TagType } from "../../schemas/tagAlias";
import { slugify } from "./slugify";

/** A tag as the site shows it: its namespace, URL slug and display name. */
export interface TagRef {
  type: TagType;
  /** URL segment: `/topics/<slug>/`. */
  slug: string;
  /** Display name: the canonical spelling from data/tag-aliases.csv, or the first spelling seen. */
  name: string;
}

/** The part of a tag alias row the resolver needs. */
export interface TagAliasLike {
  type: TagType;
  alias: string;
  canonical: string;
}

/** Maps any spelling of a tag to its one page. */
export interface TagResolver {
  /** The canonical slug of `raw` in namespace `type` (`deepseek-ai` -> `deepseek`). */
  slug(type: TagType, raw: string): string;
  /** The canonical spelling when `raw` is a listed alias or canonical name, else undefined. */
  canonical(type: TagType, raw: string): string | undefined;
}

/**
 * A URL slug for any tag text: `slugify`, the one slug function (non-Latin tags get their code
 * points). Blank tags never reach it (they are skipped where tags are read).
 * @example tagSlug("DeepSeek AI") // "deepseek-ai"
 * @example tagSlug("智谱") // "u667a-u8c31"
 */
export const tagSlug = (text: string): string => slugify(text) || "untitled";

/**
 * Builds the tag resolver from data/tag-aliases.csv rows. Spellings are compared by slug, so
 * `DeepSeek-AI`, `deepseek_ai` and `deepseek-ai` are one alias. Aliases resolve one step (an alias
 * of an alias is followed to its end, cycles stop where they close).
 */
export function buildTagResolver(aliases: readonly TagAliasLike[]): TagResolver {
  const byKey = new Map<string, string>();
  const canonicalNames = new Map<string, string>();
  for (const a of aliases) {
    byKey.set(`${a.type}:${tagSlug(a.alias)}`, a.canonical);
    canonicalNames.set(`${a.type}:${tagSlug(a.canonical)}`, a.canonical);
  }
  const canonical = (type: TagType, raw: string): string | undefined => {
    let name: string | undefined;
    let key = `${type}:${tagSlug(raw)}`;
    const seen = new Set<string>();
    while (byKey.has(key) && !seen.has(key)) {
      seen.add(key);
      name = byKey.get(key)!;
      key = `${type}:${tagSlug(name)}`;
    }
    return name ?? canonicalNames.get(key);
  };
  return {
    canonical,
    slug: (type, raw) => tagSlug(canonical(type, raw) ?? raw),
  };
}

/** A tag with the recaps that carry it. */
export interface TagSummary extends TagRef {
  /** Ids of the recaps carrying the tag, in the order of the input (newest first). */
  recapIds: string[];
  /** Every spelling seen in frontmatter, sorted. */
  variants: string[];
}

/** The fields of a recap that tags are read from. */
export interface TaggedRecap {
  id: string;
  data: Record<TagType, string[]>;
}

/** Every tag of every type, with its recaps. */
export type TagIndex = Record<TagType, TagSummary[]>;

/**
 * Collects the tags of `recaps` (already sorted, drafts already filtered) per namespace, each
 * variant landing on its canonical page. Tags are sorted by number of recaps, then name. A recap
 * listing two variants of one tag counts once.
 */
export function collectTags(recaps: readonly TaggedRecap[], resolver: TagResolver): TagIndex {
  const out = {} as TagIndex;
  for (const type of TAG_TYPES) {
    const bySlug = new Map<string, TagSummary & { variantSet: Set<string> }>();
    for (const recap of recaps) {
      for (const raw of recap.data[type] ?? []) {
        if (!raw.trim()) continue;
        const slug = resolver.slug(type, raw);
        let tag = bySlug.get(slug);
        if (!tag) {
          tag = { type, slug, name: resolver.canonical(type, raw) ?? raw.trim(), recapIds: [], variants: [], variantSet: new Set() };
          bySlug.set(slug, tag);
        }
        tag.variantSet.add(raw.trim());
        if (tag.recapIds[tag.recapIds.length - 1] !== recap.id) tag.recapIds.push(recap.id);
      }
    }
    out[type] = [...bySlug.values()]
      .map(({ variantSet, ...tag }) => ({ ...tag, variants: [...variantSet].sort() }))
      .sort((a, b) => b.recapIds.length - a.recapIds.length || a.name.localeCompare(b.name, "en"));
  }
  return out;
}

/** The tags of one recap, canonical and deduplicated, in frontmatter order. */
export function recapTags(recap: TaggedRecap, resolver: TagResolver, type: TagType): TagRef[] {
  const seen = new Set<string>();
  const out: TagRef[] = [];
  for (const raw of recap.data[type] ?? []) {
    if (!raw.trim()) continue;
    const slug = resolver.slug(type, raw);
    if (seen.has(slug)) continue;
    seen.add(slug);
    out.push({ type, slug, name: resolver.canonical(type, raw) ?? raw.trim() });
  }
  return out;
}
