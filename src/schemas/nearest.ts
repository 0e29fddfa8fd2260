/**
 * Levenshtein distance between two strings (case-sensitive). Used for did-you-mean hints.
 * @example levenshtein("modles", "models") // 2
 */
export function levenshtein(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
    }
    prev = cur;
  }
  return prev[b.length];
}

/**
 * The candidates closest to `word`, nearest first, within a distance that scales with the
 * word's length (so "modles" finds "models" but "x" does not find "title").
 * Ties keep the candidates' own order, so results are deterministic.
 */
export function nearest(word: string, candidates: Iterable<string>, limit = 3): string[] {
  const needle = word.toLowerCase();
  const maxDistance = Math.max(2, Math.floor(needle.length / 3));
  const scored: { candidate: string; distance: number; order: number }[] = [];
  let order = 0;
  for (const candidate of candidates) {
    const hay = candidate.toLowerCase();
    let distance = levenshtein(needle, hay);
    // A prefix or containment match is a strong hint even when the edit distance is large
    // ("claude-sonnet" for "claude-sonnet-4-6").
    if (distance > maxDistance && needle.length >= 4 && (hay.includes(needle) || needle.includes(hay))) {
      distance = maxDistance;
    }
    if (distance <= maxDistance) scored.push({ candidate, distance, order: order++ });
  }
  scored.sort((x, y) => x.distance - y.distance || x.order - y.order);
  return [...new Set(scored.map((s) => s.candidate))].slice(0, limit);
}

/**
 * Names quoted and joined as a sentence lists alternatives.
 * @example quotedOrList(["a", "b", "c"]) // '"a", "b" or "c"'
 */
export function quotedOrList(names: readonly string[]): string {
  const quoted = names.map((n) => `"${n}"`);
  return quoted.length === 1 ? quoted[0] : `${quoted.slice(0, -1).join(", ")} or ${quoted.at(-1)}`;
}

/** ` (did you mean "a" or "b"?)` or the empty string when there is nothing close. */
export function didYouMean(word: string, candidates: Iterable<string>, limit = 3): string {
  const found = nearest(word, candidates, limit);
  return found.length === 0 ? "" : ` (did you mean ${quotedOrList(found)}?)`;
}
