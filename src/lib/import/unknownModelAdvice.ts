import { slugify } from "../content/slugify";
import { labHint, unsureHintText, withoutSnapshot } from "../models/planAddedModels";
import { peelSetting } from "../models/settings";
import { plural } from "../format/plural";
import type { StageTwin } from "../models/planModelImport";
import type { RejectedRow } from "./mergeResults";
import { MODEL_COLUMNS } from "../../schemas/model";

/** The header `data/models.csv` is written with when a site has none to read (its first six columns are the required ones). */
export const MODEL_REGISTRY_HEADER: readonly string[] = MODEL_COLUMNS;

/** What the editor fills in for each column of a suggested registry line; other columns are left empty. */
const PLACEHOLDERS: Record<string, string> = {
  name: "<name>",
  lab: "<lab>",
  released: "<released YYYY-MM-DD or empty>",
  open_weights: "<open weights true|false>",
};

const csvCell = (text: string) => (/[,"\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);

/**
 * What to type for the rows rejected because their model is not registered: one line per model
 * name (most rows first), the `data/models.csv` line to add, with one cell per column of the
 * registry's own `header` (the id and the name as an alias filled, the parts only the editor knows
 * as placeholders, the optional columns empty), so that the line has the file's cell count. The
 * did-you-mean candidates are in each row's own reason: a name that is another spelling of a
 * registered model goes in that model's aliases cell instead. `likelyModel` names the registered
 * model a name likely is (see `sameDayModel`: `grok-4-0709` is grok-4, released 2025-07-09): for
 * such a name the advice is that model's aliases cell, not a row that would give it a second page.
 * A name that ends in a snapshot or a setting the matcher reads (`gemini-1.5-pro-002`,
 * `claude-opus-4_16K`) is advised as the model without it, which `npm run models -- add` accepts.
 * `addRefusal`: why `models -- add` would refuse a row of a name (a family, another model's display
 * name), said before its line.
 * @example unknownModelAdvice(rejected, ["id", "name", "lab", "released", "open_weights", "aliases", "catalog"]) // ["Acme Nova 2 (2 rows): acme-nova-2,<name>,<lab>,<released YYYY-MM-DD or empty>,<open weights true|false>,Acme Nova 2,"]
 */
export function unknownModelAdvice(
  rejected: readonly RejectedRow[],
  header: readonly string[] = MODEL_REGISTRY_HEADER,
  likelyModel?: (name: string) => { id: string; released: string; mmdd: string } | undefined,
  stageTwin?: (name: string) => StageTwin | undefined,
  addRefusal?: (name: string) => string | undefined,
): string[] {
  const counts = new Map<string, number>();
  for (const r of rejected) if (r.unknownModel !== undefined) counts.set(r.unknownModel, (counts.get(r.unknownModel) ?? 0) + 1);
  return [...counts]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([name, n]) => {
      const likely = likelyModel?.(name);
      if (likely) return `${name} (${n} row${n === 1 ? "" : "s"}): likely ${likely.id}, released ${likely.released} (${likely.mmdd} is that month and day, as its lab's API dates it): add ${csvCell(name)} to the aliases cell of ${likely.id} rather than a row of its own (npm run models -- add refuses it without --force)`;
      const twin = stageTwin?.(name);
      if (twin) return `${name} (${plural(n, "row")}): ${stageNote(name, twin)}${twin.sameDays ? ", which models -- add takes only with --force: " : "; if it is a model of its own: "}${registryLine(header, name)}`;
      const read = modelOfName(name);
      if (read) {
        // The model it reads as may be one the add refuses too (`reka-flash`, a family; found in review).
        const refusedModel = addRefusal?.(read.model);
        if (refusedModel) return `${name} (${plural(n, "row")}): reads as "${read.model}" at ${read.at}, and models -- add refuses a row of "${read.model}" as it stands: ${refusedModel}; if it is a model of its own: ${registryLine(header, read.model)}`;
        return `${name} (${plural(n, "row")}): reads as "${read.model}" at ${read.at}; add that model (or the name to the aliases cell of the model it is), not a row of this name: ${registryLine(header, read.model)}`;
      }
      // What `models -- add` would refuse, said before the line (found in review: a line was
      // proposed for a registered model's display name, which the models-to-add file refused).
      const refused = addRefusal?.(name);
      if (refused) return `${name} (${plural(n, "row")}): models -- add refuses a row of it as it stands: ${refused}; if it is a model of its own: ${registryLine(header, name)}`;
      return `${name} (${plural(n, "row")}): ${registryLine(header, name)}`;
    });
}

/** What a name that is a registered model but for a release stage may be, and what to do if it is. */
function stageNote(name: string, twin: StageTwin): string {
  const stages = twin.stages.map((s) => JSON.stringify(s)).join(", ");
  // Rated beside the model on the same days: not its other name (found in review: aliased as
  // advised, LMArena's gemini-2.0-flash-exp made two rows of one model and day).
  if (twin.sameDays) return `is ${twin.id} but for the release stage ${stages}, yet the table rates it beside ${twin.id} on ${plural(twin.sameDays, "day")}: two rows of one table, so not another name of ${twin.id}: a model of its own`;
  return `may be ${twin.id} but for the release stage ${stages} (a stage can also be another model: o1-preview is not o1): if it is, add ${csvCell(name)} to the aliases cell of ${twin.id}, not a row`;
}

/** A registry line for `name`, one cell per column of `header`: the id and the alias filled, placeholders for what only the editor knows. */
function registryLine(header: readonly string[], name: string): string {
  return header.map((column) => (column === "id" ? slugify(name) : column === "aliases" ? csvCell(name) : (PLACEHOLDERS[column] ?? ""))).join(",");
}

/**
 * The model a name that ends in a snapshot or a setting the matcher reads is a row of, with what
 * it ends in: a row of the name itself would be refused by `npm run models -- add`
 * (planAddedModels.ts) and read wrong (helper-79: the LMArena import proposed gemini-1-5-pro-002
 * and grok-2-mini-2024-08-13 rows). Undefined for a name that ends in neither.
 * @example modelOfName("gemini-1.5-pro-002") // { model: "gemini-1.5-pro", at: "the snapshot 002" }
 */
function modelOfName(name: string): { model: string; at: string } | undefined {
  const setting = peelSetting(name.trim().toLowerCase());
  if (setting?.strength === "strong") return { model: setting.rest, at: `the setting ${setting.setting}` };
  const snapshot = withoutSnapshot(name);
  return snapshot && { model: snapshot.rest, at: `the snapshot ${snapshot.snapshot}` };
}

/** The columns of `npm run models -- add --from` (AddModelRowSchema), in its order. */
export const ADD_FROM_HEADER = ["name", "lab", "open_weights", "released", "display_name", "force", "note"] as const;

/**
 * The file `import:results` writes beside its rejects file for the rows rejected because their
 * model is not registered: one row per model to add, in the layout `npm run models -- add --from`
 * reads, so that a history of 153 unknown names (LMArena's) is one file to fill in and one command,
 * not 153 lines to retype (helper-79). Each name is the model as `unknownModelAdvice` advises it
 * (a snapshot's or setting's model without it, once for all its snapshots); names that are a
 * registered model's but for its release's month and day (`likelyModel`) are left out, as their
 * place is that model's aliases cell. The lab and open-weights cells are left empty for the editor
 * (the add command refuses a row without them, at its line); the note says how many rows the name
 * holds and, where the registry's models that share the name's beginning have one lab, that lab as
 * a hint to check (`labHint`), never written as the lab.
 * @example modelsToAddCsv(rejected, rows) // { text: "name,lab,open_weights,released,display_name,force,note\r\nvicuna-13b,,,,,,98 rows\r\n", models: 1 }
 */
export function modelsToAddCsv(
  rejected: readonly RejectedRow[],
  registry: readonly { id?: string; lab?: string }[],
  likelyModel?: (name: string) => unknown,
  stageTwin?: (name: string) => StageTwin | undefined,
  laterSnapshot?: (name: string) => { id: string; released: string; mmdd: string; firstRated: string } | undefined,
  addRefusals?: (rows: readonly { name: string; force: boolean }[]) => ReadonlyMap<string, string>,
): { text: string; models: number; rows: { name: string; force: boolean }[] } | undefined {
  const rows = new Map<string, { rows: number; names: Set<string> }>();
  for (const r of rejected) {
    const name = r.unknownModel;
    if (name === undefined || likelyModel?.(name)) continue;
    const model = modelOfName(name)?.model ?? name;
    const entry = rows.get(model) ?? { rows: 0, names: new Set<string>() };
    entry.rows++;
    entry.names.add(name);
    rows.set(model, entry);
  }
  if (rows.size === 0) return undefined;
  const sorted = [...rows].sort((a, b) => b[1].rows - a[1].rows || a[0].localeCompare(b[0]));
  // A month-and-day suffix that is a registered model's release day, on a name rated more than
  // a year after that release (qwen-plus-0125, rated from 2025-02-14): a later snapshot, which
  // `models -- add` refuses as that model unless forced (found in review: the row proposed here
  // was then refused).
  const later = new Map(sorted.map(([model]) => [model, laterSnapshot?.(model)]));
  // A stage twin rated beside its model on the same days is a model of its own: force, as for a later snapshot.
  const twins = new Map(sorted.map(([model]) => [model, stageTwin?.(model)]));
  const forced = (model: string) => later.get(model) !== undefined || Boolean(twins.get(model)?.sameDays);
  // What `models -- add --from` would refuse of this file as it stands, each row seeing the rows
  // above it, as the add does: a family name (`gemini-pro`), a name read as a model at a setting
  // (`qwen2.5-max`), a release-stage twin. Found in review: 8 of LMArena's 149 proposed rows were
  // refused by the add with no word of it in the file.
  const refusals = addRefusals?.(sorted.map(([model]) => ({ name: model, force: forced(model) })));
  const lines = sorted.map(([model, { rows: n, names }]) => {
    const others = [...names].filter((x) => x !== model);
    const hint = labHint(model, registry);
    const twin = twins.get(model);
    const snapshot = later.get(model);
    const refused = refusals?.get(model);
    const note = [
      plural(n, "row"),
      others.length > 0 && `as ${others.join(", ")}`,
      twin && (twin.sameDays ? `${stageNote(model, twin)}, so force is true for the add to take it` : `${stageNote(model, twin)} (then delete this row)${refused ? "; if it is a model of its own, set its force cell to true (the add refuses it otherwise)" : ""}`),
      snapshot && `its ${snapshot.mmdd} is the month and day ${snapshot.id} was released (${snapshot.released}), but its rows are rated from ${snapshot.firstRated}, more than a year later: a later snapshot, so force is true for the add to take it as a model of its own`,
      !twin && refused && `models -- add --from refuses this row as it stands: ${refused}`,
      hint && hint.unsure.length === 0 && `lab likely ${hint.lab} (the lab of the registry's ${hint.prefix}... models): check it`,
      hint && hint.unsure.length > 0 && unsureHintText(hint),
    ]
      .filter(Boolean)
      .join("; ");
    return [csvCell(model), "", "", "", "", forced(model) ? "true" : "", csvCell(note)].join(",");
  });
  return { text: `${ADD_FROM_HEADER.join(",")}\r\n${lines.join("\r\n")}\r\n`, models: lines.length, rows: sorted.map(([model]) => ({ name: model, force: forced(model) })) };
}

