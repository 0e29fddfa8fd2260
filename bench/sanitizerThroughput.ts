/**
 * Throughput of the HTML sanitiser (src/lib/html/sanitizeHtml.ts) on real full-size newsletter
 * issues: the 30 full-body AINews issues of ../shared/fixtures/ainews-full-sample, rendered to HTML
 * once with markdown-it (the string pipeline the `.md` renderer moves to), then sanitised
 * `--rounds` times. Prints MB/s of HTML and of the Markdown it came from, so the cost on a 126 MB
 * archive can be read off directly.
 *
 *   npx tsx bench/sanitizerThroughput.ts [--rounds 5]
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import MarkdownIt from "markdown-it";
import { sanitizeHtml } from "../src/lib/html/sanitizeHtml";

const FIXTURES = join(import.meta.dirname, "../../shared/fixtures/ainews-full-sample");
const { values } = parseArgs({ options: { rounds: { type: "string", default: "5" } } });
const rounds = Number(values.rounds);
if (!existsSync(FIXTURES)) throw new Error(`no fixtures at ${FIXTURES}`);

const sources = readdirSync(FIXTURES)
  .filter((f) => f.endsWith(".md"))
  .map((f) => readFileSync(join(FIXTURES, f), "utf8"));
const md = new MarkdownIt({ html: true });
const pages = sources.map((s) => md.render(s.replace(/^---[\s\S]*?\n---\n/, "")));
const mb = (texts: string[]) => texts.reduce((n, t) => n + Buffer.byteLength(t), 0) / 1e6;
const markdownMb = mb(sources);
const htmlMb = mb(pages);

for (const html of pages) sanitizeHtml(html); // warm-up
const times: number[] = [];
for (let r = 0; r < rounds; r++) {
  const started = performance.now();
  for (const html of pages) sanitizeHtml(html);
  times.push((performance.now() - started) / 1000);
}
const best = Math.min(...times);
const median = times.sort((a, b) => a - b)[Math.floor(times.length / 2)];
console.log(`${pages.length} issues: ${markdownMb.toFixed(2)} MB of Markdown, ${htmlMb.toFixed(2)} MB of HTML`);
console.log(`sanitizeHtml: best ${best.toFixed(2)} s, median ${median.toFixed(2)} s per round of ${rounds}`);
console.log(`  ${(htmlMb / best).toFixed(1)} MB/s of HTML (best), ${(htmlMb / median).toFixed(1)} MB/s (median)`);
console.log(`  ${(markdownMb / best).toFixed(1)} MB/s of Markdown (best): 126 MB of Markdown in about ${(126 / (markdownMb / best)).toFixed(0)} s`);
