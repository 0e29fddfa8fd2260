/**
 * The one model matcher: every name a recap, a results file, an MDX component or a catalog gives
 * for a model goes through `match`, and comes back as exactly one of
 *
 * - a **model**: its registry id, the run **setting** the label carried (`12K thinking`, `high`),
 *   the **snapshot** it named (a date, or Google's `-002`), and the **rules** that led there;
 * - a **family**: a label that names a line of models, not one (`claude-3`, `llama-3`, `gemini`),
 *   with its registered members;
 * - a **product**: an app or agent (`chatgpt`, `claude-code`, `cursor`), from data/products.csv;
 * - **unresolved**: `ambiguous` when it fits two models, `unknown` otherwise, with candidates.
 *
 * It never guesses. Every rule removes only what cannot change the model (case, punctuation, a
 * provider's prefix, a dated snapshot, a version tag, a setting) or compares names whose versions
 * and sizes are identical (word order; a release word, `-instruct`, when exactly one registered
 * model carries it). A more specific label never falls back to a less specific
 * model: `gpt-4o-mini` is not `gpt-4o`, `o1-preview` is not `o1`. Suggestions never offer another
 * version or size (see `suggestModels`).
 */
import { keyTokens, labelKey, looseKey, type KeyTokens } from "./labelKey";
import { peelSuffix, stripProviderPrefix, type MatchRule } from "./labelRules";
import { suggestModels } from "./suggestModels";
import { quotedOrList } from "../../schemas/nearest";
import { plural } from "../format/plural";
import { familyMembers, isFamilyOf } from "./familyMembers";
import { hasReleaseWord, releaseKey } from "./modelWords";
import { joinSettings, peelSetting, withoutServedFormat } from "./settings";

export type { MatchRule } from "./labelRules";

/** The parts of a registered model the matcher reads. */
export interface MatchableModel {
  id: string;
  aliases: readonly string[];
  /** Line in data/models.csv, for conflict messages. */
  line?: number;
}

/** The parts of a registered product (data/products.csv) the matcher reads. */
export interface MatchableProduct {
  id: string;
  aliases: readonly string[];
  line?: number;
}

/** A label that names one registered model. */
export interface ModelHit {
  kind: "model";
  label: string;
  id: string;
  /** The run setting the label carried, e.g. `12K thinking`, `high`, `high, fp8`. */
  setting?: string;
  /** The snapshot the label named: `YYYY-MM-DD` (`YYYY-MM` for a month), or a stable version's number (`002`). */
  snapshot?: string;
  /** The rules applied, in order; the last is how the rest was found (`id`, `alias`...). */
  rules: MatchRule[];
  /** The id or alias of the registry that the label met. */
  matched: string;
}

/** A label that names a line of models rather than one. */
export interface FamilyHit {
  kind: "family";
  label: string;
  /** The family's key, e.g. `llama-3`. */
  family: string;
  /** Registered members, by id, sorted. */
  members: string[];
}

/** A label that names a product (an app or an agent), never a model. */
export interface ProductHit {
  kind: "product";
  label: string;
  id: string;
  rules: MatchRule[];
}

/** A label the matcher will not link. */
export interface Unresolved {
  kind: "unresolved";
  label: string;
  /** `ambiguous`: fits several models (the candidates); `unknown`: fits none. */
  reason: "ambiguous" | "unknown";
  /** Model ids: the ones it fits (ambiguous) or near spellings of the same version and size (unknown). */
  candidates: string[];
}

/** What a label resolves to. */
export type ModelMatch = ModelHit | FamilyHit | ProductHit | Unresolved;

/** A model reference as results and mentions store it. */
export interface ModelRef {
  id: string;
  /** The setting the label carried (`gpt-5-2025-08-07_medium` -> `medium`). */
  setting?: string;
  /** The snapshot the label named (a date, or a stable version's number: `002`). */
  snapshot?: string;
}

/** A registry problem: one name claimed twice. Callers turn these into errors. */
export interface RegistryConflict {
  /** `models` for data/models.csv, `products` for data/products.csv. */
  file: "models" | "products";
  line?: number;
  message: string;
}

/** The matcher over one registry. */
export interface ModelMatcher {
  /** What `label` names (see the module comment). */
  match(label: string): ModelMatch;
  /** The model `label` names, or undefined when it names no single model. */
  resolve(label: string): ModelRef | undefined;
  /** ` (did you mean "x"?)` for a label that names no model, or the empty string. */
  suggest(label: string): string;
  /** Every registered model id. */
  ids: string[];
}

type Owner = { kind: "model" | "product"; id: string; name: string; source: "id" | "alias"; line?: number };

/** A form of the label on the way to a match: what is left and how it got there. */
interface Form {
  text: string;
  rules: MatchRule[];
  settings: string[];
  snapshot?: string;
  /** A suffix that may be part of the name (`-max`) was read as a setting on the way. */
  weak?: boolean;
}

/**
 * Builds the matcher. Returns it with the registry's conflicts: a name (id or alias, compared by
 * `labelKey`) claimed by two models, or by a model and a product, and an alias that ends in a
 * setting (`claude-opus-4-20250514_12K`), which would fold a run into the plain model.
 */
export function buildModelMatcher({
  models,
  products = [],
  checkedOnly = [],
}: {
  models: readonly MatchableModel[];
  products?: readonly MatchableProduct[];
  /**
   * Rows whose names are checked against every name the registry claims, each conflict reported
   * on the row's own line, but which stay out of the matcher (a refused row of data/models.csv).
   */
  checkedOnly?: readonly MatchableModel[];
}): {
  matcher: ModelMatcher;
  conflicts: RegistryConflict[];
} {
  const exact = new Map<string, Owner>();
  const conflicts: RegistryConflict[] = [];
  /** The conflict of `owner` naming `name`, when another owner claims it already. */
  const conflictOf = (name: string, owner: Owner): { key: string; prior?: Owner } => {
    const key = labelKey(name);
    const prior = key === "" ? undefined : exact.get(key);
    if (prior && (prior.id !== owner.id || prior.kind !== owner.kind)) {
      const what = (o: Owner) => `${o.kind} "${o.id}"`;
      conflicts.push({
        file: owner.kind === "model" ? "models" : "products",
        line: owner.line,
        message: `${owner.source} ${JSON.stringify(name)} of ${what(owner)} also names ${what(prior)}${
          prior.line ? (prior.kind === owner.kind ? ` (line ${prior.line})` : ` (data/${prior.kind}s.csv line ${prior.line})`) : ""
        }; ${
          prior.kind !== owner.kind
            ? "a name must point at one model or product: keep it in one of the two files"
            : owner.source === "id"
              ? `an id must point at one ${owner.kind}: give one of the two another id, or make them one row`
              : `an alias must point at one ${owner.kind}: keep it on one of the two rows`
        }`,
      });
    }
    return { key, prior };
  };
  const claim = (name: string, owner: Owner) => {
    const { key, prior } = conflictOf(name, owner);
    if (key !== "" && !prior) exact.set(key, owner);
  };
  // Ids first, so that an alias colliding with another model's id is reported on the alias.
  for (const m of models) claim(m.id, { kind: "model", id: m.id, name: m.id, source: "id", line: m.line });
  for (const p of products) claim(p.id, { kind: "product", id: p.id, name: p.id, source: "id", line: p.line });
  for (const m of models) {
    for (const a of m.aliases) {
      // A name that ends in a setting only a run has (`_12K`, `_high`, `-thinking-16k`) names the
      // model at that setting: as an alias it would fold the run into the plain model, and a board
      // would show a 12K-thinking score as the model's own.
      const setting = peelSetting(a.trim().toLowerCase());
      if (setting?.strength === "strong") {
        conflicts.push({
          file: "models",
          line: m.line,
          message: `alias ${JSON.stringify(a)} of model "${m.id}" ends in the setting "${setting.setting}": a run at a setting is never the model itself; remove it from the aliases (results naming "${a}" then read as ${m.id} at ${setting.setting}, if "${setting.rest}" names it)`,
        });
        continue;
      }
      claim(a, { kind: "model", id: m.id, name: a, source: "alias", line: m.line });
    }
  }
  for (const p of products) for (const a of p.aliases) claim(a, { kind: "product", id: p.id, name: a, source: "alias", line: p.line });
  for (const m of checkedOnly) {
    conflictOf(m.id, { kind: "model", id: m.id, name: m.id, source: "id", line: m.line });
    for (const a of m.aliases) conflictOf(a, { kind: "model", id: m.id, name: a, source: "alias", line: m.line });
  }

  // Loose keys (word order, glued numbers): several models may share one; a label meeting such a
  // key is ambiguous.
  const loose = new Map<string, Set<string>>();
  for (const [key, owner] of exact) {
    if (owner.kind !== "model") continue;
    const lk = looseKey(key);
    const set = loose.get(lk) ?? new Set<string>();
    set.add(owner.id);
    loose.set(lk, set);
  }
  // Every leading run of tokens of every registered name: `qwen3-max` from `qwen3-max-preview`.
  // A suffix that could be a setting or part of a name (`-max`) is not read as a setting when a
  // registered name continues that way.
  const namePrefixes = new Set<string>();
  for (const key of exact.keys()) {
    const parts = key.split("-");
    for (let i = 1; i <= parts.length; i++) namePrefixes.add(parts.slice(0, i).join("-"));
  }
  const idTokens: { id: string; tokens: KeyTokens }[] = models.map((m) => ({ id: m.id, tokens: keyTokens(labelKey(m.id)) }));
  // Registered models by their name without the release word (`llama-3-70b-instruct` under the
  // loose key of `llama-3-70b`): a lab releases the model under that name, and a label without it
  // means that release when the registry has exactly one.
  const byRelease = new Map<string, Set<string>>();
  for (const [key, owner] of exact) {
    if (owner.kind !== "model" || !hasReleaseWord(key)) continue;
    const rk = releaseKey(key);
    byRelease.set(rk, (byRelease.get(rk) ?? new Set()).add(owner.id));
  }
  const names = [...exact.entries()].filter(([, o]) => o.kind === "model").map(([key, o]) => ({ key, id: o.id }));
  // Registered models by their name without the number format they are served in
  // (`llama-2-7b-chat-fp16` under `llama-2-7b-chat`): the model's own name means that row when the
  // registry has no row of its own for it and exactly one such.
  const byServedFormat = new Map<string, Set<string>>();
  for (const [key, owner] of exact) {
    const bare = owner.kind === "model" ? withoutServedFormat(key) : undefined;
    if (bare !== undefined) byServedFormat.set(bare, (byServedFormat.get(bare) ?? new Set()).add(owner.id));
  }

  /** The forms of a label, most specific first: as written, without the prefix, then suffix by suffix. */
  const formsOf = (label: string): Form[] => {
    const forms: Form[] = [{ text: label, rules: [], settings: [] }];
    const unprefixed = stripProviderPrefix(label);
    let form: Form = unprefixed ? { text: unprefixed, rules: ["provider-prefix"], settings: [] } : forms[0];
    if (unprefixed) forms.push(form);
    for (let guard = 0; guard < 8; guard++) {
      const peeled = peelSuffix(form.text);
      if (!peeled || labelKey(peeled.rest) === "") break;
      if (peeled.rule === "setting" && peeled.strength === "weak") {
        // `qwen3-max` is a model line when `qwen3-max-preview` is registered, not qwen3 at max.
        if (namePrefixes.has(labelKey(form.text)) && !exact.has(labelKey(form.text))) break;
      }
      form = {
        text: peeled.rest,
        rules: [...form.rules, peeled.rule],
        settings: peeled.setting ? [peeled.setting, ...form.settings] : form.settings,
        snapshot: form.snapshot ?? peeled.snapshot,
        weak: form.weak || peeled.strength === "weak",
      };
      forms.push(form);
    }
    return forms;
  };

  const hit = (label: string, form: Form, owner: Owner, last: MatchRule): ModelHit | ProductHit => {
    const rules: MatchRule[] = [...form.rules, last];
    if (owner.kind === "product") return { kind: "product", label, id: owner.id, rules };
    // A dated alias (`claude-3-5-sonnet-20241022`) still names its snapshot.
    const snapshot = form.snapshot ?? snapshotIn(form.text);
    return { kind: "model", label, id: owner.id, setting: joinSettings(form.settings), snapshot, rules, matched: owner.name };
  };

  /** The one model of `ids`, reached through `rule`; several make the label ambiguous. */
  const oneOf = (input: string, ids: Set<string>, form: Form, rule: MatchRule): ModelHit | Unresolved => {
    if (ids.size > 1) return { kind: "unresolved", label: input, reason: "ambiguous", candidates: [...ids].sort() };
    const id = [...ids][0];
    return { kind: "model", label: input, id, setting: joinSettings(form.settings), snapshot: form.snapshot ?? snapshotIn(form.text), rules: [...form.rules, rule], matched: id };
  };

  const match = (input: string): ModelMatch => {
    const label = input.normalize("NFKC").trim();
    if (labelKey(label) === "") return { kind: "unresolved", label: input, reason: "unknown", candidates: [] };
    const forms = formsOf(label);
    // 1. Exact names, most specific form first.
    for (const form of forms) {
      const owner = exact.get(labelKey(form.text));
      if (!owner) continue;
      // A setting peeled off a product's name is not a product's setting: `codex-high` is no product.
      if (owner.kind === "product" && form.settings.length > 0) continue;
      return hit(input, form, owner, form.text === owner.name ? owner.source : "case-punctuation");
    }
    // 1b. A model the registry holds only as served in one number format; two formats (`-fp8` and
    // `-bf16` rows) make the label ambiguous. Not through a suffix that may be part of a name
    // (`qwen3-4b-max` could be a model of its own): such a suffix is a setting only before a
    // registered name, which this is not.
    for (const form of forms) {
      if (form.weak) break;
      const ids = byServedFormat.get(labelKey(form.text));
      if (ids) return oneOf(input, ids, form, "served-format");
    }
    // 2. Word order and glued numbers; two models sharing the loose key make the label ambiguous.
    for (const form of forms) {
      const ids = loose.get(looseKey(labelKey(form.text)));
      if (ids) return oneOf(input, ids, form, "word-order");
    }
    // 3. The model's release name, when the registry has exactly one (`llama-3-70b`, released as
    // `llama-3-70b-instruct`); several (`-instruct` and `-chat`) make the label ambiguous.
    for (const form of forms) {
      const key = labelKey(form.text);
      if (hasReleaseWord(key) || keyTokens(key).numbers.length === 0) continue;
      const ids = byRelease.get(releaseKey(key));
      if (!ids) continue;
      // Not when the label leaves out a size or version its relatives state (`qwen3-vl` beside
      // qwen3-vl-235b-a22b and qwen3-vl-30b-a3b is a family).
      const tokens = keyTokens(key);
      if (idTokens.some(({ tokens: m }) => isFamilyOf(tokens, m) && m.numbers.length > tokens.numbers.length)) break;
      return oneOf(input, ids, form, "release");
    }
    // 4. A family: the label's words are all in each member's id and its numbers begin the member's.
    // Not through a suffix that may be part of the name: `qwen2.5-max` is no family of Qwen2.5.
    const base = forms.filter((f) => !f.weak).at(-1)!;
    const tokens = keyTokens(labelKey(base.text));
    if (tokens.words.length > 0) {
      const members = familyMembers(labelKey(base.text), idTokens);
      // One member is no family: `gpt-4o` beside a registered `gpt-4o-mini` only is not its family.
      if (members.length > 1) return { kind: "family", label: input, family: labelKey(base.text), members: members.sort() };
    }
    // 5. Nothing: near spellings of the same version and size only.
    const candidates = suggestModels(forms.map((f) => labelKey(f.text)), names);
    return { kind: "unresolved", label: input, reason: "unknown", candidates };
  };

  const resolve = (label: string): ModelRef | undefined => {
    const m = match(label);
    return m.kind === "model" ? { id: m.id, setting: m.setting, snapshot: m.snapshot } : undefined;
  };
  const suggest = (label: string): string => {
    const m = match(label);
    const candidates = m.kind === "unresolved" ? m.candidates : m.kind === "family" ? m.members.slice(0, 3) : [];
    if (candidates.length === 0) return "";
    const list = quotedOrList(candidates.slice(0, 3));
    if (m.kind === "family") return `; it names the family of ${plural(m.members.length, "model")} such as ${list}`;
    return m.kind === "unresolved" && m.reason === "ambiguous" ? `; it fits ${list}` : ` (did you mean ${list}?)`;
  };
  return { matcher: { match, resolve, suggest, ids: models.map((m) => m.id) }, conflicts };
}

/** The snapshot date a name ends with, under any version tags or settings after it. */
function snapshotIn(text: string): string | undefined {
  let rest: string | undefined = text;
  for (let guard = 0; rest !== undefined && guard < 8; guard++) {
    const peeled = peelSuffix(rest);
    if (peeled?.snapshot) return peeled.snapshot;
    rest = peeled?.rest;
  }
  return undefined;
}
