/**
 * The words of model names that say what a name is: a release of a model, a tier or size within a
 * line, a run's effort, or a model of another kind. The matcher (modelMatcher.ts), the family rule
 * (familyMembers.ts) and the catalog's grouping (groupCatalog.ts) read them.
 */

import { labelKey, looseKey } from "./labelKey";
import { EFFORT_LEVELS } from "./settings";

/** Words a lab's release adds to a model's name: `llama-3-70b` is released as `llama-3-70b-instruct`. */
export const RELEASE_WORDS: ReadonlySet<string> = new Set(["instruct", "it", "chat"]);

/** Whether a key (`labelKey`) has a release word among its pieces (`llama-3-70b-instruct`). */
export const hasReleaseWord = (key: string): boolean => key.split("-").some((t) => RELEASE_WORDS.has(t));

/** The loose key of a key without its release words: `llama-3-70b-instruct` reads as `llama-3-70b`. */
export const releaseKey = (key: string): string => looseKey(key.split("-").filter((t) => !RELEASE_WORDS.has(t)).join("-"));

/**
 * Words that place a model within its line by size or tier (`claude-opus-4` is one of `claude-4`,
 * `gemini-flash-1-5` one of `gemini-1.5`), as opposed to words that name another line of models
 * under the same name (`llama-prompt-guard-2`, `qwen3-embedding-4b`, `qwen3-vl-30b-a3b`). A model
 * found only loosely joins a family when its words beyond the label's are of these (when the label
 * names no tier itself) or of `LINE_RELEASE_WORDS`.
 */
export const TIER_WORDS: ReadonlySet<string> = new Set(["pro", "flash", "lite", "mini", "nano", "micro", "small", "medium", "large", "ultra", "max", "plus", "turbo", "super", "fast", "air", "opus", "sonnet", "haiku"]);

/**
 * Words that make a model of another kind than its name's line: an embedding, reranking, safety,
 * speech, image or video model, a research agent (`qwen3-embedding-4b`, `gpt-oss-safeguard-20b`,
 * `gemini-2-5-flash-preview-tts`, `grok-imagine-image`, `o3-deep-research`). Never a family member.
 */
export const OTHER_KIND_WORDS: ReadonlySet<string> = new Set([
  ...["embedding", "embed", "reranker", "rerank"],
  ...["guard", "safeguard", "safety", "moderation"],
  ...["tts", "stt", "asr", "transcribe", "transcription", "speech", "audio", "voice", "voicechat", "realtime", "livetranslate"],
  ...["image", "imagine", "video", "ocr"],
  ...["research", "reward"],
]);

/** Tier words that are also a run's effort or speed in a catalog's ids (`claude-opus-4-6-thinking-max`, `claude-opus-4-7-fast`): no other tier. */
export const RUN_TIER_WORDS: ReadonlySet<string> = new Set([...EFFORT_LEVELS.filter((w) => TIER_WORDS.has(w)), "fast"]);

/** Words of a release or a run rather than of another model line (`-instruct`, `-preview`, `-thinking`, `-low`; `a` of the active parameters in `30b-a3b`). */
export const LINE_RELEASE_WORDS: ReadonlySet<string> = new Set([
  ...RELEASE_WORDS,
  ...["base", "preview", "exp", "experimental", "latest", "thinking", "reasoning", "non", "a"],
  // A run's effort, where a catalog makes it part of an id (`claude-opus-4-6-thinking-low`).
  ...EFFORT_LEVELS,
]);

/**
 * Words of a release stage that catalogs write into a model's id or name (`grok-3-beta`, "Grok 3
 * Beta", "Body Builder (beta)", `qwen3-max-preview`, `deepseek-v3.2-exp`, "Gemini 2.5 Pro
 * Experimental 0325"). A stage can be the model's own early listing (xAI's `grok-3-beta` is
 * `grok-3`) or another model (`o1-preview` is not `o1`), so it is never taken off to link a name:
 * the catalog import reports such a pair for the editor to decide (planModelImport.ts).
 */
const RELEASE_STAGE_WORDS: ReadonlySet<string> = new Set(["beta", "preview", "exp", "experimental"]);

/**
 * A name's key (`labelKey`) without its release-stage words, taken off as whole words wherever
 * they stand, and the words taken, in order; undefined when it has none or is nothing else.
 * @example withoutReleaseStage("Grok 3 Beta") // { rest: "grok-3", stages: ["beta"] }
 */
export function withoutReleaseStage(name: string): { rest: string; stages: string[] } | undefined {
  const parts = labelKey(name).split("-").filter(Boolean);
  const stages = parts.filter((p) => RELEASE_STAGE_WORDS.has(p));
  const rest = parts.filter((p) => !RELEASE_STAGE_WORDS.has(p));
  return stages.length > 0 && rest.length > 0 ? { rest: rest.join("-"), stages } : undefined;
}
