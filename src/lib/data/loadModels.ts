import { ModelRowSchema, type Model } from "../../schemas/model";
import type { Product } from "../../schemas/product";
import type { Problem } from "../errors";
import { buildAliasIndex, type AliasIndex } from "./aliasIndex";
import type { DataFiles } from "./dataFiles";
import { readTable } from "./readTable";
import { parseListCell } from "../../schemas/cells";
import { MAX_SLUG_BYTES, utf8Length } from "../../schemas/limits";
import { slugify } from "../content/slugify";

/** The model registry as loaded. */
export interface LoadedModels {
  models: Model[];
  aliases: AliasIndex;
  /** False when `data/models.csv` is missing or broken, or a row of it is: the results' model names were not checked against it. */
  loaded: boolean;
}

/**
 * `data/models.csv`: every row validated, ids unique, each id and alias naming one model (and no
 * product). Problems go to `problems`.
 */
export function loadModels(files: DataFiles, products: readonly Product[], problems: Problem[]): LoadedModels {
  const path = "models.csv";
  const file = files.show(path);
  if (!files.exists(path)) problems.push({ file, line: 1, message: "the model registry is missing; expected data/models.csv" });
  // A header-only registry is a new site's registry, as for benchmarks, products and tag aliases:
  // a recap that names a model then gets the usual "unknown model" message.
  const table = readTable(files, path, ModelRowSchema, problems, { allowEmpty: true });
  const models: Model[] = table?.rows ?? [];
  // A refused row as far as the checks across rows read it: its id and names, as written.
  const refused = (table?.refused ?? []).map((r) => ({ id: (r.cells.id ?? "").trim(), aliases: parseListCell(r.cells.aliases ?? ""), line: r.line })).filter((r) => r.id !== "");
  // Ids are unique across every row, a refused one included (a copied row with a bad cell is
  // still a second row of its id), in file order.
  const seenIds = new Map<string, number>();
  for (const { id, line } of [...models, ...refused].sort((a, b) => a.line - b.line)) {
    const prior = seenIds.get(id);
    if (prior !== undefined) problems.push({ file, line, column: "id", message: `duplicate model id "${id}" (first on line ${prior})` });
    else seenIds.set(id, line);
  }
  // Each lab's page is /labs/<slug>/, by the first row that names the lab so.
  const labOfSlug = new Map<string, { name: string; line: number }>();
  for (const m of models) {
    // The lab's page is /labs/<slug>/: a folder name, so its length is limited like every slug.
    const labSlug = slugify(m.lab);
    if (utf8Length(labSlug) > MAX_SLUG_BYTES) problems.push({ file, line: m.line, column: "lab", message: `the lab's name makes a URL slug of ${utf8Length(labSlug)} characters; slugs may have at most ${MAX_SLUG_BYTES} (see "Limits" in docs/data-format.md); shorten it` });
    // Two names of one address: the site would make one lab of them, titled by the first and
    // listing both's models (found in review: "智谱 AI" and "百川 AI" both slug to "ai").
    const prior = labOfSlug.get(labSlug);
    if (prior === undefined) labOfSlug.set(labSlug, { name: m.lab, line: m.line });
    else if (prior.name !== m.lab) {
      problems.push({ file, line: m.line, column: "lab", message: `lab ${JSON.stringify(m.lab)} has the same page, /labs/${labSlug}/, as lab ${JSON.stringify(prior.name)} (line ${prior.line}): their names differ only in letters a URL cannot keep. If they are one lab, write its name the same way on every row; if two, tell them apart in letters a URL keeps (for instance a Latin name beside the other script's)` });
    }
  }
  // One matcher over the models and the products: a name claimed by two of them is a problem of the file that claims it second.
  // A refused row's names are checked too (a copied row with a bad cell still claims its aliases),
  // each conflict on the refused row's line, though the row stays out of the index.
  const { index: aliases, conflicts } = buildAliasIndex(models, products, refused);
  for (const c of conflicts) problems.push({ file: c.file === "models" ? file : files.show("products.csv"), line: c.line ?? 1, column: "aliases", message: c.message });
  return { models, aliases, loaded: table?.complete === true };
}
