import { firstOf } from "../format/listOf";
import type { Model } from "../../schemas/model";
import type { LeftOutRow } from "../../schemas/leftOut";
import type { ModelRef } from "../models/modelMatcher";
import type { Finding } from "./findings";

/** Lines listed in the message; `places` (and `--json`) hold them all. */
const LISTED_LINES = 8;

/**
 * A warning for each left-out record and publisher name whose rows are recorded as left out for
 * their model (`unknown-model`) while the registry now names that model: the editor added the
 * model (`npm run models -- add`, an alias) but has not imported the rejects file yet. Until then
 * the board does not rank those rows and says they are "not in the model registry", which is no
 * longer true. A warning, not an error: the site builds, and what it says of the rows is only stale.
 * One finding per (record, name), at its first line.
 * @example leftOutRegistered(dataset.leftOut, dataset.models, "data/models.csv", (l) => dataset.aliases.resolve(l))
 * // [{ file: "data/results/lmarena-history.left-out.csv", line: 812, message: "early-grok-3 is in the model registry now ..." }]
 */
export function leftOutRegistered(rows: readonly Pick<LeftOutRow, "file" | "line" | "model" | "cause">[], models: readonly Pick<Model, "id" | "line">[], modelsFile: string, resolve: (label: string) => ModelRef | undefined): Finding[] {
  const byId = new Map(models.map((m) => [m.id, m]));
  const groups = new Map<string, { model: string; id: string; rows: { file: string; line: number }[] }>();
  for (const r of rows) {
    if (r.cause !== "unknown-model" || !r.model) continue;
    const ref = resolve(r.model);
    if (!ref || !byId.has(ref.id)) continue;
    const key = `${r.file}\u0000${r.model}`;
    const group = groups.get(key) ?? { model: r.model, id: ref.id, rows: [] };
    group.rows.push({ file: r.file, line: r.line });
    groups.set(key, group);
  }
  return [...groups.values()].map(({ model, id, rows: places }) => {
    const sorted = places.slice().sort((a, b) => a.line - b.line);
    const lines = sorted.map((p) => p.line);
    const listed = firstOf(lines, LISTED_LINES);
    const line = byId.get(id)?.line;
    const rowsText = places.length === 1 ? `its row is still recorded as left out (line ${listed})` : `its ${places.length} rows are still recorded as left out (lines ${listed})`;
    return {
      file: sorted[0].file,
      line: sorted[0].line,
      column: "model",
      severity: "warning" as const,
      code: "left-out-registered",
      message: `${model} is in the model registry now (${id}${line ? `, ${modelsFile}:${line}` : ""}), but ${rowsText} for want of it: the board does not rank them and says they are not in the registry. Import the rejects file with the command the import printed for it (it imports the rows of the models added since and removes them from this record)`,
      places: sorted,
    };
  });
}
