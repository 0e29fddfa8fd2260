import { CST, Parser, parseDocument } from "yaml";
import { lineAt, type Problem } from "../errors";

/** The outcome of reading a recap's frontmatter. */
export type FrontmatterResult =
  | { ok: true; data: Record<string, unknown>; body: string; bodyLine: number }
  | { ok: false; problems: Problem[] };

const FENCE = /^---[ \t]*$/;

/** The index in `lines` of the line that closes the frontmatter (its second `---`); -1 when the file opens none or never closes it. */
export function frontmatterEnd(lines: readonly string[]): number {
  return FENCE.test(lines[0] ?? "") ? lines.findIndex((l, i) => i > 0 && FENCE.test(l)) : -1;
}

/**
 * The beginning of a file up to its frontmatter's closing `---` line (included, without its line end), found line
 * by line without splitting the whole file: for a reader that needs the fields of many long recaps
 * and none of their bodies (`readFrontmatter(frontmatterHead(source), file)`). The whole source when
 * it opens no frontmatter or never closes it, so that `readFrontmatter` reports that as it would.
 */
export function frontmatterHead(source: string): string {
  const newline = /\r\n|\r|\n/g;
  let start = 0;
  for (let m = newline.exec(source), first = true; m; m = newline.exec(source), first = false) {
    const line = source.slice(start, m.index);
    if (first ? !FENCE.test(line.replace(/^\uFEFF/, "")) : FENCE.test(line)) return first ? source : source.slice(0, m.index);
    start = m.index + m[0].length;
  }
  return source;
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
    const opened = unclosedOpening(yamlText);
    const problems = doc.errors.map((e) => {
      const message = `YAML syntax error: ${e.message.split("\n")[0].replace(/ at line \d+, column \d+:?$/, "")}`;
      // The parser stops where the text can no longer be read, often lines after a quote or a
      // `[` that was never closed: the line named is the one that opens it.
      if (opened && e.pos[0] >= opened.offset) return { file, line: lineAt(yamlText, opened.offset, 2), message: `${message} (the ${opened.what} opened on this line is never closed)` };
      // +1: the YAML starts on the line after the opening `---`.
      const line = (e.linePos?.[0].line ?? 0) + 1;
      // A value with `: ` in it, unquoted (`title: GPT-5.1: the review`), reads as a mapping in a
      // mapping: the parser's words say nothing of quotes (found in review).
      const field = /^([A-Za-z_][\w-]*):[ \t]+([^"'\[{|>#\n][^\n]*?:[ \t][^\n]*)$/.exec(lines[line - 1] ?? "");
      if (field && /mapping|map keys|Nested mappings|Implicit keys/i.test(e.message)) return { file, line, message: `${message}: the value of "${field[1]}" holds ": ", which YAML reads as a field of its own; quote the value: ${field[1]}: "${field[2]!.replace(/"/g, '\\"').trim()}"` };
      return { file, line, message };
    });
    // One error said once: the parser may report a line twice in the same words.
    return { ok: false, problems: problems.filter((p, i) => problems.findIndex((q) => q.line === p.line && q.message === p.message) === i) };
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

/** The first quoted value or `[`/`{` list of `yamlText` that is never closed: where it opens (an offset) and what it is. */
function unclosedOpening(yamlText: string): { offset: number; what: string } | undefined {
  let found: { offset: number; what: string } | undefined;
  for (const token of new Parser().parse(yamlText)) {
    if (token.type !== "document") continue;
    CST.visit(token, (item) => {
      for (const node of [item.key, item.value]) {
        if (found || !node) continue;
        if (node.type === "double-quoted-scalar" || node.type === "single-quoted-scalar") {
          const quote = node.source[0];
          if (node.source.length < 2 || !node.source.endsWith(quote)) found = { offset: node.offset, what: quote === '"' ? 'quote "' : "quote '" };
        } else if (node.type === "flow-collection" && node.end.length === 0) {
          found = { offset: node.offset, what: node.start.source };
        }
      }
      return found ? CST.visit.BREAK : undefined;
    });
    if (found) break;
  }
  return found;
}
