/**
 * Did-you-mean for model labels, strict on purpose: a suggestion may fix a typo in a word or add
 * the brand a label left out, but never changes a version or a size. `gpt-4o` never suggests
 * `gpt-5` or `gpt-4o-mini`; `claude-3-5-sonnet` never `claude-3-7-sonnet`; `o3-mini` never `o3`.
 * (A general edit distance finds exactly those: they are one or two characters apart.)
 */
import { levenshtein } from "../../schemas/nearest";
import { keyTokens, type KeyTokens } from "./labelKey";

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

/**
 * Model ids whose registered names are near `labelKeys` (the label's forms, as keys, most specific
 * first), nearest first, at most `limit`.
 * @example suggestModels(["claude-sonet-4-6"], [{ key: "claude-sonnet-4-6", id: "claude-sonnet-4-6" }]) // ["claude-sonnet-4-6"]
 * @example suggestModels(["gpt-4o"], [{ key: "gpt-5", id: "gpt-5" }, { key: "gpt-4o-mini", id: "gpt-4o-mini" }]) // []
 */
export function suggestModels(labelKeys: readonly string[], names: readonly SuggestableName[], limit = 3): string[] {
  const scored: { id: string; distance: number; order: number }[] = [];
  const labels = [...new Set(labelKeys)].map(keyTokens);
  names.forEach((name, order) => {
    const tokens = tokensOf(name);
    let best: number | undefined;
    for (const label of labels) {
      const d = closeness(label, tokens);
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
