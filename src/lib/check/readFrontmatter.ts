import { parseDocument } from "yaml";
import type { Problem } from "../errors";

/** The outcome of reading a recap's frontmatter. */
export type FrontmatterResult =
  | { ok: true; data: Record<string, unknown>; body: string; bodyLine: number }
  | { ok: false; problems: Problem[] };

const FENCE = /^---[ \t]*$/;

/** The index in `lines` of the line that closes the frontmatter (its second `---`); -1 when the file opens none or never closes it. */
export function frontmatterEnd(lines: readonly string[]): number {
  return FENCE.test(lines[0] ?? "") ? lines.findIndex((l, i) => i > 0 && FENCE.test(l)) : -1;
}

/** A file's body with its frontmatter blanked out, so that lines stay the file's own (the opening `---` is line 1). */
export function blankFrontmatter(source: string): string {
  const lines = source.split(/\r\n|\r|\n/);
  const end = frontmatterEnd(lines);
  return lines.map((l, i) => (i <= end ? "" : l)).join("\n");
}

/**
 * Splits a Markdown file into its YAML frontmatter (parsed) and body, reporting YAML syntax
 * errors as `file:line` with the file's own line numbers (the opening `---` is line 1).
 *
 * Astro reads frontmatter with js-yaml's default schema; this uses the `yaml` package with the
 * YAML 1.2 core schema plus timestamps, which reads the same values: unquoted `2026-02-17` is a
 * Date, `'2026-02-17'` a string, `yes` a string, and duplicate keys are errors in both.
 */
export function readFrontmatter(source: string, file: string): FrontmatterResult {
  const text = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
  const lines = text.split(/\r\n|\r|\n/);
  if (!FENCE.test(lines[0] ?? "")) {
    return { ok: false, problems: [{ file, line: 1, message: "expected frontmatter: the file must start with a line `---`, then YAML fields such as `title:` and `date:`, then `---`" }] };
  }
  const end = lines.findIndex((l, i) => i > 0 && FENCE.test(l));
  if (end === -1) {
    return { ok: false, problems: [{ file, line: 1, message: "the frontmatter opened on line 1 is never closed; expected a line `---` after the last field" }] };
  }
  const yamlText = lines.slice(1, end).join("\n");
  const doc = parseDocument(yamlText, { customTags: ["timestamp"], uniqueKeys: true, prettyErrors: true });
  if (doc.errors.length) {
    return {
      ok: false,
      problems: doc.errors.map((e) => ({
        file,
        // +1: the YAML starts on the line after the opening `---`.
        line: (e.linePos?.[0].line ?? 0) + 1,
        message: `YAML syntax error: ${e.message.split("\n")[0].replace(/ at line \d+, column \d+:?$/, "")}`,
      })),
    };
  }
  let data: unknown;
  try {
    // The yaml package refuses to expand more than 100 aliases (`maxAliasCount`): a "billion
    // laughs" alias bomb of a few hundred bytes would otherwise expand to gigabytes.
    data = doc.toJS({ maxAliasCount: 100 }) ?? {};
  } catch (error) {
    const firstAlias = lines.slice(1, end).findIndex((l) => /(^|[\s[{,:-])\*[^\s,\]}]/.test(l));
    const why = error instanceof ReferenceError && /alias/i.test(error.message) ? "its aliases (`*name`) expand to too much data (a YAML alias bomb?); write the values out instead" : (error as Error).message;
    return { ok: false, problems: [{ file, line: firstAlias === -1 ? 2 : firstAlias + 2, message: `YAML cannot be read: ${why}` }] };
  }
  if (typeof data !== "object" || Array.isArray(data)) {
    return { ok: false, problems: [{ file, line: 2, message: "expected frontmatter fields such as `title: ...`, found a single value" }] };
  }
  return { ok: true, data: data as Record<string, unknown>, body: lines.slice(end + 1).join("\n"), bodyLine: end + 2 };
}
