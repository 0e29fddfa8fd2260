/**
 * `npm run check [-- --json] [--strict] [--root <dir>]`: validates every recap and every CSV with
 * the build's own schemas and loader, without building pages, and prints every finding at once as
 * `file:line: message`. Exit status 0 when there is no error (warnings are printed but do not
 * fail), 1 otherwise; with --strict, warnings fail too. The site URL the build would use
 * (SITE.url in src/config.ts, or SITE_URL) is checked too: a warning while it is the example, so
 * that --strict, the CI gate, fails on it; and so is each setting still the sample's (SUBSCRIBE,
 * SITE.title, SITE.author, SITE.description: src/lib/check/sampleIdentity.ts) once the URL is another. See
 * docs/editing.md.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { EXAMPLE_SITE_URL, IGNORED_FRONTMATTER_KEYS, SITE, SUBSCRIBE } from "../src/config";
import { filesUnder } from "../src/integrations/publicShadowed";
import { checkSiteFolder } from "../src/integrations/readSiteFiles";
import { exitCodeFor, formatFinding, sortFindings, type Finding } from "../src/lib/check/findings";
import { shadowedMessage, shadowedPublicFiles } from "../src/lib/check/publicShadowed";
import { sampleIdentityProblems } from "../src/lib/check/sampleIdentity";
import { siteUrlProblem } from "../src/lib/check/siteUrl";
import { plural } from "../src/lib/format/plural";
import { parseCommandLine } from "./lib/commandLine";
import { PROJECT_ROOT, fail, requireSiteRoot, siteRoot } from "./lib/siteRoot";

const USAGE = `usage: npm run check -- [--json] [--strict] [--root <dir>]
  --json     print {"ok", "errors", "warnings", "findings": [...], "labels": [...]} for tools (see docs/editing.md);
             run as npm run -s check -- --json, so that npm prints no banner before it
  --strict   warnings fail the check too
  --root     the site folder (holding content/recaps/ and data/); default: the project`;

const args = parseCommandLine(USAGE, { json: { type: "boolean" }, strict: { type: "boolean" }, root: { type: "string" } }, { positionals: false }).values;

const root = siteRoot(args.root);
requireSiteRoot(root);
const started = performance.now();
let report: ReturnType<typeof checkSiteFolder>;
try {
  report = checkSiteFolder(root, { ignoredKeys: IGNORED_FRONTMATTER_KEYS });
} catch (error) {
  // checkSite turns every problem of the input into a finding; what is left is the disk itself
  // (a file that cannot be read): said in one line, not as a stack trace.
  fail(`check could not read the site: ${error instanceof Error ? error.message : String(error)}`);
}
// Findings of src/config.ts are located at their setting's line: `url:` in SITE, `SUBSCRIBE =`.
const configLines = readFileSync(join(PROJECT_ROOT, "src/config.ts"), "utf8").split("\n");
const lineOf = (pattern: RegExp) => configLines.findIndex((l) => pattern.test(l)) + 1 || 1;
const configFindings: Finding[] = [];
const urlProblem = siteUrlProblem(SITE.url, EXAMPLE_SITE_URL);
if (urlProblem) {
  const fromEnv = process.env.SITE_URL ? ` (from SITE_URL=${process.env.SITE_URL})` : "";
  configFindings.push({ file: "src/config.ts", line: lineOf(/^\s*url:/), field: "SITE.url", severity: urlProblem.severity, code: "site-url", message: `${urlProblem.message}${fromEnv}` });
}
const settingLine = { SUBSCRIBE: /^export const SUBSCRIBE\b/, "SITE.title": /^\s*title:/, "SITE.author": /^\s*author:/, "SITE.description": /^\s*description:/ } as const;
for (const problem of sampleIdentityProblems({ ...SITE, subscribe: SUBSCRIBE }, EXAMPLE_SITE_URL)) {
  configFindings.push({ file: "src/config.ts", line: lineOf(settingLine[problem.setting]), field: problem.setting, severity: problem.severity, code: "sample-identity", message: problem.message });
}
// A file of public/ that a page writes over (an editor's og-default.png): the build stops on it too.
for (const shadowed of shadowedPublicFiles(filesUnder(join(PROJECT_ROOT, "public")), filesUnder(join(PROJECT_ROOT, "src/pages")))) {
  configFindings.push({ file: `public/${shadowed.publicFile}`, line: 1, severity: "error", code: "public-file-replaced", message: shadowedMessage(shadowed) });
}
if (configFindings.length > 0) report.findings = sortFindings([...report.findings, ...configFindings]);
const seconds = (performance.now() - started) / 1000;
const errors = report.findings.filter((f) => f.severity === "error").length;
const warnings = report.findings.length - errors;
const code = exitCodeFor(report.findings, { strict: args.strict });

if (args.json) {
  const { findings, skipped, labels } = report;
  process.stdout.write(`${JSON.stringify({ ok: code === 0, errors, warnings, recaps: report.recapCount, csvFiles: report.csvCount, skipped: skipped ?? null, findings, labels }, null, 2)}\n`);
} else {
  for (const f of report.findings) console.log(formatFinding(f));
  const summary = `${plural(errors, "error")}, ${plural(warnings, "warning")} in ${plural(report.recapCount, "recap")} and ${plural(report.csvCount, "CSV file")} (${seconds.toFixed(1)} s)`;
  if (report.skipped) console.log(`not checked yet: ${report.skipped}`);
  console.log(code === 0 ? `check passed: ${summary}` : `check failed: ${summary}`);
}
// exitCode, not exit(): the findings are flushed to a pipe before the process ends.
process.exitCode = code;
