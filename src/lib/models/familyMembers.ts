/**
 * Which registered models a family name holds (`llama-3`, `claude-4`, `gemini-flash`): the
 * matcher's step for a label that names a line of models rather than one (modelMatcher.ts), which
 * the family label pages and `models link` list.
 */
import type { KeyTokens } from "./labelKey";
import { keyPieces, keyTokens, labelKey } from "./labelKey";
import { LINE_RELEASE_WORDS, OTHER_KIND_WORDS, RUN_TIER_WORDS, TIER_WORDS } from "./modelWords";

/**
 * Whether a label's tokens name a family that `model` belongs to: every word of the label is a
 * word of the model, and the label's numbers begin the model's (`llama-3` of `llama-3-1-70b`,
 * `claude-3-5` of `claude-3-5-haiku`), and the model says more than the label.
 */
export function isFamilyOf(label: KeyTokens, model: KeyTokens): boolean {
  if (label.numbers.length > model.numbers.length) return false;
  if (!label.numbers.every((n, i) => model.numbers[i] === n)) return false;
  if (!label.words.every((w) => model.words.includes(w))) return false;
  // The family's first word is the model's: `sonnet-4` is not a family of `claude-sonnet-4-5`.
  if (label.words[0] !== model.words[0]) return false;
  return label.words.length + label.numbers.length < model.words.length + model.numbers.length;
}

/**
 * The members of the family `label` (a `labelKey`) names among the registry's models (their ids
 * and `keyTokens`), unsorted; fewer than two means no family. The models whose ids begin with the
 * label when there are two or more (`llama-3` is not llama-guard-3's), less those of another kind
 * (`OTHER_KIND_WORDS`: `gpt-oss` is not gpt-oss-safeguard-20b's family, `qwen3` not
 * qwen3-embedding-4b's). Otherwise the models found loosely too, when their other words only place
 * a model in the line (`TIER_WORDS`, `LINE_RELEASE_WORDS`): `claude-4` holds claude-opus-4 and
 * `gemini-1.5` gemini-flash-1-5, but `llama-2` not llama-prompt-guard-2. A label that names a
 * tier (`gemini-flash`) holds no model of another tier (`gemini-2-5-flash-lite`).
 * @example familyMembers("gpt-oss", ["gpt-oss-120b", "gpt-oss-20b", "gpt-oss-safeguard-20b"].map((id) => ({ id, tokens: keyTokens(id) }))) // ["gpt-oss-120b", "gpt-oss-20b"]
 */
export function familyMembers(label: string, models: readonly { id: string; tokens: KeyTokens }[]): string[] {
  const tokens = keyTokens(label);
  const family = models.filter(({ tokens: m }) => isFamilyOf(tokens, m));
  const head = keyPieces(label);
  const tiered = tokens.words.some((w) => TIER_WORDS.has(w));
  const beginsWithLabel = ({ id }: { id: string }) => head.every((t, i) => keyPieces(labelKey(id))[i] === t);
  const otherWords = ({ tokens: m }: { tokens: KeyTokens }) => m.words.filter((w) => !tokens.words.includes(w));
  const otherTier = (w: string) => TIER_WORDS.has(w) && !RUN_TIER_WORDS.has(w);
  const sameKind = (m: { tokens: KeyTokens }) => otherWords(m).every((w) => !OTHER_KIND_WORDS.has(w) && !(tiered && otherTier(w)));
  const inLine = (m: { tokens: KeyTokens }) => otherWords(m).every((w) => LINE_RELEASE_WORDS.has(w) || RUN_TIER_WORDS.has(w) || (!tiered && TIER_WORDS.has(w)));
  const prefixed = family.filter((m) => beginsWithLabel(m) && sameKind(m));
  return (prefixed.length > 1 ? prefixed : family.filter((m) => (beginsWithLabel(m) ? sameKind(m) : inLine(m)))).map((m) => m.id);
}
