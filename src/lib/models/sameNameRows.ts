import { labelKey } from "./labelKey";
/**
 * Registry rows a reader cannot tell apart: two or more rows of one lab under one display name
 * (`qwen3-235b-a22b-2507` and `qwen3-235b-a22b-instruct-2507`, both "Qwen3 235B A22B Instruct
 * 2507"). Each gets a model page of that name, and the scores and recaps of the one model are
 * split between them. Catalogs list a model under each host's id, and a host's id the import
 * cannot read as the lab's own becomes a row of its own; whether two such rows are one model is
 * the editor's call (a host also names a model wrongly), so `npm run check` lists them and never
 * merges them.
 */

/** A registry row as this reads it. */
export interface NamedRow {
  id: string;
  name: string;
  lab: string;
  line: number;
  /** The catalog the row was imported from; empty or absent for an editor's row. */
  catalog?: string;
}

/** Rows of one lab that share a display name, in file order. */
export interface SameNameGroup {
  lab: string;
  /** The name as the first row writes it. */
  name: string;
  rows: NamedRow[];
}

/**
 * The key two names share when a reader sees the same name: case, and the spaces, hyphens,
 * underscores, brackets, commas and colons between words, are ignored (`Grok 4.20 (Reasoning)` is
 * `Grok 4.20 Reasoning`); every other character counts (`Command R` is not `Command R+`,
 * `Qwen3.5` is not `Qwen3 5`).
 * @example nameKey("Qwen3-30B-A3B") === nameKey("qwen3 30b a3b")
 */
export function nameKey(name: string): string {
  return name.normalize("NFKC").toLowerCase().replace(/[\s_\-()[\]{},:]+/g, " ").trim();
}

/**
 * The groups of two or more rows with one lab and one display name (see `nameKey`), ordered by
 * their first row's line.
 * @example sameNameRows([{ id: "a", name: "A 1", lab: "L", line: 2 }, { id: "a-1", name: "A-1", lab: "L", line: 3 }]) // [{ lab: "L", name: "A 1", rows: [both] }]
 */
export function sameNameRows(rows: readonly NamedRow[]): SameNameGroup[] {
  const groups = new Map<string, NamedRow[]>();
  for (const row of [...rows].sort((a, b) => a.line - b.line)) {
    const key = `${row.lab.trim().toLowerCase()}\u0000${nameKey(row.name)}`;
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  return [...groups.values()].filter((g) => g.length > 1).map((g) => ({ lab: g[0].lab, name: g[0].name, rows: g }));
}

/** An alias of one registry row that is another row's display name (see `aliasesNamingOtherRows`). */
export interface AliasNamingOther {
  row: NamedRow & { aliases: readonly string[] };
  alias: string;
  other: NamedRow;
}

/**
 * Aliases of one row that are another row's display name, in any case or punctuation
 * (`gemini-2.5-pro-preview-06-05` on Gemini 2.5 Pro's row, beside the row named "Gemini 2.5 Pro
 * Preview 06-05"): results under that name are credited to the first model while the second has
 * a page of its own, so the preview's score reads as the release's. `models -- add` refuses such a
 * name; this finds it on a hand-edited row. Whether they are one model is the editor's call (a
 * catalog also names a variant by its base model's name: an NVFP4 build called "Nemotron 3 Super
 * 120B A12B"), so `npm run check` warns and changes nothing.
 */
export function aliasesNamingOtherRows(rows: readonly (NamedRow & { aliases: readonly string[] })[]): AliasNamingOther[] {
  const byName = new Map<string, NamedRow>();
  for (const r of rows) {
    const key = labelKey(r.name);
    if (key !== "" && !byName.has(key)) byName.set(key, r);
  }
  const out: AliasNamingOther[] = [];
  for (const row of rows) {
    for (const alias of row.aliases) {
      const other = byName.get(labelKey(alias));
      if (other && other.id !== row.id) out.push({ row, alias, other });
    }
  }
  return out;
}
