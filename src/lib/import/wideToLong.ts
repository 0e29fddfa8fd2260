import { parseNumberCell } from "../../schemas/cells";
import type { CsvRow, CsvTable } from "../csv/readCsv";

/** The columns of a wide table once it is long: one row per (date, model) cell. */
const LONG_HEADER = ["model", "score", "evaluated_at"] as const;

/** A wide table turned long, and what was left out. */
export interface LongTable {
  table: CsvTable;
  /** The wide table's first column (the dates). */
  dateHeader: string;
  /** Cells without a figure (empty, or one of the `missing` markers), not turned into rows. */
  skipped: number;
}

/**
 * LMArena's history shape, one row per date and one column per model (`20230508,0.0,...,1224.7`),
 * as our long shape: one row per model and date, with its score. Each long row keeps the line of
 * its date row, so that every message still points into the publisher's file. Cells that are
 * empty or equal a `missing` marker (LMArena writes `0.0` for "no rating that day") are not
 * rows; they are counted in `skipped`. A marker that is a number stands for that number however a
 * cell writes it: with `--missing 0.0`, a `0` or `0.00` cell is no rating either, not an Elo of 0.
 * @example wideToLong(table, ["0.0"]) // rows { model: "gpt-4-0314", score: "1224.7", evaluated_at: "20230508" }
 */
export function wideToLong(wide: CsvTable, missing: readonly string[] = []): LongTable {
  const [dateHeader, ...models] = wide.header;
  const markers = new Set(missing.map((m) => m.trim()));
  const numbers = new Set(missing.flatMap((m) => {
    const n = parseNumberCell(m);
    return n.ok ? [n.value] : [];
  }));
  const isMissing = (cell: string) => {
    if (markers.has(cell)) return true;
    const n = numbers.size ? parseNumberCell(cell) : undefined;
    return n !== undefined && n.ok && numbers.has(n.value);
  };
  const rows: CsvRow[] = [];
  let skipped = 0;
  for (const row of wide.rows) {
    for (const model of models) {
      const score = (row.cells[model] ?? "").trim();
      if (score === "" || isMissing(score)) {
        skipped++;
        continue;
      }
      rows.push({ line: row.line, cells: { model, score, evaluated_at: row.cells[dateHeader] } });
    }
  }
  return { table: { file: wide.file, header: [...LONG_HEADER], headerLine: wide.headerLine, rows }, dateHeader, skipped };
}

/**
 * A rejected long row's reason as the publisher's wide file reads it. The long shape's columns
 * (`model`, `score`, `evaluated_at`) are not in that file: a rating cell is in the column of its
 * model, so a bad rating or an unknown model is named by that column (`column "claude-3-opus"`,
 * which the editor finds in a header of 228 models), and the date by the file's first column.
 * `dateHeader` is that column's name as the file writes it (LMArena leaves it empty).
 * @example wideReason('column "score": expected a number, found "abc"', "claude-3-opus", "") // 'column "claude-3-opus": expected a number, found "abc"'
 */
export function wideReason(reason: string, model: string, dateHeader: string): string {
  const at = (column: string) => `column ${JSON.stringify(column)}: `;
  const date = dateHeader.trim() === "" ? "column 1 (the dates): " : at(dateHeader.trim());
  return reason.split(at(LONG_HEADER[0])).join(at(model)).split(at(LONG_HEADER[1])).join(at(model)).split(at(LONG_HEADER[2])).join(date);
}

/**
 * A column of the long shape as the wide file it came from has it, for messages about the whole
 * column (the proposed map, a date format): the dates are the file's first column (`column 1` when
 * unnamed, as LMArena leaves it, else its name as written), the models its header, the scores its
 * cells. `dateHeader` is the first header cell as the file writes it.
 * @example wideColumnName("evaluated_at", "") // "column 1"
 */
export function wideColumnName(column: string, dateHeader: string): string {
  if (column === LONG_HEADER[2]) return dateHeader.trim() === "" ? "column 1" : dateHeader.trim();
  if (column === LONG_HEADER[0]) return "the header (one column per model)";
  if (column === LONG_HEADER[1]) return "the cells (one rating per date and model)";
  return column;
}

/**
 * Rejected cells of a wide table, each message once: a problem of a date row (its date cell
 * unreadable) rejects every rating on the row with the same words, which would print once per
 * model. Grouped in first-seen order, with the models of each.
 * @example sameMessageOnce([{ text: "h.csv:6: column 1 (the dates): ...", model: "a" }, { text: "h.csv:6: column 1 (the dates): ...", model: "b" }])
 * // [{ text: "h.csv:6: column 1 (the dates): ...", models: ["a", "b"] }]
 */
export function sameMessageOnce(items: readonly { text: string; model: string }[]): { text: string; models: string[] }[] {
  const groups = new Map<string, string[]>();
  for (const { text, model } of items) groups.set(text, [...(groups.get(text) ?? []), model]);
  return [...groups].map(([text, models]) => ({ text, models }));
}

/**
 * Then each column's cells rejected in the same words on several rows (an unknown model, on every
 * date it was rated) once, at its first line, with how many ratings and which lines: one line per
 * model, not one per rating (found in review: about 200 lines of one message each for LMArena's
 * history, then "and 8,733 more"). `rows`: how many rejected cells the line stands for.
 * @example sameColumnOnce([{ text: 'h.csv:2: column "m": unknown model "m"', models: ["m"] }, { text: 'h.csv:3: column "m": unknown model "m"', models: ["m"] }])
 * // [{ text: 'h.csv:2: column "m" (2 ratings: lines 2 and 3): unknown model "m"', models: ["m"], rows: 2 }]
 */
export function sameColumnOnce(groups: readonly { text: string; models: string[] }[]): { text: string; models: string[]; rows: number }[] {
  const out: { text: string; models: string[]; rows: number; lines: number[]; at: RegExpExecArray | null }[] = [];
  const byColumn = new Map<string, (typeof out)[number]>();
  for (const g of groups) {
    // `<file>:<line>: column "<name>": <reason>`: the line apart, the rest the key.
    const at = g.models.length === 1 ? /^(.*?):(\d+): (column "(?:[^"\\]|\\.)*")(: .*)$/s.exec(g.text) : null;
    if (!at) {
      out.push({ ...g, rows: Math.max(1, g.models.length), lines: [], at: null });
      continue;
    }
    const key = `${g.models[0]}\u0000${at[1]}\u0000${at[3]}\u0000${at[4]}`;
    const seen = byColumn.get(key);
    if (seen) {
      seen.rows++;
      seen.lines.push(Number(at[2]));
      continue;
    }
    const entry = { ...g, rows: 1, lines: [Number(at[2])], at };
    byColumn.set(key, entry);
    out.push(entry);
  }
  return out.map(({ text, models, rows, lines, at }) => {
    if (!at || rows === 1) return { text, models, rows };
    // A few lines listed; more, their span (not read as every line between: found in review).
    const sorted = lines.slice().sort((a, b) => a - b);
    const where = sorted.length <= 3 ? `: lines ${sorted.slice(0, -1).join(", ")} and ${sorted.at(-1)}` : ` between lines ${sorted[0]} and ${sorted.at(-1)}`;
    return { text: `${at[1]}:${sorted[0]}: ${at[3]} (${rows} ratings${where})${at[4]}`, models, rows };
  });
}

/**
 * The part of a wide table to save as rejects, in its own shape: the date column and the column
 * of every model that had a rejected cell (every date of it, so that nothing of that model is lost).
 */
export function wideRejects(wide: CsvTable, rejectedModels: ReadonlySet<string>, dateHeaderAs = wide.header[0]): { header: string[]; rows: Record<string, string>[] } {
  const models = wide.header.slice(1).filter((m) => rejectedModels.has(m));
  // The date column keeps the publisher's own name (LMArena leaves it empty).
  const header = [dateHeaderAs, ...models];
  return { header, rows: wide.rows.map((r) => Object.fromEntries([[dateHeaderAs, r.cells[wide.header[0]] ?? ""], ...models.map((m) => [m, r.cells[m] ?? ""])])) };
}
