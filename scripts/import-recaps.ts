/**
 * `npm run import:recaps -- <folder> [--dry-run] [--overwrite] [--strip-prefix ainews] [--old-path tpl]
 * [--encoding enc] [--allow-mdx-code] [--root <dir>]`: brings a newsletter archive (Markdown or MDX
 * files with YAML frontmatter) into content/recaps/, names each file <date>-<slug>, maps its
 * frontmatter to ours, records the archive's own URL in `redirect_from`, keeps its body byte for
 * byte, and prints what it changed. Files it cannot import are listed with file:line and not
 * written; the exit status is then 1. See src/lib/import/planRecapImport.ts and docs/editing.md.
 *
 * It writes under the site's lock (src/integrations/safeWrite.ts), and reads what is already in
 * content/recaps/ under that lock too, so two imports run at once never both write one file.
 */
import { existsSync, readdirSync, readFileSync, statSync, type Dirent } from "node:fs";
import { join } from "node:path";
import { IGNORED_FRONTMATTER_KEYS } from "../src/config";
import { formatProblem, type Problem } from "../src/lib/errors";
import { ARCHIVE_ENCODINGS, decodeArchiveBytes, decodeArchiveName, type ArchiveEncoding } from "../src/lib/import/decodeArchiveText";
import { planRecapImport, type ArchiveFile, type RecapImportPlan } from "../src/lib/import/planRecapImport";
import { fillMailTemplates } from "../src/lib/import/mailTemplates";
import { createRecapSchema } from "../src/schemas/recap";
import { parseCommandLine } from "./lib/commandLine";
import { SiteBusyError, withSiteLock, writeFileSafely } from "../src/integrations/safeWrite";
import { fail, requireSiteRoot, shownPath, siteRoot, userPath } from "./lib/siteRoot";
import { displayPath } from "../src/lib/format/displayPath";

/** AINews serves issue <file>.md at /issues/<file>/; other archives pass their own --old-path. */
const DEFAULT_OLD_PATH = "/issues/{name}/";

const USAGE = `usage: npm run import:recaps -- <folder> [options]
  --dry-run            show what would change; write nothing
  --overwrite          replace recaps that exist with other content (default: refuse)
  --strip-prefix word  newsletter name removed from file names (repeatable; default: ainews)
  --old-path template  the archive's URL of each file, kept in redirect_from (repeatable;
                       {name} = file name without extension, {original_slug}; default
                       ${DEFAULT_OLD_PATH}; "none" keeps none)
  --encoding name      read files that are not UTF-8 as ${ARCHIVE_ENCODINGS.join(", ")}
                       (default: refuse them)
  --allow-mdx-code     accept .mdx files with import/export or {expressions} (they run at build time)
  --fill-mail-templates keep the web version of bodies that hold their mail tool's template code:
                       {% if medium == 'web' %} branches kept, mail-only branches dropped,
                       {{ email_url }} and {{ email.subject }} filled, unsubscribe links unlinked,
                       a bare unsubscribe placeholder's sentence, [TOC] and Buttondown's
                       editor-mode comment dropped
  --root <dir>         the site folder (default: the project)`;

const { values: args, positionals } = parseCommandLine(USAGE, {
  "dry-run": { type: "boolean" },
  overwrite: { type: "boolean" },
  "strip-prefix": { type: "string", multiple: true },
  "old-path": { type: "string", multiple: true },
  encoding: { type: "string" },
  "allow-mdx-code": { type: "boolean" },
  "fill-mail-templates": { type: "boolean" },
  root: { type: "string" },
});
if (positionals.length !== 1) fail(`expected one archive folder\n${USAGE}`, 2);
const folder = userPath(positionals[0]);
if (!existsSync(folder)) fail(`${positionals[0]}: no such folder`);
if (!statSync(folder).isDirectory()) fail(`${positionals[0]}: a file, not a folder: import:recaps reads a folder of recaps (an archive); put the file in a folder of its own and give that folder`);
const encoding = args.encoding?.toLowerCase() as ArchiveEncoding | undefined;
if (encoding !== undefined && !ARCHIVE_ENCODINGS.includes(encoding)) fail(`--encoding: expected one of ${ARCHIVE_ENCODINGS.join(", ")}, found ${JSON.stringify(args.encoding)}\n${USAGE}`, 2);
const oldPaths = (args["old-path"] ?? [DEFAULT_OLD_PATH]).filter((t) => t !== "none");
for (const t of oldPaths) if (!t.startsWith("/") || !/\{(name|original_slug)\}/.test(t)) fail(`--old-path: expected a path template such as ${DEFAULT_OLD_PATH} (starting with /, with {name} or {original_slug}), found ${JSON.stringify(t)}`, 2);
const root = siteRoot(args.root);
requireSiteRoot(root);
const dryRun = args["dry-run"] ?? false;
const started = performance.now();


/** Every file of the archive: the ones to import, and the ones skipped (listed, never silently). */
function readArchive(): { files: ArchiveFile[]; problems: Problem[]; skipped: string[]; hidden: string[] } {
  const files: ArchiveFile[] = [];
  const problems: Problem[] = [];
  const skipped: string[] = [];
  const hidden: string[] = [];
  // Names are read as bytes: a Latin-1 name read as UTF-8 becomes U+FFFD, and that name is then
  // not found (the ENOENT this used to stop on).
  const walk = (dir: Buffer, prefix: string, prefixDecodedFrom?: string) => {
    const entries = readdirSync(dir, { withFileTypes: true, encoding: "buffer" }) as Dirent<Buffer>[];
    for (const entry of entries.sort((a, b) => Buffer.compare(a.name, b.name))) {
      const path = Buffer.concat([dir, Buffer.from("/"), entry.name]);
      const name = decodeArchiveName(entry.name, encoding);
      const nameDecodedFrom = (name.ok && name.decodedFrom) || prefixDecodedFrom;
      const rel = `${prefix}${name.ok ? name.text : name.shown}`;
      if (rel.split("/").pop()!.startsWith(".")) {
        hidden.push(entry.isDirectory() ? `${rel}/` : rel);
        continue;
      }
      if (entry.isDirectory()) {
        // A folder whose name is not UTF-8 is refused whole: its files' old URLs would carry the misread name.
        if (name.ok) walk(path, `${rel}/`, nameDecodedFrom);
        else problems.push({ file: `${shownPath(join(folder, rel))}/`, line: 1, message: `${name.message.replace("the file name", "the folder name")}; nothing in it was imported` });
        continue;
      }
      if (!/\.(md|mdx|markdown)$/i.test(rel)) {
        skipped.push(rel);
        continue;
      }
      const file = shownPath(join(folder, rel));
      if (!name.ok) {
        problems.push({ file, line: 1, message: name.message });
        continue;
      }
      const text = decodeArchiveBytes(readFileSync(path), encoding);
      if (!text.ok) {
        problems.push({ file, line: text.line, message: text.message });
        continue;
      }
      files.push({ name: rel, file, source: text.text, ...(text.decodedFrom ? { decodedFrom: text.decodedFrom } : {}), ...(nameDecodedFrom ? { nameDecodedFrom } : {}) });
    }
  };
  walk(Buffer.from(folder), "");
  return { files, problems, skipped, hidden };
}

const archive = readArchive();
if (archive.files.length === 0 && archive.problems.length === 0) fail(`${shownPath(folder)}: no .md or .mdx files in it`);
const recapsDir = join(root, "content/recaps");

/** Plans against what is in content/recaps/ now and writes; run under the lock unless a dry run. */
function importArchive(): { plan: RecapImportPlan; written: number; conflicts: number } {
  const plan = planRecapImport(archive.files, {
    schema: createRecapSchema({ ignoredKeys: IGNORED_FRONTMATTER_KEYS }),
    keepKeys: IGNORED_FRONTMATTER_KEYS,
    stripPrefixes: args["strip-prefix"] ?? ["ainews"],
    existing: (name) => (existsSync(join(recapsDir, name)) ? readFileSync(join(recapsDir, name), "utf8") : undefined),
    oldPaths,
    allowMdxCode: args["allow-mdx-code"] ?? false,
    fillMailTemplates: args["fill-mail-templates"] ?? false,
  });
  let written = 0;
  let conflicts = 0;
  for (const r of plan.recaps) {
    const target = displayPath(root, join(recapsDir, r.to));
    if (r.status === "unchanged") {
      console.log(`= ${target} (already there, unchanged)`);
      continue;
    }
    if (r.status === "kept") {
      console.log(`= ${target} (its body kept: the archive's is one line pointing elsewhere, ${JSON.stringify(r.keptBody)}; to take it, delete the recap and import again), from ${r.from}`);
      continue;
    }
    if (r.status === "conflict" && !args.overwrite) {
      conflicts++;
      console.error(`${target}:1: a different file is already there; not replacing it (use --overwrite), from ${r.from}`);
      continue;
    }
    if (!dryRun) writeFileSafely(join(recapsDir, r.to), r.text);
    written++;
    console.log(`${r.status === "conflict" ? "!" : "+"} ${target}${r.changes.length ? `: ${r.changes.join("; ")}` : ""}`);
  }
  return { plan, written, conflicts };
}

let outcome: ReturnType<typeof importArchive>;
try {
  outcome = dryRun ? importArchive() : await withSiteLock(root, "import:recaps", importArchive);
} catch (error) {
  if (error instanceof SiteBusyError) fail(error.message);
  throw error;
}
const { plan, written, conflicts } = outcome;
const problems = [...archive.problems, ...plan.problems];
for (const p of problems) console.error(`${formatProblem(p)} (not imported)`);

// The summary: how many files, and what was normalised how often, counting only the files
// written (or, in a dry run, that would be): a refused conflict or an unchanged file was not.
const verb = dryRun ? "would import" : "imported";
const done = plan.recaps.filter((r) => r.status !== "unchanged" && r.status !== "kept" && (r.status !== "conflict" || args.overwrite));
const count = new Map<string, number>();
for (const r of done) {
  for (const c of r.changes) {
    const kind = c.startsWith("renamed")
      ? "file names normalised to <date>-<slug>"
      : c.startsWith("dated ") && r.dateShift
        ? "dated as the frontmatter, more than a day off the old file name (listed below)"
        : c.startsWith("dated ")
          ? "dated as the frontmatter, one day off the old file name (time zones)"
          : c.startsWith("named ")
            ? "names made unique: same date and slug as another issue (listed below)"
            : c.startsWith("frontmatter kept")
              ? "frontmatter kept as it is in content/recaps/ (edited there), the archive's body under it"
              : c.startsWith("old path")
                ? "old URLs kept in redirect_from"
                : c.startsWith("decoded from") || c.startsWith("file name read as")
                  ? c
                  : c.startsWith("mail templates filled")
                    ? "mail templates filled for the web (--fill-mail-templates)"
                    : c.startsWith("mail marks removed")
                      ? "only the editor's marks removed for the web, [TOC] or the editor's mode comment (--fill-mail-templates)"
                    : c.startsWith("mail templates left")
                      ? "mail templates left as written: a tag this does not fill (listed above)"
                  : c.startsWith("dropped ")
                    ? `dropped ${c.slice(8).split(":")[0].split(" (")[0]}`
                    : c.replace(/^date ".*" → .*/, "dates converted to ISO");
    count.set(kind, (count.get(kind) ?? 0) + 1);
  }
}
const seconds = ((performance.now() - started) / 1000).toFixed(1);
const total = archive.files.length + archive.problems.length;
console.log(`\n${verb} ${written} of ${total} files into ${shownPath(recapsDir)} in ${seconds} s${dryRun ? " (dry run: nothing written)" : ""}`);
const unchangedCount = plan.recaps.filter((r) => r.status === "unchanged").length;
if (unchangedCount) console.log(`  ${unchangedCount} already there, unchanged`);
const keptCount = plan.recaps.filter((r) => r.status === "kept").length;
if (keptCount) console.log(`  ${keptCount} left as they are: the archive's body is one line pointing at a copy elsewhere and the recap's is a whole body (marked = above)`);
for (const [kind, n] of [...count.entries()].sort((a, b) => b[1] - a[1])) console.log(`  ${n} × ${kind}`);
const replaced = done.filter((r) => r.status === "conflict").length;
if (replaced) console.log(`  ${replaced} replaced a different file of the same name (--overwrite; marked ! above)`);
const decoded = done.filter((r) => r.decodedFrom).length;
const filledBodies = done.filter((r) => r.templatesFilled).length;
const kept = done.filter((r) => !r.rewritten && !r.templatesFilled).length;
const asWritten = done.length - decoded - filledBodies;
if (done.length)
  console.log(
    `  ${kept} copied byte for byte, ${done.length - kept} with frontmatter rewritten${filledBodies ? " or mail templates filled" : ""}; ` +
      (decoded || filledBodies
        ? [`${asWritten} bodies kept byte for byte`, decoded && `${decoded} decoded from ${encoding} and kept character for character`, filledBodies && `${filledBodies} with their mail templates or marks filled or removed for the web`].filter(Boolean).join(", ")
        : "every body is kept byte for byte"),
  );
// Whether the option would fill something, by the option's own code (other placeholders are the check's to list).
if (!args["fill-mail-templates"] && done.some((r) => fillMailTemplates(r.text, { title: "", path: "" }).filled > 0))
  console.log("  some bodies hold their mail tool's template code ({% if medium == 'web' %}, {{ email_url }}): --fill-mail-templates keeps their web version");
const failed = new Set(problems.map((p) => p.file)).size;
if (failed || conflicts) console.log(`  ${failed} not imported (problems above), ${conflicts} not replaced`);

const renamed = plan.recaps.filter((r) => r.collision);
if (renamed.length) {
  console.log(`\nSame date and slug as another issue, so named apart (the first in file-name order keeps the plain name):`);
  for (const r of renamed) console.log(`  ${r.to}  from ${r.from}  (${r.collision!.wanted} went to ${r.collision!.takenBy})`);
}
const shifted = plan.recaps.filter((r) => r.dateShift);
if (shifted.length) {
  console.log(
    `\nFrontmatter dates more than a day off the old file name. The frontmatter date wins: it is the date the site shows, sorts and dates feeds by, and the import never rewrites a date. If the file name is right, fix date: in the recap and rename it (its old URL stays in redirect_from):`,
  );
  for (const r of shifted) {
    const d = r.dateShift!;
    console.log(`  ${r.to}: frontmatter ${d.frontmatter}, file name ${r.from.split("/").pop()} says ${d.fileName} (${Math.abs(d.days)} days ${d.days < 0 ? "later" : "earlier"})`);
  }
}
if (archive.skipped.length) console.log(`\nSkipped ${archive.skipped.length} file${archive.skipped.length === 1 ? " that is" : "s that are"} not .md, .mdx or .markdown: ${archive.skipped.join(", ")}`);
if (archive.hidden.length) console.log(`Skipped ${archive.hidden.length} hidden: ${archive.hidden.join(", ")}`);

if (failed || conflicts) process.exit(1);
if (!dryRun) console.log("Next: npm run check");
