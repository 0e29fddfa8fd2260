/**
 * `npm run models -- <command>`: the editor's tools for the model registry.
 *
 * - `link [--write] [--catalog <file>]... [--root <dir>]`: every model name used in recaps, MDX
 *   components and results files that links to no model, once each, most used first, with a
 *   proposal: an alias of a registered model (the rule shown), a new model from a catalog, a
 *   family, "ambiguous: X or Y", a near spelling, or nothing. `--write` applies the aliases and new
 *   models to data/models.csv (under the site lock, atomically) and prints each change; the rest
 *   stay for the editor.
 * - `add <name>... --lab <lab> --open-weights <true|false> [--released <date>] [--name <display>]
 *   [--force] [--new-lab] [--dry-run]`, or `add --from <csv>`: registers names no catalog lists as
 *   models of their own (editor rows), after the checks of `planAddedModels`, under the site lock,
 *   atomically.
 * - `accuracy [--labels <csv>] [--root <dir>]`: precision and recall of the matcher on the
 *   hand-checked label set (src/lib/models/fixtures/labelled-labels.csv).
 *
 * See docs/editing.md.
 */
import { existsSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { decodeUtf8, readCsv } from "../src/lib/csv/readCsv";
import { parseBoolCell, parseDateCell } from "../src/schemas/cells";
import { idCell } from "../src/schemas/cellSchemas";
import { addRefusals, labHint, planManyAddedModels, unsureHintText, withoutSnapshot, type AddModelsRequest } from "../src/lib/models/planAddedModels";
import { validateRows } from "../src/lib/csv/validateRows";
import { formatProblem, InputError } from "../src/lib/errors";
import { writeCsv } from "../src/lib/import/mergeResults";
import { groupCatalog } from "../src/lib/models/groupCatalog";
import { scoreLabels } from "../src/lib/models/labelAccuracy";
import { parseLabelCases } from "../src/lib/models/labelCases";
import { addOptionBlanks, BLANK } from "../src/lib/models/commandPlaceholders";
import { labelKey } from "../src/lib/models/labelKey";
import { linkRates, summariseLabels, usesPhrase, type LinkRate } from "../src/lib/models/labelReport";
import { membersReleasedBy } from "../src/lib/models/familyByDate";
import { buildModelMatcher } from "../src/lib/models/modelMatcher";
import { cellsOf, type ModelCells } from "../src/lib/models/planModelImport";
import { isWritable, proposeLinks, type LabelProposal, type ProposalCatalog } from "../src/lib/models/proposeLinks";
import { readCatalog } from "../src/lib/models/readCatalog";
import { AddModelRowSchema, MODEL_COLUMNS, ModelRowSchema } from "../src/schemas/model";
import { parseCommandLine } from "./lib/commandLine";
import { withSiteLock, writeFileSafely } from "../src/integrations/safeWrite";
import { readSiteLabels } from "./lib/siteLabels";
import { fail, PROJECT_ROOT, requireSiteRoot, siteRoot, userPath } from "./lib/siteRoot";
import { firstOf } from "../src/lib/format/listOf";
import { shellWord } from "../src/lib/format/shellWord";
import { plural } from "../src/lib/format/plural";

const USAGE = `usage: npm run models -- <command> [options]
  link                   list every model name that links to no model, once, most used first, with a proposal
    --write              apply the proposed aliases and new models to data/models.csv
    --catalog <file>     a catalog (models.dev api.json or OpenRouter's list) to propose new models from (repeatable)
  add <name>...          register names no catalog lists as models (one lab per command)
    --lab <lab>          the lab that made them (required)
    --open-weights <b>   true or false (required)
    --released <date>    the release date, YYYY-MM-DD
    --name <display>     the display name (one name only; default: the name as written)
    --force              add a name that reads as a family, a near spelling, or another row for want
                         of its own (llama-2-7b-chat read as llama-2-7b-chat-fp16), as a model of its own
    --new-lab            the lab is new, though a registry lab is spelled nearly so
    --from <csv>         the names to add from a file, a row each: name,lab,open_weights,released,display_name,force
    --dry-run            show what would be written; write nothing
  accuracy               precision and recall of the matcher on the hand-checked label set
    --labels <csv>       another label set (default: src/lib/models/fixtures/labelled-labels.csv)
  --root <dir>           the site folder (default: the project)`;

const { values: args, positionals } = parseCommandLine(USAGE, {
  write: { type: "boolean" },
  lab: { type: "string" },
  "open-weights": { type: "string" },
  released: { type: "string" },
  name: { type: "string" },
  force: { type: "boolean" },
  "new-lab": { type: "boolean" },
  "dry-run": { type: "boolean" },
  from: { type: "string" },
  catalog: { type: "string", multiple: true },
  labels: { type: "string" },
  root: { type: "string" },
});
const command = positionals[0];
if (!["link", "add", "accuracy"].includes(command) || (command !== "add" && positionals.length !== 1)) fail(`expected one command, link, add or accuracy\n${USAGE}`, 2);
const root = siteRoot(args.root);
requireSiteRoot(root);
const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

let site: ReturnType<typeof readSiteLabels>;
try {
  site = readSiteLabels(root);
} catch (error) {
  if (!(error instanceof InputError)) throw error;
  error.problems.forEach((p) => console.error(formatProblem(p)));
  fail("The registry has problems (above); fix them first (npm run check).");
}

if (command === "add") {
  const names = positionals.slice(1);
  // After `--` every word is a name: an option typed after it (`-- -x --dry-run`) would be registered
  // as a model, and the dry run would write (found in review).
  const optionAsName = names.find((n) => n.startsWith("--"));
  if (positionals[0] === "add" && optionAsName !== undefined) fail(`add: "${optionAsName}" comes after --, where every word is a model's name; put options before -- (a model's name never starts with --)`, 2);
  const need = (flag: string, value: string | undefined): string => value?.trim() || fail(`add: --${flag} is required (${flag === "lab" ? "the lab that made the models, as data/models.csv writes labs" : "true or false: whether the weights can be downloaded"})\n${USAGE}`, 2);
  let requests: (AddModelsRequest & { line?: number })[];
  // Rows of a --from file left for later, planned with the others (a stand-in lab), so that a filled
  // row is read as the add will read it once they are added too (found in review: claude-2 was
  // taken while claude-2.0 and claude-2.1 waited, and became a family's name the next run).
  let waitingNames: { name: string; line: number; force: boolean }[] = [];
  if (args.from !== undefined) {
    if (names.length > 0 || args.lab || args["open-weights"] || args.released || args.name || args.force) fail("add: --from reads names, labs and the rest from its file; give no names or other options with it", 2);
    const path = userPath(args.from);
    if (!existsSync(path)) fail(`add: ${args.from}: no such file`);
    try {
      const whole = readCsv(decodeUtf8(readFileSync(path), args.from), args.from);
      // Rows not filled in yet (lab and open_weights both empty) wait for the editor, said once: a
      // models-to-add file of LMArena's 149 names is filled in a few rows at a time (found in
      // review: one empty row refused the whole file). A row half filled in is an error at its line.
      const filled = (r: (typeof whole.rows)[number]) => (r.cells.lab ?? "").trim() !== "" || (r.cells.open_weights ?? "").trim() !== "";
      const waiting = whole.rows.filter((r) => !filled(r));
      const table = { ...whole, rows: whole.rows.filter(filled) };
      if (table.rows.length === 0 && waiting.length > 0) fail(`add: every row of ${args.from} has its lab and open_weights empty: fill them in for the models to add, then run the command again; nothing written.`);
      waitingNames = waiting.flatMap((r) => ((r.cells.name ?? "").trim() === "" ? [] : [{ name: r.cells.name!.trim(), line: r.line, force: /^true$/i.test((r.cells.force ?? "").trim()) }]));
      if (waiting.length > 0) {
        const lines = waiting.map((r) => r.line);
        console.log(`note: ${plural(waiting.length, "row")} of ${args.from} left for later, lab and open_weights empty (line${lines.length === 1 ? "" : "s"} ${lines.slice(0, 5).join(", ")}${lines.length > 5 ? ` and ${lines.length - 5} more` : ""}): not added; fill them in and run the command again`);
      }
      requests = validateRows(table, AddModelRowSchema).map((r, i) => ({
        names: [r.name],
        lab: r.lab,
        openWeights: r.open_weights,
        released: r.released?.toISOString().slice(0, 10),
        displayName: r.display_name,
        force: r.force ?? false,
        inFile: true,
        line: table.rows[i].line,
      }));
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      error.problems.forEach((p) => console.error(formatProblem(p)));
      fail(`add: ${args.from} has problems (above); expected the columns ${Object.keys(AddModelRowSchema.shape).join(",")}; nothing written.`);
    }
  } else {
    if (names.length === 0) fail(`add: name at least one model, or --from <csv>\n${USAGE}`, 2);
    // The blanks of a printed command, pasted unfinished (commandPlaceholders.ts).
    // Every blank left at once, not one per try.
    const blanks = [
      args.lab === BLANK.lab && `--lab ${BLANK.lab} is the blank of the printed command: write the lab that made the model, as data/models.csv writes labs`,
      args["open-weights"] === BLANK.openWeights && `--open-weights ${BLANK.openWeights} is the blank of the printed command: write true if the weights can be downloaded, else false`,
      args.released === BLANK.released && `--released ${BLANK.released} is the blank of the printed command: write the model's release date, or leave --released out if it is not known`,
    ].filter(Boolean);
    if (blanks.length) fail(blanks.map((b) => `add: ${b}`).join("\n"), 2);
    const openWeights = parseBoolCell(need("open-weights", args["open-weights"]));
    if (!openWeights.ok) fail(`add: --open-weights expected true or false, found "${args["open-weights"]}"`, 2);
    if (args.released !== undefined && (!/^\d{4}-\d{2}-\d{2}$/.test(args.released) || !parseDateCell(args.released).ok)) fail(`add: --released expected a date YYYY-MM-DD that exists, found "${args.released}"`, 2);
    if (args.name !== undefined && names.length > 1) fail(`add: --name gives one model's display name; add ${names.length} names one at a time to name each`, 2);
    requests = [{ names, lab: need("lab", args.lab), released: args.released, openWeights: openWeights.value, displayName: args.name, force: args.force }];
  }
  await withSiteLock(root, "models add", () => {
    const modelsPath = join(root, "data/models.csv");
    const text = readFileSync(modelsPath, "utf8");
    const table = readCsv(text, "data/models.csv");
    const rows: ModelCells[] = table.rows.map((r) => ({ ...r.cells }));
    const standIn = requests[0]?.lab ?? "";
    const waitingRequests = waitingNames.map((w) => ({ names: [w.name], lab: standIn, openWeights: false, force: w.force, inFile: true, line: w.line }));
    const all = [...requests, ...waitingRequests].sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
    const full = planManyAddedModels(all, { rows, matcher: site.matcher, products: site.products }, { newLabs: args["new-lab"] });
    // Only the filled rows are written, and only their refusals said: the rows left for later are noted above.
    const waitingLines = new Set(waitingNames.map((w) => w.line));
    // A request of a file names one model: it adds one row, in order, or is refused.
    const adding = all.filter((r) => !full.refused.some((x) => x.line !== undefined && x.line === r.line));
    // A refusal that names a row left for later says so: that row is not in data/models.csv yet.
    const waitingIds = waitingNames.map((w) => labelKey(w.name)).filter(Boolean);
    const mentionsWaiting = (why: string) => waitingIds.some((id) => new RegExp(`(^|[^\\w-])${id.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}([^\\w-]|$)`).test(why));
    const refused = full.refused
      .filter((r) => r.line === undefined || !waitingLines.has(r.line))
      .map((r) => (mentionsWaiting(r.why) ? { ...r, why: `${r.why} (counting the rows of this file left for later, as the add reads the file whole once they are filled in)` } : r));
    const plan = { ...full, added: full.added.filter((_row, i) => !waitingLines.has(adding[i]?.line ?? -1)), refused };
    const where = (line?: number) => (line ? `${args.from}:${line}: ` : "");
    const labTypo = plan.refused.find((r) => r.labTypo);
    if (labTypo && !args.from) fail(`add: ${labTypo.why}; nothing written (add --new-lab to start a new lab of that name)`);
    for (const note of plan.labNotes) console.log(`note: ${note}`);
    for (const r of plan.refused) console.log(`- ${where(r.line)}"${r.name}" not added: ${r.why}${r.labTypo ? " (add --new-lab if it is new)" : ""}`);
    plan.added.forEach((row, i) =>
      console.log(`+ model ${row.id} (${row.name}; ${row.lab}; ${row.released || "release date not given"}; ${row.open_weights === "true" ? "open" : "closed"} weights), data/models.csv:${table.rows.length + 2 + i}`),
    );
    if (plan.added.length === 0) fail("add: nothing to write.");
    // A name as written in a recap or a table is often an id (`nemotron-4-340b`): the page would be titled so (found by a user).
    const idLike = plan.added.filter((row) => !/[A-Z\s]/.test(row.name));
    if (idLike.length) console.log(`note: ${firstOf(idLike.map((r) => r.id), 4)} ${idLike.length === 1 ? "is" : "are"} named as written, which reads as an id on ${idLike.length === 1 ? "its page" : "their pages"}; name ${idLike.length === 1 ? "it" : "each"} as its lab does with --name (or the display_name cell of --from), or later in the name cell of data/models.csv`);
    // The file's own columns when they hold what the new rows say (a hand-written registry keeps
    // its six), else all of them.
    const keepHeader = plan.added.every((r) => Object.entries(r).every(([k, v]) => v === "" || table.header.includes(k)));
    const out = writeCsv(keepHeader ? table.header : (MODEL_COLUMNS as readonly string[]), [...rows, ...plan.added], text);
    try {
      validateRows(readCsv(out, "data/models.csv"), ModelRowSchema, { allowEmpty: true });
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      error.problems.forEach((p) => console.error(formatProblem(p)));
      fail("The new data/models.csv would not load (problems above); nothing written.");
    }
    const count = `${plan.added.length} model${plan.added.length === 1 ? "" : "s"}`;
    if (args["dry-run"]) {
      console.log(`dry run: data/models.csv not changed (${count} would be added${plan.refused.length ? `, ${plan.refused.length} refused` : ""}).`);
      return;
    }
    writeFileSafely(modelsPath, out);
    console.log(`wrote data/models.csv: ${count} added${plan.refused.length ? `, ${plan.refused.length} refused (above)` : ""}. Run npm run check.`);
  });
  process.exit(0);
}

if (command === "accuracy") {
  const path = args.labels ? userPath(args.labels) : join(PROJECT_ROOT, "src/lib/models/fixtures/labelled-labels.csv");
  let cases;
  try {
    cases = parseLabelCases(readFileSync(path, "utf8"), relative(process.cwd(), path));
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    error.problems.forEach((p) => console.error(formatProblem(p)));
    fail("The label set has problems (above).");
  }
  const r = scoreLabels(cases, site.matcher);
  for (const w of r.wrong) console.log(`wrong link: "${w.case.label}" (${w.case.source}) -> ${w.got}; expected ${w.case.expected}${w.case.setting ? ` · ${w.case.setting}` : ""}`);
  for (const w of r.wrongSuggestions) console.log(`wrong suggestion: "${w.case.label}" (${w.case.source}) -> ${w.got}; expected ${w.case.expected}`);
  for (const m of r.missed) console.log(`not linked: "${m.case.label}" (${m.case.source}) -> ${m.got}; expected ${m.case.expected}${m.case.why ? ` (${m.case.why})` : ""}`);
  console.log(
    [
      `${r.labels} hand-checked labels: ${r.linked} linked to a model, ${r.rightlyUnlinked} rightly left unlinked (families, products, absent models, non-models).`,
      `precision ${pct(r.precision)} (${r.rightLinks} of ${r.linked} links right; ${pct(r.mentionPrecision)} of mentions)`,
      `recall ${pct(r.recall)} (${r.found} of the ${r.inRegistry} labels whose model is registered; ${pct(r.mentionRecall)} of mentions)`,
      // Never links, so precision cannot see them: a wrong did-you-mean is counted here.
      `suggestions: ${r.suggested} labels left unlinked get a did-you-mean, ${r.rightSuggestions} listing their own model, ${r.wrongSuggestions.length} not`,
    ].join("\n"),
  );
  process.exit(0);
}

// link: the names in use that link to no model, with proposals.
const catalogs: ProposalCatalog[] = (args.catalog ?? []).map((file) => {
  const path = userPath(file);
  try {
    const catalog = readCatalog(JSON.parse(readFileSync(path, "utf8")), file);
    return { name: catalog.name, date: catalog.newestDate ?? new Date().toISOString().slice(0, 10), models: groupCatalog(catalog).models };
  } catch (error) {
    if (error instanceof InputError) {
      error.problems.forEach((p) => console.error(formatProblem(p)));
      fail(`${file}: not a catalog the import reads`);
    }
    fail(`${file}: ${(error as Error).message}`);
  }
});
const summaries = summariseLabels(site.uses, site.matcher);
const proposals = proposeLinks(summaries, { matcher: site.matcher, catalogs, models: site.models });

/** Labels of no catalog proposal that `add` reads as a registry model but for a release stage. */
const stageTwinLabels = new Set<string>();
/** Why `models -- add` would refuse `name` (any registry lab standing in for the editor's), if it would. */
let registryRows: ModelCells[] | undefined;
const addRefusal = (name: string, force: boolean): string | undefined => {
  registryRows ??= readCsv(readFileSync(join(root, "data/models.csv"), "utf8"), "data/models.csv").rows.map((r) => ({ ...r.cells }));
  return addRefusals([{ name, force }], { rows: registryRows, matcher: site.matcher, products: site.products }).get(name);
};
const describe = (lp: LabelProposal): string => {
  const p = lp.proposal;
  switch (p.kind) {
    case "alias":
      return `alias of ${p.id} (${p.rule})`;
    case "new-model":
      return `new model ${p.model.id} from the catalog (${p.rule})`;
    case "release-stage": {
      const rows = p.rows.map((r) => `${r.id} (data/models.csv:${r.line})`).join(" or ");
      const stages = p.stages.map((w) => JSON.stringify(w)).join(", ");
      return `likely ${rows}: ${p.catalog} has it as ${p.model.id} (${p.model.name}), that model but for the release stage ${stages}, which can also be another model (o1-preview is not o1); not written: if it is, add ${JSON.stringify(lp.summary.label)} to the row's aliases by hand; if it is a model of its own: npm run models -- add --lab ${shellWord(p.model.lab)} --open-weights ${p.model.openWeights} ${p.model.released ? `--released ${p.model.released} ` : ""}--name ${shellWord(p.model.name)} --force ${p.model.id}`;
    }
    case "ambiguous":
      return `ambiguous: ${p.candidates.join(" or ")}; add the name to the one it means, by hand`;
    case "family":
      return `a family of ${p.members.length} models (${p.members.slice(0, 4).join(", ")}${p.members.length > 4 ? ", ..." : ""}), not one model; name the model in the recap, or, if it is one model of its own: npm run models -- add ${addOptionBlanks(undefined, { released: false })} --force ${lp.summary.label.startsWith("-") ? "-- " : ""}${shellWord(lp.summary.label)}`;
    case "suggestion": {
      const twin = p.familyNumber;
      if (!twin) return `no such model; did you mean ${p.candidates.join(" or ")}? (fix the name where it is used)`;
      // Likely that model, never certain (claude-3-opus is Claude 3 Opus): the editor confirms, by hand.
      const others = p.candidates.filter((c) => c !== twin.id);
      return `no such model; did you mean ${twin.id}${twin.line ? ` (data/models.csv:${twin.line})` : ""}? It is that model's name with the family number "${twin.number}" after "${twin.after}"; not written: if it names that model, add ${JSON.stringify(lp.summary.label)} to the row's aliases by hand (or fix the name where it is used)${others.length ? `; also near: ${others.join(", ")}` : ""}`;
    }
    default: {
      // A name ending in a snapshot is that model at the snapshot: the model to add is the name without it.
      const snapshot = withoutSnapshot(lp.summary.label);
      const name = snapshot?.rest ?? lp.summary.label;
      const of = snapshot ? `; the model to add is the one of which "${lp.summary.label}" is the snapshot ${snapshot.snapshot}` : "";
      if (!idCell.safeParse(labelKey(name)).success) return "no model found; its id would not be a kebab-case ASCII id: register the model under an ASCII name (npm run models -- add), then add this name to its aliases in data/models.csv";
      const hint = labHint(name, site.models);
      // Quoted for a POSIX shell (shellWord); `--` before a name that starts with a dash.
      const named = name.startsWith("-") ? `-- ${shellWord(name)}` : shellWord(name);
      const sure = hint && hint.unsure.length === 0 ? hint : undefined;
      // Every note before the command, which ends the line: pasted, the line runs as printed (found
      // in review: a note after it was a shell syntax error).
      const note = sure
        ? `; lab: that of the registry's ${sure.prefix}... models, check it`
        : hint
          ? `; it ${unsureHintText(hint)}`
          : "";
      // The add's own checks on the command printed (found in review: `qwen2.5-max`, read as qwen2.5
      // at max, and a release-stage twin were printed a plain add that the add then refused).
      const refused = addRefusal(name, false);
      // A registry model but for a release stage, found by the add's own check: counted as such below, not as unknown.
      if (refused?.includes("but for the release stage")) stageTwinLabels.add(lp.summary.label);
      const command = (force: boolean) => `npm run models -- add ${addOptionBlanks(sure ? shellWord(sure.lab) : undefined, { released: false })}${force ? " --force" : ""} ${named}`;
      if (refused === undefined) return `no model found${of}${note}; if it is a model no catalog lists: ${command(false)}`;
      const forced = addRefusal(name, true);
      if (forced !== undefined) return `no model found${of}; not to be added as written: ${forced}`;
      return `no model found${of}${note}; models -- add refuses it as it stands: ${refused}; if it is a model of its own: ${command(true)}`;
    }
  }
};
/** Under a family: each recap that uses it (five at most) with the members released by its date, to help the editor name the model. */
const FAMILY_USES_SHOWN = 5;
const recapDates = new Map(site.uses.flatMap((u) => (u.date ? [[u.file, u.date] as const] : [])));
const familyUses = (lp: LabelProposal): string[] => {
  if (lp.proposal.kind !== "family") return [];
  const members = lp.proposal.members;
  const dated = lp.summary.uses.flatMap((u) => {
    const date = recapDates.get(u.file);
    return date ? [{ ...u, date }] : [];
  });
  const list = (ids: string[]) => (ids.length > 6 ? `${ids.slice(0, 6).join(", ")}, ... (${ids.length})` : ids.join(", "));
  const lines = dated.slice(0, FAMILY_USES_SHOWN).map((u) => {
    const { released, undated } = membersReleasedBy(members, site.models, u.date);
    const by = released.length ? `released by then (data/models.csv): ${list(released)}` : "none of its members released by then (data/models.csv)";
    return `        ${u.file}:${u.line} (${u.date.toISOString().slice(0, 10)}): ${by}${undated.length ? `; no release date recorded: ${list(undated)}` : ""}`;
  });
  if (dated.length > FAMILY_USES_SHOWN) lines.push(`        ... and ${dated.length - FAMILY_USES_SHOWN} more`);
  return lines;
};
for (const lp of proposals) {
  const first = lp.summary.uses[0];
  console.log(`${String(lp.summary.count).padStart(4)}  "${lp.summary.label}" (${usesPhrase(lp.summary)}; first ${first.file}:${first.line}): ${describe(lp)}`);
  for (const line of familyUses(lp)) console.log(line);
}
const writable = proposals.filter((p) => isWritable(p.proposal));
// The recaps' labels' rate on its own: results rows are linked by construction (import:results
// refuses a row naming no model), and counted with them they hid it (96% for 40%: found by a user).
const rates = linkRates(summaries);
const rateOf = (r: LinkRate, what: string) => {
  const ofModels = r.products > 0 ? ` (${pct(r.linked / Math.max(1, r.uses - r.products))} of the ${r.uses - r.products} that name no product)` : "";
  return `${plural(r.uses, what)}, ${pct(r.linked / Math.max(1, r.uses))} linked${ofModels}`;
};
const recapRate = rates.recaps.uses > 0 ? `in recaps ${rateOf(rates.recaps, "use")}` : "no uses in recaps";
const resultsRate = rates.results.uses > 0 ? `; in results files ${rateOf(rates.results, "row")}` : "";
console.log(
  `${plural(summaries.length, "distinct model name")}: ${recapRate}${resultsRate}; ${proposals.length === 1 ? "1 name links" : `${proposals.length} names link`} to no model: ${writable.length} with an alias or new model to write${args.write ? "" : " (--write applies them)"}, ${proposals.filter((p) => p.proposal.kind === "family").length} families, ${proposals.filter((p) => p.proposal.kind === "ambiguous").length} ambiguous, ${proposals.filter((p) => p.proposal.kind === "release-stage").length + stageTwinLabels.size} likely a model but for a release stage, ${proposals.filter((p) => ["suggestion", "none"].includes(p.proposal.kind)).length - stageTwinLabels.size} unknown.`,
);

if (args.write && writable.length === 0) console.log("--write: nothing to write (no alias or catalog model is proposed).");
if (args.write && writable.length > 0) {
  await withSiteLock(root, "models link", () => {
    const modelsPath = join(root, "data/models.csv");
    const text = readFileSync(modelsPath, "utf8");
    const table = readCsv(text, "data/models.csv");
    const rows: ModelCells[] = table.rows.map((r) => ({ ...r.cells }));
    const lineOf = new Map(table.rows.map((r) => [r.cells.id, r.line]));
    const byId = new Map(rows.map((r) => [r.id, r]));
    const addAlias = (row: ModelCells, name: string) => {
      const aliases = (row.aliases ?? "").split("|").map((a) => a.trim()).filter(Boolean);
      if (labelKey(name) === labelKey(row.id) || aliases.some((a) => labelKey(a) === labelKey(name))) return false;
      row.aliases = [...aliases, name].join("|");
      return true;
    };
    for (const { summary, proposal: p } of writable) {
      if (p.kind === "alias") {
        const row = byId.get(p.id)!;
        if (addAlias(row, summary.label)) console.log(`+ alias "${summary.label}" → ${p.id} (data/models.csv:${lineOf.get(p.id)}): ${p.rule}`);
      } else if (p.kind === "new-model") {
        let row = byId.get(p.model.id);
        if (!row) {
          row = cellsOf(p.model, p.catalog, p.catalogDate);
          rows.push(row);
          byId.set(row.id, row);
          console.log(`+ model ${row.id} (${row.name}; ${row.lab}) from ${p.catalog}, data/models.csv:${table.rows.length + 1 + rows.length - table.rows.length}`);
        }
        // The label itself, unless the matcher already reads it as this model.
        const { matcher } = buildModelMatcher({ models: [{ id: row.id, aliases: row.aliases.split("|").filter(Boolean) }] });
        if (matcher.match(summary.label).kind !== "model" && addAlias(row, summary.label)) console.log(`+ alias "${summary.label}" → ${row.id}`);
      }
    }
    const out = writeCsv(MODEL_COLUMNS as readonly string[], rows, text);
    // The new registry must load, and no name may point at two models.
    try {
      const models = validateRows(readCsv(out, "data/models.csv"), ModelRowSchema, { allowEmpty: true });
      const { conflicts } = buildModelMatcher({ models, products: site.products });
      if (conflicts.length) throw new InputError(conflicts.map((c) => ({ file: `data/${c.file}.csv`, line: c.line ?? 1, column: "aliases", message: c.message })), "Invalid registry");
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      error.problems.forEach((p) => console.error(formatProblem(p)));
      fail("The new data/models.csv would not load (problems above); nothing written.");
    }
    writeFileSafely(modelsPath, out);
    console.log(`wrote data/models.csv: ${writable.length} ${writable.length === 1 ? "name" : "names"} linked. Run npm run check.`);
  });
}
