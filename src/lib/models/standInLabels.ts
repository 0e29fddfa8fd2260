import { STANDS_IN, type MatchRule } from "./labelRules";
import type { ModelMatch } from "./modelMatcher";

/**
 * Names that results give a model, read by the matcher as the nearest registered row for want of a
 * row of their own (`STANDS_IN`: LMArena's `llama-2-7b-chat` as models.dev's
 * `llama-2-7b-chat-fp16`, a host's copy). Such a reading is the matcher's, not the source's word,
 * so the model page says it rather than presents the row's figures as the source's.
 */
export interface StandInLabel {
  /** The name as the results file writes it. @example "llama-2-7b-chat" */
  label: string;
  /** The rule by which the matcher read it as this row: a key of `STANDS_IN`. */
  rule: MatchRule;
  /** The benchmarks whose results name it so, in the order first met. */
  benchmarks: string[];
}

/** The rule by which the matcher read a label as the nearest registered row for want of its own, if it did. */
export function standInRule(m: ModelMatch): MatchRule | undefined {
  const rule = m.kind === "model" ? m.rules.at(-1) : undefined;
  return rule !== undefined && STANDS_IN.has(rule) ? rule : undefined;
}

/**
 * Whether the label itself, as written, names the model the matcher stood the nearest row in for:
 * read by the stand-in rule alone, not after a host's prefix, a version tag, a setting or a
 * snapshot was peeled off (`together/llama-2-7b-chat` names `llama-2-7b-chat` through a host, and
 * registering it would make a second row of one model).
 */
export function namesStoodInModel(m: ModelMatch): boolean {
  return m.kind === "model" && m.rules.length === 1 && standInRule(m) !== undefined;
}

/**
 * Per model id, the names its results give it that the matcher read as it for want of a row of
 * their own; a model without any has no entry.
 * @example standInLabels([{ model: "llama-2-7b-chat-fp16", modelAsWritten: "llama-2-7b-chat", benchmark: "lmarena-history" }], matcher.match)
 * // Map { "llama-2-7b-chat-fp16" => [{ label: "llama-2-7b-chat", rule: "served-format", benchmarks: ["lmarena-history"] }] }
 */
export function standInLabels(results: readonly { model: string; modelAsWritten: string; benchmark: string }[], match: (label: string) => ModelMatch): Map<string, StandInLabel[]> {
  const ruleOf = new Map<string, MatchRule | undefined>();
  const byModel = new Map<string, Map<string, StandInLabel>>();
  for (const r of results) {
    if (!ruleOf.has(r.modelAsWritten)) ruleOf.set(r.modelAsWritten, standInRule(match(r.modelAsWritten)));
    const rule = ruleOf.get(r.modelAsWritten);
    if (rule === undefined) continue;
    const labels = byModel.get(r.model) ?? new Map<string, StandInLabel>();
    byModel.set(r.model, labels);
    const entry = labels.get(r.modelAsWritten) ?? { label: r.modelAsWritten, rule, benchmarks: [] };
    labels.set(r.modelAsWritten, entry);
    if (!entry.benchmarks.includes(r.benchmark)) entry.benchmarks.push(r.benchmark);
  }
  return new Map([...byModel].map(([id, labels]) => [id, [...labels.values()]]));
}
