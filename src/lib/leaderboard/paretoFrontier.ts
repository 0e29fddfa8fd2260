/**
 * The Pareto frontier of score against a cost (output tokens or dollars): the points that no
 * other point beats, i.e. none has a cost at most as high and a score at least as good with one
 * of the two strictly better.
 *
 * - Points whose cost is missing (undefined, not finite, or not positive, since the plots use a
 *   log scale) are left out: `excluded` lists them so callers can say so.
 * - Equal scores: only the cheapest of them is on the frontier; two points equal in both cost and
 *   score are both on it (neither beats the other).
 * Returns the frontier sorted by cost, cheapest first (ties by input order).
 */
export function paretoFrontier<T>(
  points: readonly T[],
  accessors: { cost: (p: T) => number | undefined; score: (p: T) => number; direction?: "higher" | "lower" },
): { frontier: T[]; excluded: T[] } {
  const better = (accessors.direction ?? "higher") === "higher" ? 1 : -1;
  const excluded: T[] = [];
  const usable: { p: T; cost: number; score: number; order: number }[] = [];
  points.forEach((p, order) => {
    const cost = accessors.cost(p);
    if (cost === undefined || !Number.isFinite(cost) || cost <= 0) excluded.push(p);
    else usable.push({ p, cost, score: better * accessors.score(p), order });
  });
  const frontier = usable
    .filter((a) => !usable.some((b) => b !== a && b.cost <= a.cost && b.score >= a.score && (b.cost < a.cost || b.score > a.score)))
    .sort((a, b) => a.cost - b.cost || a.order - b.order)
    .map((x) => x.p);
  return { frontier, excluded };
}
