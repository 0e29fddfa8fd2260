import type { RejectedRow } from "./mergeResults";
import { shellWord } from "../format/shellWord";

/** What the options of the import that saved a rejects file say about how to read it again. */
export interface RejectsCommandOptions {
  /** The rejects file, as the editor reaches it from the folder they ran the import in. */
  file: string;
  /** The benchmark the rows belong to (after `--new`, the one it registered). */
  benchmark: string;
  /** `--version`, when given: the rows belong to that version. */
  version?: string;
  /** `--wide` and each `--missing`: the rejects file keeps the wide layout and its "no rating" cells. */
  wide?: boolean;
  missing?: readonly string[];
  /**
   * `--map` of a refresh: the file's headers are read through it again. Not after `--new`, whose
   * `--map` pairs are in the registered column map (with `--benchmark`, `--map` replaces that map).
   */
  map?: string;
  /**
   * The date of the table the rows came from: the import's `--as-of` (after `--new`, the
   * benchmark's `as_of`, which `--as-of` equal to it writes undated: "that same table").
   */
  asOf?: string;
  /**
   * `--skip-unmapped`: the saved rows include rows of unknown models, and the editor registers the
   * models they can judge (`<file>.models-to-add.csv`), not always all of them: the rows of those
   * left out stay in the rejects file instead of stopping the import (helper-80).
   */
  skipUnmapped?: boolean;
  /** `--rejected <file>`, when needed for what still fails to replace the same rejects file. */
  rejected?: string;
  /** `--root`, when the import was given one. */
  root?: string;
  /** `--partial`; true unless false (a rejects file is a part of a table; the whole file imported again is not). */
  partial?: boolean;
}


/**
 * The command that imports a rejects file once its rows are fixed, with every option the rows
 * need to be read as the first import read them: `--partial` (the file is a part of a table, not a
 * table: the runs it does not list are not reported as withdrawn), the layout (`--wide`, each
 * `--missing`: without it, LMArena's `0.0` cells would import as Elo 0), `--version`, a refresh's
 * `--map`, the table's date (`--as-of`), `--skip-unmapped` where rows of unknown models wait for
 * the models, and where the import ran (`--root`, `--rejected`).
 * @example rejectsCommand({ file: "h.rejected.csv", benchmark: "lmarena-history", wide: true, missing: ["0.0"] })
 * // "npm run import:results -- h.rejected.csv --benchmark lmarena-history --partial --wide --missing 0.0"
 */
export function rejectsCommand(o: RejectsCommandOptions): string {
  const words = ["npm", "run", "import:results", "--", o.file, "--benchmark", o.benchmark];
  if (o.partial !== false) words.push("--partial");
  if (o.version !== undefined) words.push("--version", o.version);
  if (o.wide) words.push("--wide");
  for (const m of o.missing ?? []) words.push("--missing", m);
  if (o.map !== undefined) words.push("--map", o.map);
  if (o.asOf !== undefined) words.push("--as-of", o.asOf);
  if (o.skipUnmapped) words.push("--skip-unmapped");
  if (o.rejected !== undefined) words.push("--rejected", o.rejected);
  if (o.root !== undefined) words.push("--root", o.root);
  return words.map((w, i) => (i < 4 ? w : shellWord(w))).join(" ");
}

/** The rows not imported, by cause: each cause has its own fix. */
export interface RejectCauses {
  /** Rows whose model is not in data/models.csv. */
  unknownModels: number;
  /** Rows with the key of another row of the same file. */
  duplicates: number;
  /** Every other row: a cell the loader refuses, a missing date, a figure that would bury a newer report. */
  other: number;
}

/** Counts the rejected rows by cause (see `RejectCauses`). */
export function rejectCauses(rejected: readonly RejectedRow[]): RejectCauses {
  const unknownModels = rejected.filter((r) => r.unknownModel !== undefined).length;
  const duplicates = rejected.filter((r) => r.unknownModel === undefined && r.reason.startsWith("duplicate row")).length;
  return { unknownModels, duplicates, other: rejected.length - unknownModels - duplicates };
}

/**
 * What to do about the rejected rows, one clause per cause present, for the end of a report:
 * models to add only when models are unknown, cells to fix only when cells are wrong.
 * @example fixAdvice({ unknownModels: 0, duplicates: 1, other: 1 }, "x.csv", "data/models.csv")
 * // "fix the row with a bad cell or another problem in x.csv (its reason is above) and keep one row of the duplicate (its line and its twin's are above)"
 */
export function fixAdvice(causes: RejectCauses, file: string, modelsFile = "data/models.csv"): string {
  const rows = (n: number, one: string, many: string) => (n === 1 ? one : `${n} ${many}`);
  const parts: string[] = [];
  if (causes.unknownModels) parts.push(`add the models of the ${rows(causes.unknownModels, "row with an unknown model", "rows with an unknown model")} to ${modelsFile} (as ids, or as aliases of models there)`);
  if (causes.other) parts.push(`fix the ${rows(causes.other, "row", "rows")} with a bad cell or another problem in ${file} (${causes.other === 1 ? "its reason is" : "each reason is"} above)`);
  if (causes.duplicates) parts.push(`keep one row of ${causes.duplicates === 1 ? "the duplicate (its line and its twin's are" : `each of the ${causes.duplicates} duplicates (their lines and their twins' are`} above), or map the column that tells them apart (--map "run_id=<column>")`);
  return parts.length <= 1 ? (parts[0] ?? "") : `${parts.slice(0, -1).join(", ")} and ${parts.at(-1)}`;
}
