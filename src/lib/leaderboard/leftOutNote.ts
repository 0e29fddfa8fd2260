import type { LeftOutRow } from "../../schemas/leftOut";
import { formatDate } from "../format/formatDate";
import { formatScore } from "../format/formatNumber";
import type { Board } from "./buildBoard";
import { rankByScore } from "./rank";

/** The parts of a left-out row (src/schemas/leftOut.ts) the note reads. */
export type LeftOutRowLike = Pick<LeftOutRow, "benchmark" | "version" | "date" | "model" | "setting" | "run_id" | "score" | "scoreValue" | "cause">;

/** A left-out row that would place in the board's top rows on the day compared. */
export interface LeftOutContender {
  /** The publisher's label as written. @example "gemini-exp-1114" */
  model: string;
  setting?: string;
  score: number;
  /** The rank it would take among the board's rows and the other contenders. */
  wouldRank: number;
  /** Its row's date (undefined: a table without dates, dated by the benchmark's `as_of`, which is unknown here). */
  date?: Date;
}

/** What a board does not rank, for its page and its digest (`leftOutNote`). */
export interface LeftOutNote {
  /** Rows of the publisher's table left out of this version (up to the board's day). */
  rows: number;
  /** Of them, rows whose model is in no registry row, and how many names they carry. */
  unknownModelRows: number;
  unknownModelNames: number;
  /** Rows left out for anything else (a bad cell, a duplicate). */
  otherRows: number;
  /** How many days `rows` span (their distinct dates; an undated row counts as one more): more than one, and the count is the table's history, not the board's day. */
  days: number;
  /** On a whole-board listing (`Board.listedDay`), how many of `rows` are of the board's day. */
  dayRows?: number;
  /** The day whose rows are compared: the board's listed day (a whole listing), else its newest ranked score's. */
  day?: Date;
  /** Left-out rows that would place in the board's top `top` rows, best first. */
  contenders: LeftOutContender[];
  /** Of them, those that outscore the board's first row (every contender when the board ranks none). */
  aboveLeader: LeftOutContender[];
  /**
   * The best-scored left-out row compared on the day, whether or not it places in the top rows:
   * every board row it outscores is ranked among the registered models only (`outranksRow`).
   */
  best?: LeftOutContender;
}

/**
 * How a rank that a left-out row outranks is qualified, on digests and comparison pages alike:
 * the rank is among the models in the registry, and a model left out of the board is rated higher.
 */
export const REGISTERED_HERE = "among the models registered here";

/**
 * Whether a left-out row (`LeftOutNote.best`) outscores a board row's score, so that the row's rank
 * is among the registered models only. A tie does not: the two would share the rank.
 * @example outranksRow({ score: 1344 }, 1340, "higher") // true
 */
export function outranksRow(best: Pick<LeftOutContender, "score"> | undefined, score: number, direction: "higher" | "lower"): boolean {
  return best !== undefined && (direction === "lower" ? best.score < score : best.score > score);
}

/** How many top rows a left-out row is compared with: a short list on a page, not thousands of rows. */
export const LEFT_OUT_TOP = 10;

const dayOf = (d: Date) => d.toISOString().slice(0, 10);

/**
 * What a board leaves out and whom it leaves out near its top: the rows of its version that
 * an import recorded as left out (`rows`: the record's rows of this board's results file and
 * version), counted by cause, and those that would place in its top `top` rows on the board's day.
 * On a whole-board listing (`Board.listedDay`, LMArena's history) the rows compared are the
 * left-out rows of that very day, as the board ranks only that day's; on other boards, each
 * left-out label's newest row, as the board ranks each model by its newest report. Only rows read
 * for this benchmark are placed (a file shared by several benchmarks records one score per row), and
 * only rows left out for their model alone (`unknown-model`): a row refused for a bad cell or as a
 * duplicate is counted, not placed, as its figures are what is in doubt.
 * Rows dated after the board's `asOf` are not counted (the board as it stood, for a digest).
 * Undefined when nothing of this version is left out.
 * @example leftOutNote(board, rows)?.aboveLeader // [{ model: "gemini-exp-1114", score: 1344.2, wouldRank: 1, ... }]
 */
export function leftOutNote(board: Board, rows: readonly LeftOutRowLike[], { top = LEFT_OUT_TOP }: { top?: number } = {}): LeftOutNote | undefined {
  const b = board.benchmark;
  const asOf = board.asOf && dayOf(board.asOf);
  const mine = rows.filter((r) => r.version === b.version && !(asOf && r.date && dayOf(r.date) > asOf));
  if (mine.length === 0) return undefined;
  const unknown = mine.filter((r) => r.cause === "unknown-model");
  const day = board.listedDay ?? board.latestRanked;
  const scored = mine.filter((r): r is LeftOutRowLike & { model: string; scoreValue: number } => r.cause === "unknown-model" && r.benchmark === b.id && r.model !== undefined && r.scoreValue !== undefined);
  let compared: typeof scored;
  if (board.listedDay) {
    compared = scored.filter((r) => r.date !== undefined && dayOf(r.date) === dayOf(board.listedDay!));
  } else {
    // Each label's newest row, as the board ranks each model by its newest report; on one day the
    // better score, as the board ranks the better of two runs (`run_id`: Epoch's two gpt-5-mini
    // runs with Terminus 2, 30.8% and 30.0%, whichever line comes first).
    const newest = new Map<string, (typeof scored)[number]>();
    const outscores = (a: number, than: number) => (b.direction === "lower" ? a < than : a > than);
    for (const r of scored) {
      const key = `${r.model}\u0000${r.setting ?? ""}`;
      const had = newest.get(key);
      const [day, hadDay] = [r.date?.getTime() ?? 0, had?.date?.getTime() ?? 0];
      if (!had || day > hadDay || (day === hadDay && outscores(r.scoreValue, had.scoreValue))) newest.set(key, r);
    }
    compared = [...newest.values()];
  }
  type Item = { kind: "board"; score: number } | { kind: "left-out"; score: number; row: (typeof scored)[number] };
  const items: Item[] = [...board.entries.map((e): Item => ({ kind: "board", score: e.score.value })), ...compared.map((row): Item => ({ kind: "left-out", score: row.scoreValue, row }))];
  const contender = (row: (typeof scored)[number], rank: number): LeftOutContender => ({ model: row.model, ...(row.setting && { setting: row.setting }), score: row.scoreValue, wouldRank: rank, ...(row.date && { date: row.date }) });
  const placed = rankByScore(items, (i) => i.score, b.direction).flatMap(({ item, rank }) => (item.kind === "left-out" ? [contender(item.row, rank)] : []));
  const contenders = placed.filter((c) => c.wouldRank <= top);
  const leader = board.entries.find((e) => e.rank === 1)?.score.value;
  const better = (s: number) => leader === undefined || (b.direction === "lower" ? s < leader : s > leader);
  return {
    rows: mine.length,
    unknownModelRows: unknown.length,
    unknownModelNames: new Set(unknown.map((r) => r.model)).size,
    otherRows: mine.length - unknown.length,
    days: new Set(mine.map((r) => (r.date ? dayOf(r.date) : ""))).size,
    ...(board.listedDay && { dayRows: mine.filter((r) => r.date && dayOf(r.date) === dayOf(board.listedDay!)).length }),
    ...(day && { day }),
    contenders,
    aboveLeader: contenders.filter((c) => better(c.score)),
    ...(placed.length > 0 && { best: placed[0] }),
  };
}

const count = (n: number) => n.toLocaleString("en-US");

/**
 * The board page's sentence on what it does not rank. Rows of more than one day are counted over
 * the table's history, and on a whole-board listing so many of them are of the board's day: a
 * board of one day beside "8,933 rows" read as 8,933 rows missing from that day.
 * @example leftOutText(note, "LMArena Text (history)") // "Not ranked here: 8,933 rows of LMArena Text (history)'s table over its history (143 on 2025-02-27, the board's day), for 153 model names not in the model registry."
 */
export function leftOutText(note: Pick<LeftOutNote, "rows" | "unknownModelRows" | "unknownModelNames" | "otherRows"> & Partial<Pick<LeftOutNote, "days" | "dayRows" | "day">>, publisher: string): string {
  const parts: string[] = [];
  if (note.unknownModelRows) parts.push(`${note.otherRows ? `${count(note.unknownModelRows)} ` : ""}for ${count(note.unknownModelNames)} model name${note.unknownModelNames === 1 ? "" : "s"} not in the model registry`);
  if (note.otherRows) parts.push(`${note.unknownModelRows ? `${count(note.otherRows)} ` : ""}refused by the import (a bad cell, a duplicate)`);
  const onDay = note.dayRows !== undefined && note.day ? ` (${note.dayRows ? count(note.dayRows) : "none"} on ${formatDate(note.day, "iso")}, the board's day)` : "";
  const history = (note.days ?? 1) > 1 ? ` over its history${onDay}` : "";
  return `Not ranked here: ${count(note.rows)} row${note.rows === 1 ? "" : "s"} of ${publisher}'s table${history}, ${parts.join(", and ")}.`;
}

/**
 * The board page's lead-in to its list of contenders: the day, how many would place in its top
 * rows, and how many above its first row.
 * @example contendersLead(note) // "On 2025-02-27, the board's day, 6 of them would place in its top 10, 3 above its first row:"
 */
export function contendersLead(note: Pick<LeftOutNote, "day" | "contenders" | "aboveLeader">, top = LEFT_OUT_TOP): string {
  const howMany = (n: number) => (n === 1 ? "one" : String(n));
  const above = note.aboveLeader.length ? `, ${howMany(note.aboveLeader.length)} above its first row` : "";
  const who = note.contenders.length === 1 ? "one of them" : `${note.contenders.length} of them`;
  return `${note.day ? `On ${formatDate(note.day, "iso")}, the board's day, ${who}` : `${who.charAt(0).toUpperCase()}${who.slice(1)}`} would place in its top ${top}${above}:`;
}

/**
 * A contender in words: its label, score, and the rank it would take.
 * @example contenderText({ model: "gemini-exp-1114", score: 1344.2, wouldRank: 1 }, "elo") // "gemini-exp-1114: 1,344, would rank 1"
 */
export function contenderText(c: LeftOutContender, unit: Parameters<typeof formatScore>[1]): string {
  return `${c.model}${c.setting ? ` (${c.setting})` : ""}: ${formatScore(c.score, unit)}, would rank ${c.wouldRank}`;
}

/**
 * The digest's words for a week whose first place a left-out row outscored: who, by how much, on what day.
 * @example outscoredText(note, "elo") // "gemini-exp-1114 (1,344), not in the model registry, rated higher than the first row here on 2024-11-13"
 */
export function outscoredText(aboveLeader: readonly LeftOutContender[], unit: Parameters<typeof formatScore>[1], day?: Date): string {
  const names = aboveLeader.map((c) => `${c.model}${c.setting ? ` (${c.setting})` : ""} (${formatScore(c.score, unit)})`).join(", ");
  return `${names}, not in the model registry, rated higher than the first row here${day ? ` on ${formatDate(day, "iso")}` : ""}`;
}
