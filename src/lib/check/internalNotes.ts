import { firstOf } from "../format/listOf";
import type { Result } from "../../schemas/result";
import type { Finding } from "./findings";

/** Lines listed in the message; `places` (and `--json`) hold them all. */
const LISTED_LINES = 8;

/**
 * An editor's tag at the start of a note: a lowercase word and a colon, then a space
 * (`tier: reddit-post`, `todo: check`). A publisher's caveat reads as a sentence ("Unknown thinking
 * token budget", "Announcement clarifies this is with no thinking: https://...").
 */
const TAG = /^([a-z][a-z0-9_-]*):\s+\S/;

/**
 * A warning for each results file and tag whose `note` cells start like an editor's tag (`tier:`):
 * notes are a caveat for readers, shown under the board, on the model's page, in the data changes
 * and in the board's download, so an internal tag there is published. The editors' column for what
 * readers should not see is `editor_note`, which the site never loads. One finding per (file, tag),
 * at its first row; `column` is the file's own header for the note (`Notes` in a mapped file).
 * @example internalNoteFindings(results, (file) => "note")
 * // [{ file: "data/results/aa.csv", line: 2, column: "note", code: "note-looks-internal", message: 'the note "tier: reddit-post" (and 15 more starting "tier:", lines 2, 5, ...) reads like an editor\'s tag, ...' }]
 */
export function internalNoteFindings(
  results: readonly Result[],
  noteColumnOf: (file: string) => string,
): Finding[] {
  const groups = new Map<string, { tag: string; rows: Result[] }>();
  for (const r of results) {
    const tag = r.note && TAG.exec(r.note)?.[1];
    if (!tag) continue;
    const key = `${r.file}\u0000${tag}`;
    const group = groups.get(key) ?? { tag, rows: [] };
    group.rows.push(r);
    groups.set(key, group);
  }
  return [...groups.values()].map(({ tag, rows }) => {
    const sorted = rows.slice().sort((a, b) => a.line - b.line);
    const first = sorted[0];
    const lines = sorted.map((r) => r.line);
    const listed = firstOf(lines, LISTED_LINES);
    const column = noteColumnOf(first.file);
    const where = `the note "${first.note}"${rows.length === 1 ? "" : ` (and ${rows.length - 1} more starting "${tag}:", lines ${listed})`}`;
    return {
      file: first.file,
      line: first.line,
      column,
      severity: "warning" as const,
      code: "note-looks-internal",
      message: `${where} reads like an editor's tag, and a note is shown to readers: under the board, on the model's page, in the data changes and in the board's download. Keep in ${column} only a caveat for readers; move what is for editors to an editor_note column (the site never shows it: docs/editing.md#notes-for-readers-and-for-editors)`,
      places: sorted.map((r) => ({ file: r.file, line: r.line })),
    };
  });
}
