/**
 * What `npm run models -- add` writes: a registry row for each name an editor says is a model no
 * catalog lists (an archive from 2023 names yi-34b, claude-2.1 and gemini-ultra; no catalog of
 * today does). Pure: the command reads and writes the files.
 *
 * Nothing is guessed. The editor states the lab and whether the weights are open; the display
 * name is the name as the recaps write it unless the editor gives one; the release date is empty
 * unless given. A name is refused, with the reason, when the matcher already reads it as a model
 * or a product (unless only as the nearest row for want of its own: `llama-2-7b-chat` read as
 * `llama-2-7b-chat-fp16`, `llama-3-70b` as `llama-3-70b-instruct`, and `force`), when it names a family (`claude-3`) or is a near spelling of a registered model
 * (`codex-5.3` for gpt-5-3-codex) unless the editor says it is a model of its own (`force`), when
 * it is another model's display name (`mistral-small-3.1` for Mistral Small 3.1: an alias, which
 * `models -- link --write` adds), when it ends in a setting (`gpt-4.5_high`; a weak one such as
 * `-max` only with `force`), when it or its id ends in a snapshot (`gemini-1.5-pro-002`,
 * `grok-2-2024-08-13`: the matcher reads that suffix as a snapshot, in the new row's id too, so the
 * row to add is the model without it), when it is a registered model but for the month and day
 * that model was released (`grok-4-0709`, Grok 4 released 2025-07-09: an alias) unless `force`,
 * when it makes no kebab-case ASCII id, and when the new row
 * would not read back as that name or would make another name point at two models.
 */
import { didYouMean, nearest } from "../../schemas/nearest";
import { keyPieces, keyTokens, labelKey } from "./labelKey";
import { idCell } from "../../schemas/cellSchemas";
import { buildModelMatcher, type ModelMatcher } from "./modelMatcher";
import { peelSetting } from "./settings";
import { isStableVersion, peelSuffix, STANDS_IN } from "./labelRules";
import { namesStoodInModel } from "./standInLabels";
import { stageTwinModel, type ModelCells } from "./planModelImport";
import { familyNumberTwin } from "./suggestModels";

/** What the editor typed. */
export interface AddModelsRequest {
  /** The names as the recaps write them. @example ["yi-34b", "yi-9b"] */
  names: readonly string[];
  lab: string;
  /** `YYYY-MM-DD`, already validated. */
  released?: string;
  openWeights: boolean;
  /** The display name; only with one name. */
  displayName?: string;
  /** Add a family name or a near spelling as a model of its own. */
  force?: boolean;
  /** The request is a row of a file (`add --from`): a refusal then says to set the row's force cell, not `--force`. */
  inFile?: boolean;
}

/** The registry as it stands. */
export interface AddModelsRegistry {
  /** The rows of data/models.csv, in file order (not changed). */
  rows: readonly ModelCells[];
  matcher: ModelMatcher;
  products?: readonly { id: string; aliases: readonly string[]; line?: number }[];
}

/** The plan: the rows to append, the names refused and why, and a note on the lab. */
export interface AddModelsPlan {
  added: ModelCells[];
  refused: AddRefusal[];
  /** The lab as written in the registry (`google` becomes `Google`). */
  lab: string;
  /** Set when no registry model has this lab: a new lab, or a typo (with the near ones). */
  labNote?: string;
  /** Registry labs spelt nearly like a new lab: then it is likely a typo. */
  labsNear: string[];
}

/** A name not added, and why. */
export interface AddRefusal {
  name: string;
  why: string;
  /** The model the name already names, when that is why. */
  id?: string;
  /** Refused because its lab is spelt nearly like a registry lab. */
  labTypo?: boolean;
  /** The line of the `--from` file. */
  line?: number;
}

/** The labs of the registry, by their case-folded name. */
function labsOf(rows: readonly ModelCells[]): Map<string, string> {
  const labs = new Map<string, string>();
  for (const r of rows) if (r.lab?.trim()) labs.set(r.lab.trim().toLowerCase(), r.lab.trim());
  return labs;
}

/** How a refusal says to add a name as a model of its own: on the command line, or in a `--from` file's row. */
export const FORCE_WORDS = { option: "add --force", cell: "set its force cell to true" } as const;

/** A refusal of a `--from` row, worded for the command line (`FORCE_WORDS`). */
export function asCommandLineRefusal(why: string): string {
  return why.replaceAll(FORCE_WORDS.cell, FORCE_WORDS.option);
}

/** Plans `models -- add` for one request (see the module comment). */
export function planAddedModels(req: AddModelsRequest, registry: AddModelsRegistry): AddModelsPlan {
  const labs = labsOf(registry.rows);
  const lab = labs.get(req.lab.trim().toLowerCase()) ?? req.lab.trim();
  const known = labs.has(lab.toLowerCase());
  const labNote = known ? undefined : `"${lab}" is a new lab: no model of the registry has it${didYouMean(lab, labs.values())}`;
  const plan: AddModelsPlan = { added: [], refused: [], lab, labNote, labsNear: known ? [] : nearest(lab, labs.values()) };
  addNames(req, lab, registry, plan);
  return plan;
}

/**
 * Plans several requests in turn (`models -- add --from <csv>`, a row each), each seeing the rows
 * the ones before it add. A request whose lab is a near spelling of a registry lab is refused
 * unless `newLabs` (the editor said the labs are new).
 */
export function planManyAddedModels(requests: readonly (AddModelsRequest & { line?: number })[], registry: AddModelsRegistry, { newLabs = false } = {}): { added: ModelCells[]; refused: AddRefusal[]; labNotes: string[] } {
  const added: ModelCells[] = [];
  const refused: AddRefusal[] = [];
  const labNotes = new Set<string>();
  for (const req of requests) {
    const rows = [...registry.rows, ...added];
    const current: AddModelsRegistry = added.length === 0 ? registry : { rows, products: registry.products, matcher: matcherOf(rows, registry.products) };
    const plan = planAddedModels(req, current);
    if (plan.labsNear.length > 0 && !newLabs) {
      for (const name of req.names) refused.push({ name, why: plan.labNote!, labTypo: true, line: req.line });
      continue;
    }
    if (plan.labNote) labNotes.add(plan.labNote);
    // A name the rows above already added is theirs, not the registry's: say so.
    const above = new Map(added.map((r) => [r.id, r]));
    const reason = (r: AddRefusal) => {
      const row = r.id ? above.get(r.id) : undefined;
      return row ? `the same model as a row above (${row.id}${row.open_weights !== String(req.openWeights) || row.lab !== plan.lab ? `, which says ${row.lab}, open weights ${row.open_weights}` : ""})` : r.why;
    };
    added.push(...plan.added);
    refused.push(...plan.refused.map((r) => ({ ...r, why: reason(r), line: req.line })));
  }
  return { added, refused, labNotes: [...labNotes] };
}

/**
 * Why `models -- add` would refuse each name, planned in turn as `add --from` plans its rows, by
 * name; the lab and weights being the editor's to fill in, a registry lab stands in for them (new
 * labs allowed). What the tools that print add commands or rows check them with.
 * @example addRefusals([{ name: "gemini-pro", force: false }], registry).get("gemini-pro") // "names a family of 2 models (...); ..."
 */
export function addRefusals(names: readonly { name: string; force: boolean }[], registry: AddModelsRegistry, { inFile = false } = {}): Map<string, string> {
  const lab = registry.rows.find((r) => r.lab?.trim())?.lab ?? "Lab";
  const plan = planManyAddedModels(names.map((n) => ({ names: [n.name], lab, openWeights: false, force: n.force, inFile })), registry, { newLabs: true });
  return new Map(plan.refused.map((r) => [r.name, r.why]));
}

function matcherOf(rows: readonly ModelCells[], products: AddModelsRegistry["products"]): ModelMatcher {
  return buildModelMatcher({ models: rows.map((r) => ({ id: r.id ?? "", aliases: (r.aliases ?? "").split("|").filter(Boolean) })), products }).matcher;
}

function addNames(req: AddModelsRequest, lab: string, registry: AddModelsRegistry, plan: AddModelsPlan): void {
  // How the editor says "a model of its own": an option on the command line, a cell in a file
  // (`add --from` takes no --force; found in review: its refusals said "add --force").
  const force = req.inFile ? FORCE_WORDS.cell : FORCE_WORDS.option;
  const refuse = (name: string, why: string, id?: string) => plan.refused.push(id ? { name, why, id } : { name, why });
  const taken = new Set(registry.rows.flatMap((r) => [r.id ?? "", ...(r.aliases ?? "").split("|")].map((n) => labelKey(n)).filter(Boolean)));
  const displayNames = new Map(registry.rows.map((r) => [labelKey(r.name ?? ""), r]));
  if (req.displayName !== undefined && req.displayName.trim() === "") {
    for (const name of req.names) refuse(name, "the display name (--name) is empty");
    return;
  }

  for (const name of req.names) {
    const id = labelKey(name);
    if (id === "") {
      refuse(name, "no letters or digits to make an id from");
      continue;
    }
    if (!idCell.safeParse(id).success) {
      refuse(name, `it makes the id "${id}", which is not a kebab-case id of ASCII letters and digits; register the model under an ASCII name and add "${name}" to its aliases in data/models.csv`);
      continue;
    }
    const m = registry.matcher.match(name);
    // A name the matcher reaches only by a rule that stands for a missing row (the registry has the
    // model only as served in one number format, or only its instruct release) may be added as a
    // model of its own with `force`: its rows then name it, not the nearest row.
    const nearestRow = m.kind === "model" && namesStoodInModel(m) ? STANDS_IN.get(m.rules[0])?.editors : undefined;
    if (m.kind === "model" && !(nearestRow && req.force)) {
      const at = [m.setting && `the setting ${m.setting}`, m.snapshot && `the snapshot ${m.snapshot}`].filter(Boolean).join(", ");
      refuse(
        name,
        nearestRow
          ? `read as ${m.id}, ${nearestRow}; ${force} if "${name}" is a model of its own, which its rows and mentions then name instead`
          : `already a name of ${m.id}${at ? ` (at ${at})` : ""}`,
        m.id,
      );
      continue;
    }
    const sameName = displayNames.get(id);
    if (sameName?.id) {
      refuse(name, `the display name of ${sameName.id} ("${sameName.name}"); add "${name}" to its aliases cell in data/models.csv (npm run models -- link --write does so for a name the recaps already use)`);
      continue;
    }
    const setting = peelSetting(name.trim().toLowerCase());
    if (setting && (setting.strength === "strong" || !req.force)) {
      // `mistral-medium`: "add mistral instead" would be refused in turn, mistral being a family.
      const rest = setting.strength === "weak" ? registry.matcher.match(setting.rest) : undefined;
      const restFamily = rest?.kind === "family" ? rest : undefined;
      refuse(
        name,
        setting.strength === "strong"
          ? `it ends in the setting "${setting.setting}"; add the model without it ("${setting.rest}"), and the name then reads as that model at ${setting.setting}`
          : restFamily
            ? `it reads as the family "${setting.rest}" of ${familyWords(restFamily.members)} at the setting ${setting.setting}; ${force} if "${name}" is itself a model's name (as qwen3-max is), else name the model where the name is used`
            : `it reads as "${setting.rest}" at the setting ${setting.setting}; add "${setting.rest}" instead, or ${force} if "${name}" is itself a model's name (as qwen3-max is)`,
      );
      continue;
    }
    // The matcher reads a snapshot off a name that ends in one, this row's id included: as a row of
    // its own, `gemini-1.5-pro-002` would read as itself at the snapshot 002, while `gemini-1.5-pro`
    // and `-001` linked to nothing. The model is the name without it. Written with spaces
    // (`Gemini 1.5 Pro 002`) the name reads no snapshot but its id does: the id is named then.
    const asWritten = withoutSnapshot(name);
    const snapshot = asWritten ?? withoutSnapshot(id);
    if (snapshot) {
      const reads = asWritten ? name : id;
      refuse(
        name,
        `${asWritten ? "it" : `its id "${id}"`} ends in ${snapshotWords(snapshot.snapshot)}, which the matcher reads as a snapshot of "${snapshot.rest}", not as part of the model's name (each result keeps its snapshot, so two snapshots stay two rows of one model); add the model without it ("${snapshot.rest}"), and "${reads}" then reads as that model at the snapshot ${snapshot.snapshot}`,
      );
      continue;
    }
    if (m.kind === "product") {
      refuse(name, `a name of the product ${m.id} (data/products.csv)`);
      continue;
    }
    if (m.kind === "family" && !req.force) {
      refuse(name, `names a family of ${familyWords(m.members)}; name the model where the name is used, or ${force} if it is one model of its own`);
      continue;
    }
    // A registered model's name with a family's number written in (AINews's `claude-3-opus-4.6`
    // for claude-opus-4-6) is likely that model: a row of its own would split its pages, as a
    // release day or stage would below; the editor decides.
    const twin = m.kind === "unresolved" && m.reason === "unknown" ? familyNumberTwin(name, m.candidates) : undefined;
    if (twin && !req.force) {
      refuse(name, `it is ${twin.id} but for the family number "${twin.number}" after "${twin.after}": likely that model; add "${name}" to the aliases of ${twin.id}, or ${force} if it is a model of its own`, twin.id);
      continue;
    }
    if (m.kind === "unresolved" && m.candidates.length > 0 && !req.force) {
      const what = m.reason === "ambiguous" ? `fits ${m.candidates.join(" and ")}` : `is near ${m.candidates.join(" and ")}`;
      refuse(name, `${what}; fix the name where it is used, or ${force} if it is a model of its own`);
      continue;
    }
    // A lab's API id that dates the model by month and day (xAI's `grok-4-0709` for Grok 4,
    // released 2025-07-09) is that model: a row of its own would split its scores and recaps over
    // two pages. The matcher reads no bare MMDD as a snapshot (`kimi-k2-0905` is a model of its own,
    // released another day), so only the registered release date says so, and the editor decides.
    const dated = sameDayModel(id, registry.matcher, (model) => registry.rows.find((r) => r.id === model)?.released);
    if (dated && !req.force) {
      refuse(
        name,
        `it ends in ${dated.mmdd}, the month and day ${dated.id} was released (${dated.released}, data/models.csv): likely that model as its lab's API dates it; add "${name}" to the aliases of ${dated.id}, or ${force} if it is a model of its own`,
        dated.id,
      );
      continue;
    }
    // A registered model but for release-stage words (Epoch's `grok-3-beta` beside `grok-3`) is
    // likely that model, never certain (`o1-preview` is a model of its own): as `import:results`
    // and `import:models` advise, the editor decides, as for a release day above.
    const staged = stageTwinModel(name, registry.matcher);
    if (staged && !req.force) {
      refuse(
        name,
        `it is ${staged.id} but for the release stage ${staged.stages.map((w) => `"${w}"`).join(" ")}: likely that model before its release; add "${name}" to the aliases of ${staged.id}, or ${force} if it is a model of its own (as o1-preview is)`,
        staged.id,
      );
      continue;
    }
    if (taken.has(id) || plan.added.some((r) => r.id === id)) {
      refuse(name, plan.added.some((r) => r.id === id) ? `the same id as ${id}, named just before` : `the id ${id} is already a registry name`);
      continue;
    }
    const row: ModelCells = {
      id,
      name: req.displayName ?? name.trim(),
      lab,
      released: req.released ?? "",
      open_weights: String(req.openWeights),
      aliases: "",
      context_window: "",
      input_price_per_mtok: "",
      output_price_per_mtok: "",
      catalog: "",
      catalog_date: "",
    };
    // The name must read back as this model, at no setting: `model-x-high` would be model-x at high.
    const rows = [...registry.rows, ...plan.added, row];
    const { matcher, conflicts } = buildModelMatcher({
      models: rows.map((r) => ({ id: r.id ?? "", aliases: (r.aliases ?? "").split("|").filter(Boolean) })),
      products: registry.products,
    });
    const back = matcher.match(name);
    if (conflicts.length > 0) {
      refuse(name, conflicts[0].message);
      continue;
    }
    if (back.kind !== "model" || back.id !== id || back.setting) {
      refuse(name, back.kind === "model" && back.id === id ? `it reads as ${id} at the setting ${back.setting}; add the model without its setting` : `the new row would not read back as this name (${back.kind === "model" ? back.id : back.kind})`);
      continue;
    }
    plan.added.push(row);
  }
}

/**
 * The registered model a name is but for a month-and-day suffix that is that model's release day
 * (`grok-4-0709`, grok-4 released 2025-07-09: xAI's API id), with its release date and the
 * suffix; undefined otherwise. Likely that model, never certain: `models -- add` refuses such a
 * name without `--force`, and `import:results` advises an alias rather than a row. `firstRated`,
 * when the name's results are known: the date of its first; a name first rated more than a year
 * after the model's release is a later snapshot of that month and day, not the model (found in
 * review: qwen-plus-0125, rated from 2025-02-14, was "likely qwen-plus, released 2024-01-25").
 * @example sameDayModel("grok-4-0709", matcher, () => "2025-07-09") // { id: "grok-4", released: "2025-07-09", mmdd: "0709" }
 */
/** "3 models (a, b, c)", "5 models (a, b, c, ...)". */
function familyWords(members: readonly string[]): string {
  return `${members.length} models (${members.slice(0, 3).join(", ")}${members.length > 3 ? ", ..." : ""})`;
}

export function sameDayModel(name: string, matcher: ModelMatcher, releasedOf: (id: string) => string | undefined, firstRated?: string): { id: string; released: string; mmdd: string } | undefined {
  const m = /^(.+)-(\d{2})(\d{2})$/.exec(labelKey(name));
  if (!m) return undefined;
  const base = matcher.match(m[1]);
  if (base.kind !== "model" || base.setting || base.snapshot) return undefined;
  const released = releasedOf(base.id);
  if (released?.slice(5) !== `${m[2]}-${m[3]}`) return undefined;
  if (firstRated !== undefined && firstRated > `${Number(released.slice(0, 4)) + 1}${released.slice(4)}`) return undefined;
  return { id: base.id, released, mmdd: `${m[2]}${m[3]}` };
}

/**
 * The name without the snapshot it ends in, as the matcher reads one (`peelSuffix`), under any
 * version tags after it; undefined when it ends in none. Settings are not looked under: a name
 * ending in one is refused for that first.
 * @example withoutSnapshot("gemini-1.5-pro-002") // { rest: "gemini-1.5-pro", snapshot: "002" }
 * @example withoutSnapshot("grok-2-2024-08-13") // { rest: "grok-2", snapshot: "2024-08-13" }
 * @example withoutSnapshot("davinci-002") // undefined: another lab's -00N is part of the name
 */
export function withoutSnapshot(name: string): { rest: string; snapshot: string } | undefined {
  let rest = name.trim();
  for (let guard = 0; guard < 8; guard++) {
    const peeled = peelSuffix(rest);
    if (peeled?.rule === "snapshot" && peeled.snapshot) return { rest: peeled.rest, snapshot: peeled.snapshot };
    if (peeled?.rule !== "version-tag") return undefined;
    rest = peeled.rest;
  }
  return undefined;
}

/** A snapshot as the refusal names it: Google's stable version, or a dated snapshot. */
function snapshotWords(snapshot: string): string {
  return isStableVersion(snapshot) ? `Google's stable version number ${snapshot}` : `the dated snapshot ${snapshot}`;
}

/** A piece of a name that is a size or version, no word: `70b`, `8x7b`, `v2`, `1m`. */
const SIZE_OR_VERSION = /^(?:\d+(?:x\d+)?[bmkt]|v\d+|\d+(?:[a-z]\d+)*[a-z]?|\d+bit|[a-z])$/;
/** Words many labs' model names use for a variant of a model: no sign of another lab's model. */
const VARIANT_WORDS: ReadonlySet<string> = new Set(
  (
    "instruct chat base preview beta alpha rc stable latest exp experimental turbo pro plus max mini nano micro flash lite ultra omni coder code vision vl thinking nothinking think reasoning reasoner it hf online fast large medium small tiny deep research audio realtime search tts long air airx instant versatile next dev api agent " +
    // quantisation and number formats
    "bit fp int bf awq gptq gguf mlx dynamic mixed ar"
  ).split(" "),
);

/** What a hint with `unsure` words says instead of a lab, in every message that gives hints. */
export function unsureHintText(hint: { lab: string; prefix: string; unsure: readonly string[]; unsureLabs?: Readonly<Record<string, string>> }): string {
  const word = (w: string) => `"${w}"${hint.unsureLabs?.[w] ? ` (a word of ${hint.unsureLabs[w]}'s model names)` : ""}`;
  return `begins as the registry's ${hint.prefix}... models of ${hint.lab}, but goes on with ${hint.unsure.map(word).join(", ")}, in none of their names: it may be another lab's model built on them`;
}

/**
 * The lab an unknown name most likely belongs to, for the command `models -- link` shows: the one
 * lab of the registry models that share the longest beginning with the name, a word or number at a
 * time (`llama-3.1-nemotron-70b` -> the llama-3-1-nemotron models' NVIDIA, not the llama models'
 * Meta; `gemini-1.5-pro` -> Google). Undefined when those models have several labs or none shares
 * even the first word. A hint for the editor to check, never written by itself. `prefix`: that
 * beginning as those models' ids write it (`o3` for `o3-deep-research`, `qwen3-5` for
 * `qwen3-5-9b`), each spelling joined with " or " where the ids write it differently.
 * `unsure`: the words of the name after that beginning, when it holds a version (`llama-3-1`) or
 * the word is glued to it (`gpt` + `4all`), that none of that lab's ids has and that are no size
 * or common variant word (`nemotron` in `llama-3.1-nemotron-70b`, `4all` in `gpt4all-13b-snoozy`):
 * a name that goes on so is often another lab's model built on that one (found in review:
 * NVIDIA's, Ai2's and Nomic's models hinted as Meta's and OpenAI's), so callers say so and leave
 * the lab for the editor. A sibling's name is no such sign (`reka-core` beside `reka-flash`).
 * `unsureLabs`: for an unsure word that only one other lab's ids hold, that lab (`nemotron`: NVIDIA).
 */
export function labHint(name: string, rows: readonly { id?: string; lab?: string }[]): { lab: string; prefix: string; unsure: string[]; unsureLabs: Record<string, string> } | undefined {
  const tokens = keyPieces(labelKey(name));
  if (tokens.length === 0 || !keyTokens(labelKey(name)).words[0]) return undefined;
  const shared = (id: string) => {
    const other = keyPieces(labelKey(id));
    let n = 0;
    while (n < tokens.length && n < other.length && tokens[n] === other[n]) n++;
    return n;
  };
  let best = 0;
  let labs = new Set<string>();
  let sharing: string[] = [];
  for (const r of rows) {
    if (!r.lab || !r.id) continue;
    const n = shared(r.id);
    if (n === 0 || n < best) continue;
    if (n > best) {
      best = n;
      labs = new Set();
      sharing = [];
    }
    labs.add(r.lab);
    sharing.push(r.id);
  }
  if (best === 0 || labs.size !== 1) return undefined;
  // The beginning as the ids write it (`o3`, not the pieces' `o-3`); ids that write it otherwise
  // (`qwen3-5` and `qwen-3-5`) are each named, so that the hint names only real beginnings.
  const prefixes = [...new Set(sharing.map((id) => idPrefix(labelKey(id), best)))].sort();
  const lab = [...labs][0]!;
  const labWords = new Set(rows.filter((r) => r.lab === lab && r.id).flatMap((r) => keyPieces(labelKey(r.id!))));
  // After a model's version (`llama-3-1`, `llama-2-70b`), or glued to the shared word (`gpt` +
  // `4all`): a sibling's name goes on from the family's word alone (`reka-core` beside `reka-flash`).
  const afterVersion = tokens.slice(0, best).some((w) => /\d/.test(w));
  // A word of one other lab's names only (`nemotron`, NVIDIA's) is that lab's sign wherever it comes.
  const labsOfWord = (w: string) => new Set(rows.filter((r) => r.lab && r.id && keyPieces(labelKey(r.id)).includes(w)).map((r) => r.lab));
  const unsure = [
    ...new Set(
      tokens.slice(best).filter((w) => {
        if (!/\p{L}/u.test(w) || SIZE_OR_VERSION.test(w) || VARIANT_WORDS.has(w) || labWords.has(w)) return false;
        if (afterVersion || /^\d/.test(w)) return true;
        const labs = labsOfWord(w);
        return labs.size === 1 && !labs.has(lab);
      }),
    ),
  ];
  // The one other lab whose names hold an unsure word (`nemotron`: NVIDIA), named in the note.
  const unsureLabs: Record<string, string> = {};
  for (const w of unsure) {
    const labs = labsOfWord(w);
    if (labs.size === 1 && !labs.has(lab)) unsureLabs[w] = [...labs][0]!;
  }
  return { lab, prefix: prefixes.join(" or "), unsure, unsureLabs };
}

/**
 * The beginning of kebab-case `key` that holds its first `pieces` pieces (`keyPieces`), as written.
 * @example idPrefix("o3-deep-research", 2) // "o3"
 * @example idPrefix("qwen3-max", 1) // "qwen"
 */
function idPrefix(key: string, pieces: number): string {
  const parts = key.split("-").filter(Boolean);
  let left = pieces;
  const out: string[] = [];
  for (const part of parts) {
    const inPart = keyPieces(part);
    if (inPart.length <= left) {
      out.push(part);
      left -= inPart.length;
    } else {
      // A number glued to its word, of which only the word is shared.
      out.push(inPart.slice(0, left).join(""));
      left = 0;
    }
    if (left === 0) break;
  }
  return out.join("-");
}

