/**
 * How model names are compared. Two keys, from strict to loose:
 *
 * - `labelKey`: case and punctuation only. `Claude-3.5-Sonnet`, `claude_3_5_sonnet` and
 *   `claude 3.5 sonnet` are one key, `claude-3-5-sonnet`. Ids and aliases of the registry must be
 *   unique under this key (two rows claiming one key is a registry error).
 * - `looseKey`: also ignores where the words sit around the numbers and a missing hyphen between
 *   a word and its number, so `claude-4-sonnet` = `claude-sonnet-4` and `qwen-2.5-72b` =
 *   `qwen2.5-72b`. The numbers keep their order (`qwen-2-5` is not `qwen-5-2`), so no version or
 *   size is ever read differently. Two registry models may share a loose key; a label that meets
 *   such a key is ambiguous, never linked to either.
 */

/**
 * The key under which ids and aliases are compared: lower case, with `.`, `_`, `/`, `:`, spaces
 * and other punctuation read as `-` and `+` as `plus`, so `Claude-3-Sonnet-4.6` and
 * `claude_3_sonnet_4_6` match, and `Command R+` is `command-r-plus`.
 * @example labelKey("Claude 3.5 Sonnet") // "claude-3-5-sonnet"
 */
export function labelKey(name: string): string {
  return name
    .normalize("NFKC")
    .trim()
    .toLowerCase()
    // `Command R+` is `command-r-plus`: the plus is part of the name, never punctuation.
    .replace(/\+/g, "-plus-")
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/-+/g, "-")
    .replace(/^-|-$/g, "");
}

/** The words and numbers of a key, as `looseKey` and the suggestions compare them. */
export interface KeyTokens {
  /** Tokens without a digit, in order. @example ["claude", "sonnet"] */
  words: string[];
  /** Tokens with a digit (versions, sizes), in order. @example ["4", "5"] or ["70b"] */
  numbers: string[];
}

/**
 * Splits a `labelKey` into its tokens, separating a word from a number glued to its end
 * (`qwen3` -> `qwen`, `3`; `k2` -> `k`, `2`) but not a number from its unit (`70b`, `4o`, `8x7b`
 * stay whole).
 * @example keyTokens("qwen3-coder-30b-a3b") // { words: ["qwen", "coder", "a"], numbers: ["3", "30b", "3b"] }
 */
export function keyTokens(key: string): KeyTokens {
  const words: string[] = [];
  const numbers: string[] = [];
  for (const part of key.split("-")) {
    if (part === "") continue;
    const glued = /^(\p{L}+)(\d.*)$/u.exec(part);
    const pieces = glued ? [glued[1], glued[2]] : [part];
    for (const p of pieces) (/\d/.test(p) ? numbers : words).push(p);
  }
  return { words, numbers };
}

/**
 * The loose key: the words as a sorted set, then the numbers in order.
 * @example looseKey("claude-4-sonnet") === looseKey("claude-sonnet-4") // true
 * @example looseKey("qwen-2-5") === looseKey("qwen-5-2") // false
 */
export function looseKey(key: string): string {
  const { words, numbers } = keyTokens(key);
  return `${[...new Set(words)].sort().join("+")}#${numbers.join(".")}`;
}

/**
 * A key's words and numbers in the order written, a number glued to a word split off, for
 * comparing how two names begin.
 * @example keyPieces("qwen3-vl-30b") // ["qwen", "3", "vl", "30b"]
 */
export function keyPieces(key: string): string[] {
  return key
    .split("-")
    .filter(Boolean)
    .flatMap((part) => {
      const glued = /^(\p{L}+)(\d.*)$/u.exec(part);
      return glued ? [glued[1], glued[2]] : [part];
    });
}
