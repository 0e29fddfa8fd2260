import type { z } from "zod";
import type { createRecapSchema, RecapData } from "../../schemas/recap";
import { InputError, type Problem } from "../errors";
import { parseDateCell } from "../../schemas/cells";
import { frontmatterLine, frontmatterScalar } from "./frontmatterLines";

/**
 * Validates one recap's frontmatter with the recap schema and returns the data, or throws a
 * `InputError` (the project's one located-problem error) listing every bad field as
 * `content/recaps/x.md:4 column "date": expected ...`. `file` is the path shown in messages,
 * `source` the file's text (for line numbers).
 */
export function validateRecap(
  schema: ReturnType<typeof createRecapSchema>,
  data: unknown,
  { file, source }: { file: string; source: string },
): RecapData {
  const parsed = (schema as z.ZodTypeAny).safeParse(data);
  const problems: Problem[] = [];
  const rawDate = frontmatterScalar(source, "date");
  if (rawDate && data && typeof data === "object" && (data as { date?: unknown }).date instanceof Date) {
    const check = parseDateCell(rawDate);
    if (!check.ok) problems.push({ file, line: frontmatterLine(source, ["date"]), field: "date", message: `expected ${check.expected}, found ${JSON.stringify(rawDate)}` });
  }
  if (parsed.success && problems.length === 0) return parsed.data as RecapData;
  const issues = parsed.success ? [] : parsed.error.issues;
  problems.push(...issues.map((issue) => {
    // `models.1` is programmer-speak: name the field and count items from 1.
    const field = issue.path.filter((p) => typeof p === "string").join(".");
    const index = issue.path.find((p) => typeof p === "number");
    const value = issue.path.reduce<unknown>((v, key) => (v && typeof v === "object" ? (v as Record<string | number, unknown>)[key] : undefined), data);
    const found = issue.code === "invalid_type" && value !== undefined && !/\bfound\b/.test(issue.message) ? `, found ${JSON.stringify(value)}` : "";
    const rawMessage = issue.code === "invalid_type" && issue.received === "undefined" ? `required: ${issue.message === "Required" ? "expected a value" : issue.message.replace(/^required: /, "")}` : issue.message + found;
    const message = typeof index === "number" ? `item ${index + 1}: ${rawMessage}` : rawMessage;
    return { file, line: frontmatterLine(source, issue.path), field: field || undefined, message };
  }));
  problems.sort((a, b) => a.line - b.line);
  throw new InputError(problems, `Invalid frontmatter in ${file}`);
}
