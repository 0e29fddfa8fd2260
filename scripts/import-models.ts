/**
 * `npm run import:models -- <catalog.json> [--url <url>] [--date YYYY-MM-DD] [--dry-run] [--root <dir>]`:
 * merges a public model catalog (models.dev's api.json or OpenRouter's models list, in their own
 * shapes) into data/models.csv: one row per model, the providers' ids as its aliases, with lab,
 * release date, open weights, context window and list prices, and the catalog's name and date.
 * Rows an editor wrote are never changed (the differences are printed); see
 * src/lib/models/planModelImport.ts and docs/editing.md.
 *
 * With `--url` the catalog is downloaded first and saved to <catalog.json>, so that the file
 * imported stays beside the data it produced.
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { dataFilesOnDisk } from "../src/integrations/dataFilesOnDisk";
import { dataFilesWith } from "../src/lib/data/dataFiles";
import { displayPath } from "../src/lib/format/displayPath";
import { loadDataset, type Dataset } from "../src/lib/data/loadDataset";
import { readCsv } from "../src/lib/csv/readCsv";
import { formatProblem, InputError } from "../src/lib/errors";
import { writeCsv } from "../src/lib/import/mergeResults";
import { groupCatalog, openWeightsConflicts, releaseConflicts, type CatalogModel } from "../src/lib/models/groupCatalog";
import { planModelImport, SAME_RELEASE_DAYS, type RegistryRow } from "../src/lib/models/planModelImport";
import { readCatalog } from "../src/lib/models/readCatalog";
import { MODEL_COLUMNS } from "../src/schemas/model";
import { parseCommandLine } from "./lib/commandLine";
import { withSiteLock, writeFileSafely } from "../src/integrations/safeWrite";
import { fail, requireSiteRoot, shownPath, siteRoot, userPath } from "./lib/siteRoot";
import { shellWord } from "../src/lib/format/shellWord";
import { firstOf } from "../src/lib/format/listOf";

const USAGE = `usage: npm run import:models -- <catalog.json> [options]
  --url <url>          download the catalog first (saved to <catalog.json>), e.g. https://models.dev/api.json
  --date YYYY-MM-DD    the catalog's date (default: the download day with --url, else the newest date in the catalog)
  --dry-run            print what would change; write nothing
  --root <dir>         the site folder (default: the project)`;

const { values: args, positionals } = parseCommandLine(USAGE, {
  url: { type: "string" },
  date: { type: "string" },
  "dry-run": { type: "boolean" },
  root: { type: "string" },
});
if (positionals.length !== 1) fail(`expected one catalog file\n${USAGE}`, 2);
if (args.date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(args.date)) fail(`--date: expected YYYY-MM-DD, found ${JSON.stringify(args.date)}`, 2);
const root = siteRoot(args.root);
requireSiteRoot(root);
const dryRun = args["dry-run"] ?? false;
const catalogPath = userPath(positionals[0]);
const printProblems = (error: InputError) => error.problems.forEach((p) => console.error(formatProblem(p)));

await withSiteLock(root, "import:models", async () => {
  // The data must load before anything is merged into it.
  let dataset: Dataset;
  try {
    dataset = loadDataset(dataFilesOnDisk(join(root, "data"), root));
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    printProblems(error);
    fail("The data has problems (above); fix them first (npm run check), then import again.");
  }

  let downloadedOn: string | undefined;
  if (args.url) {
    let text: string;
    try {
      const response = await fetch(args.url, { signal: AbortSignal.timeout(120_000) });
      if (!response.ok) fail(`--url ${args.url}: the server answered ${response.status} ${response.statusText}; nothing written`);
      text = await response.text();
      downloadedOn = new Date(response.headers.get("date") ?? Date.now()).toISOString().slice(0, 10);
    } catch (error) {
      fail(`--url ${args.url}: could not download the catalog (${(error as Error).message}); nothing written`);
    }
    try {
      JSON.parse(text);
    } catch {
      fail(`--url ${args.url}: the answer is not JSON; nothing written`);
    }
    if (!dryRun) writeFileSafely(catalogPath, text);
    console.log(`downloaded ${args.url} (${(text.length / 1e6).toFixed(1)} MB)${dryRun ? "" : ` to ${shownPath(catalogPath)}`}`);
    readAndImport(text, downloadedOn);
  } else {
    if (!existsSync(catalogPath)) fail(`${positionals[0]}: no such file`);
    if (statSync(catalogPath).isDirectory()) fail(`${positionals[0]}: a folder, not a file: give the catalog's JSON file (models.dev's api.json or OpenRouter's models list)`);
    readAndImport(readFileSync(catalogPath, "utf8"), undefined);
  }

  function readAndImport(text: string, downloaded: string | undefined): void {
    const file = shownPath(catalogPath);
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (error) {
      fail(`${file}: not JSON (${(error as Error).message})`);
    }
    let catalog;
    try {
      catalog = readCatalog(json, file);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      printProblems(error);
      fail("Nothing written.");
    }
    const catalogDate = args.date ?? downloaded ?? catalog.newestDate;
    if (!catalogDate) fail(`${file}: the catalog carries no date; give it with --date YYYY-MM-DD`);
    const { models, report } = groupCatalog(catalog);

    const modelsPath = join(root, "data/models.csv");
    const modelsFile = displayPath(root, modelsPath);
    const modelsText = readFileSync(modelsPath, "utf8");
    const table = readCsv(modelsText.replace(/^\uFEFF/, ""), modelsFile);
    const registry: RegistryRow[] = table.rows.map((r) => ({ line: r.line, cells: r.cells }));
    const plan = planModelImport({ models, catalog: catalog.name, catalogDate, registry, products: dataset.products });

    for (const m of plan.added) console.log(`+ ${m.id} (${m.name}; ${m.lab}${m.released ? `, released ${m.released}` : ""})`);
    for (const u of plan.updated) console.log(`~ ${modelsFile}:${u.line} ${u.id}: ${u.changes.map((c) => `${c.column} ${JSON.stringify(c.from)} → ${JSON.stringify(c.to)}`).join("; ")}`);
    for (const k of plan.kept) {
      for (const n of k.namedBy ?? []) {
        const ids = n.ids.length > 0 ? `; to link ${n.ids.length === 1 ? "its id" : "its ids"} ${n.ids.join(", ")}, add ${n.ids.length === 1 ? "it" : "them"} to the row's aliases` : "";
        console.log(`= ${modelsFile}:${k.line} ${k.id}: the catalog's ${n.source} is this row by its name ${JSON.stringify(n.name)}: not added as a row of its own${ids}`);
      }
      if (k.differences.length === 0) continue;
      // Which catalog model says it, where that is another than the row's own (one reached through an alias).
      const byName = new Set((k.namedBy ?? []).map((n) => n.source));
      const reached = (source: string) => (byName.has(source) ? "this row by its name" : "which an alias of the row names");
      const says = (d: (typeof k.differences)[number]) => `${d.column} ${JSON.stringify(d.to)}${d.source !== k.id ? ` for its model ${d.source}, ${reached(d.source)}` : ""} (the row has ${JSON.stringify(d.from)})`;
      console.log(`= ${modelsFile}:${k.line} ${k.id}: an editor's row, kept as written; the catalog says ${k.differences.map(says).join(", ")}`);
    }
    for (const m of plan.merged) console.log(`= ${modelsFile}:${m.line} ${m.row}: the catalog's ${m.id} is this row through an alias (merged into it); the row keeps its own model's facts`);
    for (const l of plan.likelySame) {
      const m = models.find((x) => x.id === l.id)!;
      const where = l.rows.map((r) => `${modelsFile}:${r.line} ${r.id}`).join(" or ");
      const add = `npm run models -- add --lab ${shellWord(m.lab)} --open-weights ${m.openWeights} ${m.released ? `--released ${m.released} ` : ""}--name ${shellWord(m.name)} --force ${l.id}`;
      console.log(
        `? ${l.id} (${l.name}): not added: it is ${where} but for the release stage ${l.stages.map((w) => JSON.stringify(w)).join(", ")}, so likely that model (a stage can also be another model: o1-preview is not o1). ` +
          `If it is, add ${l.ids.join("|")} to ${l.rows.length === 1 ? "the row's" : "its row's"} aliases; if it is a model of its own: ${add}`,
      );
    }
    for (const a of plan.ambiguous) console.log(`? ${a.id}: fits ${a.rows.join(" and ")} in ${modelsFile}; not imported (make the names unambiguous, then import again)`);
    for (const g of plan.gone) {
      const still = g.merged
        ? `; the catalog still lists ${g.merged.join(", ")}, merged into it, whose facts it does not take: if the catalog renamed this model to ${g.merged.length === 1 ? "it" : "one of them"}, make that the row's id and keep ${g.id} in its aliases, so that the next import updates the row`
        : "";
      console.log(`- ${modelsFile}:${g.line} ${g.id}: no longer in the catalog under its own id; kept as it is${still}`);
    }

    const header = MODEL_COLUMNS as readonly string[];
    const out = writeCsv(header, plan.rows, modelsText);

    // Release dates a catalog gives two ways: the row takes one (the lab's own listing first), and
    // says which and from where, with the others, rather than present a choice as a fact.
    const written = new Map(readCsv(out.replace(/^\uFEFF/, ""), modelsFile).rows.map((r) => [r.cells.id, r] as const));
    // Each model with the row of the new registry this catalog wrote for it (not an editor's row).
    const catalogRows = models.flatMap((m) => {
      const row = written.get(m.id);
      return row && row.cells.catalog === catalog.name ? [{ m, row }] : [];
    });
    const datedTwoWays = catalogRows.flatMap(({ m, row }) => {
      if (!m.released || row.cells.released !== m.released) return [];
      const others = releaseConflicts(m, SAME_RELEASE_DAYS);
      return others.length ? [{ m, line: row.line, others }] : [];
    });
    for (const { m, line, others } of datedTwoWays) console.log(`! ${modelsFile}:${line} ${m.id}: ${releaseNote(m, others)}`);
    // The same for open weights: a row written closed that listings speaking for the lab call open.
    const closedTwoWays = catalogRows.flatMap(({ m, row }) => {
      if (row.cells.open_weights !== "false") return [];
      const conflict = openWeightsConflicts(m);
      return conflict ? [{ m, line: row.line, conflict }] : [];
    });
    for (const { m, line, conflict } of closedTwoWays) {
      const closed = conflict.closed.length ? `, as ${listings(conflict.closed)} say${conflict.closed.length === 1 ? "s" : ""}` : "";
      console.log(
        `! ${modelsFile}:${line} ${m.id}: open_weights false${closed}; other listings that speak for ${m.lab} say true (${listings(conflict.entries)}). The catalog does not say which is right and the import does not guess: the site shows it as disputed (catalog_disputes). If its weights are published, write true in the open_weights cell and empty the catalog cell (the row is then yours: no import changes it, and the site shows your word alone)`,
      );
    }

    // The new registry must load with the build's own loader, with everything else.
    try {
      loadDataset(dataFilesWith(dataFilesOnDisk(join(root, "data"), root), { "models.csv": out }));
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      printProblems(error);
      fail(`The merged ${modelsFile} would not load (problems above); nothing written.`);
    }
    if (!dryRun) writeFileSafely(modelsPath, out);

    const unknown = [...report.unknownLab.entries()].sort((a, b) => b[1] - a[1]);
    const kept = plan.kept.filter((k) => k.differences.length > 0).length;
    console.log(
      [
        `${catalog.name} catalog of ${catalogDate}: ${catalog.entries.length} provider entries, ${models.length} models.`,
        `${dryRun ? "would merge into" : "merged into"} ${modelsFile}: ${plan.added.length} added, ${plan.updated.length} updated, ${plan.unchanged} unchanged, ${plan.kept.length} editor rows kept as written (${kept} where the catalog differs), ${plan.otherCatalog.length} from another catalog left as they are, ${plan.merged.length} merged into a row of another id, ${plan.likelySame.length} likely a row but for a release stage not added, ${plan.ambiguous.length} ambiguous not imported${dryRun ? " (dry run: nothing written)" : ""}.`,
        ...(plan.olderCopy.length
          ? [`${plan.olderCopy.length} ${plan.olderCopy.length === 1 ? "row was" : "rows were"} refreshed from a newer copy of this catalog (catalog_date ${[...new Set(plan.olderCopy.map((o) => o.date))].sort().at(-1)}${plan.olderCopy.some((o) => o.date !== plan.olderCopy[0].date) ? " and earlier" : ""}) than this one of ${catalogDate}: their facts are kept, only new aliases added (${firstOf(plan.olderCopy.map((o) => `${o.id}, line ${o.line}`), 4)}).`]
          : []),
        ...(datedTwoWays.length ? [`${datedTwoWays.length} ${datedTwoWays.length === 1 ? "row takes" : "rows take"} a release date that other listings of the same model in the catalog contradict by more than ${SAME_RELEASE_DAYS} days (! above): the catalog does not say which is right; check those you rely on.`] : []),
        ...(closedTwoWays.length ? [`${closedTwoWays.length} ${closedTwoWays.length === 1 ? "row is" : "rows are"} written closed (open_weights false) where other listings of the same model that speak for its lab say open (! above): check those on an open-weights board.`] : []),
        `Not imported from the catalog: ${unknown.reduce((n, [, c]) => n + c, 0)} entries whose lab no table places (${unknown.slice(0, 8).map(([o, c]) => `${o} ${c}`).join(", ")}${unknown.length > 8 ? ", ..." : ""}; add the organisation to src/lib/models/catalogLabs.ts), ${report.resellerOnly} models named only by resellers, ${report.settingVariants} that are another model at a setting, ${report.familyNames} one provider's family names.`,
      ].join("\n"),
    );
  }
});

/** `openai's gpt-4`, `kilo's openai/gpt-4`: a listing as the catalog names it. */
// Functions, not constants: the command runs (top-level await above) before constants down here are set.
function listing(e: CatalogModel["entries"][number]): string {
  return `${e.provider}'s ${e.id}`;
}
function listings(entries: CatalogModel["entries"]): string {
  return entries.slice(0, 3).map(listing).join(", ") + (entries.length > 3 ? ` and ${entries.length - 3} more` : "");
}

/**
 * What a row's release date is and where it comes from, beside the dates other listings of the
 * model give (releaseConflicts), and what to do when it is wrong.
 */
function releaseNote(m: CatalogModel, others: ReturnType<typeof releaseConflicts>): string {
  const from = m.releasedFrom;
  const source =
    from?.rule === "lab" ? `the date the lab's own listing gives (${listing(from.entries[0])})`
    : from?.rule === "listing" ? `the date of the listing the row is made from (${listing(from.entries[0])}; the lab's own API is not in the catalog)`
    : `the date most of its listings give (${listings(from?.entries ?? [])})`;
  const said = others.map((o) => `${o.date} (${listings(o.entries)})`).join(", ");
  return `released ${m.released}, ${source}; other listings that speak for ${m.lab} say ${said}. The catalog does not say which is right and the import does not guess: the site shows it as disputed (catalog_disputes). If ${m.released} is not the release, write the right date in the released cell and empty the catalog cell (the row is then yours: no import changes it, and the site shows your word alone)`;
}
