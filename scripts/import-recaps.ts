/**
 * `npm run import:recaps -- <folder> [--dry-run] [--overwrite] [--strip-prefix ainews] [--root <dir>]`:
 * brings a newsletter archive (Markdown or MDX files with YAML frontmatter) into content/recaps/,
 * names each file <date>-<slug>, maps its frontmatter to ours, keeps its body byte for byte, and
 * prints what it changed. Files it cannot import are listed with file:line and not written; the
 * exit status is then 1. See src/lib/import/planRecapImport.ts and docs/editing.md.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { IGNORED_FRONTMATTER_KEYS } from "../src/config";
import { formatProblem } from "../src/lib/errors";
import { planRecapImport, type ArchiveFile } from "../src/lib/import/planRecapImport";
import { createRecapSchema } from "../src/schemas/recap";
import { parseCommandLine } from "./lib/commandLine";
import { fail, requireSiteRoot, shownPath, siteRoot, userPath } from "./lib/siteRoot";
import { displayPath } from "../src/lib/format/displayPath";

const USAGE = `usage: npm run import:recaps -- <folder> [options]
  --dry-run            show what would change; write nothing
  --overwrite          replace recaps that exist with other content (default: refuse)
  --strip-prefix word  newsletter name removed from file names (repeatable; default: ainews)
  --root <dir>         the site folder (default: BENCHDIGEST_ROOT or the project)`;

const { values: args, positionals } = parseCommandLine(USAGE, {
  "dry-run": { type: "boolean" },
  overwrite: { type: "boolean" },
  "strip-prefix": { type: "string", multiple: true },
  root: { type: "string" },
});
if (positionals.length !== 1) fail(`expected one archive folder\n${USAGE}`, 2);
const folder = userPath(positionals[0]);
if (!existsSync(folder) || !statSync(folder).isDirectory()) fail(`${positionals[0]}: no such folder`);
const root = siteRoot(args.root);
requireSiteRoot(root);
const dryRun = args["dry-run"] ?? false;
const started = performance.now();

const names = readdirSync(folder, { recursive: true, encoding: "utf8" })
  .map((n) => n.split("\\").join("/"))
  .filter((n) => /\.(md|mdx|markdown)$/i.test(n) && !n.split("/").some((part) => part.startsWith(".")))
  .sort();
if (names.length === 0) fail(`${shownPath(folder)}: no .md or .mdx files in it`);
const files: ArchiveFile[] = names.map((name) => ({ name, file: shownPath(join(folder, name)), source: readFileSync(join(folder, name), "utf8") }));

const recapsDir = join(root, "content/recaps");
const plan = planRecapImport(files, {
  schema: createRecapSchema({ ignoredKeys: IGNORED_FRONTMATTER_KEYS }),
  keepKeys: IGNORED_FRONTMATTER_KEYS,
  stripPrefixes: args["strip-prefix"] ?? ["ainews"],
  existing: (name) => (existsSync(join(recapsDir, name)) ? readFileSync(join(recapsDir, name), "utf8") : undefined),
});

const verb = dryRun ? "would import" : "imported";
let written = 0;
let conflicts = 0;
if (!dryRun) mkdirSync(recapsDir, { recursive: true });
for (const r of plan.recaps) {
  const target = displayPath(root, join(recapsDir, r.to));
  if (r.status === "unchanged") {
    console.log(`= ${target} (already there, unchanged)`);
    continue;
  }
  if (r.status === "conflict" && !args.overwrite) {
    conflicts++;
    console.error(`${target}:1: a different file is already there; not replacing it (use --overwrite), from ${r.from}`);
    continue;
  }
  if (!dryRun) writeFileSync(join(recapsDir, r.to), r.text);
  written++;
  console.log(`${r.status === "conflict" ? "!" : "+"} ${target}${r.changes.length ? `: ${r.changes.join("; ")}` : ""}`);
}
for (const p of plan.problems) console.error(`${formatProblem(p)} (not imported)`);

// The summary: how many files, and what was normalised how often.
const count = new Map<string, number>();
for (const r of plan.recaps) {
  for (const c of r.changes) {
    const kind = c.startsWith("renamed")
      ? "file names normalised to <date>-<slug>"
      : c.startsWith("dated ")
        ? "file names dated as the frontmatter, where the old name said another day"
        : c.startsWith("dropped ")
          ? `dropped ${c.slice(8).split(":")[0].split(" (")[0]}`
          : c.replace(/^date ".*" → .*/, "dates converted to ISO");
    count.set(kind, (count.get(kind) ?? 0) + 1);
  }
}
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(`\n${verb} ${written} of ${files.length} files into ${shownPath(recapsDir)} in ${seconds} s${dryRun ? " (dry run: nothing written)" : ""}`);
const unchangedCount = plan.recaps.filter((r) => r.status === "unchanged").length;
if (unchangedCount) console.log(`  ${unchangedCount} already there, unchanged`);
for (const [kind, n] of [...count.entries()].sort((a, b) => b[1] - a[1])) console.log(`  ${n} × ${kind}`);
const kept = plan.recaps.filter((r) => !r.rewritten).length;
console.log(`  ${kept} copied byte for byte, ${plan.recaps.length - kept} with frontmatter rewritten; every body is kept byte for byte`);
const failed = new Set(plan.problems.map((p) => p.file)).size;
if (failed || conflicts) {
  console.log(`  ${failed} not imported (problems above), ${conflicts} not replaced`);
  process.exit(1);
}
if (!dryRun) console.log("Next: npm run check");
