/**
 * Throughput of the HTML sanitiser (src/lib/html/sanitizeHtml.ts) on real full-size newsletter
 * issues: the 30 full-body AINews issues of ../shared/fixtures/ainews-full-sample, rendered to HTML
 * once with markdown-it (the string pipeline the `.md` renderer moves to), then sanitised
 * `--rounds` times. Prints MB/s of HTML and of the Markdown it came from, so the cost on a 126 MB
 * archive can be read off directly; beside it, sanitize-html with its default options (what our
 * allowlist and URL check cost on top), and the body scan the build's first pass and
 * `npm run check` run on every `.md` recap (src/lib/html/scanBody.ts).
 *
 *   npx tsx bench/sanitizerThroughput.ts [--rounds 5]
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseCommandLine, wholeNumberArg } from "../scripts/lib/commandLine";
import { fail } from "../scripts/lib/siteRoot";

const FIXTURES = join(import.meta.dirname, "../../shared/fixtures/ainews-full-sample");
const USAGE = "usage: npx tsx bench/sanitizerThroughput.ts [--rounds 5]";
const { values } = parseCommandLine(USAGE, { rounds: { type: "string" } }, { positionals: false });
const rounds = wholeNumberArg("--rounds", values.rounds, 5, USAGE);
if (!existsSync(FIXTURES)) fail(`no fixtures at ${FIXTURES}: this measures the real full-size issues of ../shared/fixtures`);
// Imported once the options are read, so that a wrong one is refused at once (test/benchPlan.test.ts).
const { default: MarkdownIt } = await import("markdown-it");
const { default: sanitize } = await import("sanitize-html");
const { sanitizeHtml } = await import("../src/lib/html/sanitizeHtml");
const { scanMarkdownBody } = await import("../src/lib/html/scanBody");

const sources = readdirSync(FIXTURES)
  .filter((f) => f.endsWith(".md"))
  .map((f) => readFileSync(join(FIXTURES, f), "utf8"));
const md = new MarkdownIt({ html: true });
const pages = sources.map((s) => md.render(s.replace(/^---[\s\S]*?\n---\n/, "")));
const mb = (texts: string[]) => texts.reduce((n, t) => n + Buffer.byteLength(t), 0) / 1e6;
const markdownMb = mb(sources);
const htmlMb = mb(pages);

/** Best and median seconds of `rounds` runs of `work` (after one warm-up run). */
function time(work: () => void): { best: number; median: number } {
  work();
  const times: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const started = performance.now();
    work();
    times.push((performance.now() - started) / 1000);
  }
  times.sort((a, b) => a - b);
  return { best: times[0], median: times[Math.floor(times.length / 2)] };
}

const ours = time(() => pages.forEach((html) => sanitizeHtml(html)));
const defaults = time(() => pages.forEach((html) => sanitize(html)));
const scan = time(() => sources.forEach((source, i) => scanMarkdownBody(source, `issue-${i}.md`)));
console.log(`${pages.length} issues: ${markdownMb.toFixed(2)} MB of Markdown, ${htmlMb.toFixed(2)} MB of HTML; ${rounds} rounds`);
console.log(`sanitizeHtml: best ${ours.best.toFixed(2)} s, median ${ours.median.toFixed(2)} s per round`);
console.log(`  ${(htmlMb / ours.best).toFixed(1)} MB/s of HTML (best), ${(htmlMb / ours.median).toFixed(1)} MB/s (median)`);
console.log(`  ${(markdownMb / ours.best).toFixed(1)} MB/s of Markdown (best): 126 MB of Markdown in about ${(126 / (markdownMb / ours.best)).toFixed(0)} s`);
console.log(`sanitize-html with its defaults: ${(htmlMb / defaults.best).toFixed(1)} MB/s of HTML (best)`);
console.log(`scanMarkdownBody (markdown-it parse + raw HTML through the sanitiser): ${(markdownMb / scan.best).toFixed(1)} MB/s of Markdown (best), ${(markdownMb / scan.median).toFixed(1)} (median)`);
