/**
 * Standard competition ranking ("1224"): equal scores share a rank and the next rank skips, so
 * scores 60, 57, 57, 55 rank 1, 2, 2, 4. Returns the items sorted best first with their rank;
 * items with equal scores keep their input order, so the output is deterministic.
 * @example rankByScore([{s: 57}, {s: 60}, {s: 57}, {s: 55}], (x) => x.s).map((r) => r.rank) // [1, 2, 2, 4]
 */
export function rankByScore<T>(items: readonly T[], score: (item: T) => number, direction: "higher" | "lower" = "higher"): { item: T; rank: number }[] {
  const sign = direction === "higher" ? -1 : 1;
  const sorted = items.map((item, order) => ({ item, order, s: score(item) })).sort((a, b) => sign * (a.s - b.s) || a.order - b.order);
  const ranked: { item: T; rank: number }[] = [];
  sorted.forEach((entry, i) => {
    const rank = i > 0 && entry.s === sorted[i - 1].s ? ranked[i - 1].rank : i + 1;
    ranked.push({ item: entry.item, rank });
  });
  return ranked;
}
