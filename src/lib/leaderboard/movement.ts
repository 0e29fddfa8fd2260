import type { Board } from "./buildBoard";

/** How a row changed against the board as it stood some days earlier. */
export type Movement =
  | { kind: "new" }
  /** On a whole-board listing, a row the earlier board had delisted (`Board.delisted`): a gap in the publisher's history, or a model listed again. */
  | { kind: "back" }
  | {
      kind: "up" | "down" | "same";
      /** Positive when the model climbed: previous rank minus current rank. */
      rankChange: number;
      /** Current score minus the previous one, in the benchmark's unit. */
      scoreChange: number;
      previousRank: number;
      /**
       * The score changed, but by less than its interval (the earlier score lies inside the new
       * report's interval, or the new inside the earlier's): not a move, whatever the rank did.
       */
      withinInterval?: boolean;
    };

const DAY_MS = 86_400_000;

/** The day `days` days before `date` (UTC calendar days). */
export function daysBefore(date: Date, days: number): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()) - days * DAY_MS);
}

/**
 * Movement of every row of `current` against `previous` (the same benchmark version, built
 * with an earlier `asOf`), keyed by the row's `key` (model, setting, snapshot). A row absent from
 * `previous` is a new entry, unless `previous` had delisted it (a whole-board listing that left it out
 * that day): then it is back; or unless its score's run ranked `previous`'s row under another name
 * (the run re-issued): then it moved from that row. A score that changed within its interval is not a move
 * (`withinInterval`, kind `same`): the publisher's own error bars say the two reports do not differ.
 */
export function boardMovement(current: Board, previous: Board): Map<string, Movement> {
  const before = new Map(previous.entries.map((e) => [e.key, e]));
  // A run the publisher re-issued under a new name (its run id, another snapshot or setting as
  // written) is ranked in its new row (`supersededRuns`): that row moved from the old one, not in.
  const runRows = new Map(previous.entries.filter((e) => e.score.runId !== undefined).map((e) => [`${e.model.id}\u0000${e.score.runId}`, e]));
  const delisted = new Set((previous.delisted ?? []).map((e) => e.key));
  const moves = new Map<string, Movement>();
  for (const e of current.entries) {
    const p = before.get(e.key) ?? (e.score.runId === undefined ? undefined : runRows.get(`${e.model.id}\u0000${e.score.runId}`));
    if (!p) {
      moves.set(e.key, { kind: delisted.has(e.key) ? "back" : "new" });
      continue;
    }
    const rankChange = p.rank - e.rank;
    // Rounded to the precision scores are reported in, so 57.3 - 57 reads 0.3, not 0.29999.
    const scoreChange = Math.round((e.score.value - p.score.value) * 1e6) / 1e6;
    const inside = (value: number, f: { low?: number; high?: number }) => f.low !== undefined && f.high !== undefined && f.low <= value && value <= f.high;
    if (scoreChange !== 0 && (inside(p.score.value, e.score) || inside(e.score.value, p.score))) {
      moves.set(e.key, { kind: "same", rankChange, scoreChange, previousRank: p.rank, withinInterval: true });
      continue;
    }
    moves.set(e.key, { kind: rankChange > 0 ? "up" : rankChange < 0 ? "down" : "same", rankChange, scoreChange, previousRank: p.rank });
  }
  return moves;
}
