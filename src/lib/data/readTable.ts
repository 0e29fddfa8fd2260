import type { z } from "zod";
import { decodeUtf8, readCsv } from "../csv/readCsv";
import { validateRows, type Located, type ValidateOptions } from "../csv/validateRows";
import { InputError, type Problem } from "../errors";
import type { DataFiles } from "./dataFiles";

/**
 * One CSV of `data/` read as the loaders read every file: strict UTF-8, papaparse, then each row
 * validated by header name against `schema`. Its problems are added to `problems` (the caller
 * throws them all at once) and the result is undefined; a file that is not there is the caller's
 * to report.
 */
export function readTable<S extends z.ZodTypeAny>(files: DataFiles, path: string, schema: S, problems: Problem[], options: ValidateOptions = {}): Located<z.output<S>>[] | undefined {
  const file = files.show(path);
  const bytes = files.read(path);
  if (bytes === undefined) return undefined;
  try {
    return validateRows(readCsv(decodeUtf8(bytes, file), file), schema, options);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    problems.push(...error.problems);
    return undefined;
  }
}
