/**
 * Reads the hand-checked label set (CSV: `label,source,count,expected,setting,why`; see
 * labelAccuracy.ts for what `expected` holds) into cases, refusing a malformed row with its line.
 */
import Papa from "papaparse";
import { InputError } from "../errors";
import type { LabelCase } from "./labelAccuracy";

/** Parses the label set's text; `file` names it in errors. */
export function parseLabelCases(text: string, file: string): LabelCase[] {
  const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ""), { header: true, skipEmptyLines: true });
  const problems = parsed.errors.map((e) => ({ file, line: (e.row ?? 0) + 2, message: e.message }));
  const cases: LabelCase[] = [];
  parsed.data.forEach((r, i) => {
    const line = i + 2;
    const count = Number(r.count);
    if (!r.label || !r.expected || !Number.isInteger(count) || count < 1) {
      problems.push({ file, line, message: `expected a label, a whole count of at least 1 and an expected value, found ${JSON.stringify(r)}` });
      return;
    }
    cases.push({ label: r.label, source: r.source ?? "", count, expected: r.expected.trim(), setting: r.setting?.trim() || undefined, why: r.why?.trim() || undefined });
  });
  if (problems.length) throw new InputError(problems, "Invalid label set");
  return cases;
}
