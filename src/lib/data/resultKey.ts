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
}

/**
 * The key of a report: (version, model, setting, snapshot, date, source). Two rows with one key are a
 * duplicate, in a results file (the loader) and between a file and an import (mergeResults). The
 * source is part of it so that two publications of the same run on the same day (Epoch collects a
 * paper's figure and HELM's) are both kept; files without a `source` column key as before.
 */
export function resultKey({ version, model, setting, snapshot, evaluated_at, source }: ResultKeyParts): string {
  return [version, model, setting ?? "", snapshot ?? "", evaluated_at.toISOString(), source ?? ""].join("\u0000");
}
