import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { createRecapSchema } from "../../schemas/recap";
import { loadDataset, type Dataset } from "../data/loadDataset";
import { InputError } from "../errors";
import { checkRecaps, type RecapFile } from "./checkRecaps";
import { asFindings, sortFindings, type Finding } from "./findings";
import type { LabelSummary } from "../models/labelReport";

/** Options for `checkSite`. */
export interface CheckSiteOptions {
  /** The site folder holding content/recaps/ and data/. */
  root: string;
  /** Frontmatter keys accepted and ignored (the build's `IGNORED_FRONTMATTER_KEYS`). */
  ignoredKeys: readonly string[];
  /** "Now", for dates in the future. Default: the current time. */
  now?: Date;
}

/** What `checkSite` found and what it looked at. */
export interface CheckReport {
  findings: Finding[];
  /** Recap files read. */
  recapCount: number;
  /** CSV files under data/ read. */
  csvCount: number;
  /** Checks that could not run, and why (the ones that need the data when data/ does not load). */
  skipped?: string;
  /** Every distinct model name in use (recaps, components, results) with its count and resolution; absent when data/ does not load. */
  labels?: LabelSummary[];
}

/** Every .md and .mdx file under `dir`, as paths relative to it, sorted; dot-files are skipped as the glob loader does. */
export function listRecapFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  const walk = (sub: string) => {
    for (const entry of readdirSync(join(dir, sub), { withFileTypes: true })) {
      if (entry.name.startsWith(".")) continue;
      const rel = sub ? `${sub}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(rel);
      else if (/\.mdx?$/.test(entry.name)) out.push(rel);
    }
  };
  walk("");
  return out.sort();
}

function countCsvFiles(dir: string): number {
  if (!existsSync(dir)) return 0;
  return readdirSync(dir, { withFileTypes: true, recursive: true }).filter((e) => e.isFile() && e.name.endsWith(".csv")).length;
}

/**
 * Everything `npm run check` checks, for one site folder, without building pages: every CSV
 * through the build's `loadDataset`, every recap through the build's recap schema, plus the
 * checks in `checkRecaps`. Returns every finding at once, sorted by file and line.
 */
export function checkSite({ root, ignoredKeys, now = new Date() }: CheckSiteOptions): CheckReport {
  const findings: Finding[] = [];
  const dataDir = join(root, "data");
  let dataset: Dataset | undefined;
  try {
    dataset = loadDataset({ dataDir, displayRoot: root });
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    findings.push(...asFindings(error.problems, "error", "data"));
  }

  const recapsDir = join(root, "content/recaps");
  const files: RecapFile[] = listRecapFiles(recapsDir).map((pathInRecapsDir) => {
    const abs = join(recapsDir, pathInRecapsDir);
    return { file: relative(root, abs).split("\\").join("/"), pathInRecapsDir, source: readFileSync(abs, "utf8") };
  });
  if (!existsSync(recapsDir)) {
    findings.push({ file: "content/recaps", line: 1, severity: "error", code: "no-recaps", message: "the recaps folder is missing; expected content/recaps/ with .md or .mdx files" });
  }
  const schema = createRecapSchema({ ignoredKeys });
  const recapResult = checkRecaps(files, { schema, dataset, now });
  findings.push(...recapResult.findings);
  const skipped = dataset ? undefined : "model labels, MDX component ids and tag variants are checked once the CSV problems are fixed";
  return { findings: sortFindings(findings), recapCount: files.length, csvCount: countCsvFiles(dataDir), skipped, labels: recapResult.labels };
}
