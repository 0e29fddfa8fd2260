/**
 * Precision and recall of the matcher on a hand-checked set of labels (the fixture
 * `src/lib/models/fixtures/labelled-labels.csv`; `npm run models -- accuracy` prints them).
 *
 * Each case says what its label truly names: a registry model (`expected` is its id, with the
 * setting the label carries), a `family`, a `product:<id>`, a model the registry does not have
 * (`absent`), or no model at all (`none`: a benchmark, a GPU, a technique).
 *
 * - **precision**: of the labels the matcher links to a model, the share linked to the right
 *   model at the right setting. Linking a family, a product, an absent model or a non-model, or
 *   another model, is a wrong link.
 * - **recall**: of the labels whose model is in the registry, the share linked to it.
 * Both are given per distinct label and per mention (weighted by `count`).
 * - **suggestions**: of the labels left unknown with a did-you-mean (never a link: the editor
 *   decides), how many suggest their own registered model, and how many another or none (a
 *   family's, an absent model's, a non-model's). Links' precision cannot see a suggestion, right
 *   or wrong.
 */
import type { ModelMatcher } from "./modelMatcher";

/** One hand-checked label. */
export interface LabelCase {
  label: string;
  /** Where it was found: `frontmatter`, `body`, `epoch`, `arena`. */
  source: string;
  /** How often it is used there. */
  count: number;
  /**
   * A model id, `family`, `product:<id>`, `absent` or `none`. Ids separated by `|` when the
   * registry holds one model in several rows (a catalog's and an editor's): each is right.
   */
  expected: string;
  /** The setting the label carries, when it names a model. */
  setting?: string;
  why?: string;
}

/** A case the matcher got wrong. */
export interface CaseMiss {
  case: LabelCase;
  /** What the matcher said: `model x · setting`, `family`, `product:x`, `unresolved`. */
  got: string;
}

/** The scores, per label and per mention. */
export interface AccuracyReport {
  labels: number;
  /** Labels the matcher linked to a model, and how many of them rightly. */
  linked: number;
  rightLinks: number;
  /** Labels whose model is in the registry, and how many the matcher linked to it. */
  inRegistry: number;
  found: number;
  precision: number;
  recall: number;
  mentionPrecision: number;
  mentionRecall: number;
  /** Wrong links (they cost precision) and labels not linked to their registered model (recall). */
  wrong: CaseMiss[];
  missed: CaseMiss[];
  /** Products, families, absent models and non-models the matcher rightly left unlinked. */
  rightlyUnlinked: number;
  /** Labels left unknown with near spellings, and how many of them list the label's own model. */
  suggested: number;
  rightSuggestions: number;
  /** The suggestions that list no model the label names. */
  wrongSuggestions: CaseMiss[];
}

const isModel = (expected: string) => !["family", "absent", "none"].includes(expected) && !expected.startsWith("product:");

/** Scores the matcher on the cases (see the module comment). */
export function scoreLabels(cases: readonly LabelCase[], matcher: Pick<ModelMatcher, "match">): AccuracyReport {
  const report: AccuracyReport = { labels: cases.length, linked: 0, rightLinks: 0, inRegistry: 0, found: 0, precision: 1, recall: 1, mentionPrecision: 1, mentionRecall: 1, wrong: [], missed: [], rightlyUnlinked: 0, suggested: 0, rightSuggestions: 0, wrongSuggestions: [] };
  let linkedMentions = 0;
  let rightMentions = 0;
  let registryMentions = 0;
  let foundMentions = 0;
  for (const c of cases) {
    const m = matcher.match(c.label);
    const got = m.kind === "model" ? `${m.id}${m.setting ? ` · ${m.setting}` : ""}` : m.kind === "product" ? `product:${m.id}` : m.kind === "family" ? "family" : `unresolved (${m.reason})`;
    const ids = c.expected.split("|");
    const right = m.kind === "model" && isModel(c.expected) && ids.includes(m.id) && (m.setting ?? "") === (c.setting ?? "");
    if (m.kind === "model") {
      report.linked++;
      linkedMentions += c.count;
      if (right) {
        report.rightLinks++;
        rightMentions += c.count;
      } else report.wrong.push({ case: c, got });
    } else if (!isModel(c.expected)) report.rightlyUnlinked++;
    if (m.kind === "unresolved" && m.reason === "unknown" && m.candidates.length > 0) {
      report.suggested++;
      if (isModel(c.expected) && m.candidates.some((id) => ids.includes(id))) report.rightSuggestions++;
      else report.wrongSuggestions.push({ case: c, got: `did you mean ${m.candidates.join(" or ")}` });
    }
    if (isModel(c.expected)) {
      report.inRegistry++;
      registryMentions += c.count;
      if (right) {
        report.found++;
        foundMentions += c.count;
      } else if (m.kind !== "model" || !ids.includes(m.id)) report.missed.push({ case: c, got });
    }
  }
  const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
  report.precision = ratio(report.rightLinks, report.linked);
  report.recall = ratio(report.found, report.inRegistry);
  report.mentionPrecision = ratio(rightMentions, linkedMentions);
  report.mentionRecall = ratio(foundMentions, registryMentions);
  return report;
}
