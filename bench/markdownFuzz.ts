/**
 * A differential check of renderMarkdown.ts against Astro's Markdown pipeline on random documents
 * built from Markdown's special characters, blocks and the constructs the site cares about
 * (fast-check's generator, fixed seed). Prints each document whose HTML (after comparableHtml) or
 * headings differ beyond the accepted differences, and the count. Not a test: its findings are listed, with their causes, in
 * docs/performance.md ("Markdown renderer").
 *
 * `npx tsx bench/markdownFuzz.ts [runs=400] [seed=1]`
 */
import { parseCommandLine, wholeNumberArg } from "../scripts/lib/commandLine";
import { fail } from "../scripts/lib/siteRoot";
const USAGE = "usage: npx tsx bench/markdownFuzz.ts [runs=400] [seed=1]";
const { positionals } = parseCommandLine(USAGE, {});
if (positionals.length > 2) fail(`expected at most two arguments (runs, seed), found ${positionals.length}\n${USAGE}`, 2);
const runs = wholeNumberArg("runs", positionals[0], 400, USAGE);
const seed = wholeNumberArg("seed", positionals[1], 1, USAGE, 0);
// Imported once the arguments are read, so that a wrong one is refused at once (test/benchPlan.test.ts).
const { default: fc } = await import("fast-check");
const { createMarkdownProcessor } = await import("@astrojs/markdown-remark");
const { markdownOptions } = await import("../src/lib/markdown/markdownOptions");
const { createMarkdownRenderer } = await import("../src/lib/markdown/renderMarkdown");
const { comparableHtml, firstDifference } = await import("../src/lib/markdown/comparableHtml");
const options = { ...markdownOptions, remarkPlugins: [...markdownOptions.remarkPlugins], rehypePlugins: [...markdownOptions.rehypePlugins] };
const astro = await createMarkdownProcessor(options);
const render = createMarkdownRenderer({ sanitize: (h) => h });
const inline = ["word", "Word", " ", "  ", "\n", "*", "**", "_", "__", "~", "~~", "`", "[", "]", "(", ")", "![", "<", ">", "&amp;", "&", "\\", "\"", "'", "--", "...", "www.x.com", "https://a.org/p_q", "a@b.co", "<b>", "</b>", "<br>", "[^1]", "|", "#", ":", "-", "1.", "🚀", "é", "x_y", "{", "}"];
const blockStart = ["", "# ", "## ", "- ", "* ", "1. ", "> ", "    ", "```\n", "| a | b |\n|---|:-:|\n| ", "- [ ] ", "[^1]: ", "<div>\n", "***\n", "Title\n===\n"];
const block = fc.tuple(fc.constantFrom(...blockStart), fc.array(fc.constantFrom(...inline), { maxLength: 14 })).map(([b, xs]) => b + xs.join(""));
const doc = fc.array(block, { minLength: 1, maxLength: 5 }).map((bs) => bs.join("\n\n"));
let n = 0, bad = 0;
const samples = fc.sample(doc, { numRuns: runs, seed });
for (const md of samples) {
  n++;
  const a = await astro.render(md, { frontmatter: {} } as never);
  const m = render(md);
  // The accepted differences of renderMarkdown.test.ts folded away: a code block's leading blank
  // line, junk attribute names in broken raw HTML.
  const fold = (html: string) => html.replace(/(<pre><code[^>]*>)\n+/g, "$1").replace(/ [^\s=>"]*(?:"|&#x22;|<|&#x3c;|')[^\s=>]*="[^"]*"/g, "");
  const d = firstDifference(fold(comparableHtml(a.code)), fold(comparableHtml(m.html)), 60);
  const hd = JSON.stringify(a.metadata.headings.map(h => ({...h, text: h.text.replaceAll("${", "{")}))) !== JSON.stringify(m.headings);
  if (d || hd) { bad++; if (bad <= 12) console.log("=== ", JSON.stringify(md), "\n", d ?? "", hd ? "HEADINGS " + JSON.stringify(a.metadata.headings) + " vs " + JSON.stringify(m.headings) : ""); }
}
console.log(`${bad}/${n} differ`);
