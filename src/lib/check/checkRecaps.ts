import type { createRecapSchema, RecapData } from "../../schemas/recap";
import { TAG_TYPES } from "../../schemas/tagAlias";
import type { Dataset } from "../data/loadDataset";
import { frontmatterLine } from "../content/frontmatterLines";
import { checkComponentRef, findComponentRefs } from "../content/componentRefs";
import { mdxSyntaxProblems } from "../content/mdxSyntax";
import { validateRecap } from "../content/validateRecap";
import { InputError } from "../errors";
import { summariseLabels, type LabelSummary, type LabelUse } from "../models/labelReport";
import type { Finding } from "./findings";
import { readFrontmatter } from "./readFrontmatter";
import { recapId } from "./recapId";
import { findTagVariants, type TagUse } from "./tagVariants";

/** A recap file as the check reads it. */
export interface RecapFile {
  /** Path shown in messages (relative to the site root). @example "content/recaps/2026-02-17-x.mdx" */
  file: string;
  /** Path under content/recaps/, which gives the default slug. @example "2026-02-17-x.mdx" */
  pathInRecapsDir: string;
  /** The file's text. */
  source: string;
}

/** A recap whose frontmatter is valid, for the checks that come after. */
export interface CheckedRecap extends RecapFile {
  id: string;
  data: RecapData;
  /** Line where the body starts. */
  bodyLine: number;
}

/** What the recap checks need besides the files. */
export interface CheckRecapsOptions {
  /** The build's recap schema (`createRecapSchema({ ignoredKeys: IGNORED_FRONTMATTER_KEYS })`). */
  schema: ReturnType<typeof createRecapSchema>;
  /** The loaded data, or undefined when the CSVs are broken (model and tag checks are skipped). */
  dataset?: Dataset;
  /** "Now", for dates in the future. */
  now: Date;
}

/** A date more than this far ahead is "in the future" (a day, so that no time zone trips it). */
const FUTURE_SLACK_MS = 24 * 60 * 60 * 1000;

/**
 * Checks every recap the way the build does (YAML syntax, `validateRecap` with the build's schema,
 * MDX syntax, component ids, duplicate slugs), then what the build accepts but an editor probably
 * did not mean: dates in the future, `models` labels that link to no model, and tag variants.
 * Which findings are errors and which are warnings is documented on `Severity` (findings.ts).
 */
export function checkRecaps(files: readonly RecapFile[], { schema, dataset, now }: CheckRecapsOptions): { findings: Finding[]; recaps: CheckedRecap[]; labels?: LabelSummary[] } {
  const findings: Finding[] = [];
  const recaps: CheckedRecap[] = [];
  for (const f of files) {
    const fm = readFrontmatter(f.source, f.file);
    if (!fm.ok) {
      findings.push(...fm.problems.map((p) => ({ ...p, severity: "error" as const, code: "frontmatter-syntax" })));
      continue;
    }
    // The build refuses MDX that does not parse (recapLoader); so does the check, with the same message.
    if (f.file.endsWith(".mdx")) findings.push(...mdxSyntaxProblems(f.source, f.file).map((p) => ({ ...p, severity: "error" as const, code: "mdx-syntax" })));
    try {
      const data = validateRecap(schema, fm.data, { file: f.file, source: f.source });
      recaps.push({ ...f, id: recapId(f.pathInRecapsDir, data), data, bodyLine: fm.bodyLine });
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      findings.push(...error.problems.map((p) => ({ ...p, severity: "error" as const, code: "frontmatter-field" })));
    }
  }

  // Duplicate slugs: the build would stop on them (see recapLoader); name both files.
  const owners = new Map<string, CheckedRecap>();
  for (const r of recaps) {
    const owner = owners.get(r.id);
    if (!owner) {
      owners.set(r.id, r);
      continue;
    }
    const how = r.data.slug ? "its slug field" : "its file name";
    findings.push({
      file: r.file,
      line: r.data.slug ? frontmatterLine(r.source, ["slug"]) : 1,
      field: r.data.slug ? "slug" : undefined,
      severity: "error",
      code: "duplicate-slug",
      message: `duplicate slug "${r.id}" (from ${how}): ${owner.file} already uses it; give one of them another file name or slug`,
    });
  }

  for (const r of recaps) {
    if (r.data.date.getTime() > now.getTime() + FUTURE_SLACK_MS) {
      const day = r.data.date.toISOString().slice(0, 10);
      findings.push({
        file: r.file,
        line: frontmatterLine(r.source, ["date"]),
        field: "date",
        severity: r.data.draft ? "warning" : "error",
        code: "future-date",
        message: r.data.draft
          ? `the date ${day} is in the future; fine for a draft, but set the real date before publishing`
          : `the date ${day} is in the future, and the recap is not a draft: it would be published now with that date; fix the date or add "draft: true"`,
      });
    }
  }

  // In a .md recap a component is plain HTML that renders nothing: the table or plot silently
  // goes missing. The build accepts it; the check does not.
  for (const r of recaps) {
    if (r.file.endsWith(".mdx")) continue;
    for (const ref of findComponentRefs(r.source)) {
      findings.push({
        file: r.file,
        line: ref.line,
        severity: "error",
        code: "component-in-md",
        message: `<${ref.component}> works only in .mdx recaps; in a .md file it shows nothing. Rename the file to .mdx (or remove the component)`,
      });
    }
  }

  if (!dataset) return { findings, recaps };

  // <Leaderboard>, <EfficiencyPlot>, <ModelScore> ids: the build refuses unknown ones (remarkComponentRefs).
  for (const r of recaps) {
    if (!r.file.endsWith(".mdx")) continue;
    for (const ref of findComponentRefs(r.source)) {
      findings.push(...checkComponentRef(ref, dataset, r.file).map((p) => ({ ...p, severity: "error" as const, code: "component-ref" })));
    }
  }

  // Every model name in use, once each with its count and resolution (check --json lists them).
  const labelUses: LabelUse[] = [];
  for (const r of recaps) {
    r.data.models.forEach((label, i) => labelUses.push({ label, file: r.file, line: frontmatterLine(r.source, ["models", i]), where: "recap" }));
    if (r.file.endsWith(".mdx")) {
      for (const ref of findComponentRefs(r.source)) if (typeof ref.props.model === "string") labelUses.push({ label: ref.props.model, file: r.file, line: ref.line, where: "component" });
    }
  }
  for (const res of dataset.results) labelUses.push({ label: res.modelAsWritten, file: res.file, line: res.line, where: "results" });
  const labels = summariseLabels(labelUses, dataset.aliases);

  // Model labels of recaps that link to no model: allowed (shown as plain text), but often a typo
  // or a missing alias. Reported once per label, at its first use, with how often it is used.
  for (const l of labels) {
    const atRecap = l.uses.find((u) => u.where === "recap");
    if (!atRecap || l.resolution.kind === "model" || l.resolution.kind === "product") continue;
    const count = l.uses.filter((u) => u.where === "recap").length;
    const used = count > 1 ? ` (in ${count} places; the first is here)` : "";
    const r = l.resolution;
    const message =
      r.kind === "family"
        ? `"${l.label}" names a family of ${r.members.length} models (${r.members.slice(0, 3).join(", ")}${r.members.length > 3 ? ", ..." : ""}), not one model${used}, so it is shown as a plain label. Name the model (an id or alias in data/models.csv) to link it`
        : r.reason === "ambiguous"
          ? `"${l.label}" fits ${r.candidates.join(" and ")}${used}, so it is shown as a plain label. Use the model's id, or add the name to the aliases of the one it means in data/models.csv`
          : `"${l.label}" matches no model id or alias${used}, so it is shown as a plain label${r.candidates.length ? `; nearest model ids: ${r.candidates.join(", ")}` : ""}. To link it, add it to the aliases of a model in data/models.csv`;
    findings.push({ file: atRecap.file, line: atRecap.line, field: "models", severity: "warning", code: "unknown-model-label", message });
  }

  // Tag spellings that would land on different tag pages.
  const uses: TagUse[] = [];
  for (const r of recaps) {
    for (const type of TAG_TYPES) {
      r.data[type].forEach((tag, i) => uses.push({ type, tag, file: r.file, line: frontmatterLine(r.source, [type, i]) }));
    }
  }
  for (const v of findTagVariants(uses, dataset.tagAliases)) {
    findings.push({
      file: v.file,
      line: v.line,
      field: v.type,
      severity: "warning",
      code: "tag-variant",
      message: `${v.type} tag "${v.variant}" (${v.variantCount} recap${v.variantCount === 1 ? "" : "s"}) differs from "${v.usual}" (${v.usualCount} recap${v.usualCount === 1 ? "" : "s"}) only by punctuation or case, so they get separate tag pages; use one spelling, or add the line "${v.type},${v.variant},${v.usual}" to data/tag-aliases.csv`,
    });
  }
  return { findings, recaps, labels };
}
