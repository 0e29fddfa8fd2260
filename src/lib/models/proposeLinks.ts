/**
 * What `npm run models -- link` proposes for each model label that links to no model. Only two
 * kinds of proposal are ever written (with `--write`), because only they rest on evidence rather
 * than resemblance:
 *
 * - **alias**: a catalog (given with `--catalog`) lists the label as a name of a registered model;
 * - **new model**: a catalog (given with `--catalog`) has the model, and the registry does not
 *   (but for a release stage: a catalog's `grok-3-beta` beside a registered `grok-3` is shown as
 *   likely that model, `release-stage`, for the editor to decide);
 * - **alias** too when the label is, but for case and punctuation, the registry's own display name
 *   of one model (`mistral-small-3.1` for mistral-small-2503, "Mistral Small 3.1").
 *
 * Everything else is shown for the editor to decide: a family (`llama-3`), a label that fits
 * several models (`ambiguous: X or Y`), a near spelling of one model (`did you mean`; for a label
 * that is a model's name with a family's number written in, `claude-3-opus-4.6` for
 * claude-opus-4-6, that too, as a likely alias the editor adds by hand), or nothing.
 */
import type { CatalogModel } from "./groupCatalog";
import { labelKey } from "./labelKey";
import type { LabelSummary } from "./labelReport";
import { buildModelMatcher, type ModelMatcher } from "./modelMatcher";
import { releaseStageTwin } from "./planModelImport";
import { familyNumberTwin } from "./suggestModels";

/** A catalog's models, for new-model proposals. */
export interface ProposalCatalog {
  /** `models.dev` or `openrouter`. */
  name: string;
  /** The catalog's date, `YYYY-MM-DD`. */
  date: string;
  models: readonly CatalogModel[];
}

/** A proposal for one label. */
export type LinkProposal =
  | { kind: "alias"; id: string; rule: string }
  | { kind: "new-model"; model: CatalogModel; catalog: string; catalogDate: string; rule: string }
  /** The catalog's model is a registered one but for a release stage (`releaseStageTwin`): the editor decides. */
  | { kind: "release-stage"; model: CatalogModel; catalog: string; rows: { id: string; line: number }[]; stages: string[] }
  | { kind: "ambiguous"; candidates: string[] }
  | { kind: "family"; members: string[] }
  /**
   * Near spellings of registered models. `familyNumber`: the label is the first such model's name
   * but for a family's number written in (`claude-3-opus-4.6` for claude-opus-4-6), with its line
   * in data/models.csv when known: likely that model, an alias for the editor to confirm.
   */
  | { kind: "suggestion"; candidates: string[]; familyNumber?: { id: string; number: string; after: string; line?: number } }
  | { kind: "none" };

/** A label and its proposal. */
export interface LabelProposal {
  summary: LabelSummary;
  proposal: LinkProposal;
}

/**
 * Proposes how to link each label that resolves to no model (labels resolved to a model or a
 * product are left out), most used first.
 */
export function proposeLinks(
  summaries: readonly LabelSummary[],
  {
    matcher,
    catalogs = [],
    models = [],
  }: {
    matcher: ModelMatcher;
    catalogs?: readonly ProposalCatalog[];
    /** The registry's models: their display names, and lab, release date and line for `release-stage`. */
    models?: readonly { id: string; name: string; lab?: string; released?: Date; line?: number }[];
  },
): LabelProposal[] {
  // The registry's display names, by key; a name two models share is nobody's.
  const byDisplayName = new Map<string, string | null>();
  for (const m of models) {
    const key = labelKey(m.name);
    byDisplayName.set(key, byDisplayName.has(key) && byDisplayName.get(key) !== m.id ? null : m.id);
  }
  // Each catalog as a matcher over its models' ids, aliases and every provider id it lists.
  const catalogMatchers = catalogs.map((c) => {
    const byId = new Map(c.models.map((m) => [m.id, m]));
    const { matcher: cm } = buildModelMatcher({
      models: c.models.map((m) => ({ id: m.id, aliases: [...new Set([...m.aliases, ...m.entries.map((e) => e.id), ...m.entries.map((e) => e.base)])].filter((a) => labelKey(a) !== labelKey(m.id)) })),
    });
    return { catalog: c, byId, matcher: cm };
  });

  const out: LabelProposal[] = [];
  for (const summary of summaries) {
    const r = summary.resolution;
    if (r.kind === "model" || r.kind === "product") continue;
    const proposal = ((): LinkProposal => {
      if (r.kind === "family") return { kind: "family", members: r.members };
      if (r.reason === "ambiguous") return { kind: "ambiguous", candidates: r.candidates };
      const named = byDisplayName.get(labelKey(summary.label));
      if (named) return { kind: "alias", id: named, rule: `the registry's display name of ${named} is "${models.find((m) => m.id === named)!.name}"` };
      // A catalog that knows the name.
      for (const { catalog, byId, matcher: cm } of catalogMatchers) {
        const hit = cm.match(summary.label);
        if (hit.kind !== "model") continue;
        const model = byId.get(hit.id)!;
        // The catalog's model may be registered under another name: then the label is its alias.
        const owners = new Set([model.id, ...model.aliases].flatMap((n) => {
          const m = matcher.match(n);
          return m.kind === "model" && !m.setting ? [m.id] : [];
        }));
        if (owners.size === 1) return { kind: "alias", id: [...owners][0], rule: `${catalog.name} lists "${summary.label}" as a name of ${model.name}` };
        if (owners.size > 1) return { kind: "ambiguous", candidates: [...owners].sort() };
        // OpenRouter's grok-3-beta beside a registered grok-3: neither a new model nor an alias by itself.
        const twin = releaseStageTwin(model, matcher, (id) => {
          const row = models.find((x) => x.id === id);
          return row?.lab ? { lab: row.lab, released: row.released?.toISOString().slice(0, 10), line: row.line ?? 0 } : undefined;
        });
        if (twin) return { kind: "release-stage", model, catalog: catalog.name, ...twin };
        return { kind: "new-model", model, catalog: catalog.name, catalogDate: catalog.date, rule: `${catalog.name} has ${model.name} (${model.lab}${model.released ? `, ${model.released}` : ""})` };
      }
      if (r.candidates.length) {
        const twin = familyNumberTwin(summary.label, r.candidates);
        if (!twin) return { kind: "suggestion", candidates: r.candidates };
        const line = models.find((m) => m.id === twin.id)?.line;
        return { kind: "suggestion", candidates: r.candidates, familyNumber: line === undefined ? twin : { ...twin, line } };
      }
      return { kind: "none" };
    })();
    out.push({ summary, proposal });
  }
  return out;
}

/** Whether `--write` applies a proposal. */
export const isWritable = (p: LinkProposal): p is Extract<LinkProposal, { kind: "alias" | "new-model" }> => p.kind === "alias" || p.kind === "new-model";
