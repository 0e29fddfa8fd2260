/**
 * A differential check of plain `.mdx` bodies: random documents of Markdown's special characters,
 * blocks, fences, containers, odd white space and import/export words (fast-check, fixed seed),
 * those isPlainMarkdownMdx takes, through MDX's pipeline, Astro's `.md` pipeline and markdown-it
 * (bench/plainMdxCompare.ts). Prints each body MDX reads otherwise than Astro's `.md` pipeline (a
 * fault of isPlainMarkdownMdx), and with -v each where markdown-it differs from both (a difference
 * `.md` recaps share, renderMarkdown.test.ts' subject). Findings: docs/performance.md.
 *
 * `npx tsx bench/plainMdxFuzz.ts [runs=400] [seed=1] [-v]`
 */
import { parseCommandLine, wholeNumberArg } from "../scripts/lib/commandLine";
import { fail } from "../scripts/lib/siteRoot";
const USAGE = "usage: npx tsx bench/plainMdxFuzz.ts [runs=400] [seed=1] [-v]";
const { values, positionals } = parseCommandLine(USAGE, { verbose: { type: "boolean", short: "v" } });
if (positionals.length > 2) fail(`expected at most two arguments (runs, seed), found ${positionals.length}\n${USAGE}`, 2);
const runs = wholeNumberArg("runs", positionals[0], 400, USAGE), seed = wholeNumberArg("seed", positionals[1], 1, USAGE, 0);
// Imported once the arguments are read, so that a wrong one is refused at once (test/benchPlan.test.ts).
const { default: fc } = await import("fast-check");
const { compareBody } = await import("./plainMdxCompare");
const { isPlainMarkdownMdx } = await import("../src/lib/content/plainMdx");
const inline = ["\u00a0", "\u0000", "&#0;", "\uFEFF", "\r", "import{", "- ", "> ", "[^1]: ", "\n    ", "\n\t", "\n   ```", "\n```", "\n~~~", "word", "Word", " ", "  ", "   ", "\t", "\n", "\n\n", "*", "**", "_", "__", "~", "~~", "`", "```", "~~~", "[", "]", "(", ")", "![", ">", "&amp;", "&lt;", "&#123;", "&#x7d;", "&", "\\", "\"", "'", "--", "...", "www.x.com", "https://a.org/p_q", "a@b.co", "[^1]", "|", "#", ":", "-", "1.", "2)", "🚀", "é", "x_y", "import", "export", "import x from 'y'", "$", "!", "=", "+"];
const blockStart = ["", "# ", "## ", "- ", "* ", "+ ", "1. ", "3) ", "> ", "> > ", "- > ", "> - ", "  ", "   ", " ", "```\n", "```js\n", "~~~\n", "  ```\n", "- ```\n", "| a | b |\n|---|:-:|\n| ", "- [ ] ", "[^1]: ", "[a]: ", "***\n", "Title\n===\n", "import ", "export "];
const block = fc.tuple(fc.constantFrom(...blockStart), fc.array(fc.constantFrom(...inline), { maxLength: 14 })).map(([b, xs]) => b + xs.join(""));
const doc = fc.tuple(fc.array(block, { minLength: 1, maxLength: 6 }), fc.array(fc.constantFrom("\n", "\n\n", "\r\n"), { minLength: 6, maxLength: 6 })).map(([bs, seps]) => bs.map((b, i) => (i ? seps[i] : "") + b).join(""));
let n = 0, plain = 0, bad = 0, mdxOnly = 0, mdOnly = 0;
const verbose = values.verbose === true;
const t0 = Date.now();
for (const md of fc.sample(doc, { numRuns: runs, seed })) {
  n++;
  if (!isPlainMarkdownMdx(md)) continue;
  plain++;
  const r = await compareBody(md);
  if (r.diff) bad++;
  if (r.mdxVsMd) { mdxOnly++; if (mdxOnly <= 15) console.log("=== MDX differs from .md:", JSON.stringify(md), "\n", r.mdxVsMd, "\n mdx: ", JSON.stringify(r.mdx), "\n md:  ", JSON.stringify(r.md), "\n mine:", JSON.stringify(r.mine)); }
  else if (r.diff) { mdOnly++; if (verbose) console.log("=== .md difference:", JSON.stringify(md), "\n", r.diff); }
}
console.log(`seed ${seed}: ${bad}/${plain} plain differ; MDX differs from Astro's .md pipeline in ${mdxOnly}, the rest (${mdOnly}) are markdown-it vs remark differences of .md too (${n} generated) in ${Date.now() - t0} ms`);
