/**
 * Run settings that publishers glue to a model's name: reasoning effort (`_medium`, `-xhigh`,
 * `(high)`), thinking budgets (`_16K`, `-thinking-16k`), thinking on or off (`:thinking`,
 * `(no thinking)`) and the weights' number format (`-fp8`). The matcher peels them off a label
 * and keeps them as the setting of the run; they never name another model, and a model is never
 * folded into another through them.
 */

/** Reasoning-effort levels, lowest first, as OpenAI, Anthropic and Artificial Analysis name them. */
export const EFFORT_LEVELS = ["minimal", "low", "medium", "high", "xhigh", "max"] as const;

/** Thinking switched on or off, as labels write it, and how the setting is shown. */
const THINKING_WORDS: Record<string, string> = {
  thinking: "thinking",
  reasoning: "reasoning",
  "non-thinking": "no thinking",
  "no-thinking": "no thinking",
  nothinking: "no thinking",
  nothink: "no thinking",
  "non-reasoning": "no reasoning",
};

/** Number formats of served weights. */
const PRECISIONS = ["fp8", "bf16", "fp16", "fp4", "int8", "int4"] as const;

/** A setting peeled off the end of a label. */
export interface PeeledSetting {
  /** The label without the suffix. */
  rest: string;
  /** The setting as shown, e.g. `12K thinking`, `high`, `thinking`, `fp8`. */
  setting: string;
  /**
   * `strong` suffixes can only be a setting (`_high`, `(high)`, `_12K`, `-thinking-16k`);
   * `weak` ones could also end a model's own name (`-max` in `qwen3-max`, `-high`), so the matcher
   * accepts them only when what is left names a registered model exactly.
   */
  strength: "strong" | "weak";
}

const effort = EFFORT_LEVELS.join("|");
const thinking = Object.keys(THINKING_WORDS)
  .sort((a, b) => b.length - a.length)
  .join("|");
const precision = PRECISIONS.join("|");

/** `12K thinking` from `12k`/`12K`/`12000`. */
function budget(raw: string): string {
  const n = /^(\d+)k$/i.exec(raw);
  if (n) return `${n[1]}K thinking`;
  const tokens = Number(raw);
  return tokens % 1000 === 0 ? `${tokens / 1000}K thinking` : `${tokens} thinking tokens`;
}

/**
 * Peels one setting off the end of a lower-case label (after case folding, before punctuation is
 * normalised), or returns undefined.
 * @example peelSetting("claude-opus-4-20250514_12k") // { rest: "claude-opus-4-20250514", setting: "12K thinking", strength: "strong" }
 * @example peelSetting("o3-mini-high") // { rest: "o3-mini", setting: "high", strength: "weak" }
 * @example peelSetting("mistral-7b") // undefined
 */
export function peelSetting(label: string): PeeledSetting | undefined {
  let m: RegExpExecArray | null;
  // `(high)`, `(16K thinking)`, `(thinking)`: a parenthesised setting at the end.
  if ((m = /^(.*\S)\s*\(\s*([^()]+?)\s*\)$/.exec(label))) {
    const inner = m[2].toLowerCase().replace(/[\s_]+/g, "-");
    const known = settingWord(inner);
    if (known) return { rest: m[1], setting: known, strength: "strong" };
    const b = /^(?:thinking-)?(\d+k?)(?:-thinking)?$/i.exec(inner);
    // A budget in tokens has four to six digits (`(16000)`); eight are a snapshot's date (`(20241022)`).
    if (b && /k$|^\d{4,6}$/i.test(b[1])) return { rest: m[1], setting: budget(b[1]), strength: "strong" };
    return undefined;
  }
  // `-thinking-16k`, `-16k-thinking`, `_thinking_16k`: a thinking budget.
  if ((m = new RegExp(`^(.+?)[-_:](?:thinking[-_](\\d+k)|(\\d+k)[-_]thinking)$`, "i").exec(label))) {
    return { rest: m[1], setting: budget(m[2] ?? m[3]), strength: "strong" };
  }
  // `_16K`: Epoch's thinking-budget suffix. (`-16k` with a hyphen is a context window: `step-2-16k`.)
  if ((m = /^(.+?)_(\d+k)$/i.exec(label))) return { rest: m[1], setting: budget(m[2]), strength: "strong" };
  // `_medium`: Epoch's effort suffix; `-xhigh` and `:thinking` cannot be part of a name.
  if ((m = new RegExp(`^(.+?)_(${effort})$`, "i").exec(label))) return { rest: m[1], setting: m[2].toLowerCase(), strength: "strong" };
  if ((m = /^(.+?)[-:](xhigh)$/i.exec(label))) return { rest: m[1], setting: "xhigh", strength: "strong" };
  // `:thinking` (OpenRouter's variant), `_thinking`. Not `-thinking`: labs name models that way
  // (`kimi-k2-thinking`, `ernie-4.5-vl-28b-a3b-thinking`), and reading it as a setting would fold
  // such a model into its sibling whenever the registry lacks it.
  if ((m = new RegExp(`^(.+?)[_:](${thinking})$`, "i").exec(label))) return { rest: m[1], setting: THINKING_WORDS[m[2].toLowerCase()], strength: "strong" };
  if ((m = new RegExp(`^(.+?)[-_](${precision})$`, "i").exec(label))) return { rest: m[1], setting: m[2].toLowerCase(), strength: "weak" };
  // `-high`, `-max`: an effort level after a hyphen, or a tier in the model's own name.
  if ((m = new RegExp(`^(.+?)-(${effort})$`, "i").exec(label))) return { rest: m[1], setting: m[2].toLowerCase(), strength: "weak" };
  return undefined;
}

/**
 * A registered name without the number format its weights are served in (`llama-2-7b-chat-fp16`
 * -> `llama-2-7b-chat`), or undefined when it names none. A catalog lists some models only as a
 * host serves them; the model's own name then reaches that row (modelMatcher.ts).
 */
export function withoutServedFormat(key: string): string | undefined {
  return new RegExp(`^(.+?)-(?:${precision})$`).exec(key)?.[1];
}

/** The shown setting for a word inside parentheses, or undefined. */
function settingWord(inner: string): string | undefined {
  if ((EFFORT_LEVELS as readonly string[]).includes(inner)) return inner;
  if (inner in THINKING_WORDS) return THINKING_WORDS[inner];
  if ((PRECISIONS as readonly string[]).includes(inner)) return inner;
  const effortWord = new RegExp(`^(${effort})-(?:effort|reasoning)$`).exec(inner);
  if (effortWord) return effortWord[1];
  return undefined;
}

/**
 * Joins settings into the one text a result row keeps: the outermost suffix last, the way it was
 * written (`o3-mini-high_16K` -> `high, 16K thinking`).
 * @example joinSettings(["Terminus 2", "medium"]) // "Terminus 2, medium"
 */
export function joinSettings(settings: readonly (string | undefined)[]): string | undefined {
  const kept = settings.filter((s): s is string => s !== undefined && s.trim() !== "");
  return kept.length ? kept.join(", ") : undefined;
}
