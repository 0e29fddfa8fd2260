import { slugify } from "../content/slugify";
import type { RejectedRow } from "./mergeResults";

/**
 * What to type for the rows rejected because their model is not registered: one line per model
 * name (most rows first), the `data/models.csv` line to add, with the parts only the editor
 * knows left as placeholders. The did-you-mean candidates are in each row's own reason: a name
 * that is another spelling of a registered model goes in that model's aliases cell instead.
 * @example unknownModelAdvice(rejected) // ["Llama-4-Maverick-17B-128E-Instruct (2 rows): llama-4-maverick-17b-128e-instruct,<name>,<lab>,<released YYYY-MM-DD or empty>,<open weights true|false>,Llama-4-Maverick-17B-128E-Instruct"]
 */
export function unknownModelAdvice(rejected: readonly RejectedRow[]): string[] {
  const counts = new Map<string, number>();
  for (const r of rejected) if (r.unknownModel !== undefined) counts.set(r.unknownModel, (counts.get(r.unknownModel) ?? 0) + 1);
  return [...counts]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([name, n]) => {
      const alias = /[,"\n]/.test(name) ? `"${name.replace(/"/g, '""')}"` : name;
      return `${name} (${n} row${n === 1 ? "" : "s"}): ${slugify(name)},<name>,<lab>,<released YYYY-MM-DD or empty>,<open weights true|false>,${alias}`;
    });
}
