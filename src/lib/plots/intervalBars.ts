/**
 * The rows a plot draws an error bar for: those with both bounds of the score's interval. The
 * plots draw their bars from this and the captions count them from it, so that a caption never
 * speaks of bars the plot does not draw.
 * @example withInterval([{ low: 1, high: 3 }, { low: 2 }]) // [{ low: 1, high: 3 }]
 */
export function withInterval<T extends { low?: number; high?: number }>(rows: readonly T[]): T[] {
  return rows.filter((r) => r.low !== undefined && r.high !== undefined);
}
