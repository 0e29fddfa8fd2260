import type { createRecapSchema, RecapData } from "../../schemas/recap";
import { TAG_TYPES } from "../../schemas/tagAlias";
import type { Dataset } from "../data/loadDataset";
import { frontmatterLine } from "../content/frontmatterLines";
import { checkComponentRef } from "../content/checkComponentRef";
import { findComponentRefs } from "../content/componentRefs";
import { mdxCodeProblems } from "../content/mdxCode";
import { mdxSyntaxProblems } from "../content/mdxSyntax";
import { collectRedirects } from "../content/redirects";
import { recapRuleFindings } from "../content/recapRules";
import { scanMarkdownBody, scanMdxBody } from "../html/scanBody";
import { missingLocalImages } from "../content/localImages";
import { deepQuotes } from "../content/deepNesting";
import { unclosedElementMentions } from "../markdown/unknownTags";
import { isPlainMdxFile } from "../content/plainMdx";
import { renderedBody } from "../content/renderedBody";
import { recapPath } from "../routes/paths";
import { validateRecap } from "../content/validateRecap";
import { InputError } from "../errors";
import { summariseLabels, type LabelSummary, type LabelUse } from "../models/labelReport";
import type { Finding } from "./findings";
import { readFrontmatter } from "./readFrontmatter";
import { recapId } from "./recapId";
import { bodyWarnings } from "./bodyWarnings";
import { findTagVariants, type TagUse } from "./tagVariants";
import { internalLinkFinding, type LinkUse } from "./internalLinks";
import { checkedPages } from "./knownPages";

/** The URLs of one recap's body, for the check of links to pages of the site. */
interface BodyLinks {
  file: string;
  /** The recap's page (from its slug field, else its file name). */
  page: string;
  links: LinkUse[];
}

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
  /** Whether a file exists, by its path from the site root: local images are checked with it (none without). */
  fileExists?: (pathFromRoot: string) => boolean;
}

/**
 * Checks every recap the way the build does (YAML syntax, `validateRecap` with the build's schema,
 * MDX syntax, the rules of `recapRuleFindings` (slug length, archive routes, future dates), unsafe
 * URLs, component ids, duplicate slugs, redirects), then what the build accepts but an editor
 * probably did not mean: raw HTML the sanitiser removes, links to paths of the site where there is
 * no page, `models` labels that link to no model, tag variants, stub bodies and placeholders, and
 * code in an .mdx recap (imports, exports, expressions: mdxCode.ts).
 * Which findings are errors and which are warnings is documented on `Severity` (findings.ts).
 */
export function checkRecaps(files: readonly RecapFile[], { schema, dataset, now, fileExists }: CheckRecapsOptions): { findings: Finding[]; recaps: CheckedRecap[]; labels?: LabelSummary[] } {
  const findings: Finding[] = [];
  const recaps: CheckedRecap[] = [];
  const bodyLinks: BodyLinks[] = [];
  // Model labels of recaps whose frontmatter does not validate (a bad date): still checked, so
  // that one error does not hide a typo in the same file.
  const unvalidatedLabels: LabelUse[] = [];
  for (const f of files) {
    // One recap the check cannot read must not stop it from reporting the others: whatever throws
    // is that file's finding (the check never dies with a stack trace).
    try {
      findings.push(...checkOneRecap(f, schema, now, recaps, bodyLinks, unvalidatedLabels));
      if (fileExists) findings.push(...missingLocalImages(f.source, f.file, fileExists));
      findings.push(...deepQuotes(f.source, f.file));
    } catch (error) {
      findings.push({ file: f.file, line: 1, severity: "error", code: "unreadable", message: `this recap could not be checked: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}` });
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
    // Said where a slug field makes the clash, when one does (helper-74: a `slug:` that took
    // another recap's file name was reported at that other file, line 1).
    const at = r.data.slug || !owner.data.slug ? r : owner;
    const other = at === r ? owner : r;
    const how = at.data.slug ? "its slug field" : "its file name";
    findings.push({
      file: at.file,
      line: at.data.slug ? frontmatterLine(at.source, ["slug"]) : 1,
      field: at.data.slug ? "slug" : undefined,
      severity: "error",
      code: "duplicate-slug",
      message: `duplicate slug "${r.id}" (from ${how}): ${other.file} already uses it${other.data.slug ? " (from its slug field)" : ""}; give one of them another file name or slug`,
    });
  }

  // Old paths (redirect_from): one old path leads to one recap, and never hides a recap's page.
  const redirecting = recaps.map((r) => ({ id: r.id, file: r.file, redirectFrom: r.data.redirect_from ?? [], lines: (r.data.redirect_from ?? []).map((_, i) => frontmatterLine(r.source, ["redirect_from", i])) }));
  for (const p of collectRedirects(redirecting, { pagePath: recapPath }).problems) findings.push({ ...p, severity: "error", code: "redirect-conflict" });

  // Stub bodies and unfilled template placeholders: each kind once for the whole site.
  findings.push(...bodyWarnings(recaps));

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

  if (!dataset) return { findings: [...findings, ...linkFindings(bodyLinks, recaps)], recaps };

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
  labelUses.push(...unvalidatedLabels);
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
        ? `"${l.label}" names a family of ${r.members.length} models (${r.members.slice(0, 3).join(", ")}${r.members.length > 3 ? ", ..." : ""}), not one model${used}, so it links to a label page of its own, without scores. Name the model (an id or alias in data/models.csv) to link it`
        : r.reason === "ambiguous"
          ? `"${l.label}" fits ${r.candidates.join(" and ")}${used}, so it links to a label page of its own, without scores. Use the model's id, or add the name to the aliases of the one it means in data/models.csv`
          : dataset.models.length === 0
            ? // A new site's registry is header-only (docs/editing.md): "add it to that model's aliases" would point at no model.
              `"${l.label}" matches no model: data/models.csv has no models yet${used}, so it links to a label page of its own, without scores. Add a row for the model to data/models.csv (docs/data-format.md) to link it`
            : `"${l.label}" matches no model id or alias${used}, so it links to a label page of its own, without scores${r.candidates.length ? `; nearest model ids: ${r.candidates.join(", ")}. If it is a misspelling, write the model's id instead; if it is another name of a model` : ". If it is another name of a model"}, add it to that model's aliases in data/models.csv to link it (an app or agent such as chatgpt or cursor goes in data/products.csv instead: never linked as a model)`;
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
    const recapsN = (n: number) => `${n} recap${n === 1 ? "" : "s"}`;
    findings.push({
      file: v.file,
      line: v.line,
      field: v.type,
      severity: "warning",
      code: "tag-variant",
      message: `${v.type} tag "${v.variant}" (${recapsN(v.variantCount)}, /${v.type}/${v.variantSlug}/) and "${v.usual}" (${recapsN(v.usualCount)}, /${v.type}/${v.usualSlug}/) differ only by ${v.reason}, and get separate tag pages; use one spelling, or add the line "${v.type},${v.variant},${v.usual}" to data/tag-aliases.csv`,
    });
  }
  findings.push(...linkFindings(bodyLinks, recaps, { modelIds: dataset.models.map((m) => m.id), benchmarks: dataset.benchmarks, tagAliases: dataset.tagAliases, aliases: dataset.aliases }));
  return { findings, recaps, labels };
}

/**
 * Links from recap bodies to paths of the site where no page will be: checked against the pages
 * the check can know without building (knownPages.ts: recaps, old paths, and with the data, model,
 * board and tag pages); paths it cannot know are not judged. The build checks every path
 * against the files it wrote (src/integrations/builtLinkCheck.ts).
 */
function linkFindings(bodyLinks: readonly BodyLinks[], recaps: readonly CheckedRecap[], data?: Parameters<typeof checkedPages>[1]): Finding[] {
  const known = checkedPages(recaps, data);
  return bodyLinks.flatMap(({ file, page, links }) => links.flatMap((link) => internalLinkFinding(link, file, known, { page })));
}

/**
 * The checks of one recap on its own (syntax, schema, the shared rules, the body's URLs and raw
 * HTML, MDX code); a recap whose frontmatter is valid is added to `recaps` for the checks across recaps.
 */
function checkOneRecap(f: RecapFile, schema: CheckRecapsOptions["schema"], now: Date, recaps: CheckedRecap[], bodyLinks: BodyLinks[], unvalidatedLabels: LabelUse[]): Finding[] {
  const findings: Finding[] = [];
  const fm = readFrontmatter(f.source, f.file);
  if (!fm.ok) return fm.problems.map((p) => ({ ...p, severity: "error" as const, code: "frontmatter-syntax" }));
  // The build refuses MDX that does not parse (recapLoader); so does the check, with the same message.
  const mdx = f.file.endsWith(".mdx");
  if (mdx) {
    const syntax = mdxSyntaxProblems(f.source, f.file);
    findings.push(...syntax.map((p) => ({ ...p, severity: "error" as const, code: "mdx-syntax" })));
    // MDX is code: imports, exports and expressions run when the site builds. The build allows
    // them (a trusted editor may need one); the check names each, and --strict refuses them.
    if (syntax.length === 0) findings.push(...mdxCodeProblems(f.source, f.file).map((p) => ({ ...p, severity: "warning" as const, code: "mdx-code" })));
  }
  let checked: CheckedRecap | undefined;
  let fieldProblems: Finding[] = [];
  try {
    const data = validateRecap(schema, fm.data, { file: f.file, source: f.source });
    checked = { ...f, id: recapId(f.pathInRecapsDir, data), data, bodyLine: fm.bodyLine };
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    fieldProblems = error.problems.map((p) => ({ ...p, severity: "error" as const, code: "frontmatter-field" }));
    // Its model labels as written, when they are a list of names, are checked with the others.
    const models = fm.data.models;
    if (Array.isArray(models)) {
      models.forEach((label, i) => {
        if (typeof label === "string" && label.trim() !== "") unvalidatedLabels.push({ label: label.trim(), file: f.file, line: frontmatterLine(f.source, ["models", i]), where: "recap" });
      });
    }
  }
  // Unsafe URLs (errors, refused by the build too) and what the sanitiser removes (warnings); a
  // relative link is named with where it leads from the recap's page (its slug field, or its file
  // name while the frontmatter does not validate).
  const page = recapPath(checked?.id ?? recapId(f.pathInRecapsDir, {}));
  const links: LinkUse[] = [];
  const onUrl = (link: LinkUse) => links.push(link);
  findings.push(...(mdx ? scanMdxBody(f.source, f.file, page, onUrl) : scanMarkdownBody(f.source, f.file, page, onUrl)));
  // A plain .mdx recap is built as Markdown (plainMdx.ts); one with components compiles as MDX, where an unclosed tag is an error already.
  if (!mdx || isPlainMdxFile(f.source)) {
    const { body, firstLine } = renderedBody(f.source);
    const lineOf = (offset: number) => firstLine + body.slice(0, offset).split(/\r\n|\r|\n/).length;
    for (const { name, offset } of unclosedElementMentions(body)) {
      findings.push({
        file: f.file,
        line: lineOf(offset),
        severity: "warning",
        code: "unclosed-element-as-text",
        message: `<${name}> is never closed in this recap, so it is shown as the text "<${name}>", not as markup: if it is markup, close it with </${name}>; if it names the element, write it in backticks to say so`,
      });
    }
  }
  bodyLinks.push({ file: f.file, page, links });
  if (checked) {
    recaps.push(checked);
    findings.push(...recapRuleFindings(checked, now));
  }
  findings.push(...fieldProblems);
  return findings;
}
