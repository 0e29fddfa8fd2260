import { bareFractionFindings } from "./bareFractions";
import { shiftedDecimalFindings } from "./shiftedDecimals";
import { createRecapSchema } from "../../schemas/recap";
import type { DataFiles } from "../data/dataFiles";
import { loadDataset, type Dataset } from "../data/loadDataset";
import { InputError, type Problem } from "../errors";
import { checkRecaps, type RecapFile } from "./checkRecaps";
import { asFindings, sortFindings, type Finding } from "./findings";
import type { LabelSummary } from "../models/labelReport";
import { aliasesNamingOtherRows, sameNameRows, type NamedRow } from "../models/sameNameRows";
import { resultsBeforeRelease } from "./resultsBeforeRelease";
import { leftOutAliasTwins } from "./leftOutAliasTwins";
import { leftOutRegistered } from "./leftOutRegistered";
import { leftOutWithoutRunIds } from "./leftOutWithoutRunIds";
import { internalNoteFindings } from "./internalNotes";
import { noHeadlineMessage } from "../data/noHeadline";
import type { Benchmark } from "../../schemas/benchmark";

/** What `checkSite` reads: a site's data and recap files (see src/integrations/readSiteFiles.ts). */
export interface SiteFiles {
  data: DataFiles;
  /** Every recap file under content/recaps/, sorted. */
  recaps: RecapFile[];
  /** False when there is no content/recaps/ folder at all. */
  recapsDirExists: boolean;
  /** Number of CSV files under data/. */
  csvCount: number;
  /** Problems of the recaps folder itself: symlinks leading outside content/ or in a loop, recaps over the size limit. */
  folderProblems?: Problem[];
  /** Files of the recaps folder that are named like Markdown but are not read (`x.markdown`, `x.MD`). */
  folderWarnings?: Problem[];
  /** Whether a file exists, by its path from the site root (for a recap's local images). */
  fileExists?: (pathFromRoot: string) => boolean;
}

/** Options for `checkSite`. */
export interface CheckSiteOptions {
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

/**
 * Everything `npm run check` checks, for one site folder, without building pages: every CSV
 * through the build's `loadDataset`, every recap through the build's recap schema, plus the
 * checks in `checkRecaps`. Returns every finding at once, sorted by file and line.
 */
export function checkSite(site: SiteFiles, { ignoredKeys, now = new Date() }: CheckSiteOptions): CheckReport {
  const findings: Finding[] = [];
  let dataset: Dataset | undefined;
  try {
    dataset = loadDataset(site.data, { now });
  } catch (error) {
    // Anything but an InputError is a bug of ours, but the check still reports it as a finding
    // and goes on with the recaps: it never dies with a stack trace.
    if (error instanceof InputError) findings.push(...asFindings(error.problems, "error", "data"));
    else findings.push({ file: "data", line: 1, severity: "error", code: "unreadable", message: `the data files could not be checked: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}` });
  }
  if (dataset) findings.push(...noHeadlineFindings(dataset.benchmarks, site.data.show("benchmarks.csv")));
  if (dataset) {
    const data = dataset;
    // The note's header in the file itself (`Notes` in a publisher's file mapped with note=Notes).
    findings.push(...internalNoteFindings(data.results, (file) => data.benchmarks.find((b) => file.endsWith(`/${b.file}`))?.columnMap.rename.note ?? "note"));
    findings.push(
      ...bareFractionFindings(
        site.data,
        data.benchmarks.map((b) => ({ id: b.id, name: b.name, version: b.version, unit: b.unit, file: b.file, scoreColumn: b.columnMap.rename.score })),
        (b) => data.results.filter((r) => r.benchmark === b.id && r.version === b.version && r.file === site.data.show(b.file)).map((r) => r.line),
      ),
      ...shiftedDecimalFindings(
        data.results,
        data.benchmarks.map((b) => ({ id: b.id, name: b.name, version: b.version, unit: b.unit, scoreColumn: b.columnMap.rename.score })),
      ),
    );
  }
  if (dataset) {
    const modelsFile = site.data.show("models.csv");
    const resolve = (label: string) => dataset.aliases.resolve(label);
    // A name the table rates beside the model it is an alias of: its own warning, not "import the rejects file".
    const twins = leftOutAliasTwins(dataset.leftOut, dataset.results, dataset.models, modelsFile, resolve);
    const twinNames = new Set(twins.twins.map((t) => `${t.file}\u0000${t.model}`));
    const registered = dataset.leftOut.filter((r) => !twinNames.has(`${r.file}\u0000${r.model}`));
    findings.push(...sameNameFindings(dataset.models, modelsFile), ...aliasNameFindings(dataset.models, modelsFile), ...resultsBeforeRelease(dataset.results, dataset.models, modelsFile, (label) => dataset.aliases.match(label)), ...twins.findings, ...leftOutRegistered(registered, dataset.models, modelsFile, resolve), ...leftOutWithoutRunIds(dataset.leftOut));
  }
  findings.push(...asFindings(site.folderProblems ?? [], "error", "recap-file"));
  findings.push(...asFindings(site.folderWarnings ?? [], "warning", "recap-file-unread"));
  if (!site.recapsDirExists) {
    findings.push({ file: "content/recaps", line: 1, severity: "error", code: "no-recaps", message: "the recaps folder is missing; expected content/recaps/ with .md or .mdx files" });
  }
  const schema = createRecapSchema({ ignoredKeys });
  const recapResult = checkRecaps(site.recaps, { schema, dataset, now, fileExists: site.fileExists });
  findings.push(...recapResult.findings);
  const skipped = dataset ? undefined : "model labels, MDX component ids and tag variants are checked once the CSV problems are fixed";
  return { findings: sortFindings(findings), recapCount: site.recaps.length, csvCount: site.csvCount, skipped, labels: recapResult.labels };
}

/**
 * A warning at the benchmark registry's header when benchmarks exist but none is the headline one
 * (src/lib/data/noHeadline.ts): the site builds, but its recaps, home page and models index show
 * no scores. A new site whose sample data was removed and one imported with `--new` get there.
 */
export function noHeadlineFindings(benchmarks: readonly Pick<Benchmark, "id" | "headline">[], file: string): Finding[] {
  const message = noHeadlineMessage(benchmarks, file);
  return message ? [{ file, line: 1, column: "headline", severity: "warning", code: "no-headline", message }] : [];
}

/**
 * A warning on each group of registry rows of one lab and one display name (src/lib/models/
 * sameNameRows.ts), at the group's second row: readers would see two model pages of one name.
 */
export function sameNameFindings(models: readonly NamedRow[], file: string): Finding[] {
  return sameNameRows(models).map(({ lab, name, rows }) => {
    const listed = rows.map((r) => `"${r.id}" (line ${r.line})`);
    const both = rows.length === 2 ? "both" : "all";
    // A catalog's row takes its name from the catalog at each import: a name written by hand
    // would be put back by the next one, and the warning with it.
    const imported = rows.filter((r) => (r.catalog ?? "").trim() !== "").map((r) => `"${r.id}"`);
    const rename = imported.length === 0 ? "" : ` (${imported.join(" and ")} ${imported.length === 1 ? "takes its name" : "take their names"} from ${imported.length === 1 ? "its catalog" : "their catalogs"} at each import: to rename one, make it your row first by emptying its catalog cell)`;
    return {
      file,
      line: rows[1].line,
      column: "name",
      severity: "warning",
      code: "model-same-name",
      message: `${listed.slice(0, -1).join(", ")} and ${listed.at(-1)} are ${both} "${name}" of ${lab}: readers get ${rows.length} model pages of one name once results or recaps name them (a model with neither has no page yet), the model's scores and recaps split between them. If they are one model, keep one row and move the others' ids and aliases into its aliases; if not, give them names that tell them apart${rename}`,
      places: rows.map((r) => ({ file, line: r.line })),
    };
  });
}

/**
 * A warning on each alias that is another registry row's display name (src/lib/models/
 * sameNameRows.ts), at the alias's row: that model's results would be credited to this one.
 */
export function aliasNameFindings(models: readonly (NamedRow & { aliases: readonly string[] })[], file: string): Finding[] {
  return aliasesNamingOtherRows(models).map(({ row, alias, other }) => ({
    file,
    line: row.line,
    column: "aliases",
    severity: "warning",
    code: "alias-names-other-model",
    message: `alias ${JSON.stringify(alias)} of "${row.id}" is the name of another model, "${other.id}" ("${other.name}", line ${other.line}): results under that name are credited to ${row.id}, while ${other.id} has a page of its own. If ${other.id} is another model (a preview, a quantised build), remove the alias; if the two are one model, keep one row and move the other's id and aliases into its aliases${(other.catalog ?? "").trim() !== "" ? ` (the name of "${other.id}" comes from its catalog, which may name a variant by its base model's name)` : ""}`,
    places: [{ file, line: row.line }, { file, line: other.line }],
  }));
}
