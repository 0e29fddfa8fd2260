import { slugify } from "../content/slugify";
import type { RejectedRow } from "./mergeResults";

/** The header `data/models.csv` is written with when a site has none to read (its first six columns are the required ones). */
export const MODEL_REGISTRY_HEADER = ["id", "name", "lab", "released", "open_weights", "aliases", "context_window", "input_price_per_mtok", "output_price_per_mtok", "catalog", "catalog_date"] as const;

/** What the editor fills in for each column of a suggested registry line; other columns are left empty. */
const PLACEHOLDERS: Record<string, string> = {
  name: "<name>",
  lab: "<lab>",
  released: "<released YYYY-MM-DD or empty>",
  open_weights: "<open weights true|false>",
};

const csvCell = (text: string) => (/[,"\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);

/**
 * What to type for the rows rejected because their model is not registered: one line per model
 * name (most rows first), the `data/models.csv` line to add, with one cell per column of the
 * registry's own `header` (the id and the name as an alias filled, the parts only the editor knows
 * as placeholders, the optional columns empty), so that the line has the file's cell count. The
 * did-you-mean candidates are in each row's own reason: a name that is another spelling of a
 * registered model goes in that model's aliases cell instead.
 * @example unknownModelAdvice(rejected, ["id", "name", "lab", "released", "open_weights", "aliases", "catalog"]) // ["Acme Nova 2 (2 rows): acme-nova-2,<name>,<lab>,<released YYYY-MM-DD or empty>,<open weights true|false>,Acme Nova 2,"]
 */
export function unknownModelAdvice(rejected: readonly RejectedRow[], header: readonly string[] = MODEL_REGISTRY_HEADER): string[] {
  const counts = new Map<string, number>();
  for (const r of rejected) if (r.unknownModel !== undefined) counts.set(r.unknownModel, (counts.get(r.unknownModel) ?? 0) + 1);
  return [...counts]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([name, n]) => {
      const cells = header.map((column) => (column === "id" ? slugify(name) : column === "aliases" ? csvCell(name) : (PLACEHOLDERS[column] ?? "")));
      return `${name} (${n} row${n === 1 ? "" : "s"}): ${cells.join(",")}`;
    });
}
