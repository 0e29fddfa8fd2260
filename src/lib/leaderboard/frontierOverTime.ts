import { rankRows, type Board, type BoardEntry, type DatedBoard } from "./buildBoard";

export type { DatedBoard } from "./buildBoard";

/** The board after each report day (`boardsAfterEachDay`), which the frontier plots follow. */
export { boardsAfterEachDay as boardsOverTime } from "./buildBoard";

/** Which side is ahead on a day, and by how much (in the benchmark's unit, always ≥ 0). */
export interface Gap {
  leader: "open" | "closed" | "tie";
  margin: number;
}

/** The best open-weights and the best closed model after one report day. */
export interface OpenClosedStep {
  date: Date;
  /** The best-ranked open-weights model (the first in the board's order on a tie). */
  open?: BoardEntry;
  /** The best-ranked model without open weights. */
  closed?: BoardEntry;
  /** Defined when both sides have a ranked model. */
  gap?: Gap;
}

/** The gap between two scores, the better one leading (direction-aware). */
export function gapBetween(open: number, closed: number, direction: "higher" | "lower"): Gap {
  const better = direction === "higher" ? closed - open : open - closed;
  if (better === 0) return { leader: "tie", margin: 0 };
  // Rounded to 12 significant digits: 57.3 - 51 is 6.299999999999997 in binary floating point.
  return { leader: better > 0 ? "closed" : "open", margin: Number(Math.abs(closed - open).toPrecision(12)) };
}

// The same row is the same board key (model, setting, snapshot: `boardKey`), never the model
// alone: LMArena's gpt-4o-2024-08-06 taking the lead at the Elo -2024-05-13 held is a change.
const sameRow = (a?: BoardEntry, b?: BoardEntry) => a?.key === b?.key;
const sameEntry = (a?: BoardEntry, b?: BoardEntry) => sameRow(a, b) && a?.score.value === b?.score.value;

/**
 * How many of a whole-board listing's days in a row a row may be missing from and still count as
 * listed on them over time (`bridgeListingGaps`). One: LMArena's history leaves
 * gemini-2.0-flash-001 out of 2025-02-06 alone (the arena listed it as `gemini-2.0-flash` that day),
 * a gap in the file, not a model the arena took off its board; the history's other absences last
 * two to five of its days (dbrx-instruct, reka-core-20240904) and are read as the publisher wrote them.
 */
export const LISTING_GAP_DAYS = 1;

/**
 * The boards the frontier over time reads: `boards` as they stood after each day, except that on
 * a whole-board listing (`listing: whole`) a row missing from at most `LISTING_GAP_DAYS` of the
 * publisher's days in a row, and listed on its days before and after them, is ranked on those
 * days with its last score instead of being delisted. Without it a one-day gap in a history took
 * the model off the frontier for that day and put it back the next: two steps that no change on
 * the publisher's board made. The gap is known only once the row is listed again, so a row missing
 * from the newest day stays delisted, as the board shows it; a sustained absence is the
 * publisher's, and stays. A publisher's day is the first board of each `listedDay` (later boards
 * of that day add relays or claims only). Other boards are returned as they are.
 */
export function bridgeListingGaps(boards: readonly DatedBoard[]): readonly DatedBoard[] {
  if (boards[0]?.board.benchmark.listing !== "whole") return boards;
  // The open/closed frontier and the cost-to-reach series read the same boards (frontierPlots.ts): bridged once.
  let out = bridgedOf.get(boards);
  if (!out) bridgedOf.set(boards, (out = bridgeGaps(boards)));
  return out;
}

/** `bridgeListingGaps`' result for each boards array it was given. */
const bridgedOf = new WeakMap<readonly DatedBoard[], readonly DatedBoard[]>();

function bridgeGaps(boards: readonly DatedBoard[]): readonly DatedBoard[] {
  // The publisher's days, oldest first, and on which of them each row was listed.
  const days: number[] = [];
  const listedOn = new Map<string, number[]>();
  for (const { board } of boards) {
    const listed = board.listedDay?.getTime();
    if (listed === undefined || listed === days.at(-1)) continue;
    days.push(listed);
    for (const e of board.entries) {
      const on = listedOn.get(e.key);
      if (on) on.push(days.length - 1);
      else listedOn.set(e.key, [days.length - 1]);
    }
  }
  const dayIndex = new Map(days.map((d, i) => [d, i]));
  // Whether a row missing from the publisher's day `k` is listed at most LISTING_GAP_DAYS days before and after it, with no more missing days between.
  const inGap = (key: string, k: number) => {
    const on = listedOn.get(key) ?? [];
    const after = on.findIndex((i) => i > k);
    return after > 0 && on[after]! - on[after - 1]! - 1 <= LISTING_GAP_DAYS;
  };
  return boards.map((dated) => {
    const { board } = dated;
    const k = board.listedDay === undefined ? undefined : dayIndex.get(board.listedDay.getTime());
    const bridged = k === undefined ? [] : (board.delisted ?? []).filter((e) => inGap(e.key, k));
    if (bridged.length === 0) return dated;
    const entries = rankRows([...board.entries.map(({ rank: _, ...e }) => e), ...bridged], board.benchmark.direction);
    return { date: dated.date, board: { ...board, entries, delisted: board.delisted!.filter((e) => !bridged.includes(e)) } };
  });
}

/**
 * The best score over time for open-weights models and for closed ones, as the board stood after
 * each report day (one-day gaps in a whole-board listing bridged: `bridgeListingGaps`): one step
 * per day on which either side's best changed (another row, or the same row with a corrected
 * score), oldest first. "Open" is the registry's `open_weights`.
 */
export function openClosedFrontier(boards: readonly DatedBoard[]): OpenClosedStep[] {
  const steps: OpenClosedStep[] = [];
  for (const { date, board } of bridgeListingGaps(boards)) {
    const open = board.entries.find((e) => e.model.open_weights);
    const closed = board.entries.find((e) => !e.model.open_weights);
    const last = steps.at(-1);
    if (last && sameEntry(last.open, open) && sameEntry(last.closed, closed)) continue;
    if (!open && !closed) continue;
    steps.push({ date, open, closed, gap: open && closed ? gapBetween(open.score.value, closed.score.value, board.benchmark.direction) : undefined });
  }
  return steps;
}

/** A cost figure a board row can carry: to run the whole benchmark, or per task. */
export type CostFigure = "cost_usd" | "cost_per_task_usd";

/** The cheapest ranked model reaching a score, after one report day. */
export interface CheapestStep {
  date: Date;
  /**
   * Undefined when no model that reports the cost reaches the score any more (a later report
   * corrected every such score below it): the line breaks there instead of carrying on.
   */
  entry?: BoardEntry;
  cost?: number;
}

/** The cheapest way to reach one score over time. */
export interface CheapestSeries {
  /** The score to reach (at least this, or at most on lower-is-better boards). */
  threshold: number;
  steps: CheapestStep[];
}

/**
 * The cost figure a version's boards report most (to run the benchmark, else per task), or
 * undefined when fewer than two ranked models carry either: v4.1 of the Intelligence Index
 * reports per-task costs only.
 */
export function costFigureOf(board: Board): CostFigure | undefined {
  const count = (f: CostFigure) => board.entries.filter((e) => e[f] !== undefined).length;
  const [run, task] = [count("cost_usd"), count("cost_per_task_usd")];
  if (Math.max(run, task) < 2) return undefined;
  return run >= task ? "cost_usd" : "cost_per_task_usd";
}

/**
 * A round step (1, 2 or 5 times a power of ten) near `span / count`.
 * @example niceStep(23, 3) // 10
 */
export function niceStep(span: number, count: number): number {
  if (!(span > 0) || !(count > 0)) return 1;
  const raw = span / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const candidates = [1, 2, 5, 10].map((m) => m * power);
  // The candidate nearest to the raw step on a log scale.
  return candidates.reduce((best, c) => (Math.abs(Math.log(c / raw)) < Math.abs(Math.log(best / raw)) ? c : best));
}

/**
 * The scores worth asking "what does it cost to reach this?": round values (multiples of
 * `niceStep`) between the lowest and the best score of the models that report a cost, the best
 * `count` of them. On lower-is-better boards the thresholds are maxima.
 * @example scoreThresholds([34, 47, 50, 51, 57], "higher") // [40, 50]
 */
export function scoreThresholds(scores: readonly number[], direction: "higher" | "lower", count = 3): number[] {
  if (scores.length === 0) return [];
  const [lo, hi] = [Math.min(...scores), Math.max(...scores)];
  if (lo === hi) return [lo];
  const step = niceStep(hi - lo, count);
  const out: number[] = [];
  // Multiples of the step strictly inside the range of costed scores: each is reached by some
  // model and missed by another, so its line says something.
  for (let k = Math.ceil(lo / step); k * step <= hi; k++) {
    const t = Number((k * step).toPrecision(12));
    if (t > lo && t < hi) out.push(t);
  }
  const ordered = direction === "higher" ? out : out.reverse();
  const kept = ordered.slice(-count);
  return direction === "higher" ? kept : kept.reverse();
}

/**
 * For each threshold, the cheapest ranked model whose score reaches it, as the board stood after
 * each report day (cost and score as the board pairs them: the newest report carrying each;
 * one-day gaps in a whole-board listing bridged: `bridgeListingGaps`).
 * One step per day on which the cheapest row (`BoardEntry.key`) or its cost changed; oldest first.
 */
export function cheapestToReach(boards: readonly DatedBoard[], thresholds: readonly number[], figure: CostFigure): CheapestSeries[] {
  const listed = bridgeListingGaps(boards);
  return thresholds.map((threshold) => {
    const steps: CheapestStep[] = [];
    for (const { date, board } of listed) {
      const reaches = (e: BoardEntry) => (board.benchmark.direction === "higher" ? e.score.value >= threshold : e.score.value <= threshold);
      // Entries are best first; on equal cost the better-ranked model wins.
      let cheapest: CheapestStep = { date };
      for (const entry of board.entries) {
        const cost = entry[figure]?.value;
        if (cost === undefined || !reaches(entry)) continue;
        if (cheapest.cost === undefined || cost < cheapest.cost) cheapest = { date, entry, cost };
      }
      const last = steps.at(-1);
      // Nothing before the first model reaches the score; afterwards, every change is a step.
      if (!last && !cheapest.entry) continue;
      if (last && sameRow(last.entry, cheapest.entry) && last.cost === cheapest.cost) continue;
      steps.push(cheapest);
    }
    return { threshold, steps };
  });
}
