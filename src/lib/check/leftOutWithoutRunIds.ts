import type { LeftOutRow } from "../../schemas/leftOut";
import type { Finding } from "./findings";

/**
 * A warning for each row of a left-out record written before its `run_id` column that is on
 * several lines (the same version, date, model and setting): the loader reads such a record as it
 * is, as the lines may be runs the publisher lists apart only by their id (Epoch's two gpt-5-mini
 * runs with Terminus 2), but nothing in the file says so, and a line copied by hand would look the
 * same. Importing the publisher's table again rewrites the record with each run's id; a record
 * with the column and one key on two lines is refused by the loader instead. One finding per key,
 * at its second line.
 * @example leftOutWithoutRunIds(dataset.leftOut)
 * // [{ file: "data/results/terminal-bench.left-out.csv", line: 6, code: "left-out-without-run-ids", message: "gpt-5-mini-2025-08-07_medium (Terminus 2) v1 on 2025-11-30 is on lines 5, 6, ..." }]
 */
export function leftOutWithoutRunIds(rows: readonly Pick<LeftOutRow, "file" | "line" | "version" | "date" | "model" | "setting" | "run_id">[]): Finding[] {
  const groups = new Map<string, (typeof rows)[number][]>();
  for (const r of rows) {
    if (r.run_id !== undefined) continue;
    const key = JSON.stringify([r.file, r.version, r.date?.toISOString().slice(0, 10) ?? "", r.model ?? "", r.setting ?? ""]);
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  return [...groups.values()]
    .filter((same) => same.length > 1)
    .map((same) => {
      const sorted = same.slice().sort((a, b) => a.line - b.line);
      const [first, second] = sorted;
      const day = first.date?.toISOString().slice(0, 10);
      const what = `${first.model ?? "(no model)"}${first.setting ? ` (${first.setting})` : ""} ${first.version}${day ? ` on ${day}` : " (no date)"}`;
      return {
        file: second.file,
        line: second.line,
        severity: "warning" as const,
        code: "left-out-without-run-ids",
        message: `${what} is on lines ${sorted.map((r) => r.line).join(", ")}, and this record has no run_id column (it was written before it) to say whether they are runs the publisher lists apart by their id or one row copied twice. Import the publisher's table again with the command you imported it with: the record is rewritten with each run's id, one line per run; delete a line only if it is a copy`,
        places: sorted.map((r) => ({ file: r.file, line: r.line })),
      };
    });
}
