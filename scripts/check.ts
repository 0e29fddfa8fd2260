/**
 * `npm run check [-- --json] [--strict] [--root <dir>]`: validates every recap and every CSV with
 * the build's own schemas and loader, without building pages, and prints every finding at once as
 * `file:line: message`. Exit status 0 when there is no error (warnings are printed but do not
 * fail), 1 otherwise; with --strict, warnings fail too. See docs/editing.md.
 */
import { IGNORED_FRONTMATTER_KEYS } from "../src/config";
import { checkSite } from "../src/lib/check/checkSite";
import { exitCodeFor, formatFinding } from "../src/lib/check/findings";
import { parseCommandLine } from "./lib/commandLine";
import { requireSiteRoot, siteRoot } from "./lib/siteRoot";

const USAGE = `usage: npm run check -- [--json] [--strict] [--root <dir>]
  --json     print {"ok", "errors", "warnings", "findings": [...], "labels": [...]} for tools (see docs/editing.md)
  --strict   warnings fail the check too
  --root     the site folder (holding content/recaps/ and data/); default BENCHDIGEST_ROOT or the project`;

const args = parseCommandLine(USAGE, { json: { type: "boolean" }, strict: { type: "boolean" }, root: { type: "string" } }, { positionals: false }).values;

const root = siteRoot(args.root);
requireSiteRoot(root);
const started = performance.now();
const report = checkSite({ root, ignoredKeys: IGNORED_FRONTMATTER_KEYS });
const seconds = (performance.now() - started) / 1000;
const errors = report.findings.filter((f) => f.severity === "error").length;
const warnings = report.findings.length - errors;
const code = exitCodeFor(report.findings, { strict: args.strict });

if (args.json) {
  const { findings, skipped, labels } = report;
  process.stdout.write(`${JSON.stringify({ ok: code === 0, errors, warnings, recaps: report.recapCount, csvFiles: report.csvCount, skipped, findings, labels }, null, 2)}\n`);
} else {
  for (const f of report.findings) console.log(formatFinding(f));
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
  const summary = `${plural(errors, "error")}, ${plural(warnings, "warning")} in ${plural(report.recapCount, "recap")} and ${plural(report.csvCount, "CSV file")} (${seconds.toFixed(1)} s)`;
  if (report.skipped) console.log(`not checked yet: ${report.skipped}`);
  console.log(code === 0 ? `check passed: ${summary}` : `check failed: ${summary}`);
}
// exitCode, not exit(): the findings are flushed to a pipe before the process ends.
process.exitCode = code;
