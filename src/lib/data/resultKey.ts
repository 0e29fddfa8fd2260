/** What makes two result rows the same report. */
export interface ResultKeyParts {
  version: string;
  /** Canonical model id. */
  model: string;
  setting?: string;
  evaluated_at: Date;
}

/**
 * The key of a report: (version, model, setting, date). Two rows with one key are a duplicate,
 * in a results file (the loader) and between a file and an import (mergeResults).
 */
export function resultKey({ version, model, setting, evaluated_at }: ResultKeyParts): string {
  return [version, model, setting ?? "", evaluated_at.toISOString()].join("\u0000");
}
