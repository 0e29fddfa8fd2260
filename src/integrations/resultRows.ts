/**
 * The benchmark rows kept out of Astro's content store (issue 15). Astro bundles the store into the
 * build as one module that Rollup parses whole; with every result row an entry of its own, a site
 * at the data limit (20,000 rows) carried about 11 MB of them, and its Vite phase took 10.8 s
 * instead of 5.7 to 6.1 s (docs/performance.md, "Rows out of the store").
 *
 * So the `results` collection holds one entry, `rows`: where the rows are (`ResultRowsRef`). Its
 * loader (resultRowsLoader.ts) writes every validated row of `data/` (`getDataset`, shared with the other CSV
 * collections) as JSON to a content-addressed file beside the store (addressedFiles.ts), and the
 * data layer reads them back with `readResultRows`, the one reader, checked against their hash. In
 * `npm run dev` the loader runs again when a file under `data/` changes, as the other CSV
 * collections do, and the new file's hash is a new entry: the pages read the new rows.
 */
import { z } from "astro/zod";
import { ResultSchema, type Result } from "../schemas/result";
import { readAddressed, writeAddressed } from "./addressedFiles";

/** The one entry of the `results` collection: where its rows are. */
export const ResultRowsRefSchema = z.object({
  /** `<dir>/<sha256>.json`: every result row, as JSON. */
  file: z.string(),
  /** The sha256 of that JSON, hex. */
  sha: z.string(),
  /** How many rows it holds. */
  rows: z.number().int().nonnegative(),
});
export type ResultRowsRef = z.output<typeof ResultRowsRefSchema>;

/** The id of that entry. */
export const RESULT_ROWS_ID = "rows";

/** The folder of the rows' files, in the folder of Astro's data store. */
export const RESULT_ROWS_FOLDER = "benchdigest-results";

/** The fields of a row that are dates (`z.date()` in ResultSchema, optional or not): JSON carries them as ISO strings. */
const DATE_FIELDS = Object.entries(ResultSchema.shape).flatMap(([field, type]) => ((type instanceof z.ZodOptional ? type.unwrap() : type) instanceof z.ZodDate ? [field] : []));

/** The rows of the file read last, by its hash: `npm run dev` works the site's data out again at every request. */
let lastRead: { sha: string; rows: Result[] } | undefined;

/** Writes `rows` to their file under `dir` (once: the name is the content's hash) and says where. */
export function writeResultRows(rows: readonly Result[], dir: string): ResultRowsRef {
  const { file, sha } = writeAddressed(dir, JSON.stringify(rows), ".json");
  return { file, sha, rows: rows.length };
}

/** The rows `ref` points at, checked against its hash, their dates as dates. */
export function readResultRows(ref: ResultRowsRef): Result[] {
  if (lastRead?.sha === ref.sha) return lastRead.rows;
  const rows = JSON.parse(readAddressed(ref.file, ref.sha, { entry: "data/results", what: "rows file", again: "data/ is read anew" })) as Record<string, unknown>[];
  for (const row of rows) for (const field of DATE_FIELDS) if (typeof row[field] === "string") row[field] = new Date(row[field] as string);
  lastRead = { sha: ref.sha, rows: rows as Result[] };
  return lastRead.rows;
}
