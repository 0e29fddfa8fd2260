/**
 * Merges a catalog's models into data/models.csv, as a plan the command prints (and writes unless
 * `--dry-run`). The rules:
 *
 * - a row an editor wrote (empty `catalog` cell) is never changed. When the catalog names the
 *   same model, the plan keeps the row and lists where the catalog disagrees (`kept`);
 * - a row this catalog imported before is updated from the catalog, column by column, each change
 *   listed (`updated`); its aliases are only ever added to, so no recap loses its link. Only the
 *   catalog model the row is named for (the row's id is its id or one of its aliases) updates it:
 *   another that reaches the row through an alias alone is one the editor merged into it (the
 *   same model under a host's id, `npm run check`'s "model-same-name"), and its facts are not
 *   taken (`merged`), else each import would write the facts of whichever came last; a new id
 *   of it (one no row names) is added to the row's aliases, as the row's own model's are;
 * - a row another catalog imported is left as it is (`otherCatalog`);
 * - any other catalog model is a new row, appended (`added`);
 * - a catalog model that fits two rows is not imported (`ambiguous`), and a row that the catalog no
 *   longer lists stays (nothing is deleted);
 * - a catalog model that fits no row, but would fit one of its lab without a release-stage word
 *   (OpenRouter's `grok-3-beta`, "Grok 3 Beta", beside models.dev's `grok-3`) is not added: it is
 *   listed (`likelySame`) for the editor, who adds its ids to the row's aliases or, if it is another
 *   model (`o1-preview` is not `o1`), registers it. A stage is not read away silently either way:
 *   a row of its own would split the model's scores (Grok 3 Beta ranked apart from Grok 3), an
 *   alias would join two models. Release dates more than a month apart say two releases.
 *
 * Which row a catalog model is, is the matcher's answer for its id and aliases: a model, not at a
 * setting (the lab's `kimi-k2-thinking` is a model of its own even where `kimi-k2` is registered).
 * When none of those names a row, its display name may: a catalog model of an editor's row's lab
 * whose name is that row's id or alias as written, but for case and punctuation (the catalog's
 * `qwen3-coder`, "Qwen3 Coder 480B A35B", is the editor's `qwen3-coder-480b-a35b`), is that row,
 * not a second row of the same model; its ids are listed (`namedBy`) for the editor to add as
 * aliases, since an editor's row is not changed. Only a name that says all its ids say, but for a
 * dated snapshot, stands for the model (`nameSaysAll`): catalogs name `ui-tars-1-5-7b` "UI-TARS 7B"
 * and `devstral-small-2507` "Devstral Small", another model than the row of that name.
 */
import { buildModelMatcher, type MatchableProduct, type MatchRule, type ModelMatcher } from "./modelMatcher";
import { openWeightsConflicts, releaseConflicts, type CatalogModel } from "./groupCatalog";
import { keyPieces, labelKey } from "./labelKey";
import { peelSuffix, stripProviderPrefix } from "./labelRules";
import { withoutReleaseStage } from "./modelWords";
import { daysBetween } from "../content/recapRules";
import { MODEL_COLUMNS } from "../../schemas/model";

/** A row of data/models.csv as text cells, by column. */
export type ModelCells = Record<string, string>;

/** A row as the file has it: its cells and its line. */
export interface RegistryRow {
  line: number;
  cells: ModelCells;
}

/** One changed cell. */
export interface CellChange {
  column: string;
  from: string;
  to: string;
}

/** What the import will do. */
export interface ModelImportPlan {
  /** Every row of the new file, existing rows in place, new rows after them. */
  rows: ModelCells[];
  added: CatalogModel[];
  updated: { id: string; line: number; changes: CellChange[] }[];
  /**
   * Editors' rows a catalog model fits, with what the catalog says otherwise; `source` is the
   * catalog model that says it (two can fit one row). `namedBy`: catalog models that fit the row by
   * their display name only, with their ids, which name no row yet.
   */
  kept: { id: string; line: number; differences: (CellChange & { source: string })[]; namedBy?: { source: string; name: string; ids: string[] }[] }[];
  /** Catalog models that fit a row another catalog imported. */
  otherCatalog: { id: string; line: number; catalog: string }[];
  /** This catalog's rows last refreshed from a newer copy of it (`date`, their catalog_date): their facts are kept, only new aliases added. */
  olderCopy: { id: string; line: number; date: string }[];
  /** Catalog models that reach a row of this catalog through the row's aliases alone (see the module comment): the row is left to its own model. */
  merged: { id: string; row: string; line: number }[];
  /** Catalog models that fit two rows: not imported. */
  ambiguous: { id: string; rows: string[] }[];
  /**
   * Catalog models that fit no row but for release-stage words (`grok-3-beta`, "Grok 3 Beta",
   * beside a registered `grok-3` of the lab, released within a month of it or undated): not
   * added, since the stage may be the model's early listing or another model (`o1-preview`);
   * reported for the editor to decide. `stages`: the words (`beta`); `rows`: the registered
   * models; `ids`: the catalog model's ids, which name no row yet, for the row's aliases.
   */
  likelySame: { id: string; name: string; stages: string[]; rows: { id: string; line: number }[]; ids: string[] }[];
  /**
   * Rows of this catalog the catalog no longer lists under their own id (kept, their facts as they
   * were). `merged`: catalog models still listed that reach the row through its aliases alone
   * (`merged`), whose facts the row does not take: when the catalog renamed the row's model to
   * one of them, the row's facts stay frozen until the editor makes that id the row's.
   */
  gone: { id: string; line: number; merged?: string[] }[];
  unchanged: number;
}

/** Everything a plan needs. */
export interface ModelImportInput {
  /** The catalog's models (groupCatalog). */
  models: readonly CatalogModel[];
  /** `models.dev` or `openrouter`: written to each imported row's `catalog` cell. */
  catalog: string;
  /** The catalog's date, `YYYY-MM-DD`: written to `catalog_date`. */
  catalogDate: string;
  /** data/models.csv as it is. */
  registry: readonly RegistryRow[];
  /** data/products.csv's rows, so that no model takes a product's name. */
  products?: readonly MatchableProduct[];
}

/**
 * A label without its dated snapshots and version tags (`mistral-small-2603` -> `mistral-small`,
 * `deepseek-v3-2-251201` -> `deepseek-v3-2`, `claude-sonnet-4-5-20250929` -> `claude-sonnet-4-5`),
 * with any setting left on; `dated`: whether a snapshot was taken off.
 */
function withoutSnapshot(label: string): { rest: string; dated: boolean } {
  let rest = label;
  let dated = false;
  for (let peeled = peelSuffix(rest); peeled && (peeled.rule === "snapshot" || peeled.rule === "version-tag"); peeled = peelSuffix(rest)) {
    rest = peeled.rest;
    dated ||= peeled.rule === "snapshot";
  }
  // A lab's month or day snapshot that the matcher's rules do not read as one (Mistral's `-2603`,
  // DeepSeek's `-251201`, Moonshot's `-0905`): the matcher keeps `kimi-k2-0905` apart from
  // `kimi-k2`, so such a name is taken only with the release dates agreeing (editorRowNamed).
  const short = /-(\d{4}|\d{6})$/.exec(rest);
  return short ? { rest: rest.slice(0, short.index), dated: true } : { rest, dated };
}

/** Matcher rules that leave a name as written but for its spelling and what never names another model. */
export const NAME_AS_WRITTEN: ReadonlySet<MatchRule> = new Set(["id", "alias", "case-punctuation", "provider-prefix", "snapshot", "version-tag"]);

/** Release dates this far apart are two releases, not one model's listings. */
export const SAME_RELEASE_DAYS = 31;

const number = (n: number | undefined) => (n === undefined ? "" : String(Math.round(n * 1e6) / 1e6));
const splitAliases = (cell: string | undefined) => (cell ?? "").split("|").map((a) => a.trim()).filter(Boolean);

/** The cells a catalog model writes (aliases merged with `previous` ones by the caller). */
export function cellsOf(m: CatalogModel, catalog: string, catalogDate: string): ModelCells {
  return {
    id: m.id,
    name: m.name,
    lab: m.lab,
    released: m.released ?? "",
    open_weights: String(m.openWeights),
    aliases: m.aliases.join("|"),
    context_window: number(m.contextWindow),
    input_price_per_mtok: number(m.inputPrice),
    output_price_per_mtok: number(m.outputPrice),
    catalog,
    catalog_date: catalogDate,
    catalog_disputes: disputesCell(m),
  };
}

/**
 * The `catalog_disputes` cell of a catalog model's row: the release dates and the open-weights
 * flag other listings that speak for its lab give otherwise than the row (`releaseConflicts`,
 * `openWeightsConflicts`), so that the site says the fact is disputed, as the import's `!` lines
 * say it once (found in review: DeepSeek-V3 shown closed, GPT-4 released in November 2023, with
 * nothing on the page to say the catalog says otherwise). Empty when its listings agree.
 * @example disputesCell(gpt4) // "released=2023-03-14 (1 of 3)"
 */
export function disputesCell(m: Pick<CatalogModel, "released" | "openWeights" | "entries">): string {
  // Each with how many of the model's listings give it, of those that could (found in review: one
  // reseller's day among eighteen listings read as "other listings" on the page).
  const dated = m.entries.filter((e) => e.authoritative && e.released && peelSuffix(e.id)?.rule !== "snapshot").length;
  const parts = releaseConflicts(m, SAME_RELEASE_DAYS).map((c) => `released=${c.date} (${c.entries.length} of ${dated})`);
  const open = openWeightsConflicts(m);
  if (open) parts.push(`open_weights=true (${open.entries.length} of ${m.entries.filter((e) => e.authoritative).length})`);
  return parts.join("|");
}

/** A registered model a name is but for release-stage words (`stageTwinModel`). */
export interface StageTwin {
  id: string;
  stages: string[];
  /**
   * Days the name is rated on beside the model itself in the table being imported (LMArena rates
   * `gemini-2.0-flash-exp` and `gemini-2.0-flash` on the same days): two rows of one table, so not
   * one model's two names. Set by the import; undefined elsewhere.
   */
  sameDays?: number;
}

/**
 * The registered model a name is but for release-stage words (`withoutReleaseStage`): Epoch's
 * `grok-3-beta` beside a registered `grok-3`. Likely that model, never certain (`o1-preview` is
 * not `o1`): the catalog import (`releaseStageTwin`, which adds the lab and release-day checks a
 * catalog entry allows), `import:results`'s advice and `models -- add` leave it to the editor,
 * rather than a row that would give Grok 3 a second page.
 * @example stageTwinModel("grok-3-beta", matcher) // { id: "grok-3", stages: ["beta"] }
 */
export function stageTwinModel(name: string, matcher: Pick<ModelMatcher, "match">): StageTwin | undefined {
  const bare = withoutReleaseStage(stripProviderPrefix(name) ?? name);
  if (!bare) return undefined;
  const hit = matcher.match(bare.rest);
  if (hit.kind !== "model" || hit.setting || !hit.rules.every((r) => NAME_AS_WRITTEN.has(r))) return undefined;
  return { id: hit.id, stages: bare.stages };
}

/**
 * The registry rows catalog model `m` is but for release-stage words (`withoutReleaseStage`) in
 * its id, an alias (behind a provider's prefix) or its display name: what is left is a row's id or
 * alias as written, but for case, punctuation, a prefix, a snapshot or a version tag; the row is
 * of `m`'s lab; and their release dates, where both have one, are within a month (`o1-preview`,
 * September 2024, is another release than `o1`, December 2024). Undefined when none is. The import
 * (`likelySame`) and `models -- link` (`release-stage`) report these; neither adds nor joins them.
 */
export function releaseStageTwin(
  m: Pick<CatalogModel, "id" | "name" | "lab" | "released" | "aliases">,
  matcher: Pick<ModelMatcher, "match">,
  rowOf: (id: string) => { lab: string; released?: string; line: number } | undefined,
): { rows: { id: string; line: number }[]; stages: string[] } | undefined {
  const rows = new Map<string, number>();
  const stages: string[] = [];
  for (const name of [m.id, ...m.aliases, m.name]) {
    const twin = stageTwinModel(name, matcher);
    if (!twin) continue;
    const row = rowOf(twin.id);
    if (!row || labelKey(row.lab) !== labelKey(m.lab)) continue;
    if (row.released && m.released && Math.abs(daysBetween(row.released, m.released)) > SAME_RELEASE_DAYS) continue;
    rows.set(twin.id, row.line);
    for (const w of twin.stages) if (!stages.includes(w)) stages.push(w);
  }
  return rows.size > 0 ? { rows: [...rows].map(([id, line]) => ({ id, line })), stages } : undefined;
}

/**
 * Whether a catalog row was last refreshed from a newer copy of the catalog than the one of
 * `catalogDate`. By day: a cell written with a time (`2026-07-02T10:00:00Z`) is the same day's copy.
 */
const fromNewerCopy = (cells: ModelCells, catalogDate: string) => (cells.catalog_date ?? "").trim().slice(0, 10) > catalogDate.slice(0, 10);

/** Plans the import (see the module comment). Pure: the command reads and writes the files. */
export function planModelImport({ models, catalog, catalogDate, registry, products = [] }: ModelImportInput): ModelImportPlan {
  const plan: ModelImportPlan = { rows: registry.map((r) => ({ ...r.cells })), added: [], updated: [], kept: [], merged: [], otherCatalog: [], olderCopy: [], ambiguous: [], likelySame: [], gone: [], unchanged: 0 };
  const { matcher } = buildModelMatcher({
    models: registry.map((r) => ({ id: r.cells.id ?? "", aliases: splitAliases(r.cells.aliases), line: r.line })),
    products,
  });
  const indexOf = new Map(registry.map((r, i) => [r.cells.id, i]));
  const seen = new Set<string>();
  /** Rows counted `unchanged`, and new ids of models merged into a row (added once every model is read). */
  const unchangedRows = new Set<number>();
  const mergedAliases = new Map<number, string[]>();
  const taken = new Set(registry.flatMap((r) => [r.cells.id, ...splitAliases(r.cells.aliases)].map(labelKey)));

  for (const m of models) {
    // Which existing rows this model is: through its id and every alias, as a model, not at a setting.
    const owners = new Set<string>();
    let product = false;
    for (const name of [m.id, ...m.aliases]) {
      const hit = matcher.match(name);
      if (hit.kind === "model" && !hit.setting) owners.add(hit.id);
      if (hit.kind === "product") product = true;
    }
    if (owners.size > 1) {
      plan.ambiguous.push({ id: m.id, rows: [...owners].sort() });
      continue;
    }
    const byName = owners.size === 0 && !product ? editorRowNamed(m) : undefined;
    if (byName !== undefined) owners.add(byName);
    if (owners.size === 0) {
      if (product) continue;
      const twin = releaseStageTwin(m, matcher, (id) => {
        const r = registry[indexOf.get(id)!];
        return { lab: r.cells.lab ?? "", released: (r.cells.released ?? "").trim() || undefined, line: r.line };
      });
      if (twin) {
        // Not a row of its own, nor (a guess) an alias of the row: the editor decides.
        const ids = [m.id, ...m.aliases].filter((n) => !taken.has(labelKey(n)));
        for (const n of ids) taken.add(labelKey(n));
        plan.likelySame.push({ id: m.id, name: m.name, stages: twin.stages, rows: twin.rows, ids });
        continue;
      }
      const cells = cellsOf(m, catalog, catalogDate);
      // A name another row already claims stays with that row.
      const aliases = m.aliases.filter((a) => !taken.has(labelKey(a)));
      if (taken.has(labelKey(m.id))) continue;
      cells.aliases = aliases.join("|");
      for (const n of [m.id, ...aliases]) taken.add(labelKey(n));
      plan.rows.push(cells);
      plan.added.push({ ...m, aliases });
      continue;
    }
    const ownerId = [...owners][0];
    const index = indexOf.get(ownerId)!;
    const row = registry[index];
    const fresh = cellsOf(m, catalog, catalogDate);
    const existingCatalog = (row.cells.catalog ?? "").trim();
    if (existingCatalog === "") {
      seen.add(ownerId);
      // An editor's row: kept as written; the differences are shown, not applied.
      const differences = (["name", "lab", "released", "open_weights"] as const)
        // Names that differ only in case and punctuation (`GLM-5` and `GLM 5`) are the same name.
        .filter((c) => fresh[c] !== "" && (c === "name" ? labelKey(row.cells[c] ?? "") !== labelKey(fresh[c]) : (row.cells[c] ?? "").trim().toLowerCase() !== fresh[c].toLowerCase()))
        .map((c) => ({ column: c, from: (row.cells[c] ?? "").trim(), to: fresh[c], source: m.id }));
      // Two catalog models can fit one editor row (`gemini-3-pro` and its `-preview`): one note per row.
      let prior = plan.kept.find((k) => k.id === ownerId);
      if (!prior) plan.kept.push((prior = { id: ownerId, line: row.line, differences }));
      else for (const d of differences) if (!prior.differences.some((p) => p.column === d.column)) prior.differences.push(d);
      if (byName !== undefined) {
        const ids = [m.id, ...m.aliases].filter((n) => !taken.has(labelKey(n)));
        (prior.namedBy ??= []).push({ source: m.id, name: m.name, ids });
        // Kept for the editor's row: no later catalog model of this import takes them as its aliases.
        for (const n of ids) taken.add(labelKey(n));
      }
      continue;
    }
    if (existingCatalog !== catalog) {
      seen.add(ownerId);
      plan.otherCatalog.push({ id: ownerId, line: row.line, catalog: existingCatalog });
      continue;
    }
    // This catalog's row: refreshed. The id stays (recaps and results use it); aliases only grow.
    if (![m.id, ...m.aliases].some((n) => labelKey(n) === labelKey(row.cells.id ?? ""))) {
      // Not `seen`: a row whose own model left the catalog is `gone`, even while a model merged into it is still listed.
      plan.merged.push({ id: m.id, row: ownerId, line: row.line });
      // Its facts are the row's own model's to give; a new id of it is still the row's model's name.
      const ids = m.aliases.filter((a) => !taken.has(labelKey(a)) && !takenElsewhere(a, ownerId));
      for (const a of ids) taken.add(labelKey(a));
      if (ids.length > 0) mergedAliases.set(index, [...(mergedAliases.get(index) ?? []), ...ids]);
      continue;
    }
    seen.add(ownerId);
    const previous = splitAliases(row.cells.aliases);
    const added = m.aliases.filter((a) => !previous.some((p) => labelKey(p) === labelKey(a)) && labelKey(a) !== labelKey(row.cells.id) && !takenElsewhere(a, ownerId));
    // A row refreshed from a newer copy of the catalog than this one keeps its facts: an older copy
    // (or its default date, the newest date inside it, which can predate the day it was fetched)
    // neither makes the row older nor puts back its earlier prices (found in review: they were
    // written under the newer copy's date). Its aliases still grow.
    const newerCopy = fromNewerCopy(row.cells, catalogDate);
    if (newerCopy) plan.olderCopy.push({ id: ownerId, line: row.line, date: (row.cells.catalog_date ?? "").trim() });
    const next: ModelCells = { ...row.cells, ...(newerCopy ? {} : fresh), id: row.cells.id, aliases: [...previous, ...added].join("|") };
    const columns = [...new Set([...MODEL_COLUMNS, ...Object.keys(next)])];
    const changes = columns
      .filter((c) => (row.cells[c] ?? "") !== (next[c] ?? ""))
      .map((c) => ({ column: c, from: row.cells[c] ?? "", to: next[c] }));
    if (changes.length === 0) {
      plan.unchanged++;
      unchangedRows.add(index);
    }
    else {
      plan.rows[index] = next;
      plan.updated.push({ id: ownerId, line: row.line, changes });
    }
  }
  for (const [index, ids] of mergedAliases) {
    const row = registry[index];
    const aliases = [...splitAliases(plan.rows[index].aliases), ...ids].join("|");
    plan.rows[index] = { ...plan.rows[index], aliases };
    const change = { column: "aliases", from: row.cells.aliases ?? "", to: aliases };
    const updated = plan.updated.find((u) => u.id === row.cells.id);
    if (updated) updated.changes = [...updated.changes.filter((c) => c.column !== "aliases"), change];
    else plan.updated.push({ id: row.cells.id, line: row.line, changes: [change] });
    if (unchangedRows.delete(index)) plan.unchanged--;
  }
  for (const r of registry) {
    if ((r.cells.catalog ?? "").trim() !== catalog || seen.has(r.cells.id)) continue;
    // A row from a newer copy of the catalog than this one: an older copy not listing it says
    // nothing of it (the model may be newer than the copy: found in review).
    if (fromNewerCopy(r.cells, catalogDate)) continue;
    const mergedIds = plan.merged.filter((m) => m.row === r.cells.id).map((m) => m.id);
    plan.gone.push({ id: r.cells.id, line: r.line, ...(mergedIds.length > 0 ? { merged: mergedIds } : {}) });
  }
  return plan;

  /**
   * The editor's row that catalog model `m` is by its display name (see the module comment), or
   * undefined: the name as written, but for case and punctuation, is the row's id or an alias
   * (no prefix, snapshot, tag or setting taken off), and the lab is the row's.
   */
  function editorRowNamed(m: CatalogModel): string | undefined {
    const says = nameSaysAll(m);
    if (says === undefined) return undefined;
    const hit = matcher.match(m.name);
    if (hit.kind !== "model" || hit.setting || hit.rules.length !== 1 || !["id", "alias", "case-punctuation"].includes(hit.rules[0])) return undefined;
    const row = registry[indexOf.get(hit.id)!];
    // The name left out a snapshot: a row released at another time is another release (`kimi-k2`, July 2025, is not `kimi-k2-0905`).
    const released = (row.cells.released ?? "").trim();
    if (says.dated && released !== "" && m.released && Math.abs(daysBetween(released, m.released)) > SAME_RELEASE_DAYS) return undefined;
    const editors = (row.cells.catalog ?? "").trim() === "";
    return editors && labelKey(row.cells.lab ?? "") === labelKey(m.lab) ? hit.id : undefined;
  }

  /**
   * Whether catalog model `m`'s display name says all that its ids say, so that the name can stand
   * for it: the name has a version or size of its own, and every word and number of each id
   * (behind a provider's prefix, without a dated snapshot or version tag: `-2603`, `-251201`,
   * `-20250929`, `-latest`) is in the name. A name that leaves out more is another model of the
   * line, or the line: "UI-TARS 7B" for `ui-tars-1-5-7b`, "Granite 4.0 Micro" for
   * `granite-4-0-h-micro`, "ERNIE 5.0" for `ernie-5-0-thinking-preview`, "Devstral Small" for
   * `devstral-small-2507`, "Nemotron Super" for `nemotron-120b-a12b`, "Qwen3 4B" for `qwen3-4b-fp8`.
   * `dated`: whether an id's snapshot was left out.
   */
  function nameSaysAll(m: CatalogModel): { dated: boolean } | undefined {
    const said = new Set(keyPieces(labelKey(m.name)));
    if (![...said].some((p) => /\d/.test(p))) return undefined;
    let dated = false;
    for (const name of [m.id, ...m.aliases]) {
      const bare = withoutSnapshot(stripProviderPrefix(name) ?? name);
      if (!keyPieces(labelKey(bare.rest)).every((p) => said.has(p))) return undefined;
      dated ||= bare.dated;
    }
    return { dated };
  }

  /** Whether a name belongs to another row than `id`. */
  function takenElsewhere(name: string, id: string): boolean {
    const hit = matcher.match(name);
    return hit.kind === "model" ? hit.id !== id : hit.kind === "product";
  }
}
