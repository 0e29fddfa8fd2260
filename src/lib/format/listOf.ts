/**
 * Names in a sentence: `A`, `A and B`, `A, B and C` (no serial comma, as the site writes).
 * @example listOf(["SimpleBench v1", "GSO v1", "METR Time Horizon v1"]) // "SimpleBench v1, GSO v1 and METR Time Horizon v1"
 */
export const listOf = (items: readonly string[]): string => (items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`);

/**
 * Line numbers (or days) a message lists: all of them, or the first `limit` and how many more,
 * comma-separated (`places` and `--json` hold them all).
 * @example firstOf([2, 4, 6], 2) // "2, 4 and 1 more"
 * @example firstOf([2, 4], 8) // "2, 4"
 */
export const firstOf = (items: readonly (string | number)[], limit = 8): string =>
  items.length > limit ? `${items.slice(0, limit).join(", ")} and ${items.length - limit} more` : items.join(", ");
