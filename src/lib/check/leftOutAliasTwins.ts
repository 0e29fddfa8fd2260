import type { LeftOutRow } from "../../schemas/leftOut";
import type { Model } from "../../schemas/model";
import type { Result } from "../../schemas/result";
import { labelKey } from "../models/labelKey";
import type { ModelRef } from "../models/modelMatcher";
import { addOptionBlanks } from "../models/commandPlaceholders";
import { joinSettings } from "../models/settings";
import { firstOf } from "../format/listOf";
import { shellWord } from "../format/shellWord";
import type { Finding } from "./findings";

/** Lines and days listed in the message; `places` (and `--json`) hold them all. */
const LISTED = 8;

/** The publisher names `leftOutAliasTwins` warns of, by record: `leftOutRegistered`'s advice is wrong for them. */
export interface AliasTwin {
  file: string;
  model: string;
}

/**
 * A warning for each publisher name of a left-out record that the registry now reads as a model
 * the same table rates under another name on the same day (LMArena's `gemini-2.0-flash-exp`,
 * made an alias of `gemini-2-0-flash` by hand, though the table rates both on the same days):
 * two rows of one table are two models, so the alias is wrong. Importing the rejects file, as
 * `leftOutRegistered` would advise, would put the other model's ratings on this one's days where
 * the table has no row of it. The advice: take the name out of the aliases cell and register it
 * as a model of its own. One finding per (record, name), at its first line.
 * @example leftOutAliasTwins(dataset.leftOut, dataset.results, dataset.models, "data/models.csv", (l) => dataset.aliases.resolve(l))
 * // [{ file: "data/results/lmarena-history.left-out.csv", line: 7972, code: "left-out-alias-twin", message: "gemini-2.0-flash-exp reads as gemini-2-0-flash ..." }]
 */
export function leftOutAliasTwins(
  leftOut: readonly Pick<LeftOutRow, "file" | "line" | "benchmark" | "version" | "date" | "model" | "setting">[],
  results: readonly Pick<Result, "benchmark" | "version" | "evaluated_at" | "model" | "modelAsWritten" | "setting" | "snapshot" | "line" | "file">[],
  models: readonly Pick<Model, "id" | "line" | "lab" | "aliases">[],
  modelsFile: string,
  resolve: (label: string) => ModelRef | undefined,
): { findings: Finding[]; twins: AliasTwin[] } {
  const keyOf = (benchmark: string, version: string, day: string, ref: ModelRef, setting: string | undefined) => JSON.stringify([benchmark, version, day, ref.id, ref.snapshot ?? "", setting ?? ""]);
  const ranked = new Map<string, (typeof results)[number]>();
  for (const r of results) ranked.set(keyOf(r.benchmark, r.version, r.evaluated_at.toISOString().slice(0, 10), { id: r.model, snapshot: r.snapshot }, r.setting), r);
  const groups = new Map<string, { model: string; ref: ModelRef; rows: { file: string; line: number }[]; days: string[]; twin: (typeof results)[number] }>();
  for (const row of leftOut) {
    if (!row.model || !row.date) continue;
    const ref = resolve(row.model);
    if (!ref) continue;
    const day = row.date.toISOString().slice(0, 10);
    const twin = ranked.get(keyOf(row.benchmark, row.version, day, ref, joinSettings([row.setting, ref.setting])));
    if (!twin || labelKey(twin.modelAsWritten) === labelKey(row.model)) continue;
    const key = `${row.file}\u0000${row.model}`;
    const group = groups.get(key) ?? { model: row.model, ref, rows: [], days: [], twin };
    group.rows.push({ file: row.file, line: row.line });
    group.days.push(day);
    groups.set(key, group);
  }
  const byId = new Map(models.map((m) => [m.id, m]));
  const findings = [...groups.values()].map(({ model, ref, rows, days, twin }): Finding => {
    const sorted = rows.slice().sort((a, b) => a.line - b.line);
    const owner = byId.get(ref.id);
    const aliasOf = owner?.aliases.some((a) => labelKey(a) === labelKey(model));
    const where = owner ? `${modelsFile}:${owner.line}` : modelsFile;
    const uniqueDays = [...new Set(days)].sort();
    const listed = firstOf(uniqueDays, LISTED);
    // Rows already ranked under the name (imported on days the table has no row of the other):
    // they are this model's too, and read as it once it is registered.
    const imported = results.filter((r) => r.model === ref.id && labelKey(r.modelAsWritten) === labelKey(model));
    const importedText = imported.length === 0 ? "" : ` Its ${imported.length === 1 ? "row" : `${imported.length} rows`} in ${imported[0].file} (line${imported.length === 1 ? "" : "s"} ${firstOf(imported.map((r) => r.line), LISTED)}) ${imported.length === 1 ? "is" : "are"} ranked as ${ref.id}'s.`;
    // Its left-out rows on days the table has no row of the other: the rejects file would rank them as the other's.
    const others = leftOut.filter((r) => r.file === sorted[0].file && r.model === model).length - rows.length;
    const othersText = others <= 0 ? "" : ` Its ${others === 1 ? "other left-out row" : `${others} other left-out rows`} would be ranked as ${ref.id}'s too if the rejects file were imported as it stands.`;
    const reads = aliasOf ? `is in the aliases cell of ${ref.id} (${where})` : `reads as ${ref.id} (${where})`;
    const undo = aliasOf ? `take ${JSON.stringify(model)} out of that aliases cell and register it as a model of its own` : "register it as a model of its own";
    return {
      file: sorted[0].file,
      line: sorted[0].line,
      column: "model",
      severity: "warning",
      code: "left-out-alias-twin",
      message: `${model} ${reads}, yet the table rates it beside ${JSON.stringify(twin.modelAsWritten)} (${ref.id}, ${twin.file}:${twin.line}) on ${uniqueDays.length === 1 ? "the same day" : `${uniqueDays.length} of the same days`} (${listed}): two rows of one table are two models, not one model's two names.${importedText}${othersText} Instead ${undo} (rows that name it then read as it), then import the rejects file with the command the import printed for it. To register it: npm run models -- add ${shellWord(model)} ${addOptionBlanks(owner?.lab === undefined ? undefined : shellWord(owner.lab))} --force`,
      places: sorted,
    };
  });
  return { findings, twins: [...groups.values()].map((g) => ({ file: g.rows[0].file, model: g.model })) };
}
