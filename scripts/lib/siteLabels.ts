/**
 * Reads what `npm run models` needs from a site folder, leniently: the registry and products (they
 * must load), and every model name in use — recaps' `models` frontmatter, MDX components' `model`,
 * and the model column of every results file, read through its benchmark's column map. Unlike the
 * build's loader it does not stop at a results row whose model is unknown: those are exactly the
 * names `models -- link` is for.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { listRecapFiles } from "../../src/integrations/readSiteFiles";
import { displayPath } from "../../src/lib/format/displayPath";
import { readFrontmatter } from "../../src/lib/check/readFrontmatter";
import { findComponentRefs } from "../../src/lib/content/componentRefs";
import { frontmatterLine } from "../../src/lib/content/frontmatterLines";
import { parseColumnMap } from "../../src/schemas/columnMap";
import { decodeUtf8, readCsv } from "../../src/lib/csv/readCsv";
import { validateRows } from "../../src/lib/csv/validateRows";
import { InputError } from "../../src/lib/errors";
import type { LabelUse } from "../../src/lib/models/labelReport";
import { buildModelMatcher, type ModelMatcher } from "../../src/lib/models/modelMatcher";
import { BenchmarkRowSchema } from "../../src/schemas/benchmark";
import { ModelRowSchema, type Model } from "../../src/schemas/model";
import { ProductRowSchema, type Product } from "../../src/schemas/product";
import { RecapDateSchema } from "../../src/schemas/recap";

/** The registry and the names in use. */
export interface SiteLabels {
  models: Model[];
  products: Product[];
  matcher: ModelMatcher;
  uses: LabelUse[];
}

/** Reads the site (see the module comment). Throws `InputError` when the registry does not load. */
export function readSiteLabels(root: string): SiteLabels {
  const show = (path: string) => displayPath(root, path);
  const load = <T>(path: string, schema: Parameters<typeof validateRows>[1], allowEmpty = false): T[] =>
    validateRows(readCsv(decodeUtf8(readFileSync(path), show(path)), show(path)), schema, { allowEmpty }) as T[];
  // A header-only registry or benchmarks file is a new site's, valid as the build reads it
  // (found in review: on the empty site the editing guide makes, models -- add refused to add the first model).
  const models = load<Model>(join(root, "data/models.csv"), ModelRowSchema, true);
  const productsPath = join(root, "data/products.csv");
  const products = existsSync(productsPath) ? load<Product>(productsPath, ProductRowSchema, true) : [];
  const { matcher, conflicts } = buildModelMatcher({ models, products });
  if (conflicts.length) throw new InputError(conflicts.map((c) => ({ file: `data/${c.file}.csv`, line: c.line ?? 1, column: "aliases", message: c.message })), "Invalid registry");

  const uses: LabelUse[] = [];
  const recapsDir = join(root, "content/recaps");
  for (const name of listRecapFiles(recapsDir, root).files) {
    const path = join(recapsDir, name);
    const file = show(path);
    const source = readFileSync(path, "utf8");
    const fm = readFrontmatter(source, file);
    // The recap's date as the build reads it; none when it does not read as one (`check` says why).
    const parsedDate = fm.ok ? RecapDateSchema.safeParse(fm.data.date) : undefined;
    const date = parsedDate?.success ? parsedDate.data : undefined;
    if (fm.ok && Array.isArray(fm.data.models)) {
      fm.data.models.forEach((label, i) => {
        if (typeof label === "string" || typeof label === "number") uses.push({ label: String(label), file, line: frontmatterLine(source, ["models", i]), where: "recap", date });
      });
    }
    if (name.endsWith(".mdx")) for (const ref of findComponentRefs(source)) if (typeof ref.props.model === "string") uses.push({ label: ref.props.model, file, line: ref.line, where: "component", date });
  }

  // Results: each file once, its model column through the column map of its benchmark.
  const benchmarksPath = join(root, "data/benchmarks.csv");
  if (existsSync(benchmarksPath)) {
    const seen = new Set<string>();
    for (const b of validateRows(readCsv(decodeUtf8(readFileSync(benchmarksPath), show(benchmarksPath)), show(benchmarksPath)), BenchmarkRowSchema, { allowEmpty: true })) {
      const path = join(root, "data", b.file);
      if (seen.has(path) || !existsSync(path)) continue;
      seen.add(path);
      const map = parseColumnMap(b.column_map);
      const column = map.ok ? (map.value.rename.model ?? "model") : "model";
      const table = readCsv(decodeUtf8(readFileSync(path), show(path)), show(path));
      for (const row of table.rows) {
        const label = row.cells[column]?.trim();
        if (label) uses.push({ label, file: table.file, line: row.line, where: "results" });
      }
    }
  }
  return { models, products, matcher, uses };
}
