/**
 * One model per row: a catalog lists the same model under the lab, clouds and routers with
 * different ids (`claude-sonnet-4-5`, `claude-sonnet-4-5-20250929`,
 * `us.anthropic.claude-sonnet-4-5-20250929-v1:0`, `anthropic/claude-sonnet-4.5`). This groups the
 * entries of one model, with the matcher's own rules, and makes one registry row of each group.
 *
 * Two entries are one model when, without provider prefix, version tags and dated snapshot, their
 * names are equal ignoring case and punctuation; or when the lab's own API lists both under the
 * same display name and release date (`claude-opus-4-0` and `claude-opus-4-20250514`, both
 * "Claude Opus 4"); or when a host that leaves `-instruct` out of an id names it so
 * (`meta/llama-3.1-70b`, "Llama 3.1 70B Instruct", is `llama-3.1-70b-instruct`). Nothing else
 * merges two entries. A group becomes a row only when an entry
 * speaks for the lab (see `CatalogEntry.authoritative`); a reseller's own naming alone makes none.
 * A group that is another group at a setting (`anthropic/claude-3.7-sonnet:thinking`) adds no row:
 * the matcher reads that setting from the label.
 */
import { labelKey, looseKey } from "./labelKey";
import { peelSuffix } from "./labelRules";
import { hasReleaseWord, RELEASE_WORDS, releaseKey } from "./modelWords";
import { cleanModelName, type Catalog, type CatalogEntry } from "./readCatalog";

export { cleanModelName } from "./readCatalog";

/** One model of a catalog, ready to become a registry row. */
export interface CatalogModel {
  /** Kebab-case id: the lab's name for it without snapshot. @example "claude-sonnet-4-5" */
  id: string;
  name: string;
  lab: string;
  released?: string;
  openWeights: boolean;
  contextWindow?: number;
  inputPrice?: number;
  outputPrice?: number;
  /** The other names the catalog gives it (dated snapshots, the lab's other ids), sorted. */
  aliases: string[];
  /** The entries behind the row. */
  entries: CatalogEntry[];
  /**
   * Where `released` comes from: the lab's own listing (`lab`: its entry); where the lab's API is
   * not in the catalog, the listing under the lab's organisation the row is made from (`listing`);
   * else the date most listings that speak for the lab give (`most`: those entries).
   */
  releasedFrom?: { rule: "lab" | "listing" | "most"; entries: CatalogEntry[] };
}

/**
 * The dates other listings that speak for the lab give a model, more than `days` from the one its
 * row takes (`released`), each with those listings: a catalog that dates one model two ways, such
 * as models.dev's OpenAI listing of gpt-4 at 2023-11-06 (a later snapshot's day) beside Kilo's
 * openai/gpt-4 at 2023-03-14. Which is right the catalog does not say: the import reports them.
 * A listing of a snapshot (`gpt-4o-2024-08-06`) dates the snapshot, and is not counted.
 * Sorted by date. Empty when they agree, or the row has no date.
 * @example releaseConflicts(gpt4, 31) // [{ date: "2023-03-14", entries: [kilo's openai/gpt-4] }]
 */
export function releaseConflicts(m: Pick<CatalogModel, "released" | "entries">, days: number): { date: string; entries: CatalogEntry[] }[] {
  if (!m.released) return [];
  const day = (d: string) => Date.parse(`${d}T00:00:00Z`) / 86_400_000;
  const byDate = new Map<string, CatalogEntry[]>();
  for (const e of m.entries) {
    // A snapshot's listing (`gpt-4o-2024-08-06`) gives the snapshot's day, not another day of the
    // model's release (found in review: GPT-4o "disputed" by its own August and November snapshots).
    if (!e.authoritative || !e.released || Math.abs(day(e.released) - day(m.released)) <= days || peelSuffix(e.id)?.rule === "snapshot") continue;
    byDate.set(e.released, [...(byDate.get(e.released) ?? []), e]);
  }
  return [...byDate].sort((a, b) => a[0].localeCompare(b[0])).map(([date, entries]) => ({ date, entries }));
}

/**
 * The listings that speak for the lab and call a model open-weights when its row says closed
 * (`closed`: those that say so), as models.dev lists DeepSeek-V3: closed at SiliconFlow, Vercel
 * and Helicone, open at Together AI. Which is right the catalog does not say: the import reports
 * them, as it reports release dates given two ways. Only this way round: models.dev writes
 * `open_weights: false` where a provider filled in nothing, so `true` is the listing's own word,
 * and a closed row is what misplaces a model on the open-weights frontier. Undefined when no
 * listing contradicts the row, or the row says open.
 * @example openWeightsConflicts(deepseekV3) // { entries: [togetherai's deepseek-ai/DeepSeek-V3], closed: [...] }
 */
export function openWeightsConflicts(m: Pick<CatalogModel, "openWeights" | "entries">): { entries: CatalogEntry[]; closed: CatalogEntry[] } | undefined {
  if (m.openWeights) return undefined;
  const speaking = m.entries.filter((e) => e.authoritative);
  const entries = speaking.filter((e) => e.openWeights === true);
  return entries.length ? { entries, closed: speaking.filter((e) => e.openWeights === false) } : undefined;
}

/** What grouping left out, and why (the import prints it). */
export interface GroupingReport {
  /** Entries whose lab no table places, by organisation (`thedrummer`) or by provider (`venice's own ids`). */
  unknownLab: Map<string, number>;
  /** Groups named only by resellers (no entry speaks for the lab). */
  resellerOnly: number;
  /** Groups that are another model at a setting. */
  settingVariants: number;
  /** One provider's bare family names (`google/gemma-3`). */
  familyNames: number;
  /** Groups whose name cannot be a kebab-case id. */
  badId: string[];
}

/** The base without its dated snapshot: the key that groups entries. */
function identityKey(base: string): string {
  let rest = base;
  for (let guard = 0; guard < 3; guard++) {
    const peeled = peelSuffix(rest);
    if (!peeled || peeled.rule !== "snapshot") break;
    rest = peeled.rest;
  }
  return labelKey(rest);
}

/** A registry id from a key: `+` spelt out (`command-r+` -> `command-r-plus`); undefined when not kebab-case ASCII. */
function idFromKey(key: string): string | undefined {
  const id = key.replace(/\+/g, "-plus").replace(/-+/g, "-").replace(/^-|-$/g, "");
  return /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id) ? id : undefined;
}

const tokenCount = (key: string) => key.split("-").length;
const mostCommon = <T>(values: T[]): T | undefined => {
  const counts = new Map<T, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
};

/**
 * Groups a catalog's entries into models (see the module comment). Deterministic: the same
 * catalog gives the same rows in the same order (by lab, then id).
 */
export function groupCatalog(catalog: Catalog): { models: CatalogModel[]; report: GroupingReport } {
  const report: GroupingReport = { unknownLab: new Map(), resellerOnly: 0, settingVariants: 0, familyNames: 0, badId: [] };
  const placed = catalog.entries.filter((e) => {
    if (e.lab) return true;
    // By organisation where the id has one (add it to catalogLabs.ts if it is a lab), else by provider.
    const where = e.id.includes("/") ? e.id.split("/").at(-2)!.toLowerCase() : `${e.provider}'s own ids`;
    report.unknownLab.set(where, (report.unknownLab.get(where) ?? 0) + 1);
    return false;
  });

  // Union-find over entries: same identity key; or same first-party provider, name and date.
  const parent = placed.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  const union = (a: number, b: number) => {
    const [ra, rb] = [find(a), find(b)];
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };
  const byKey = new Map<string, number>();
  const byLabName = new Map<string, number>();
  placed.forEach((e, i) => {
    // The matcher's loose key: `claude-haiku-3` is `claude-3-haiku`, `llama3-70b` is `llama-3-70b`.
    const key = `${e.lab}\u0000${looseKey(identityKey(e.base))}`;
    if (byKey.has(key)) union(byKey.get(key)!, i);
    else byKey.set(key, i);
    // Two ids a lab's own API lists under one display name on one release day are one model
    // (`claude-opus-4-0` and `claude-opus-4-20250514`, both "Claude Opus 4"). Only the lab's own
    // list: routers and resellers name loosely (one lists `gpt-5.2-pro` as "GPT-5.2").
    if (e.firstParty && e.released) {
      const same = `${e.provider}\u0000${e.lab}\u0000${labelKey(cleanModelName(e.name))}\u0000${e.released}`;
      if (byLabName.has(same)) union(byLabName.get(same)!, i);
      else byLabName.set(same, i);
    }
  });
  // A host that leaves the release word out of its id but not out of the name (`meta/llama-3.1-70b`,
  // "Llama 3.1 70B Instruct") lists the model that others list as `llama-3.1-70b-instruct` under
  // that name. Only a group the lab does not list itself, and whose every name says so: a base
  // model is named without it ("Llama 3.1 70B") and stays apart.
  const nameKey = (e: CatalogEntry) => labelKey(cleanModelName(e.name));
  const withRelease = new Map<string, number>();
  placed.forEach((e, i) => {
    const key = identityKey(e.base);
    if (hasReleaseWord(key)) withRelease.set(`${e.lab}\u0000${releaseKey(key)}\u0000${looseKey(nameKey(e))}`, i);
  });
  const members = new Map<number, number[]>();
  placed.forEach((_, i) => members.set(find(i), [...(members.get(find(i)) ?? []), i]));
  for (const group of members.values()) {
    const entries = group.map((i) => placed[i]);
    if (entries.some((e) => e.firstParty || hasReleaseWord(identityKey(e.base)))) continue;
    // Names compared as the matcher compares labels loosely ("Qwen 3 Coder" is "Qwen3 Coder").
    const named = entries.filter((e) => e.authoritative).map(nameKey);
    const names = new Set(named.map(looseKey));
    if (names.size !== 1 || !named.every(hasReleaseWord)) continue;
    const other = withRelease.get(`${entries[0].lab}\u0000${releaseKey(identityKey(entries[0].base))}\u0000${[...names][0]}`);
    if (other !== undefined) union(group[0], other);
  }
  const groups = new Map<number, CatalogEntry[]>();
  placed.forEach((e, i) => groups.set(find(i), [...(groups.get(find(i)) ?? []), e]));

  // A row per group that an entry speaks for.
  const rows = new Map<string, CatalogModel>();
  const candidates: { id: string; entries: CatalogEntry[] }[] = [];
  for (const entries of groups.values()) {
    const speaking = entries.filter((e) => e.authoritative);
    if (speaking.length === 0) {
      report.resellerOnly++;
      continue;
    }
    const own = entries.filter((e) => e.firstParty);
    // The id: the lab's own name for it (else its organisation's on routers), the most used, then the shortest.
    const used = new Map<string, number>();
    for (const e of own.length ? own : speaking) used.set(identityKey(e.base), (used.get(identityKey(e.base)) ?? 0) + 1);
    // Between as many uses, the id that says the release word its name says (`-instruct` of "Llama 3.1 70B Instruct").
    const said = new Set(speaking.flatMap((e) => nameKey(e).split("-").filter((t) => RELEASE_WORDS.has(t))));
    const saysName = (key: string) => [...said].every((w) => key.split("-").includes(w));
    const keys = [...used.keys()].sort((a, b) => used.get(b)! - used.get(a)! || Number(saysName(b)) - Number(saysName(a)) || tokenCount(a) - tokenCount(b) || a.length - b.length || a.localeCompare(b));
    const id = idFromKey(keys[0]);
    if (!id) {
      report.badId.push(keys[0]);
      continue;
    }
    candidates.push({ id, entries });
  }
  const ids = new Set(candidates.map((c) => c.id));
  const sorted = [...ids].sort();
  for (const { id, entries } of candidates) {
    // One provider's bare family name (`google/gemma-3` beside gemma-3-27b-it and gemma-3-12b-it:
    // the same name in several sizes) is a family, not a model; a name many providers list
    // (`deepseek-v3`), or one whose longer names are its deployments (`-fp8`), is the model.
    if (!entries.some((e) => e.firstParty) && new Set(entries.filter((e) => e.authoritative).map((e) => e.provider)).size === 1) {
      const sizes = new Set(sorted.filter((other) => other.startsWith(`${id}-`)).flatMap((other) => other.slice(id.length + 1).split("-").filter((t) => /^\d+(?:-\d+)?[bm]$/.test(t))));
      if (sizes.size >= 2) {
        report.familyNames++;
        continue;
      }
    }
    // Another model at a setting (a router's `claude-3.7-sonnet:thinking`) when the lab does not list it.
    if (!entries.some((e) => e.firstParty)) {
      const atSetting = entries.filter((e) => e.authoritative).every((e) => {
        const peeled = peelSuffix(e.base);
        return peeled?.rule === "setting" && ids.has(identityKey(peeled.rest));
      });
      if (atSetting) {
        report.settingVariants++;
        continue;
      }
    }
    rows.set(id, toModel(id, entries));
  }
  const models = [...rows.values()].sort((a, b) => a.lab.localeCompare(b.lab, "en") || a.id.localeCompare(b.id));
  return { models, report };
}

/**
 * A router's variant of a model (OpenRouter's rate-limited `:free` tier at $0, `:nitro`,
 * `:online` with its search surcharge...) or a reseller's `-free` tier: grouped with the model, but
 * its price is the variant's, never the model's list price.
 */
const PRICED_VARIANT = /(?::(?:free|beta|nitro|floor|online|extended|exacto)|-free)$/i;

/** The row of one group: the lab's own entry speaks first, then the lab's organisation on routers. */
function toModel(id: string, entries: CatalogEntry[]): CatalogModel {
  const own = entries.filter((e) => e.firstParty);
  const speaking = entries.filter((e) => e.authoritative);
  // The lab's current (undated) entry first: its price and context are the list's today.
  const rank = (e: CatalogEntry) => (identityKey(e.base) === id ? 0 : 1) + (labelKey(e.base) === id ? 0 : 1);
  const primary = [...(own.length ? own : speaking)].sort((a, b) => rank(a) - rank(b))[0];
  // Without the lab's own listing, the router's price of the model itself: its `:free` entry, often
  // listed first, would make a paid model's list price $0 (gpt-oss-120b, qwen3-coder, llama-3.3-70b).
  const pricing = (own.length ? [...own].sort((a, b) => rank(a) - rank(b)) : entries.filter((e) => e.provider === "openrouter")).filter((e) => !PRICED_VARIANT.test(e.id));
  const priced = pricing.find((e) => e.inputPrice !== undefined || e.outputPrice !== undefined);
  const lab = primary.released ? primary : own.find((e) => e.released);
  const released = lab?.released ?? mostCommon(speaking.flatMap((e) => (e.released ? [e.released] : [])));
  const releasedFrom = lab ? { rule: lab.firstParty ? ("lab" as const) : ("listing" as const), entries: [lab] } : released ? { rule: "most" as const, entries: speaking.filter((e) => e.released === released) } : undefined;
  const openWeights = primary.openWeights ?? mostCommon(speaking.flatMap((e) => (e.openWeights === undefined ? [] : [e.openWeights]))) ?? false;
  const byKey = new Map<string, string>();
  // An alias needs a word of three letters: a cloud's bare `r1` or `v3` would name too much.
  const specific = (b: string) => /[a-z]{3}/i.test(b);
  for (const b of speaking.map((e) => e.base).sort()) if (labelKey(b) !== id && !byKey.has(labelKey(b)) && specific(b)) byKey.set(labelKey(b), b);
  const aliases = [...byKey.values()].sort();
  // The lab's own name for it; else the name most providers that speak for the lab give.
  const name = own.length ? cleanModelName(primary.name) : (mostCommon(speaking.map((e) => cleanModelName(e.name))) ?? id);
  return {
    id,
    name,
    lab: primary.lab!,
    released,
    openWeights,
    contextWindow: primary.contextWindow ?? speaking.find((e) => e.contextWindow)?.contextWindow,
    inputPrice: priced?.inputPrice,
    outputPrice: priced?.outputPrice,
    aliases,
    entries,
    ...(releasedFrom && { releasedFrom }),
  };
}
