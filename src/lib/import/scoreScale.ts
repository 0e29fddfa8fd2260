import { parseNumberCell } from "../../schemas/cells";

/** A score cell as the publisher wrote it (trimmed, never empty), with its line in the publisher's file. */
export interface ScoreCell {
  line: number;
  text: string;
}

/** A score cell that reads as a number. */
export interface ScoreValue extends ScoreCell {
  value: number;
}

/** Fewer scores than this say nothing about a column's scale: a hard benchmark's two scores can both be under 1%. */
const FRACTION_MIN_SCORES = 3;

/**
 * The first cell written as a percentage (`64.5%`). The cell parser reads it as 64.5 in any unit,
 * so a board in points or Elo would show 64.5 points: the unit is then the likelier mistake.
 * @example percentCell([{ line: 2, text: "51" }, { line: 3, text: "64.5%" }]) // { line: 3, text: "64.5%" }
 */
export function percentCell(cells: readonly ScoreCell[]): ScoreCell | undefined {
  return cells.find((c) => c.text.endsWith("%"));
}

/** The cells that read as numbers; the others (`n/a`) are the loader's to refuse. */
export function scoreValues(cells: readonly ScoreCell[]): ScoreValue[] {
  return cells.flatMap((c) => {
    const n = parseNumberCell(c.text);
    return n.ok ? [{ ...c, value: n.value }] : [];
  });
}

/**
 * Whether `values` look like fractions of 1 (0.645 for 64.5%, as lm-eval and many leaderboard
 * exports write accuracy): at least `FRACTION_MIN_SCORES`, none above 1, some strictly between 0
 * and 1 (a column of 0s and 1s is pass/fail). Returns the first such value as the example, else
 * undefined. Cells written with `%` are percentages, whatever their value: the caller leaves them out.
 * @example fractionExample([{ line: 2, text: "0.645", value: 0.645 }, ...]) // { line: 2, text: "0.645", value: 0.645 }
 */
export function fractionExample<T extends { value: number }>(values: readonly T[]): T | undefined {
  if (values.length < FRACTION_MIN_SCORES || !values.every((v) => v.value <= 1)) return undefined;
  return values.find((v) => v.value > 0 && v.value < 1);
}

/** Scores above 100 in a column read as percentages (`aboveHundred`). */
export interface AboveHundred<T> {
  /** How many of `total` scores are above 100, and the first. */
  count: number;
  total: number;
  first: T;
  /** The first score of at most 100, which the board would show as a percentage; none when every score is above. */
  within?: T;
}

/**
 * The scores above 100 of a column read as percentages, none written with `%`: a percent board
 * holds 0 to 100, so such a column is in another unit (METR's time horizon in minutes), and its
 * other scores would show as percentages. Undefined when there are none.
 * @example aboveHundred([{ line: 2, text: "105.5", value: 105.5 }, { line: 3, text: "45", value: 45 }]) // { count: 1, total: 2, first: { line: 2, ... }, within: { line: 3, ... } }
 */
export function aboveHundred<T extends { value: number }>(values: readonly T[]): AboveHundred<T> | undefined {
  const above = values.filter((v) => v.value > 100);
  return above.length > 0 ? { count: above.length, total: values.length, first: above[0], within: values.find((v) => v.value <= 100) } : undefined;
}

/**
 * The question both imports ask about such a column (`import:results --new` and a refresh).
 * @example aboveHundredQuestion({ count: 2, total: 3, first: { text: "105.5" } }) // '2 of 3 scores are above 100 (the first "105.5"), so the column is not percentages?'
 */
export function aboveHundredQuestion(above: AboveHundred<{ text: string }>): string {
  return `${above.count} of ${above.total} scores are above 100 (the first ${JSON.stringify(above.first.text)}), so the column is not percentages?`;
}
