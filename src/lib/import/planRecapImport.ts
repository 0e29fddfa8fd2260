import { plural } from "../format/plural";
import { fillMailTemplates } from "./mailTemplates";
import { recapPath } from "../routes/paths";
import { parseDocument, stringify } from "yaml";
import type { createRecapSchema } from "../../schemas/recap";
import { mdxCodeProblems } from "../content/mdxCode";
import { mdxSyntaxProblems } from "../content/mdxSyntax";
import { daysBetween, TIME_ZONE_DAYS } from "../content/recapRules";
import { slugify } from "../content/slugify";
import { validateRecap } from "../content/validateRecap";
import { InputError, type Problem } from "../errors";
import { readFrontmatter } from "../check/readFrontmatter";
import { stubLine } from "../check/bodyWarnings";
import { mapFrontmatter } from "./mapFrontmatter";

/** What an import says about an archive's .mdx file that runs code. */
const IMPORT_MDX_ADVICE = "An imported .mdx file may not run code in the site's build (see \"MDX is code\" in docs/editing.md): check it, then import with --allow-mdx-code to accept it";

/** A file of the archive being imported. */
export interface ArchiveFile {
  /** Path inside the archive folder. @example "23-12-06-ainews-is-googles-gemini-legit.md" */
  name: string;
  /** Path shown in messages. */
  file: string;
  source: string;
  /** The encoding the file was decoded from when it was not UTF-8 (`--encoding`). */
  decodedFrom?: string;
  /** The encoding its name was read with when the name was not UTF-8. */
  nameDecodedFrom?: string;
}

/** What happens to one archive file. */
export interface PlannedRecap {
  from: string;
  /** File name under content/recaps/. @example "2023-12-06-is-googles-gemini-legit.md" */
  to: string;
  text: string;
  /** What was normalised: the file name, frontmatter keys. Empty when copied as it is. */
  changes: string[];
  /** Whether the frontmatter was rewritten (otherwise the file is copied byte for byte). */
  rewritten: boolean;
  /** new: to be written; unchanged: the same file is already there; conflict: another file is there. */
  status: "new" | "unchanged" | "conflict" | "kept";
  /**
   * With status `kept`: the archive's body is one line pointing at a copy elsewhere (`stubLine`)
   * while the recap in content/recaps/ has a body of its own (full bodies imported earlier), so the
   * recap is left as it is, even with --overwrite: the stub would replace the issue's text.
   * @example "Archived full issue body is served from static HTML at /frozen-issues/x.html."
   */
  keptBody?: string;
  /** The name it would have had, when that was taken (same date and slug as another file). */
  collision?: { wanted: string; takenBy: string };
  /** The frontmatter date when the old file name says another day. */
  dateShift?: { frontmatter: string; fileName: string; days: number };
  /** Old site paths recorded in `redirect_from`. */
  redirectFrom: string[];
  /** The encoding the file was decoded from (its body is then not byte for byte). */
  decodedFrom?: string;
  /** Whether its body's mail template code was filled for the web (`fillMailTemplates`: its body is then not byte for byte). */
  templatesFilled?: boolean;
  /**
   * For a file already there whose frontmatter differs from the archive's (an editor's fixes, say):
   * the fields that differ. Its frontmatter is kept as it is there, with the archive's body under it
   * (and any old path the import records added to its `redirect_from`).
   */
  keptFrontmatter?: string[];
}

/** The whole import, decided before anything is written. */
export interface RecapImportPlan {
  recaps: PlannedRecap[];
  /** Files that cannot be imported (bad YAML, no date, invalid frontmatter), not written. */
  problems: Problem[];
}

/** Options for `planRecapImport`. */
export interface RecapImportOptions {
  /** The build's recap schema. */
  schema: ReturnType<typeof createRecapSchema>;
  /** Frontmatter keys kept although the schema ignores them (`IGNORED_FRONTMATTER_KEYS`). */
  keepKeys: readonly string[];
  /** Newsletter-name prefixes removed from file names. @example ["ainews"] */
  stripPrefixes: readonly string[];
  /** The text of an existing file in content/recaps/, or undefined. */
  existing: (fileName: string) => string | undefined;
  /**
   * Templates of the archive's own URL for each file, recorded in `redirect_from` so that the old
   * links keep working: `{name}` is the file's path in the archive without its extension,
   * `{original_slug}` the frontmatter's `original_slug` (a file without one gets no such path).
   * @example ["/issues/{name}/"]
   */
  oldPaths?: readonly string[];
  /** Accept `.mdx` files that run code at build time (imports, exports, expressions). */
  allowMdxCode?: boolean;
  /** Keep the web version of bodies that hold their mail tool's template code (`--fill-mail-templates`, mailTemplates.ts). */
  fillMailTemplates?: boolean;
}

/**
 * The slug part of an archive file name: without a leading date (`23-12-06-` or `2023-12-06-`),
 * a newsletter-name prefix (`ainews-`) and a leading number that is the same date again
 * (`12252023`, `1162024`), slugified.
 * @example archiveSlug("23-12-25-ainews-12252023-nous-hermes-2.md", "2023-12-25", ["ainews"]) // "nous-hermes-2"
 */
export function archiveSlug(name: string, day: string, stripPrefixes: readonly string[]): string {
  let stem = name.split("/").pop()!.replace(/\.(md|mdx|markdown)$/i, "");
  const named = fileNameDay(name);
  stem = stem.replace(/^(\d{4}|\d{2})-\d{2}-\d{2}[-_]?/, "");
  for (const prefix of stripPrefixes) {
    if (prefix && stem.toLowerCase().startsWith(`${prefix.toLowerCase()}-`)) stem = stem.slice(prefix.length + 1);
  }
  // The number may repeat the frontmatter's date or the file name's (they can differ by a day).
  const sameDate = new Set<string>();
  for (const date of [day, named]) {
    if (!date) continue;
    const [y, m, d] = date.split("-").map(Number);
    const mm = String(m).padStart(2, "0");
    const dd = String(d).padStart(2, "0");
    for (const s of [`${m}${d}${y}`, `${mm}${dd}${y}`, `${y}${mm}${dd}`]) sameDate.add(s);
  }
  const first = /^(\d+)-(.+)$/.exec(stem);
  if (first && sameDate.has(first[1])) stem = first[2];
  return slugify(stem);
}

/** The date a file name starts with (`23-12-25-...` or `2023-12-25-...`) as YYYY-MM-DD, if any. */
function fileNameDay(name: string): string | undefined {
  const m = /^(\d{4}|\d{2})-(\d{2})-(\d{2})(?:[-_.]|$)/.exec(name.split("/").pop()!);
  if (!m) return undefined;
  return `${m[1].length === 2 ? `20${m[1]}` : m[1]}-${m[2]}-${m[3]}`;
}

/**
 * The archive's URLs for one file, from the `oldPaths` templates; each segment of `{name}` is
 * percent-encoded as a browser would request it.
 * @example oldPathsFor("24-04-02-ainews-x.md", {}, ["/issues/{name}/"]) // ["/issues/24-04-02-ainews-x/"]
 */
export function oldPathsFor(name: string, data: Record<string, unknown>, templates: readonly string[]): string[] {
  const stem = name.replace(/\.(md|mdx|markdown)$/i, "").split("/").map(encodeURIComponent).join("/");
  const original = typeof data.original_slug === "string" && data.original_slug.trim() ? encodeURIComponent(data.original_slug.trim()) : undefined;
  const out: string[] = [];
  for (const t of templates) {
    if (t.includes("{original_slug}") && !original) continue;
    const path = t.replaceAll("{name}", stem).replaceAll("{original_slug}", original ?? "");
    if (!out.includes(path)) out.push(path);
  }
  return out;
}

/** A file that passed every check, before its name is final. */
interface Candidate {
  f: ArchiveFile;
  stem: string;
  ext: "md" | "mdx";
  mapped: NonNullable<ReturnType<typeof mapFrontmatter>>;
  text: string;
  redirectFrom: string[];
  changes: string[];
  dateShift?: PlannedRecap["dateShift"];
}

const FENCE_LINE = /^---[ \t]*\r?$/;

/** The YAML between a recap's `---` lines and the body after them, as written; undefined without both fences. */
function splitFences(source: string): { yaml: string; body: string } | undefined {
  const text = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
  const lines = text.split(/(?<=\n)/);
  if (!FENCE_LINE.test((lines[0] ?? "").replace(/\n$/, ""))) return undefined;
  const end = lines.findIndex((l, i) => i > 0 && FENCE_LINE.test(l.replace(/\n$/, "")));
  if (end === -1) return undefined;
  return { yaml: lines.slice(1, end).join(""), body: lines.slice(end + 1).join("") };
}

/**
 * A recap's frontmatter (its YAML text, ending in a newline, and its fields as `readFrontmatter`
 * reads them: the build's YAML schema, aliases bounded) and its body as written; undefined when
 * its frontmatter does not read.
 */
function splitRecap(source: string, file: string): { yaml: string; data: Record<string, unknown>; body: string } | undefined {
  const read = readFrontmatter(source, file);
  const split = read.ok ? splitFences(source) : undefined;
  if (!read.ok || !split) return undefined;
  return { yaml: split.yaml.endsWith("\n") ? split.yaml : `${split.yaml}\n`, data: read.data, body: split.body };
}

/**
 * Frontmatter YAML with `added` old paths in `redirect_from`: appended as a new field when it has
 * none, so that the rest keeps its text; otherwise the field set to `already` + `added`.
 */
function withRedirects(yaml: string, hasField: boolean, already: readonly string[], added: readonly string[]): string {
  if (added.length === 0) return yaml;
  if (!hasField) return `${yaml}${stringify({ redirect_from: added })}`;
  const doc = parseDocument(yaml);
  doc.set("redirect_from", [...already, ...added]);
  return doc.toString();
}

/** The fields whose values differ between two frontmatters, in the order they first appear. */
function differingFields(a: Record<string, unknown>, b: Record<string, unknown>): string[] {
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
  return keys.filter((k) => JSON.stringify(a[k]) !== JSON.stringify(b[k]));
}

/**
 * Decides what importing an archive does, without writing anything: each file's new name
 * `<YYYY-MM-DD>-<slug>.<md|mdx>` (the date from its frontmatter), its frontmatter mapped to ours
 * (`mapFrontmatter`) plus its old URLs in `redirect_from`, its body kept byte for byte, validated
 * with the build's schema. Markdown stays `.md` and MDX stays `.mdx`: archives are full of raw
 * HTML, `{` and `<` that MDX would read as code, so Markdown is never turned into MDX; an `.mdx`
 * file must parse, and may not run code unless `allowMdxCode`.
 *
 * Two files with the same date and slug (`not-much` twice on one day) both come in: the first in
 * archive order keeps the name, the next get `-2`, `-3`..., never a name another file of the
 * archive would get, and the plan says which. The same archive always gets the same names, so a
 * second import finds its files unchanged.
 *
 * A file already in content/recaps/ whose frontmatter is not the archive's keeps its frontmatter:
 * the plan puts the archive's body under it and lists the fields that differ (`keptFrontmatter`),
 * so that importing full bodies over stubs never undoes an editor's fixes.
 */
export function planRecapImport(files: readonly ArchiveFile[], o: RecapImportOptions): RecapImportPlan {
  const problems: Problem[] = [];
  const candidates: Candidate[] = [];
  for (const f of files) {
    const read = readFrontmatter(f.source, f.file);
    if (!read.ok) {
      problems.push(...read.problems);
      continue;
    }
    const text = f.source.charCodeAt(0) === 0xfeff ? f.source.slice(1) : f.source;
    // readFrontmatter found both fences.
    const { yaml: yamlText, body } = splitFences(text)!;
    const mapped = mapFrontmatter(yamlText, o.keepKeys);
    if (!mapped) {
      problems.push({ file: f.file, line: 1, message: "expected frontmatter fields such as `title:` and `date:`" });
      continue;
    }
    if (!mapped.day) {
      problems.push({ file: f.file, line: 1, field: "date", message: `expected a date field (date, pubDate, published...) with a date such as 2026-02-17, to name the file` });
      continue;
    }
    const ext = /\.mdx$/i.test(f.name) ? "mdx" : "md";
    if (ext === "mdx") {
      // The build refuses MDX that does not parse; an archive's MDX may not run code in our build.
      const syntax = mdxSyntaxProblems(f.source, f.file);
      const code = o.allowMdxCode ? [] : mdxCodeProblems(f.source, f.file, { advice: IMPORT_MDX_ADVICE });
      if (syntax.length || code.length) {
        problems.push(...syntax, ...code);
        continue;
      }
    }
    // The archive's own URLs, kept so that old links can be redirected to the new pages.
    const already = Array.isArray(mapped.data.redirect_from) ? mapped.data.redirect_from.map(String) : [];
    const added = oldPathsFor(f.name, mapped.data, o.oldPaths ?? []).filter((p) => !already.includes(p));
    const changes = [...mapped.changes];
    const yaml = withRedirects(mapped.yaml, mapped.data.redirect_from !== undefined, already, added);
    if (added.length) {
      changes.push(`old path${added.length === 1 ? "" : "s"} ${added.join(", ")} kept in redirect_from`);
    }
    const data = { ...mapped.data, ...(added.length ? { redirect_from: [...already, ...added] } : {}) };
    try {
      validateRecap(o.schema, data, { file: f.file, source: f.source });
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      problems.push(...error.problems);
      continue;
    }
    const slug = archiveSlug(f.name, mapped.day, o.stripPrefixes) || slugify(String(mapped.data.title));
    // AINews stamps an issue with its send time in UTC, often past midnight: a day off the file
    // name is that. More than a day is something else (a draft's date, a typo), said apart.
    const named = fileNameDay(f.name);
    let dateShift: Candidate["dateShift"];
    if (named && named !== mapped.day) {
      const days = daysBetween(named, mapped.day);
      if (Math.abs(days) <= TIME_ZONE_DAYS) changes.unshift(`dated ${mapped.day} as in its frontmatter (the old file name said ${named}: one day apart, a send time in another time zone)`);
      else {
        dateShift = { frontmatter: mapped.day, fileName: named, days };
        changes.unshift(`dated ${mapped.day} as in its frontmatter, ${Math.abs(days)} days ${days < 0 ? "before" : "after"} the ${named} of its old file name: check which is right`);
      }
    }
    if (f.decodedFrom) changes.push(`decoded from ${f.decodedFrom}, written as UTF-8`);
    if (f.nameDecodedFrom) changes.push(`file name read as ${f.nameDecodedFrom}`);
    const out = mapped.changes.length || added.length ? `---\n${yaml}---\n${body}` : text;
    candidates.push({ f, stem: `${mapped.day}-${slug}`, ext, mapped, text: out, redirectFrom: added, changes, dateShift });
  }

  // Names: every file's own name is reserved first, so that a `-2` never takes the name another
  // file of the archive would get; an existing recap of the other format (x.md beside x.mdx)
  // takes the name too, since both would have the same URL.
  const wanted = new Set(candidates.map((c) => c.stem));
  const given = new Map<string, string>();
  const recaps: PlannedRecap[] = [];
  for (const c of candidates) {
    const otherExt = c.ext === "md" ? "mdx" : "md";
    const takenBy = (stem: string) => given.get(stem) ?? (o.existing(`${stem}.${otherExt}`) !== undefined ? `content/recaps/${stem}.${otherExt}` : undefined);
    let stem = c.stem;
    let collision: PlannedRecap["collision"];
    const owner = takenBy(stem);
    if (owner) {
      let n = 2;
      // The first number no file of the archive wants and no recap of the other format has. Not
      // bounded by the archive's size: the site's own recaps (`x-2.mdx`, `x-3.mdx`) count too, and a
      // bound that stopped early gave a taken name (found in review). A guard only against a caller
      // whose `existing` says every name is taken.
      while (wanted.has(`${c.stem}-${n}`) || takenBy(`${c.stem}-${n}`)) {
        if (++n > 100_000) throw new Error(`no free name after ${c.stem}-100000: existing() reports every name taken`);
      }
      stem = `${c.stem}-${n}`;
      collision = { wanted: c.stem, takenBy: owner };
      c.changes.push(`named ${stem}: ${c.stem} is taken by ${owner} (same date and slug)`);
    }
    given.set(stem, c.f.file);
    const to = `${stem}.${c.ext}`;
    const base = c.f.name.split("/").pop()!;
    if (base !== to) c.changes.unshift(`renamed from ${base}`);
    const existing = o.existing(to);
    let text = c.text;
    let changes = c.changes;
    let keptFrontmatter: string[] | undefined;
    const here = existing === undefined || existing === c.text ? undefined : splitRecap(existing, `content/recaps/${to}`);
    const incoming = here && splitRecap(c.text, c.f.file);
    if (here && incoming && here.yaml !== incoming.yaml) {
      // The frontmatter there is not the archive's: keep it (an editor's fixes are never replaced
      // quietly) and take only the archive's body; the import's old paths still join redirect_from.
      keptFrontmatter = differingFields(here.data, incoming.data);
      const already = Array.isArray(here.data.redirect_from) ? here.data.redirect_from.map(String) : [];
      const added = c.redirectFrom.filter((p) => !already.includes(p));
      const yaml = withRedirects(here.yaml, here.data.redirect_from !== undefined, already, added);
      text = `---\n${yaml}---\n${incoming.body}`;
      changes = [
        ...c.changes.filter((change) => change.startsWith("renamed") || change.startsWith("named ") || change.startsWith("decoded") || change.startsWith("file name")),
        `frontmatter kept as it is in content/recaps/ (it differs from the archive's in ${keptFrontmatter.join(", ")}), the archive's body under it`,
        ...(added.length ? [`old path${added.length === 1 ? "" : "s"} ${added.join(", ")} kept in redirect_from`] : []),
      ];
    }
    let templatesFilled = false;
    if (o.fillMailTemplates) {
      // The recap's page is the issue's web version (mailTemplates.ts); its title as finally written.
      const parts = splitRecap(text, c.f.file)!;
      const bodyAt = text.length - parts.body.length;
      const filled = fillMailTemplates(parts.body, { title: String(parts.data.title ?? ""), path: recapPath(stem) });
      const firstLine = text.slice(0, bodyAt).split(/\r\n|\r|\n/).length;
      if (filled.left) changes = [...changes, `mail templates left as written (line ${firstLine + filled.left.line - 1}: ${filled.left.reason})`];
      else if (filled.body !== parts.body) {
        text = text.slice(0, bodyAt) + filled.body;
        templatesFilled = true;
        // Only the editor's marks ([TOC], the editor-mode comment) is not template code filled: said apart
        // (found in review: "30 × mail templates filled" where 7 of the 30 held no template code).
        changes = [
          ...changes,
          filled.marks === filled.filled
            ? `mail marks removed for the web: ${plural(filled.marks, "mark")} ([TOC], the editor's mode comment)`
            : `mail templates filled for the web: ${plural(filled.filled, "tag or mark", "tags and marks")}${filled.droppedLines ? `, ${plural(filled.droppedLines, "line")} of text for mail readers only dropped` : ""}`,
        ];
      }
    }
    // A stub never replaces a body: importing an export whose old issues are one-line pointers
    // (AINews's) again, to fill its newer issues' templates, would otherwise put those lines over
    // the full bodies imported from elsewhere.
    const coming = existing !== undefined && existing !== text ? splitRecap(text, c.f.file) : undefined;
    const stub = coming && stubLine(coming.body);
    const there = stub && splitRecap(existing!, `content/recaps/${to}`);
    const keptBody = there && there.body.trim() !== "" && !stubLine(there.body) ? stub.text : undefined;
    const status = existing === undefined ? "new" : existing === text ? "unchanged" : keptBody !== undefined ? "kept" : "conflict";
    recaps.push({
      from: c.f.file,
      to,
      text,
      changes,
      ...(keptFrontmatter ? { keptFrontmatter } : {}),
      rewritten: c.mapped.changes.length > 0 || c.redirectFrom.length > 0 || !!c.f.decodedFrom,
      status,
      ...(collision ? { collision } : {}),
      ...(c.dateShift ? { dateShift: c.dateShift } : {}),
      redirectFrom: c.redirectFrom,
      ...(c.f.decodedFrom ? { decodedFrom: c.f.decodedFrom } : {}),
      ...(templatesFilled ? { templatesFilled } : {}),
      ...(keptBody !== undefined ? { keptBody } : {}),
    });
  }
  return { recaps, problems };
}
