import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { readFrontmatter } from "../lib/check/readFrontmatter";
import { recapId } from "../lib/check/recapId";
import { mdxSyntaxProblems } from "../lib/content/mdxSyntax";
import { recapRuleFindings } from "../lib/content/recapRules";
import { validateRecap } from "../lib/content/validateRecap";
import { InputError, type Problem } from "../lib/errors";
import { displayPath } from "../lib/format/displayPath";
import { scanMarkdownBody, scanMdxBody } from "../lib/html/scanBody";
import type { createRecapSchema } from "../schemas/recap";
import { listRecapFiles, recapSizeProblem } from "./readSiteFiles";
import { scanKey, type ScanMemo } from "./recapScanCache";

/** What the first read checks fields against. */
export interface RecapPrescanOptions {
  /** The recap schema (the collection's). */
  schema: ReturnType<typeof createRecapSchema>;
  /** The moment of the build, for the future-date rule (src/lib/content/recapRules.ts). */
  now: Date;
  /** Bodies found clean by an earlier build, not scanned again (recapScanCache.ts); this build's clean ones are added to its `found`. */
  scans?: ScanMemo;
}

/**
 * What a production build checks first, before Astro's glob loader sees a recap (recapLoader.ts),
 * with the check's own code and messages, every recap at once: the folder (symlinks leading outside
 * content/ or in a loop), each file's size (src/schemas/limits.ts), its YAML and MDX syntax, its
 * fields and the rules of recapRules.ts, and the URLs of its body (a `javascript:` link is refused
 * here, before anything renders). Astro's glob loader names a YAML error by absolute path and its
 * own line count, and an unclosed MDX `{` surfaces only as an anonymous render error. Only errors:
 * warnings are the check's to print. [] when there is no folder.
 */
export function recapSyntaxProblems(recapsDir: string, displayRoot: string, options: RecapPrescanOptions): Problem[] {
  const listing = listRecapFiles(recapsDir, displayRoot);
  return [...listing.problems.map(plainProblem), ...listing.files.flatMap((name) => recapFileProblems(recapsDir, displayRoot, name, options))];
}

/**
 * The first read of one recap (`name`, relative to `recapsDir`): what `recapSyntaxProblems` checks
 * of each file, on its own so that the recap threads (recapThreads.ts) can share the files out.
 */
export function recapFileProblems(recapsDir: string, displayRoot: string, name: string, { schema, now, scans }: RecapPrescanOptions): Problem[] {
  const path = resolve(recapsDir, name);
  const file = displayPath(displayRoot, path);
  const tooBig = recapSizeProblem(path, file);
  if (tooBig) return [plainProblem(tooBig)];
  const source = readFileSync(path, "utf8");
  const fm = readFrontmatter(source, file);
  if (!fm.ok) return fm.problems.map(plainProblem);
  const problems: Problem[] = [];
  if (name.endsWith(".mdx")) problems.push(...mdxSyntaxProblems(source, file));
  try {
    const data = validateRecap(schema, fm.data, { file, source });
    problems.push(...recapRuleFindings({ id: recapId(name, data), data, file, source }, now).filter((f) => f.severity === "error"));
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    problems.push(...error.problems);
  }
  problems.push(...bodyProblems(name, source, file, scans));
  return problems.map(plainProblem);
}

/** The errors of a body's scan; none, without scanning, for a body `scans` knows to be clean. */
function bodyProblems(name: string, source: string, file: string, scans: ScanMemo | undefined): Problem[] {
  const key = scans ? scanKey(name, source) : undefined;
  if (key !== undefined && scans?.clean.has(key)) {
    scans.found.push(key);
    return [];
  }
  const errors = (name.endsWith(".mdx") ? scanMdxBody(source, file) : scanMarkdownBody(source, file)).filter((f) => f.severity === "error");
  if (key !== undefined && errors.length === 0) scans?.found.push(key);
  return errors;
}

/** A problem as the build prints it (findings also carry a severity and a code). */
export const plainProblem = ({ file, line, column, field, message }: Problem): Problem => ({ file, line, column, field, message });
