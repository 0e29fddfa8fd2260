import { firstOf } from "../format/listOf";
import type { Model } from "../../schemas/model";
import type { Result } from "../../schemas/result";
import { formatDate } from "../format/formatDate";
import type { Finding } from "./findings";
import type { ModelMatch } from "../models/modelMatcher";
import { STANDS_IN } from "../models/labelRules";
import { namesStoodInModel, standInRule } from "../models/standInLabels";
import { labelKey } from "../models/labelKey";
import { shellWord } from "../format/shellWord";
import { addOptionBlanks } from "../models/commandPlaceholders";

/** Lines listed in the message; `places` (and `--json`) hold them all. */
const LISTED_LINES = 8;

const iso = (d: Date) => formatDate(d, "iso");

/**
 * Each (results file, model) with results dated before the model's release (compared by day), in
 * first-seen order: what `resultsBeforeRelease` warns of, and what `import:results` counts after
 * an import.
 */
export function earlyResults(results: readonly Result[], models: readonly Model[]): { model: Model; rows: Result[] }[] {
  const byId = new Map(models.map((m) => [m.id, m]));
  const early = new Map<string, { model: Model; rows: Result[] }>();
  for (const r of results) {
    const model = byId.get(r.model);
    if (!model?.released || iso(r.evaluated_at) >= iso(model.released)) continue;
    const key = `${r.file}\u0000${r.model}`;
    const group = early.get(key) ?? { model, rows: [] };
    group.rows.push(r);
    early.set(key, group);
  }
  return [...early.values()];
}

/**
 * A warning for each model and results file with results dated before the model's release: a
 * model is not measured before it exists, so such a row is likely another model's score read as
 * this one, or a placeholder read as a score (LMArena's `0.0` for "no rating", imported without
 * `--missing 0.0`). A warning, not an error: a catalog's release date can be late (a model rated
 * on an arena under a code name before its launch), and then the release date is what to fix; on
 * a row a catalog imported, with its `catalog` cell emptied, or the next import restores the date.
 * One finding per (file, model), at its first row; dates are compared by day.
 * @example resultsBeforeRelease(results, models, "data/models.csv")
 * // [{ file: "data/results/lmarena-history.csv", line: 12, message: "zephyr-7b-beta: 7 results dated before its release, 2023-10-26 (data/models.csv:730): ..." }]
 */
export function resultsBeforeRelease(results: readonly Result[], models: readonly Model[], modelsFile: string, match?: (label: string) => ModelMatch): Finding[] {
  return earlyResults(results, models).map(({ model, rows }) => {
    const sorted = rows.slice().sort((a, b) => a.line - b.line);
    const earliest = sorted.reduce((a, b) => (b.evaluated_at < a.evaluated_at ? b : a));
    const lines = sorted.map((r) => r.line);
    const listed = firstOf(lines, LISTED_LINES);
    const what = rows.length === 1 ? `a result dated ${iso(earliest.evaluated_at)}${earliest.dated_by_table ? " (the date of its table)" : ""}` : `${rows.length} results dated before it, the earliest ${iso(earliest.evaluated_at)} (line${lines.length === 1 ? "" : "s"} ${listed})`;
    // The rows may name another model that the matcher reads as this row for want of its own
    // (LMArena's llama-2-7b-chat as models.dev's llama-2-7b-chat-fp16, a host's copy listed in 2025).
    const standIn = match ? standInSentence(model, sorted, match) : "";
    // A "no rating" cell read as a score reads 0: the hint only where a row has one (helper-80: said of rows imported with --missing 0.0).
    const zeroScore = sorted.some((r) => r.score === 0);
    return {
      file: sorted[0].file,
      line: sorted[0].line,
      severity: "warning" as const,
      code: "result-before-release",
      message: `${model.id} was released ${iso(model.released!)} (${modelsFile}:${model.line}), and has ${what}: a model is not measured before it exists. ${zeroScore ? `Another model's score read as this one, or a "no rating" cell read as a score (LMArena's 0.0: import with --missing 0.0)?` : "Another model's score read as this one, or a late release date?"} Fix or delete the rows; if the release date is late (a model tested under a code name before its launch), fix the released cell${model.catalog ? ` and empty its catalog cell (${model.catalog}), which makes the row yours: the next npm run import:models would otherwise put the catalog's date back` : ""}${standIn}`,
      places: sorted.map((r) => ({ file: r.file, line: r.line })),
    };
  });
}

/**
 * What the warning adds when the rows name the model otherwise and the matcher read that name as
 * this row for want of a row of its own: the names, why, and for a name that is itself the
 * model's (not a host's or a setting's form of it) the command that registers it, quoted for the
 * shell; "" when there is none.
 */
function standInSentence(model: Model, rows: readonly Result[], match: (label: string) => ModelMatch): string {
  const read = [...new Set(rows.map((r) => r.modelAsWritten))].map((label) => ({ label, m: match(label) })).filter(({ m }) => standInRule(m) !== undefined);
  if (read.length === 0) return "";
  const names = read.map(({ label }) => JSON.stringify(label)).join(", ");
  const why = STANDS_IN.get(standInRule(read[0].m)!)?.editors;
  // One name per model: two spellings of one name register one row.
  const byKey = new Map<string, string>();
  for (const { label, m } of read) if (namesStoodInModel(m) && !byKey.has(labelKey(label))) byKey.set(labelKey(label), label);
  const commands = [...byKey.values()].map((name) => `npm run models -- add ${shellWord(name)} ${addOptionBlanks(shellWord(model.lab))} --force`);
  const register = commands.length
    ? `: if ${commands.length === 1 ? "that is a model" : "those are models"} of ${commands.length === 1 ? "its" : "their"} own, register ${commands.length === 1 ? "it" : "them"} and the rows then name ${commands.length === 1 ? "it" : "them"}: ${commands.join("; ")}`
    : "";
  // The command, when there is one, ends the message: pasted, the line runs as printed (found in review).
  return `. The rows name it ${names}, which the site reads as ${model.id} (${why})${register}${commands.length ? "" : "."}`;
}
