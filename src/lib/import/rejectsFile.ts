import type { CsvTable } from "../csv/readCsv";

/** What writing an import's rows not imported over an earlier rejects file would lose. */
export type RejectsFileLoss = { kind: "none" } | { kind: "rows"; rows: number } | { kind: "unreadable" };

/**
 * The rows of a rejects file already there (`kept`, an earlier import's; undefined when it does
 * not parse) that the table being imported (`read`) does not hold as written: rows the editor
 * fixed in it, an older table's rows the publisher has changed since, or rows of another
 * publisher's file of the same name. Writing this import's rejects over it would lose them. Each
 * row is compared on the rejects file's own columns, so a wide table's rejects (its date and some
 * model columns) compare with the same columns of the table read; a column the table does not have
 * loses every row.
 * @example rejectsFileLoss(kept, read) // { kind: "rows", rows: 1 }
 */
export function rejectsFileLoss(kept: CsvTable | undefined, read: CsvTable): RejectsFileLoss {
  if (!kept) return { kind: "unreadable" };
  if (kept.header.some((h) => !read.header.includes(h))) return kept.rows.length ? { kind: "rows", rows: kept.rows.length } : { kind: "unreadable" };
  const project = (cells: Readonly<Record<string, string>>) => JSON.stringify(kept.header.map((h) => cells[h] ?? ""));
  const held = new Set(read.rows.map((r) => project(r.cells)));
  const rows = kept.rows.filter((r) => !held.has(project(r.cells))).length;
  return rows === 0 ? { kind: "none" } : { kind: "rows", rows };
}
