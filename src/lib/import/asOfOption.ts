import { parseDateCell } from "../../schemas/cells";
import { FUTURE_SLACK_MS } from "../../schemas/limits";

/**
 * What is wrong with an import's `--as-of` (the date of the publisher's table), or undefined: not
 * a date, or a day still to come (a typo such as 2031 for 2025, which would date every new row
 * after the build). The loader refuses such dates in the files too; this says it once, up front.
 * @example asOfProblem("2031-01-01", new Date("2026-11-30")) // "--as-of: expected a date not after today (2026-11-30), found 2031-01-01: ..."
 */
export function asOfProblem(raw: string | undefined, now: Date): string | undefined {
  if (raw === undefined) return undefined;
  const read = parseDateCell(raw);
  if (!read.ok) return `--as-of: expected a date such as 2025-11-30, found ${JSON.stringify(raw)}`;
  if (read.value.getTime() > now.getTime() + FUTURE_SLACK_MS) {
    return `--as-of: expected a date not after today (${now.toISOString().slice(0, 10)}), found ${raw}: a publisher's table cannot be dated on a day still to come`;
  }
  return undefined;
}
