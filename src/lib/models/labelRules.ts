/**
 * The rules that take a label apart: provider prefixes in front, dated snapshots, version tags
 * and settings at the end. Each rule removes only what cannot change which model is meant; the
 * matcher (modelMatcher.ts) applies them one at a time and looks the rest up after each.
 */
import { peelSetting } from "./settings";
import { parseDateCell } from "../../schemas/cells";

/** Why a label matched, in the order the rules were applied. */
export type MatchRule =
  /** The label is the model's id. */
  | "id"
  /** The label is one of the model's aliases in data/models.csv. */
  | "alias"
  /** Equal to an id or alias ignoring case and punctuation (`3.5` = `3-5`). */
  | "case-punctuation"
  /** A host's or router's prefix removed (`anthropic/`, `us.anthropic.`, `accounts/fireworks/models/`). */
  | "provider-prefix"
  /**
   * A snapshot removed: a dated one (`-20250219`, `-2024-08-06`, `@20250929`, Cohere's `-08-2024`,
   * Microsoft's `-june-2024`) or Google's numbered stable version (`gemini-1.5-flash-001`).
   */
  | "snapshot"
  /** A version or deployment tag removed (`-v1:0`, `-latest`, `:free`, `-TEE`, another lab's `-002` than Google's). */
  | "version-tag"
  /** A run setting peeled off and kept as the setting (`_16K`, `-thinking-16k`, `(high)`, `-xhigh`). */
  | "setting"
  /** Equal ignoring where the words sit around the numbers (`claude-4-sonnet` = `claude-sonnet-4`). */
  | "word-order"
  /** The only registered release of the named model (`llama-3-70b` -> `llama-3-70b-instruct`). */
  | "release"
  /** The registry's only row of the model is its weights in one number format (`llama-2-7b-chat` -> `llama-2-7b-chat-fp16`). */
  | "served-format";

/**
 * The matcher's rules that read a name as the nearest registered row for want of a row of its own,
 * and what is said of such a reading: to editors (`npm run models -- add`, `npm run check`) and,
 * after "read as this model:", to readers (the model page).
 */
export const STANDS_IN: ReadonlyMap<MatchRule, { editors: string; readers: string }> = new Map([
  ["served-format", { editors: "the registry's only row of it, served in one number format", readers: "this site lists the model only as served in one number format" }],
  ["release", { editors: "the registry's only release of it", readers: "this site lists only this release of the model" }],
] as const);

/** A label with one rule applied. */
export interface Peeled {
  rest: string;
  rule: MatchRule;
  setting?: string;
  /** For `setting`: whether the suffix can only be a setting (see `PeeledSetting`). */
  strength?: "strong" | "weak";
  /**
   * For `snapshot`: the snapshot's date, `YYYY-MM-DD` (`YYYY-MM` for a month snapshot), or a
   * stable version's number as written (`002`), never turned into a date.
   */
  snapshot?: string;
}

/** Region prefixes of cloud ids (`us.anthropic.claude-...`). */
const REGIONS = ["us", "eu", "apac", "au", "jp", "ca", "global", "us-gov"];
/** Vendor prefixes of cloud ids (`anthropic.claude-...`, `meta.llama3-...`). */
const VENDORS = ["anthropic", "amazon", "meta", "mistral", "cohere", "ai21", "deepseek", "openai", "qwen", "writer", "moonshot", "moonshotai", "minimax", "zai", "google", "nvidia", "twelvelabs", "stability"];

/**
 * Removes a provider's prefix: everything up to the last `/` (`openrouter/anthropic/`,
 * `accounts/fireworks/models/`, `meta-llama/`), then a cloud region and vendor
 * (`us.anthropic.`). Fireworks writes version dots as `p` (`kimi-k2p6`); behind its prefix they
 * are read back as dots.
 * @example stripProviderPrefix("us.anthropic.claude-sonnet-4-5-20250929-v1:0") // "claude-sonnet-4-5-20250929"
 */
export function stripProviderPrefix(label: string): string | undefined {
  let rest = label;
  const fireworks = /(^|\/)accounts\/fireworks\/|^fireworks(-ai)?\//i.test(rest);
  // Only in ids (no spaces): in prose, `Sonnet 4.5 / Opus 4.1` names two models.
  const slash = /\s/.test(rest) ? -1 : rest.lastIndexOf("/");
  if (slash >= 0 && slash < rest.length - 1) rest = rest.slice(slash + 1);
  const region = new RegExp(`^(?:${REGIONS.join("|")})\\.(?=(?:${VENDORS.join("|")})\\.)`, "i");
  rest = rest.replace(region, "");
  const vendor = new RegExp(`^(?:${VENDORS.join("|")})\\.(?=[a-z])`, "i");
  // A cloud id's version (`-v1`, `-v1:0`, Bedrock's `-1:0` for gpt-oss) goes with its vendor prefix:
  // elsewhere `-v3` is a name (`deepseek-v3`).
  if (vendor.test(rest)) rest = rest.replace(vendor, "").replace(/-(?:v\d+(?::\d+)?|\d+:\d+)$/i, "");
  if (fireworks) rest = rest.replace(/(\d)p(\d)/g, "$1.$2");
  // A lab's name glued in front of its own brand: `Meta-Llama-3.1-8B`, `cohere-command-r`,
  // `amazon-nova-pro`, Cohere For AI's `c4ai-`, Mistral's API `open-mistral-7b`.
  rest = rest.replace(LAB_BRAND_PREFIX, "");
  return rest !== label && rest !== "" ? rest : undefined;
}

/**
 * `meta-` before `llama`, `cohere-` before `command`...: each lab with its own brands only.
 * `moonshot-` before `kimi`: Alibaba Cloud lists Moonshot's Kimi K2 Instruct as `moonshot-kimi-k2-instruct`.
 */
const LAB_BRAND_PREFIX =
  /^(?:meta-(?=llama)|moonshot-(?=kimi)|cohere-(?=command|aya|embed|rerank)|c4ai-(?=command|aya)|amazon-(?=nova|titan)|ai21-(?=jamba)|microsoft-(?=phi)|ibm-(?=granite)|google-(?=gemma|gemini)|mistralai-(?=mistral|mixtral)|nvidia-(?=nemotron)|open-(?=mistral|mixtral|codestral))/i;

const MONTH = "(0[1-9]|1[0-2])";
const DAY = "(0[1-9]|[12]\\d|3[01])";
/** `-20250219`, `-2024-08-06`, `@20250929`, `-2024_08_06` at the end. */
const SNAPSHOT = new RegExp(`^(.+?)[-_@](20\\d\\d)[-_]?${MONTH}[-_]?${DAY}$`);
/** Cohere's month snapshots: `command-r-08-2024`, `command-a-03-2025`. */
const MONTH_SNAPSHOT = new RegExp(`^(.+?)[-_]${MONTH}[-_](20\\d\\d)$`);
/** A month written out and its year: `phi-3-mini-4k-instruct-june-2024` (Microsoft's June 2024 update, published under the same name). */
const MONTH_NAMES = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
const MONTH_NAME_SNAPSHOT = new RegExp(`^(.+?)[-_](${MONTH_NAMES.join("|")})[-_](20\\d\\d)$`, "i");
/**
 * Google's numbered stable versions: `gemini-1.5-flash-001` (May 2024) and `-002` (September
 * 2024) are two releases of one model with two Elo ratings, so the number is kept as the snapshot,
 * as a date is; the number names no day, and none is guessed for it.
 */
const STABLE_VERSION = /^(.+?)-(00\d)$/;
/**
 * The Google models that carry a stable version: Gemini, Imagen and Veo, and Google's text
 * embeddings (`text-embedding-005`, `text-multilingual-embedding-002`, exactly those names). Other
 * labs' `-00N` is part of the model's name, and nothing is peeled: OpenAI's `davinci-002` (2023) is
 * another model than GPT-3's `davinci` (2020), `babbage-002` than `babbage`, so read as a version
 * tag the label would join a registered `davinci`, a different model. The catalog import keeps the
 * number in its ids for the same reason (`entryBase`: the row `text-embedding-ada-002`).
 */
const GOOGLE_STABLE_VERSIONED = /^(?:(?:gemini|imagen|veo)-.|(?:text-embedding|text-multilingual-embedding)$)/i;

/** Whether a snapshot is Google's stable version number (`002`), not a date. */
export function isStableVersion(snapshot: string | undefined): boolean {
  return snapshot !== undefined && /^00\d$/.test(snapshot);
}
/** Version and deployment tags that never name another model. */
const VERSION_TAGS: RegExp[] = [
  /^(.+?)-v\d+:\d+$/i, // Bedrock: -v1:0 (a bare -v3 is a name: deepseek-v3)
  /^(.+?):\d+$/, // :0
  /^(.+?)[-@:]latest$/i, // -latest, @latest
  /^(.+?):(?:free|beta|nitro|floor|online|extended|exacto)$/i, // OpenRouter's variants
  /^(.+?)-tee$/i, // Chutes: served in a trusted execution environment
  /^(.+?)-maas$/i, // Vertex AI: the model as a service (`gpt-oss-120b-maas`)
  /^(.+?)-free$/i, // a reseller's free tier of the model
  /^(.+?)-v1[.-]0$/i, // a first release's version (`solar-10.7b-instruct-v1.0`, `nova-micro-v1.0`)
];

/**
 * Peels one suffix off the end: a setting, a snapshot or a version tag, whichever ends the label.
 * @example peelSuffix("o3-2025-04-16_high") // { rest: "o3-2025-04-16", rule: "setting", setting: "high", strength: "strong" }
 * @example peelSuffix("gpt-4o-2024-08-06") // { rest: "gpt-4o", rule: "snapshot", snapshot: "2024-08-06" }
 * @example peelSuffix("gemini-1.5-flash-002") // { rest: "gemini-1.5-flash", rule: "snapshot", snapshot: "002" }
 */
export function peelSuffix(label: string): Peeled | undefined {
  const setting = peelSetting(label);
  if (setting) return { rest: setting.rest, rule: "setting", setting: setting.setting, strength: setting.strength };
  const snap = SNAPSHOT.exec(label);
  if (snap) {
    const [, rest, y, m, d] = snap;
    const date = `${y}-${m}-${d}`;
    // Only a date that exists: `-20251399` is not a snapshot.
    if (parseDateCell(date).ok) {
      return { rest, rule: "snapshot", snapshot: date };
    }
  }
  const month = MONTH_SNAPSHOT.exec(label);
  if (month) return { rest: month[1], rule: "snapshot", snapshot: `${month[3]}-${month[2]}` };
  const named = MONTH_NAME_SNAPSHOT.exec(label);
  if (named) return { rest: named[1], rule: "snapshot", snapshot: `${named[3]}-${String(MONTH_NAMES.indexOf(named[2].toLowerCase()) + 1).padStart(2, "0")}` };
  const stable = STABLE_VERSION.exec(label);
  if (stable && GOOGLE_STABLE_VERSIONED.test(stable[1])) return { rest: stable[1], rule: "snapshot", snapshot: stable[2] };
  for (const tag of VERSION_TAGS) {
    const m = tag.exec(label);
    if (m) return { rest: m[1], rule: "version-tag" };
  }
  return undefined;
}
