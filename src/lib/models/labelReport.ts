/**
 * Every model name a site uses, once: the labels in recaps' `models` frontmatter, the `model` of
 * MDX components and the model names of results files, each with how often and where it is used
 * and what the matcher makes of it. `npm run check` reports the unresolved ones once each (not once
 * per use), `check --json` lists them all, and `npm run models -- link` proposes how to link them.
 */
import type { ModelMatch, ModelMatcher } from "./modelMatcher";

/** Where a label is used. */
export interface LabelUse {
  label: string;
  /** Path relative to the site root. */
  file: string;
  line: number;
  /** `recap`: a `models` frontmatter entry; `component`: an MDX component's `model`; `results`: a results file's model. */
  where: "recap" | "component" | "results";
  /** The recap's date, for a use in a recap whose date reads as one. */
  date?: Date;
}

/** What a label resolves to, as `check --json` writes it. */
export type LabelResolution =
  | { kind: "model"; id: string; setting?: string; snapshot?: string; rules: string[] }
  | { kind: "family"; family: string; members: string[] }
  | { kind: "product"; id: string }
  | { kind: "unresolved"; reason: "ambiguous" | "unknown"; candidates: string[] };

/** One distinct label: how often it is used, where, and what it names. */
export interface LabelSummary {
  label: string;
  count: number;
  /** Every use, in file and line order. */
  uses: { file: string; line: number; where: LabelUse["where"] }[];
  resolution: LabelResolution;
}

/** The JSON form of a match (no label, nothing undefined). */
function resolutionOf(match: ModelMatch): LabelResolution {
  switch (match.kind) {
    case "model": {
      const r: LabelResolution = { kind: "model", id: match.id, rules: match.rules };
      if (match.setting) r.setting = match.setting;
      if (match.snapshot) r.snapshot = match.snapshot;
      return r;
    }
    case "family":
      return { kind: "family", family: match.family, members: match.members };
    case "product":
      return { kind: "product", id: match.id };
    default:
      return { kind: "unresolved", reason: match.reason, candidates: match.candidates };
  }
}

/**
 * Groups uses by label (as written, trimmed), most used first, then alphabetically; each with
 * its resolution.
 * @example summariseLabels([{ label: "gpt-4o", file: "a.md", line: 5, where: "recap" }], matcher)[0].count // 1
 */
export function summariseLabels(uses: readonly LabelUse[], matcher: Pick<ModelMatcher, "match">): LabelSummary[] {
  const byLabel = new Map<string, LabelUse[]>();
  for (const u of uses) {
    const label = u.label.trim();
    if (label === "") continue;
    byLabel.set(label, [...(byLabel.get(label) ?? []), u]);
  }
  const out: LabelSummary[] = [];
  for (const [label, list] of byLabel) {
    const sorted = [...list].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
    out.push({ label, count: list.length, uses: sorted.map(({ file, line, where }) => ({ file, line, where })), resolution: resolutionOf(matcher.match(label)) });
  }
  return out.sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
}

/** `12 uses in 9 files` style counts for messages. */
export function usesPhrase(summary: LabelSummary): string {
  const files = new Set(summary.uses.map((u) => u.file)).size;
  if (summary.count === 1) return "used once";
  return files === summary.count ? `used in ${files} files` : `used ${summary.count} times in ${files} file${files === 1 ? "" : "s"}`;
}

/** How many uses of one kind name a model, a product, or neither. */
export interface LinkRate {
  uses: number;
  /** Uses that link to a model. */
  linked: number;
  /** Uses that name a product (linked to its page, never to a model). */
  products: number;
}

/**
 * The link rates of the recaps' uses (`models` frontmatter and MDX components: what editors
 * write) and of the results files' rows, apart. Apart because a results row is linked by
 * construction (`import:results` refuses a row whose model is unknown): counted together, they
 * made a user's site, the 41 AINews issues beside results, read 96% linked where 40% of its
 * recap labels were (found by a user).
 * @example linkRates(summaries).recaps // { uses: 218, linked: 87, products: 13 }
 */
export function linkRates(summaries: readonly LabelSummary[]): { recaps: LinkRate; results: LinkRate } {
  const rates = { recaps: { uses: 0, linked: 0, products: 0 }, results: { uses: 0, linked: 0, products: 0 } };
  for (const s of summaries) {
    for (const u of s.uses) {
      const rate = u.where === "results" ? rates.results : rates.recaps;
      rate.uses++;
      if (s.resolution.kind === "model") rate.linked++;
      if (s.resolution.kind === "product") rate.products++;
    }
  }
  return rates;
}
