/**
 * A count with its noun, singular for one.
 * @example plural(1, "model") // "1 model"
 * @example plural(3, "entry", "entries") // "3 entries"
 */
export const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;
