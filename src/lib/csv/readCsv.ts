import Papa from "papaparse";
import { hexBytes, invalidUtf8Runs } from "../encoding/invalidUtf8Runs";
import { InputError, type Problem } from "../errors";
import { findForbiddenCharacter, forbiddenCharacterMessage } from "../../schemas/text";

/** One data row of a CSV file, cells keyed by header name, with the file's own line number. */
export interface CsvRow {
  /** 1-based line of the file where the row starts (the header is line 1). */
  line: number;
  /** Raw cell strings keyed by header name; never coerced. */
  cells: Record<string, string>;
}

/** The raw table: header names and rows. */
export interface CsvTable {
  file: string;
  header: string[];
  /** Line of the header (1 unless the file starts with blank lines). */
  headerLine: number;
  rows: CsvRow[];
  /**
   * Lines of the data rows that `parseCsv` reported and left out of `rows` (a cell count unlike
   * the header's, a broken quote): with them the file has data rows even when `rows` is empty, so
   * that a file whose only row is broken is not also called header-only. Absent means none.
   */
  unreadLines?: number[];
}

/** Counts line breaks (CRLF, LF or CR) in `text` between `from` and `to`. */
function countLineBreaks(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) n++;
    else if (c === 13 && text.charCodeAt(i + 1) !== 10) n++;
  }
  return n;
}

/**
 * Decodes file bytes as strict UTF-8. Latin-1 or other non-UTF-8 bytes are refused, not turned
 * silently into U+FFFD: each cell holding some is reported like any bad cell, at the line of its
 * first bad byte, with its column and the byte's character on that line (`notUtf8Problems`).
 * A byte-order mark is dropped, unless `keepBom` (a file that is written back, as it was).
 */
export function decodeUtf8(bytes: Uint8Array, file: string, { keepBom = false }: { keepBom?: boolean } = {}): string {
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: keepBom }).decode(bytes);
  } catch {
    throw new InputError(notUtf8Problems(bytes, file));
  }
}

/**
 * One problem for each CSV cell that holds bytes which are not UTF-8 (a file saved as Latin-1
 * has one per accented cell), named as `parseCsv` names cells: the column of a data cell, the
 * number of a header cell. The file is decoded leniently, each bad run standing as one U+FFFD
 * (invalidUtf8Runs.ts), and walked once with the quoting rules of the parser, so that a comma or
 * line break inside quotes is part of its cell; the header is the first record that is not blank.
 */
function notUtf8Problems(bytes: Uint8Array, file: string): Problem[] {
  // ignoreBOM keeps a byte-order mark in the text: skipped here once, so that pieces cut at a bad
  // byte decode as the whole file would.
  const decoder = new TextDecoder("utf-8", { ignoreBOM: true });
  let from = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  let text = "";
  const bad: { at: number; bytes: Uint8Array }[] = [];
  for (const run of invalidUtf8Runs(bytes)) {
    text += decoder.decode(bytes.subarray(from, run.at));
    bad.push({ at: text.length, bytes: bytes.subarray(run.at, run.at + run.length) });
    text += "\uFFFD";
    from = run.at + run.length;
  }
  text += decoder.decode(bytes.subarray(from));

  const problems: Problem[] = [];
  let header: string[] | undefined;
  let fields: string[] = [];
  let record = 0;
  let line = 1;
  let lineStart = 0;
  let fieldStart = 0;
  let inQuotes = false;
  let next = 0;
  let reportedCell = "";
  const lineBreak = (i: number): number => {
    // CRLF is one break.
    const end = text[i] === "\r" && text[i + 1] === "\n" ? i + 1 : i;
    line++;
    lineStart = end + 1;
    return end;
  };
  for (let i = 0; i <= text.length; i++) {
    if (next < bad.length && bad[next].at === i) {
      const field = fields.length;
      // One problem a cell: its first bad run.
      if (reportedCell !== `${record}:${field}`) {
        reportedCell = `${record}:${field}`;
        const found = `expected UTF-8 text, found ${bad[next].bytes.length === 1 ? "the byte" : "the bytes"} ${hexBytes(bad[next].bytes)} at character ${[...text.slice(lineStart, i)].length + 1} of the line, which is not UTF-8 (save the file as UTF-8)`;
        const name = header?.[field];
        if (!header) problems.push({ file, line, message: `header cell ${field + 1}: ${found}` });
        else if (name) problems.push({ file, line, column: name, message: found });
        else problems.push({ file, line, message: `cell ${field + 1} (the header has ${header.length}): ${found}` });
      }
      next++;
    }
    const c = text[i];
    if (inQuotes) {
      if (c === '"') {
        if (text[i + 1] === '"') i++;
        else inQuotes = false;
      } else if (c === "\n" || c === "\r") i = lineBreak(i);
      continue;
    }
    if (c === '"' && i === fieldStart) inQuotes = true;
    else if (c === ",") {
      fields.push(text.slice(fieldStart, i));
      fieldStart = i + 1;
    } else if (c === "\n" || c === "\r" || c === undefined) {
      fields.push(text.slice(fieldStart, i));
      if (!header && fields.some((f) => f.trim() !== "")) header = fields.map((f) => unquote(f.trim()).trim());
      fields = [];
      record++;
      if (c !== undefined) i = lineBreak(i);
      fieldStart = i + 1;
    }
  }
  return problems;
}

/** A header cell as written (`"a ""b"""`) as the parser reads it (`a "b"`). */
function unquote(cell: string): string {
  return cell.length >= 2 && cell.startsWith('"') && cell.endsWith('"') ? cell.slice(1, -1).replaceAll('""', '"') : cell;
}

/**
 * Parses CSV text into header + rows with papaparse, keeping every cell a string and recording
 * each row's line. Accepts a UTF-8 BOM, CRLF, quoted fields with commas, quotes and newlines,
 * and blank lines (skipped). Throws `InputError` for an empty file, unterminated quotes, duplicate
 * or empty header names, and rows whose cell count differs from the header's; a header without
 * data rows is allowed here (callers decide).
 */
export function readCsv(input: string, file: string, options: ParseCsvOptions = {}): CsvTable {
  const { table, problems } = parseCsv(input, file, options);
  if (problems.length || !table) throw new InputError(problems, `Cannot read ${file}`);
  return table;
}

/** How `parseCsv` reads a file. */
export interface ParseCsvOptions {
  /** The name of an empty first header cell (a wide table's unnamed date column). */
  emptyFirstHeader?: string;
  /**
   * Whether a column's cell may be left empty (from the file's schema): a row short of cells whose
   * missing trailing columns all may be is told so, with the commas it lacks. @example (c) => c !== "id"
   */
  emptyAllowed?: (column: string) => boolean;
}

/**
 * `readCsv` that keeps going: every problem is returned, with the rows that are whole (a row whose
 * cell count is wrong is reported and left out). `table` is undefined when there is no usable
 * header (an empty file, an empty or repeated header name; `emptyFirstHeader` names an empty first one).
 */
export function parseCsv(input: string, file: string, { emptyFirstHeader, emptyAllowed }: ParseCsvOptions = {}): { table?: CsvTable; problems: Problem[] } {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const problems: Problem[] = [];
  const records: { line: number; fields: string[] }[] = [];
  let start = 0;
  // Line breaks before `start` are counted once, as rows go by: counting from 0 for every row made
  // a results file of a few thousand rows cost seconds (docs/performance.md).
  let line = 1;
  let counted = 0;
  // step mode exposes meta.cursor (the offset after each row), which gives the row's first line
  // even when quoted fields span several lines.
  Papa.parse<string[]>(text, {
    delimiter: ",",
    quoteChar: '"',
    skipEmptyLines: false,
    step: (result) => {
      line += countLineBreaks(text, counted, start);
      counted = start;
      for (const err of result.errors) {
        if (err.type === "Quotes") {
          problems.push({ file, line, message: "unterminated quoted field (a \" opens a cell that never closes)" });
        } else {
          problems.push({ file, line, message: err.message });
        }
      }
      records.push({ line, fields: result.data });
      start = result.meta.cursor;
      // Skip the line break that ends this row so the next row's line is right.
      if (text[start] === "\r") start++;
      if (text[start] === "\n") start++;
    },
  });
  const isBlank = (fields: string[]) => fields.every((f) => f.trim() === "");
  const nonBlank = records.filter((r) => !isBlank(r.fields));
  if (nonBlank.length === 0) {
    return { problems: [...problems, { file, line: 1, message: "the file is empty; expected a header line" }] };
  }
  const [headerRecord, ...dataRecords] = nonBlank;
  const header = headerRecord.fields.map((h) => h.trim());
  // A wide table's first column is often unnamed (pandas writes its index so): a caller may name it.
  if (emptyFirstHeader !== undefined && header[0] === "") header[0] = emptyFirstHeader;
  const seen = new Map<string, number>();
  header.forEach((name, i) => {
    const bad = findForbiddenCharacter(name);
    if (bad) problems.push({ file, line: headerRecord.line, message: `header cell ${i + 1} ${forbiddenCharacterMessage(bad)}` });
    if (name === "") problems.push({ file, line: headerRecord.line, message: `header cell ${i + 1} is empty; every column needs a name` });
    else if (seen.has(name)) problems.push({ file, line: headerRecord.line, column: name, message: "this column name appears twice in the header" });
    seen.set(name, i);
  });
  const headerOk = problems.length === 0 || problems.every((p) => p.line !== headerRecord.line);
  const rows: CsvRow[] = [];
  const unreadLines: number[] = [];
  const brokenLines = new Set(problems.map((p) => p.line));
  for (const record of dataRecords) {
    if (record.fields.length !== header.length) {
      unreadLines.push(record.line);
      // A row whose quoting is broken is reported once, for its quote.
      if (brokenLines.has(record.line)) continue;
      problems.push({
        file,
        line: record.line,
        message: `expected ${header.length} cells as in the header, found ${record.fields.length}${shortRowHint(header, record.fields.length, emptyAllowed)}`,
      });
      continue;
    }
    const cells: Record<string, string> = {};
    header.forEach((name, i) => {
      cells[name] = record.fields[i];
      // NUL and other control characters: refused, not stripped (src/schemas/text.ts).
      const bad = findForbiddenCharacter(record.fields[i]);
      if (bad) problems.push({ file, line: record.line, column: name, message: forbiddenCharacterMessage(bad) });
    });
    rows.push({ line: record.line, cells });
  }
  return { table: headerOk ? { file, header, headerLine: headerRecord.line, rows, unreadLines } : undefined, problems };
}

/**
 * For a row with fewer cells than the header, when every column it lacks at the end may be empty
 * (`emptyAllowed`): that they may, and the commas to add. A hand-written registry line with the
 * first six cells of eleven is the usual case. Empty otherwise: a missing cell in the middle, or a
 * required column, is not something commas fix.
 */
function shortRowHint(header: readonly string[], found: number, emptyAllowed: ((column: string) => boolean) | undefined): string {
  if (!emptyAllowed || found === 0 || found >= header.length) return "";
  const missing = header.slice(found);
  if (!missing.every(emptyAllowed)) return "";
  const n = missing.length;
  return `; the last ${n === 1 ? "column" : `${n} columns`} (${missing.join(", ")}) may be empty, but ${n === 1 ? "its cell needs its comma: end the line with a comma" : `each empty cell needs its comma: end the line with ${n} commas`}`;
}
