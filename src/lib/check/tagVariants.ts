import pluralize from "pluralize";
import type { TagType } from "../../schemas/tagAlias";
import { buildTagResolver, type TagAliasLike } from "../content/tags";
import { levenshtein } from "../../schemas/nearest";

/** One use of a tag in a recap's frontmatter. */
export interface TagUse {
  type: TagType;
  tag: string;
  file: string;
  line: number;
}

/** How two spellings of one tag differ. */
export type VariantReason = "punctuation or case" | "plural or -ing form" | "a letter (a likely misspelling)";

/** A tag page that is probably the same tag as another page. */
export interface TagVariant {
  type: TagType;
  /** The spelling most used on the less used page. */
  variant: string;
  /** The spelling most used on the page most recaps use (ties: the first alphabetically). */
  usual: string;
  /** The two pages' URL slugs: always different (spellings that share a page are not variants). */
  variantSlug: string;
  usualSlug: string;
  /** Recaps on each page, counting only the spellings of this group. */
  variantCount: number;
  usualCount: number;
  reason: VariantReason;
  /** Where the variant page's spellings are first used. */
  file: string;
  line: number;
}

// GPUs, TPUs, CPUs: pluralize reads a final "-us" as Latin (virus, corpus) and keeps it; in tags
// these are acronyms. A rule of the library's own API, set once for this module's use.
pluralize.addSingularRule(/([^aeiou]pu)s$/i, "$1");

/** Below this length a word is left as it is: `aws`, `ios`, `tts` are names, not plurals. */
const MIN_PLURAL_LENGTH = 4;
/** A word must be this long to lose an -ing (`reasoning` -> `reason`; `thing`, `ring` stay). */
const MIN_ING_LENGTH = 6;

/** One word reduced to the stem its spellings share: singular, without -ing, final e or a doubled last consonant. */
function wordStem(word: string): string {
  if (!/^[a-z]+$/.test(word)) return word;
  let w = word.length >= MIN_PLURAL_LENGTH ? pluralize.singular(word) : word;
  if (w.length >= MIN_ING_LENGTH && w.endsWith("ing")) w = w.slice(0, -3);
  // merging/merge, tuning/tune, running/run, embedding/embed: compare without the final e or the doubling.
  if (w.length > 3 && w.endsWith("e")) w = w.slice(0, -1);
  if (/([b-df-hj-np-tv-z])\1$/.test(w)) w = w.slice(0, -1);
  return w;
}

/**
 * The keys under which spellings of one tag meet: lower case, punctuation and spaces dropped,
 * singular and without -ing, taken two ways, since a tag's words may be written together: the
 * whole tag as one word (`fine-tuning` and `finetune` meet as `finetun`) and word by word
 * (`code-agents` and `coding-agents` meet as `cod`+`agent`). Two spellings sharing either key are
 * variants. A light stemmer on purpose: Porter's would also join `generation` and `generative`.
 * @example tagVariantKeys("Context-Windows") // ["contextwindow", "contextwindow"]
 */
export function tagVariantKeys(tag: string): [whole: string, byWord: string] {
  const words = tag.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  return [wordStem(words.join("")), words.map(wordStem).join("")];
}

/** Letters and digits only: spellings that differ by punctuation or case alone. */
const plainKey = (tag: string) => tag.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");

/**
 * Finds tags of one type spelled in ways that differ only by punctuation, case, plural or -ing
 * form and that land on different tag pages. Spellings are sent to their page the way the site
 * does it (`buildTagResolver` over data/tag-aliases.csv, slugs compared), so spellings that
 * already share a page (`Anthropic` and `anthropic`; an alias an editor has added) are not
 * reported: every finding is a real second page. Each variant page is reported once, at the
 * first use of its spellings, against the page most recaps use.
 */
export function findTagVariants(uses: readonly TagUse[], aliases: readonly TagAliasLike[]): TagVariant[] {
  const resolver = buildTagResolver(aliases);
  // Spellings (per type) joined when they share a key: a small union-find, since a spelling may
  // meet one spelling by its whole-word key and another by its word-by-word key.
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let root = x;
    while (parent.get(root) !== root) root = parent.get(root)!;
    parent.set(x, root);
    return root;
  };
  const byKey = new Map<string, string>();
  for (const use of uses) {
    const id = `${use.type}\u0000${use.tag}`;
    if (parent.has(id)) continue;
    parent.set(id, id);
    const keys = tagVariantKeys(resolver.canonical(use.type, use.tag) ?? use.tag);
    if (keys[0] === "") continue;
    keys.forEach((key, i) => {
      const k = `${use.type}\u0000${i}\u0000${key}`;
      const other = byKey.get(k);
      if (other === undefined) byKey.set(k, id);
      else parent.set(find(id), find(other));
    });
  }
  // group -> page slug -> spelling -> uses
  const groups = new Map<string, Map<string, Map<string, TagUse[]>>>();
  for (const use of uses) {
    const group = find(`${use.type}\u0000${use.tag}`);
    if (tagVariantKeys(use.tag)[0] === "") continue;
    const pages = groups.get(group) ?? new Map<string, Map<string, TagUse[]>>();
    groups.set(group, pages);
    const slug = resolver.slug(use.type, use.tag);
    const spellings = pages.get(slug) ?? new Map<string, TagUse[]>();
    pages.set(slug, spellings);
    spellings.set(use.tag, [...(spellings.get(use.tag) ?? []), use]);
  }
  const out: TagVariant[] = [];
  const recapsUsing = (u: readonly TagUse[]) => new Set(u.map((x) => x.file)).size;
  const mostUsed = (spellings: Map<string, TagUse[]>) => [...spellings.entries()].sort((a, b) => recapsUsing(b[1]) - recapsUsing(a[1]) || a[0].localeCompare(b[0]))[0][0];
  for (const group of groups.values()) {
    if (group.size < 2) continue;
    const pages = [...group.entries()].map(([slug, spellings]) => ({ slug, spellings, all: [...spellings.values()].flat(), name: mostUsed(spellings) }));
    pages.sort((a, b) => recapsUsing(b.all) - recapsUsing(a.all) || a.name.localeCompare(b.name));
    const [usual, ...others] = pages;
    for (const page of others) {
      const first = page.all.reduce((a, b) => (a.file.localeCompare(b.file) || a.line - b.line) <= 0 ? a : b);
      out.push({
        type: first.type,
        variant: page.name,
        usual: usual.name,
        variantSlug: page.slug,
        usualSlug: usual.slug,
        variantCount: recapsUsing(page.all),
        usualCount: recapsUsing(usual.all),
        reason: plainKey(page.name) === plainKey(usual.name) ? "punctuation or case" : "plural or -ing form",
        file: first.file,
        line: first.line,
      });
    }
  }
  out.push(...misspelledTags(uses, resolver, new Set(out.map((v) => `${v.type}\u0000${v.variantSlug}`))));
  return out;
}

/** Whether `a` is `b` with two neighbouring letters swapped (`anthorpic`). */
function swapped(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  const diff = [...a].flatMap((c, i) => (c === b[i] ? [] : [i]));
  return diff.length === 2 && diff[1] === diff[0]! + 1 && a[diff[0]!] === b[diff[1]!] && a[diff[1]!] === b[diff[0]!];
}

/** A rare page's spelling this close to a page at least this many recaps use is a likely typo. */
const MISSPELT_MIN_USUAL = 3;

/**
 * Tag pages one or two recaps use whose spelling is one letter (added, dropped, changed, or two
 * neighbours swapped) from a tag at least three times as many recaps use (`benchmarkng` beside `benchmarking`, `anthropc` beside `anthropic`;
 * found in review: each typo became a page of its own, unreported). Numbers must match (`llama-2`
 * and `llama-3` are two tags), and the word at least five letters long.
 */
function misspelledTags(uses: readonly TagUse[], resolver: ReturnType<typeof buildTagResolver>, reported: ReadonlySet<string>): TagVariant[] {
  const pages = new Map<string, { type: TagUse["type"]; slug: string; spellings: Map<string, Set<string>>; first: TagUse }>();
  for (const use of uses) {
    const slug = resolver.slug(use.type, use.tag);
    const key = `${use.type}\u0000${slug}`;
    const page = pages.get(key) ?? { type: use.type, slug, spellings: new Map<string, Set<string>>(), first: use };
    pages.set(key, page);
    page.spellings.set(use.tag, (page.spellings.get(use.tag) ?? new Set()).add(use.file));
    if ((use.file.localeCompare(page.first.file) || use.line - page.first.line) < 0) page.first = use;
  }
  const summary = [...pages.entries()].map(([key, p]) => {
    const files = new Set([...p.spellings.values()].flatMap((f) => [...f]));
    const name = [...p.spellings.entries()].sort((a, b) => b[1].size - a[1].size || a[0].localeCompare(b[0]))[0]![0];
    return { key, ...p, name, count: files.size, plain: plainKey(name) };
  });
  const digits = (k: string) => k.replace(/\D+/g, " ").trim();
  const out: TagVariant[] = [];
  for (const rare of summary) {
    if (rare.count > 2 || reported.has(rare.key) || rare.plain.replace(/\d/g, "").length < 5) continue;
    const usual = summary
      .filter((u) => u.type === rare.type && u.key !== rare.key && u.count >= Math.max(MISSPELT_MIN_USUAL, 3 * rare.count) && digits(u.plain) === digits(rare.plain))
      .map((u) => ({ u, d: swapped(rare.plain, u.plain) ? 1 : levenshtein(rare.plain, u.plain) }))
      // One letter added, dropped, changed or two swapped: a typo. Two (`open-source-ai` beside
      // `open-source`) is as often another tag.
      .filter(({ d }) => d === 1)
      .sort((a, b) => a.d - b.d || b.u.count - a.u.count || a.u.name.localeCompare(b.u.name))[0]?.u;
    if (!usual) continue;
    out.push({ type: rare.type, variant: rare.name, usual: usual.name, variantSlug: rare.slug, usualSlug: usual.slug, variantCount: rare.count, usualCount: usual.count, reason: "a letter (a likely misspelling)", file: rare.first.file, line: rare.first.line });
  }
  return out;
}
