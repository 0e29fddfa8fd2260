import { formatProblem, type Problem } from "../errors";

/**
 * How serious a finding is.
 * - `error`: the build refuses it (schema, YAML, CSV, unknown ids in MDX components, duplicate
 *   slugs), or it would publish something wrong (a recap that is not a draft dated in the future).
 * - `warning`: the build accepts it and the page is fine, but an editor probably wants to know
 *   (a `models` label that links to no model, tag spellings that differ only by punctuation or
 *   case, a draft dated in the future), or a reviewer must (code in an .mdx recap: it runs when
 *   the site builds; `--strict` refuses it).
 */
export type Severity = "error" | "warning";

/** A problem found by `npm run check`: where it is, what it is and how serious. */
export interface Finding extends Problem {
  severity: Severity;
  /** Stable machine-readable kind, for `--json` consumers. @example "unknown-model-label" */
  code: string;
  /**
   * Every place a finding counted once stands for (stub bodies, placeholders across an archive):
   * the message lists a few, `--json` all. The finding itself sits at the first.
   */
  places?: { file: string; line: number }[];
}

/** `content/recaps/x.md:4 field "models": warning: ...`: `formatProblem`, with warnings marked. */
export function formatFinding(f: Finding): string {
  const text = formatProblem(f);
  if (f.severity === "error") return text;
  // Insert the marker after the location so `file:line` stays first (editors jump on it).
  const at = text.indexOf(": ");
  return `${text.slice(0, at)}: warning: ${text.slice(at + 2)}`;
}

/** Findings ordered by file, then line, errors before warnings on the same line. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return findings
    .slice()
    .sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || (a.severity === b.severity ? 0 : a.severity === "error" ? -1 : 1) || a.message.localeCompare(b.message));
}

/** The exit code of `npm run check`: 1 when there is an error (or, with `strict`, any finding). */
export function exitCodeFor(findings: readonly Finding[], { strict = false } = {}): 0 | 1 {
  return findings.some((f) => f.severity === "error" || strict) ? 1 : 0;
}

/** Turns located problems (from `InputError`) into findings of one kind. */
export function asFindings(problems: readonly Problem[], severity: Severity, code: string): Finding[] {
  return problems.map((p) => ({ ...p, severity, code }));
}
