/**
 * A page for every model label that names no registry model, so that no mention is a dead end.
 * A recap's `models:` entry that the matcher (src/lib/models/modelMatcher.ts) does not resolve to
 * one model (a family such as `llama-3`, a product such as `chatgpt`, a label that fits two models,
 * or one the registry lacks) gets a page like a tag's: its recaps, newest first, its feed from
 * `TAG_FEED_MIN_RECAPS` recaps on, and why it has no scores.
 *
 * Spellings that differ only in case and punctuation (`labelKey`: `GPT-4o`, `gpt_4o`) share one
 * page, as do the spellings of one product (`chatgpt`, `chatgpt-plus`: the products registry says
 * they are one thing). Nothing is guessed: the page states what the matcher found and links the
 * candidates, it never presents the label as one of them.
 *
 * The pages live beside the model pages, at `/models/<slug>/`, with `slugify` of the key as the
 * slug. A label whose key equals a model's id resolves to that model, so the two rarely meet; when
 * a slug is a model's id all the same (two keys that fold to one ASCII slug, a model id not in
 * key form), the label page takes `<slug>-label` (then `-label-2` ...), decided in key order, so
 * that a label page never overwrites a model page and the same input always gives the same URLs.
 */
import { slugify } from "../content/slugify";
import { labelKey } from "./labelKey";
import type { ModelMatch } from "./modelMatcher";

/** One `models:` entry of one recap that resolved to no model. */
export interface LabelUse {
  recapId: string;
  label: string;
}

/** Why a label has no model page and no scores. */
export type LabelReason =
  /** Fits no registered model; `candidates` are near spellings of the same version and size. */
  | { kind: "unknown"; candidates: string[] }
  /** Fits several registered models; `candidates` are their ids. */
  | { kind: "ambiguous"; candidates: string[] }
  /** Names a line of models; `members` are the registered members' ids. */
  | { kind: "family"; family: string; members: string[] }
  /** Names a product (an app, an agent, an editor), never a model: its id in data/products.csv. */
  | { kind: "product"; id: string };

/** A label page. */
export interface LabelPage {
  /** URL segment: `/models/<slug>/`. */
  slug: string;
  /** Display name: the spelling used by most recaps (ties: the first in sort order). */
  name: string;
  /** Every spelling seen, sorted. */
  variants: string[];
  /** Ids of the recaps naming it, in the order of the uses (newest first on the site), each once. */
  recapIds: string[];
  reason: LabelReason;
}

/** The label pages, and the page each spelling lands on. */
export interface LabelPages {
  /** Sorted by number of recaps, then name. */
  pages: LabelPage[];
  /** The page of a spelling that resolves to no model, or undefined (it resolves, or has no key). */
  pageOf(label: string): LabelPage | undefined;
}

/**
 * Builds the label pages from the unresolved uses (in recap order, newest first). `match` is the
 * one model matcher; a use that it resolves to a model is skipped (it has its model's page).
 * `modelIds` are every registered model's id: no label page takes one as its slug.
 * @example buildLabelPages([{ recapId: "r1", label: "GPT-4o" }, { recapId: "r2", label: "gpt_4o" }], matcher.match, { modelIds: new Set(["gpt-5"]) })
 *   // pages: [{ slug: "gpt-4o", name: "GPT-4o", variants: ["GPT-4o", "gpt_4o"], recapIds: ["r1", "r2"], reason: { kind: "unknown", candidates: [] } }]
 */
export function buildLabelPages(uses: readonly LabelUse[], match: (label: string) => ModelMatch, { modelIds }: { modelIds: ReadonlySet<string> }): LabelPages {
  type Group = { key: string; reason: LabelReason; recapIds: string[]; counts: Map<string, Set<string>> };
  const groups = new Map<string, Group>();
  const matches = new Map<string, ModelMatch>();
  const matchOf = (label: string): ModelMatch => matches.get(label) ?? matches.set(label, match(label)).get(label)!;
  /** The group a spelling belongs to: its product, or its case-and-punctuation key. */
  const groupKey = (label: string): string | undefined => {
    const m = matchOf(label);
    if (m.kind === "model") return undefined;
    if (m.kind === "product") return `product:${m.id}`;
    return labelKey(label) === "" ? undefined : `label:${labelKey(label)}`;
  };
  for (const use of uses) {
    const key = groupKey(use.label);
    if (key === undefined) continue;
    let group = groups.get(key);
    // The reason is the first spelling's: spellings of one key match alike but for rare edge
    // cases (`openai/x` loses its prefix, `openai-x` does not), where the first one met decides.
    const m = matchOf(use.label);
    if (!group) groups.set(key, (group = { key, reason: reasonOf(m as Exclude<ModelMatch, { kind: "model" }>), recapIds: [], counts: new Map() }));
    if (!group.recapIds.includes(use.recapId)) group.recapIds.push(use.recapId);
    const spelling = use.label.trim();
    group.counts.set(spelling, (group.counts.get(spelling) ?? new Set()).add(use.recapId));
  }

  // Slugs in key order, so that a clash is settled the same way on every build.
  const taken = new Set(modelIds);
  const pagesByKey = new Map<string, LabelPage>();
  for (const group of [...groups.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))) {
    const base = slugify(group.reason.kind === "product" ? group.reason.id : group.key.slice("label:".length));
    let slug = base;
    for (let n = 1; taken.has(slug); n++) slug = n === 1 ? `${base}-label` : `${base}-label-${n}`;
    taken.add(slug);
    const variants = [...group.counts.keys()].sort();
    const name = [...variants].sort((a, b) => group.counts.get(b)!.size - group.counts.get(a)!.size || (a < b ? -1 : a > b ? 1 : 0))[0];
    pagesByKey.set(group.key, { slug, name, variants, recapIds: group.recapIds, reason: group.reason });
  }
  const pages = [...pagesByKey.values()].sort((a, b) => b.recapIds.length - a.recapIds.length || a.name.localeCompare(b.name, "en") || a.slug.localeCompare(b.slug));
  return {
    pages,
    pageOf: (label) => {
      const key = groupKey(label);
      return key === undefined ? undefined : pagesByKey.get(key);
    },
  };
}

/** The reason of a match that is not a model. */
function reasonOf(m: Exclude<ModelMatch, { kind: "model" }>): LabelReason {
  if (m.kind === "product") return { kind: "product", id: m.id };
  if (m.kind === "family") return { kind: "family", family: m.family, members: m.members };
  return { kind: m.reason, candidates: m.candidates };
}

/**
 * The one-line statement of why a label has no scores, without its links (the page adds those).
 * @example labelReasonText({ kind: "ambiguous", candidates: ["a", "b"] }) // "ambiguous: it fits 2 models"
 */
export function labelReasonText(reason: LabelReason): string {
  switch (reason.kind) {
    case "unknown":
      return "not in the model registry";
    case "ambiguous":
      return `ambiguous: it fits ${reason.candidates.length} models`;
    case "family":
      return `a family of ${reason.members.length} models`;
    case "product":
      return "a product, not a model";
  }
}
