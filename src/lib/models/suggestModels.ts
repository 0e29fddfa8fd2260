/**
 * Did-you-mean for model labels, strict on purpose: a suggestion may fix a typo in a word, add
 * the brand a label left out, or drop a family's number written before the model's own name and
 * version (`claude-3-opus-4.6` for claude-opus-4-6), but never changes a version or a size. `gpt-4o` never suggests
 * `gpt-5` or `gpt-4o-mini`; `claude-3-5-sonnet` never `claude-3-7-sonnet`; `o3-mini` never `o3`.
 * (A general edit distance finds exactly those: they are one or two characters apart.)
 */
import { levenshtein } from "../../schemas/nearest";
import { keyPieces, keyTokens, labelKey, type KeyTokens } from "./labelKey";
import { stripProviderPrefix } from "./labelRules";

/** A registered name (an id or an alias, as a `labelKey`) and the model it names. */
export interface SuggestableName {
  readonly key: string;
  readonly id: string;
}

/** How many edits a word of this length may carry and still be the same word misspelt. */
const typoAllowance = (word: string) => (word.length >= 8 ? 2 : word.length >= 4 ? 1 : 0);

/** Whether `a` is `b` with two neighbouring letters swapped (`gtp` for `gpt`): one slip of the fingers, two edits to Levenshtein. */
function swapsTwoLetters(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  const differ = [...a].flatMap((c, i) => (c === b[i] ? [] : [i]));
  return differ.length === 2 && differ[1] === differ[0] + 1 && a[differ[0]] === b[differ[1]] && a[differ[1]] === b[differ[0]];
}

/** Whether three-letter `a` is three-letter `b` with one letter after the first struck for another (`pri` for `pro`). */
function struckOneAfterFirst(a: string, b: string): boolean {
  return a.length === 3 && b.length === 3 && a[0] === b[0] && (a[1] === b[1]) !== (a[2] === b[2]);
}

/**
 * Whether `name` could be what `label` meant: the same numbers in the same order, and the same
 * words up to one or two misspelt (`sonet` for `sonnet`) or the model's brand left out
 * (`opus-4-6` for `claude-opus-4-6`). Returns a distance for ranking, or undefined.
 */
function closeness(label: KeyTokens, name: KeyTokens): number | undefined {
  if (label.numbers.length !== name.numbers.length || label.numbers.some((n, i) => n !== name.numbers[i])) return undefined;
  if (label.words.length === 0) return undefined;
  // The brand left out: every word of the label is in the name, and the only word missing is the name's first.
  if (label.words.length === name.words.length - 1 && label.words.every((w, i) => w === name.words[i + 1])) return 1;
  if (label.words.length !== name.words.length) return undefined;
  let distance = 0;
  let misspelt = 0;
  for (let i = 0; i < label.words.length; i++) {
    const a = label.words[i];
    const b = name.words[i];
    if (a === b) continue;
    // A swap is one slip, allowed even in a three-letter word (`gtp-5` for gpt-5); so is one
    // letter struck for another after the first in a three-letter word (`gemini 2.5 pri` for
    // gemini-2.5-pro: helper-74), but not a letter added or left out, which turns `pro` into `pr`.
    const slip = b.length >= 3 && (swapsTwoLetters(a, b) || struckOneAfterFirst(a, b));
    const d = slip ? 1 : levenshtein(a, b);
    if (!slip && d > typoAllowance(b)) return undefined;
    distance += d;
    misspelt++;
  }
  if (misspelt === 0 || misspelt > 2) return undefined;
  return distance;
}

/** A piece of a key that is a bare version number, no size or unit: `3`, `4`, not `70b`, `4o`. */
const BARE_NUMBER = /^\d+$/;
/** A piece of a key that is a word, no number: `claude`, `opus`. */
const WORD = /^\p{L}+$/u;

/**
 * The family number `labelKey` puts between the first word and the rest of registry name
 * `nameKey`, when that is all that parts them: AINews writes Claude Opus 4.6 as
 * `claude-3-opus-4.6`, the Claude 3 family's number before Opus 4.6. Only a bare number after the
 * brand and before a word (`claude-3-opus`, never `llama-3-3-70b`: that 3 is a version of its own),
 * and only where the name states a version of its own right after that word, later than the
 * family's number (`claude-opus-4-6`; not `qwen-vl-72b`, whose 72b is a size: `qwen2-vl-72b` is
 * the next generation, not a misspelling; not `nova-pro-v1` for `nova-2-pro-v1`, Nova 2 Pro).
 * So `claude-3-opus` (Claude 3 Opus) never reads as claude-opus-4: its numbers are its own.
 * Returns the number and the word it follows, or undefined.
 * @example insertedFamilyNumber("claude-3-opus-4-6", "claude-opus-4-6") // { number: "3", after: "claude" }
 * @example insertedFamilyNumber("claude-3-opus", "claude-opus-4") // undefined
 */
export function insertedFamilyNumber(labelKey: string, nameKey: string): { number: string; after: string } | undefined {
  const label = keyPieces(labelKey);
  const name = keyPieces(nameKey);
  if (label.length !== name.length + 1 || label[0] !== name[0] || !WORD.test(label[0]!)) return undefined;
  if (!BARE_NUMBER.test(label[1]!) || !WORD.test(label[2]!)) return undefined;
  if (!label.slice(2).every((p, i) => p === name[i + 1])) return undefined;
  // The name's own version comes right after its model word, and is a later generation than the
  // family's number: Opus 4.6 after Claude 3. Not Amazon's Nova Pro v1 against `nova-2-pro-v1`,
  // Nova 2 Pro, a model of its own (found in review).
  if (!BARE_NUMBER.test(name[2] ?? "") || Number(label[1]) >= Number(name[2])) return undefined;
  return { number: label[1]!, after: label[0]! };
}

/**
 * The first of `candidates` (model ids, as the matcher suggests them) that `label` names but for
 * a family's number written in (`insertedFamilyNumber`), with that number: what `models -- link`
 * and `models -- add` tell the editor, who decides whether the label is that model. As written or
 * without a provider's prefix; undefined when no candidate is such a twin.
 * @example familyNumberTwin("claude-3-opus-4.6", ["claude-opus-4-6"]) // { id: "claude-opus-4-6", number: "3", after: "claude" }
 */
export function familyNumberTwin(label: string, candidates: readonly string[]): { id: string; number: string; after: string } | undefined {
  const keys = [...new Set([labelKey(label), labelKey(stripProviderPrefix(label) ?? label)])];
  for (const id of candidates) {
    for (const key of keys) {
      const twin = insertedFamilyNumber(key, labelKey(id));
      if (twin) return { id, ...twin };
    }
  }
  return undefined;
}

/**
 * Model ids whose registered names are near `labelKeys` (the label's forms, as keys, most specific
 * first), nearest first, at most `limit`.
 * @example suggestModels(["claude-sonet-4-6"], [{ key: "claude-sonnet-4-6", id: "claude-sonnet-4-6" }]) // ["claude-sonnet-4-6"]
 * @example suggestModels(["gpt-4o"], [{ key: "gpt-5", id: "gpt-5" }, { key: "gpt-4o-mini", id: "gpt-4o-mini" }]) // []
 */
export function suggestModels(labelKeys: readonly string[], names: readonly SuggestableName[], limit = 3): string[] {
  const scored: { id: string; distance: number; order: number }[] = [];
  const labels = [...new Set(labelKeys)].map((key) => ({ key, tokens: keyTokens(key) }));
  names.forEach((name, order) => {
    const tokens = tokensOf(name);
    let best: number | undefined;
    for (const label of labels) {
      // A family's number written in (one piece more), as near as a brand left out (one piece less).
      // (The counts first: thousands of unknown labels meet every registry name on an archive.)
      const oneNumberMore = label.tokens.words.length === tokens.words.length && label.tokens.numbers.length === tokens.numbers.length + 1;
      const d = closeness(label.tokens, tokens) ?? (oneNumberMore && insertedFamilyNumber(label.key, name.key) ? 1 : undefined);
      if (d !== undefined && (best === undefined || d < best)) best = d;
    }
    if (best !== undefined) scored.push({ id: name.id, distance: best, order });
  });
  scored.sort((a, b) => a.distance - b.distance || a.order - b.order);
  return [...new Set(scored.map((s) => s.id))].slice(0, limit);
}

/**
 * A registry name's tokens, worked out once per name object: a matcher asks for suggestions against
 * the same names for every unknown label (thousands on an archive: docs/performance.md).
 */
const nameTokens = new WeakMap<SuggestableName, KeyTokens>();
function tokensOf(name: SuggestableName): KeyTokens {
  let tokens = nameTokens.get(name);
  if (tokens === undefined) nameTokens.set(name, (tokens = keyTokens(name.key)));
  return tokens;
}
