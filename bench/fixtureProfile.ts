/**
 * Measures the shape of real full-body newsletter issues (by default
 * `../shared/fixtures/ainews-full-sample/`, 30 AINews issues) and prints the figures the `full`
 * profile of bench/generate.ts is built from: the distribution of file sizes and, per KB of body,
 * headings by level, list items (top-level and nested), table rows, links, images, raw HTML tags,
 * code fences, blockquote lines, bold spans and thematic breaks. It reads the fixtures and prints
 * numbers only; no fixture text goes into the repository.
 *
 *   npx tsx bench/fixtureProfile.ts [folder]
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseCommandLine } from "../scripts/lib/commandLine";
import { fail } from "../scripts/lib/siteRoot";

/** Counts of one issue's Markdown constructs (line-based, good enough for proportions). */
export interface ShapeCounts {
  bytes: number;
  bodyBytes: number;
  h1: number;
  h2: number;
  h3: number;
  h4: number;
  listItems: number;
  nestedListItems: number;
  tableRows: number;
  links: number;
  images: number;
  htmlTags: number;
  codeFences: number;
  quoteLines: number;
  bold: number;
  breaks: number;
  blankLines: number;
}

/** Counts the constructs of one Markdown file (frontmatter excluded from the body counts). */
export function shapeOf(text: string): ShapeCounts {
  const fm = /^---\n[\s\S]*?\n---\n/.exec(text);
  const body = fm ? text.slice(fm[0].length) : text;
  const c: ShapeCounts = {
    bytes: Buffer.byteLength(text),
    bodyBytes: Buffer.byteLength(body),
    h1: 0,
    h2: 0,
    h3: 0,
    h4: 0,
    listItems: 0,
    nestedListItems: 0,
    tableRows: 0,
    links: 0,
    images: 0,
    htmlTags: 0,
    codeFences: 0,
    quoteLines: 0,
    bold: 0,
    breaks: 0,
    blankLines: 0,
  };
  for (const line of body.split("\n")) {
    const h = /^(#{1,6}) /.exec(line);
    if (h) {
      const level = Math.min(4, h[1].length) as 1 | 2 | 3 | 4;
      c[`h${level}`]++;
    }
    if (/^[-*+] |^\d+[.)] /.test(line)) c.listItems++;
    else if (/^\s{2,}([-*+] |\d+[.)] )/.test(line)) c.nestedListItems++;
    if (/^\s*\|.*\|\s*$/.test(line)) c.tableRows++;
    if (/^```|^~~~/.test(line.trim())) c.codeFences++;
    if (/^>/.test(line)) c.quoteLines++;
    if (/^(---|\*\*\*|___)\s*$/.test(line)) c.breaks++;
    if (line.trim() === "") c.blankLines++;
  }
  c.images = (body.match(/!\[[^\]]*\]\(/g) ?? []).length;
  c.links = (body.match(/\]\(/g) ?? []).length - c.images;
  c.htmlTags = (
    body.match(/<\/?[a-zA-Z][a-zA-Z0-9-]*[\s>/]|<!--/g) ?? []
  ).length;
  c.bold = (body.match(/\*\*[^*\n]+\*\*/g) ?? []).length;
  return c;
}

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}

if (
  process.argv[1] &&
  resolve(process.argv[1]) === resolve(import.meta.filename)
) {
  const USAGE = "usage: npx tsx bench/fixtureProfile.ts [folder of full-size issues, ../shared/fixtures/ainews-full-sample by default]";
  const { positionals } = parseCommandLine(USAGE, {});
  if (positionals.length > 1) fail(`expected at most one folder, found ${positionals.length}\n${USAGE}`, 2);
  const dir = resolve(positionals[0] ?? join(import.meta.dirname, "../../shared/fixtures/ainews-full-sample"));
  if (!existsSync(dir)) {
    // The fixtures are optional; a folder the user named is not.
    if (positionals[0] !== undefined) fail(`${dir}: no such folder\n${USAGE}`, 2);
    console.log(`no fixtures at ${dir}: nothing to measure`);
    process.exit(0);
  }
  const shapes = readdirSync(dir)
    .filter((f) => f.endsWith(".md"))
    .map((f) => shapeOf(readFileSync(join(dir, f), "utf8")));
  const sizes = shapes.map((s) => s.bytes).sort((a, b) => a - b);
  const total = (k: keyof ShapeCounts) =>
    shapes.reduce((sum, s) => sum + s[k], 0);
  const kb = total("bodyBytes") / 1024;
  const mean = total("bytes") / shapes.length;
  const logs = sizes.map((s) => Math.log(s));
  const logMean = logs.reduce((a, b) => a + b, 0) / logs.length;
  const logSd = Math.sqrt(
    logs.reduce((a, b) => a + (b - logMean) ** 2, 0) / logs.length,
  );
  console.log(
    `${shapes.length} issues, ${(total("bytes") / 1e6).toFixed(2)} MB`,
  );
  console.log(
    `size bytes: min ${sizes[0]}, p10 ${quantile(sizes, 0.1)}, median ${quantile(sizes, 0.5)}, mean ${Math.round(mean)}, p90 ${quantile(sizes, 0.9)}, max ${sizes.at(-1)}`,
  );
  console.log(
    `log-normal fit: median ${Math.round(Math.exp(logMean))}, sigma ${logSd.toFixed(3)}`,
  );
  console.log("per KB of body:");
  for (const k of [
    "h1",
    "h2",
    "h3",
    "h4",
    "listItems",
    "nestedListItems",
    "tableRows",
    "links",
    "images",
    "htmlTags",
    "codeFences",
    "quoteLines",
    "bold",
    "breaks",
    "blankLines",
  ] as const) {
    const perIssue = shapes.map((s) => s[k]);
    console.log(
      `  ${k.padEnd(16)} ${(total(k) / kb).toFixed(3)}  (per issue: min ${Math.min(...perIssue)}, max ${Math.max(...perIssue)}, issues with any ${perIssue.filter((n) => n > 0).length})`,
    );
  }
}
