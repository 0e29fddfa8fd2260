import type { z } from "zod";
import type { createRecapSchema, RecapData } from "../../schemas/recap";
import { InputError, type Problem } from "../errors";
import { frontmatterLine } from "./frontmatterLines";

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
  if (parsed.success) return parsed.data as RecapData;
  const problems: Problem[] = parsed.error.issues.map((issue) => {
    const field = issue.path.map(String).join(".");
    const message = issue.code === "invalid_type" && issue.received === "undefined" ? `required: ${issue.message === "Required" ? "expected a value" : issue.message.replace(/^required: /, "")}` : issue.message;
    return { file, line: frontmatterLine(source, issue.path), field: field || undefined, message };
  });
  throw new InputError(problems, `Invalid frontmatter in ${file}`);
}
