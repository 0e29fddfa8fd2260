/**
 * Names in a sentence: `A`, `A and B`, `A, B and C` (no serial comma, as the site writes).
 * @example listOf(["SimpleBench v1", "GSO v1", "METR Time Horizon v1"]) // "SimpleBench v1, GSO v1 and METR Time Horizon v1"
 */
export const listOf = (items: readonly string[]): string => (items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`);
