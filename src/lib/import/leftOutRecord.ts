import { isBenchmarkVersion } from "../../schemas/benchmark";
import { parseDateCell, parseNumberCell } from "../../schemas/cells";
import type { ColumnMap } from "../../schemas/columnMap";
import { parseDateWithFormat } from "../../schemas/dateFormat";
import { LEFT_OUT_HEADER, type LeftOutCause } from "../../schemas/leftOut";
import { mappedCell } from "../csv/validateRows";
import { writeCsv } from "./mergeResults";

/**
 * One row of a left-out record (`data/results/<name>.left-out.csv`) as the import writes it: every
 * cell a string, as in the file (see `LeftOutRowSchema` in src/schemas/leftOut.ts).
 */
export interface LeftOutEntry {
  benchmark: string;
  version: string;
  /** `YYYY-MM-DD`, or empty: the row had no date and the import was given none. */
  date: string;
  /** The publisher's model label as written (empty when the row had none). */
  model: string;
  setting: string;
  /** The publisher's id of the row's run, read through the map's `run_id` (empty when the table has none, or for a record written before the column). */
  run_id: string;
  /** The score as the publisher wrote it. */
  score: string;
  cause: LeftOutCause;
  reason: string;
}

/** How the import read the publisher's rows: what a row's cells mean. */
export interface LeftOutReading {
  /** The benchmark the rows were read for (with `--metrics`, the first). */
  benchmark: string;
  /** The map the rows were read through (the publisher's headers). */
  map: ColumnMap;
  /** The version of rows that name none (`--version`, or the file's only one). */
  version: string;
  /** The date of rows without one (`--as-of`), as given. */
  asOf?: string;
}

/**
 * The publisher's row as a left-out entry: its version, date, model label, setting and score read
 * through the map as the import read them (the date as an ISO day; a row without one takes the
 * import's `--as-of`), and why it was left out. `unknownModel` says the model was the reason; a
 * row whose score does not read as a number is recorded as `other` even then, as it could not be
 * ranked once the model is added.
 * @example leftOutEntry({ model: "gemini-exp-1114", score: "1344.4", evaluated_at: "20241114" }, reading, 'unknown model "gemini-exp-1114"', "gemini-exp-1114")
 * // { benchmark: "lmarena-history", version: "v1", date: "2024-11-14", model: "gemini-exp-1114", setting: "", run_id: "", score: "1344.4", cause: "unknown-model", reason: ... }
 */
export function leftOutEntry(cells: Record<string, string>, reading: LeftOutReading, reason: string, unknownModel?: string): LeftOutEntry {
  const row = { cells };
  const text = (column: string) => (mappedCell(row, column, reading.map) ?? "").trim();
  const version = isBenchmarkVersion(text("version")) ? text("version") : reading.version;
  const score = text("score");
  const scoreReads = score === "" || parseNumberCell(score).ok;
  return {
    benchmark: reading.benchmark,
    version,
    date: dayOf(text("evaluated_at"), reading.map.dateFormat) ?? dayOf(reading.asOf ?? "") ?? "",
    model: text("model"),
    setting: text("setting"),
    run_id: text("run_id"),
    score,
    cause: unknownModel !== undefined && text("model") !== "" && scoreReads ? "unknown-model" : "other",
    // One line in the record: a reason never holds a line break the reader would have to unwrap.
    reason: reason.replace(/\s*\r?\n\s*/g, " ").trim() || "the row does not load",
  };
}

/** Whether the publisher's row has a date of its own (else it is dated by the import's `--as-of`, or not at all). */
export function hasOwnDate(cells: Record<string, string>, reading: Pick<LeftOutReading, "map">): boolean {
  return (mappedCell({ cells }, "evaluated_at", reading.map) ?? "").trim() !== "";
}

/**
 * A row without a date of its own is dated by the table it came in (`--as-of`): the same figure
 * given again in a later table (Epoch's file downloaded again, unchanged) is the row the record
 * holds, as an unchanged row of the results file is left as it is, never re-dated. Returns a
 * function that gives an entry the date of the newest entry of the record with the same version,
 * label, setting and score (`leftOutUndatedKey`) and run, or returns it as it is when the record
 * has none. The same run: the same run id; or the entry names none (a table without run ids); or
 * the record's line names none (written before the run_id column) and the run has no line of its
 * own in the record, and that line has not dated another run of this import already: a line
 * without a run id is one run, so two runs of one table that now give the figure it holds (one of
 * them changed to it) do not both take its date.
 */
export function recordedDating(existing: readonly LeftOutEntry[]): (entry: LeftOutEntry) => LeftOutEntry {
  const own = new Set(existing.filter((e) => e.run_id !== "").map(runOfVersion));
  const lent = new Set<LeftOutEntry>();
  const byKey = new Map<string, LeftOutEntry[]>();
  for (const e of existing) byKey.set(leftOutUndatedKey(e), [...(byKey.get(leftOutUndatedKey(e)) ?? []), e]);
  return (entry) => {
    const same = (byKey.get(leftOutUndatedKey(entry)) ?? [])
      .filter((e) => entry.run_id === "" || e.run_id === entry.run_id || (e.run_id === "" && !own.has(runOfVersion(entry)) && !lent.has(e)))
      .sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0))[0];
    if (!same) return entry;
    if (same.run_id === "" && entry.run_id !== "") lent.add(same);
    return { ...entry, date: same.date };
  };
}

/** `recordedDating` for one entry. */
export function asRecorded(entry: LeftOutEntry, existing: readonly LeftOutEntry[]): LeftOutEntry {
  return recordedDating(existing)(entry);
}

/** `raw` as an ISO day (`2024-11-14`), read as the map's `date_format` says; undefined when it does not read. */
function dayOf(raw: string, format?: string): string | undefined {
  if (raw.trim() === "") return undefined;
  const parsed = format ? parseDateWithFormat(raw, format) : parseDateCell(raw);
  return parsed.ok ? parsed.value.toISOString().slice(0, 10) : undefined;
}

/**
 * What makes two entries one publisher row: version, date, model label, setting as written and the
 * publisher's run id (two runs Epoch lists apart only by their id are two rows; empty when the
 * table has none). Not the score (a row recorded again after the publisher corrected it replaces
 * its old record) and not the benchmark (a file shared by several benchmarks, `--metrics`, imports
 * a row for all). The loader refuses a record with two lines of one key (src/lib/data/loadLeftOut.ts).
 */
export function leftOutKey(e: Pick<LeftOutEntry, "version" | "date" | "model" | "setting" | "run_id">): string {
  return JSON.stringify([e.version, e.date, e.model, e.setting, e.run_id]);
}

/**
 * The key of an entry's row whatever its run: `leftOutKey` with the run id left empty. A line of the
 * record without a run id (written before the record had the column, or by a table without one) is
 * matched by it: it is the row this import reads at that version, date, model and setting.
 */
export function leftOutRunlessKey(e: Pick<LeftOutEntry, "version" | "date" | "model" | "setting">): string {
  return leftOutKey({ ...e, run_id: "" });
}

/**
 * The key an entry without a date is matched by once its row reads with one: version, model label,
 * setting and score as written. A row left out for a date cell that does not read (`2025O221`) is
 * recorded without a date; once the editor fixes the cell in the rejects file, the row imports (or
 * is left out again) with its date, and is still this row: the same label, setting and score.
 */
export function leftOutUndatedKey(e: Pick<LeftOutEntry, "version" | "model" | "setting" | "score">): string {
  return JSON.stringify(["undated", e.version, e.model, e.setting, e.score]);
}

/**
 * The entries an import leaves out, one per row of the record (`leftOutKey`): a table that lists one
 * row twice with nothing to tell the two apart (the same version, date, model and setting, and no
 * run id or the same one) gives one line, the first's, whose reason says which lines of `file` it stands for, so
 * that the record never holds one key twice (the loader refuses it) and never hides the second
 * line. Both lines stay in the rejects file, and the import printed both.
 * @example onePerRow([{ line: 43, entry: a }, { line: 48, entry: b }], "tb.csv")[0].reason // '...; listed 2 times in tb.csv (lines 43, 48) ...'
 */
export function onePerRow(read: readonly { line: number; entry: LeftOutEntry }[], file: string): LeftOutEntry[] {
  const byKey = new Map<string, { line: number; entry: LeftOutEntry }[]>();
  for (const r of read) byKey.set(leftOutKey(r.entry), [...(byKey.get(leftOutKey(r.entry)) ?? []), r]);
  return [...byKey.values()].map((same) => {
    const [first] = same;
    if (same.length === 1) return first.entry;
    const lines = same.map((r) => r.line).join(", ");
    const scores = same.map((r) => r.entry.score || "no score").join(", ");
    const apart = first.entry.run_id ? `the same run id, ${first.entry.run_id}` : "no run id";
    const why = `listed ${same.length} times in ${file} (lines ${lines}; scores ${scores}) with nothing to tell them apart (${apart}): recorded once, with line ${first.line}'s score; map the column that tells them apart (--map "run_id=<column>") to record each`;
    return { ...first.entry, reason: `${first.entry.reason}; ${why}` };
  });
}

/** A record after an import, and what changed in it. */
export interface LeftOutMerge {
  entries: LeftOutEntry[];
  /** Entries of the record before that this import imported: removed. */
  removed: number;
  /** Entries this import left out that the record did not hold. */
  added: number;
  /** Entries this import left out again: replaced by the new reading (no duplicate). */
  replaced: number;
  /**
   * Of those, the ones whose score the new reading changes (the publisher corrected a row it still
   * lists): the record's old score is replaced, so the import's line says how many, not silently.
   */
  rescored: number;
  /**
   * Lines of a record written before its run_id column that name one row (version, date, model,
   * setting) and that this import neither reads again nor imports: kept as one line each, whose
   * reason names every score (`foldRunless`), so that the record the import writes, with the
   * column, holds no key twice. How many lines were folded into others.
   */
  folded: number;
  /**
   * Lines of the record this import neither read again nor imported, kept as they were (after
   * `foldRunless`: as many as the record holds): rows of the
   * publisher's table that this file does not list (a rejects file holds only some; a whole table
   * may no longer list a row under that label or on that day). Counted, so that the import says so.
   */
  kept: number;
}

/**
 * The record after an import: the entries it held, less those whose row this import imported
 * (`imported`: the rows it wrote, read as left-out entries, with the dates the record holds them
 * at: `recordedDating`) or left out again (an entry without a date: the same row read with its
 * date; an entry without a run id, written before the record had the column: the one run this
 * import reads it as, `pairRunless`), plus the rows it left out. Nothing else is removed: a row of
 * the record that this table does not list at all (a rejects file holds only some rows) stays.
 * Sorted by version, date, model, setting and run id, so that the file diffs cleanly.
 */
export function mergeLeftOut(existing: readonly LeftOutEntry[], { leftOut, imported }: { leftOut: readonly LeftOutEntry[]; imported: readonly LeftOutEntry[] }): LeftOutMerge {
  const importedKeys = new Set(imported.map(leftOutKey));
  const importedUndated = new Set(imported.map(leftOutUndatedKey));
  const leftOutKeys = new Set(leftOut.map(leftOutKey));
  const scoreOf = new Map(leftOut.map((e) => [leftOutKey(e), e.score]));
  // Each line of the record that names no run, paired with at most one run this import reads
  // (left out again or imported): `pairRunless`.
  const runless = pairRunless(existing, [...leftOut, ...imported]);
  const importedEntries = new Set(imported);
  // An entry recorded without a date (its date cell did not read) is the row this import reads
  // with a date, when label, setting and score are the same (`leftOutUndatedKey`).
  const datedLeftOut = new Set(leftOut.filter((e) => e.date !== "").map(leftOutUndatedKey));
  let removed = 0;
  let replaced = 0;
  let rescored = 0;
  const kept: LeftOutEntry[] = [];
  const had = new Set<string>();
  for (const e of existing) {
    const key = leftOutKey(e);
    const undated = e.date === "" ? leftOutUndatedKey(e) : undefined;
    const paired = e.run_id === "" && !leftOutKeys.has(key) && !importedKeys.has(key) ? runless.get(e) : undefined;
    const again = leftOutKeys.has(key) ? key : paired && !importedEntries.has(paired) ? leftOutKey(paired) : undefined;
    if (again !== undefined) {
      if ((leftOutKeys.has(key) && scoreOf.get(key) !== e.score) || (paired && paired.score !== e.score)) rescored++;
      if (!had.has(again)) replaced++;
      had.add(again);
    } else if (importedKeys.has(key) || paired || (undated !== undefined && importedUndated.has(undated))) removed++;
    else if (undated !== undefined && datedLeftOut.has(undated)) replaced++;
    else kept.push(e);
  }
  const added = [...leftOutKeys].filter((k) => !had.has(k)).length;
  const { entries: once, folded } = foldRunless(kept);
  const order = (e: LeftOutEntry) => [e.version, e.date, e.model.toLowerCase(), e.setting, e.run_id, e.benchmark];
  const entries = [...once, ...leftOut].sort((a, b) => {
    const [x, y] = [order(a), order(b)];
    for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return x[i] < y[i] ? -1 : 1;
    return 0;
  });
  return { entries, removed, added, replaced, rescored, folded, kept: once.length };
}

/** A run of a version: the publisher's run id is unique within its table. */
const runOfVersion = (e: Pick<LeftOutEntry, "version" | "run_id">) => JSON.stringify([e.version, e.run_id]);

/**
 * The lines of a record written before its run_id column (they name no run) that this import reads
 * again, each with the run it reads it as. A line is one run of its version, date, model and
 * setting, never all of them: first a run with its score (the row given again), then, of the runs
 * left, one whose score changed (the publisher corrected it at the same date: a new score, counted
 * as such). A run that has a line of its own in the record (written with its id) is never read as
 * a line without one: that line is its row. A line no run is left for stays in the record as it
 * is: the table lists that run elsewhere or not at all (a changed figure of an undated row is
 * dated by the later table, so its earlier line is not read again), and an earlier line is never
 * dropped for another run's.
 */
function pairRunless(existing: readonly LeftOutEntry[], reading: readonly LeftOutEntry[]): Map<LeftOutEntry, LeftOutEntry> {
  const pairs = new Map<LeftOutEntry, LeftOutEntry>();
  const own = new Set(existing.filter((e) => e.run_id !== "").map(runOfVersion));
  const runs = new Map<string, LeftOutEntry[]>();
  for (const e of reading) if (e.run_id !== "" && !own.has(runOfVersion(e))) runs.set(leftOutRunlessKey(e), [...(runs.get(leftOutRunlessKey(e)) ?? []), e]);
  const lines = existing.filter((e) => e.run_id === "" && runs.has(leftOutKey(e)));
  for (const sameScore of [true, false]) {
    for (const line of lines) {
      if (pairs.has(line)) continue;
      const left = runs.get(leftOutKey(line)) ?? [];
      const at = left.findIndex((run) => !sameScore || run.score === line.score);
      if (at < 0) continue;
      pairs.set(line, left[at]);
      left.splice(at, 1);
    }
  }
  return pairs;
}

/**
 * Kept lines of an old record (no run_id column) that share one key: runs only a run id tells
 * apart, which the record could not say then. The loader reads such an old file as it is (and
 * `check` warns); but once the import writes the file with the column, two lines of one key are
 * a duplicate it refuses. So they are kept as one line, with the first line's score, as
 * `onePerRow` keeps a row a table lists twice, and the reason names every score: nothing is lost,
 * and nothing the table no longer lists is made up.
 */
function foldRunless(kept: readonly LeftOutEntry[]): { entries: LeftOutEntry[]; folded: number } {
  const byKey = new Map<string, LeftOutEntry[]>();
  for (const e of kept) byKey.set(leftOutKey(e), [...(byKey.get(leftOutKey(e)) ?? []), e]);
  let folded = 0;
  const entries = [...byKey.values()].map((same) => {
    const [first] = same;
    if (same.length === 1) return first;
    folded += same.length - 1;
    const scores = same.map((e) => e.score || "no score").join(", ");
    return { ...first, reason: `${first.reason}; recorded ${same.length} times before the record had a run_id column (scores ${scores}), runs the publisher's table no longer lists with their ids: kept once, with the first score` };
  });
  return { entries, folded };
}

/** The entries of a record's rows as the file holds them (cells by header). */
export function leftOutEntries(rows: readonly Record<string, string>[]): LeftOutEntry[] {
  return rows.map((cells) => ({
    benchmark: cells.benchmark ?? "",
    version: cells.version ?? "",
    date: cells.date ?? "",
    model: cells.model ?? "",
    setting: cells.setting ?? "",
    // A record written before the column: its lines name no run.
    run_id: cells.run_id ?? "",
    score: cells.score ?? "",
    cause: (cells.cause ?? "other") as LeftOutCause,
    reason: cells.reason ?? "",
  }));
}

/** A record's text: its header and one line per entry (the header alone when every row was imported since). */
export function leftOutCsv(entries: readonly LeftOutEntry[]): string {
  return writeCsv(LEFT_OUT_HEADER, entries as unknown as Record<string, string>[], "\n");
}
