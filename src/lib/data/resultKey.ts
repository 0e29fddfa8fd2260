/** What makes two result rows the same report. */
export interface ResultKeyParts {
  version: string;
  /** Canonical model id. */
  model: string;
  setting?: string;
  /** The dated snapshot the model's name carried, when there is one. */
  snapshot?: string;
  evaluated_at: Date;
  /** The report's name when a file collects several (a paper and HELM on the same day). */
  source?: string;
  /** The publisher's id of the run, when its file lists two runs of one model at one setting on one day. */
  run_id?: string;
}

/**
 * The key of a report: (version, model, setting, snapshot, date, source, run id). Two rows with one key
 * are a duplicate, in a results file (the loader) and between a file and an import (mergeResults).
 * The source is part of it so that two publications of the same run on the same day (Epoch collects
 * a paper's figure and HELM's) are both kept, and the run so that two runs a publisher lists apart
 * only by its row id (Terminal-Bench's two Apex2 submissions on Sonnet 4.5) are; files without a
 * `source` or `run_id` column key as before.
 */
export function resultKey({ version, model, setting, snapshot, evaluated_at, source, run_id }: ResultKeyParts): string {
  return [version, model, setting ?? "", snapshot ?? "", evaluated_at.toISOString(), source ?? "", run_id ?? ""].join("\u0000");
}
