/**
 * One body three ways, for the plain `.mdx` bench scripts: MDX's pipeline (bench/mdxReference.ts),
 * Astro's `.md` pipeline with the site's options, and our markdown-it renderer; compared after
 * comparableHtml, the accepted differences of renderMarkdown.test.ts folded.
 *
 * `npx tsx bench/plainMdxCompare.ts 'a body, \n for a line break'` prints all three.
 */
import { createMarkdownProcessor } from "@astrojs/markdown-remark";
import { markdownOptions } from "../src/lib/markdown/markdownOptions";
import { createMarkdownRenderer } from "../src/lib/markdown/renderMarkdown";
import { comparableHtml, firstDifference } from "../src/lib/markdown/comparableHtml";
import { isPlainMarkdownMdx } from "../src/lib/content/plainMdx";
import { createMdxReference } from "./mdxReference";
import { parseCommandLine } from "../scripts/lib/commandLine";
import { fail } from "../scripts/lib/siteRoot";

const viaMdx = createMdxReference(process.cwd());
const astroMd = await createMarkdownProcessor({ ...markdownOptions, remarkPlugins: [...markdownOptions.remarkPlugins], rehypePlugins: [...markdownOptions.rehypePlugins] });
const render = createMarkdownRenderer({ sanitize: (h) => h, tableSliceRows: Infinity });

/** renderMarkdown.test.ts' accepted differences that plain bodies can show: a code block's leading blank lines, `- *`. */
const foldAccepted = (html: string) => html.replace(/(<pre><code[^>]*>)\n+/g, "$1").replace(/<li>[*+-]<\/li>/g, "<li><ul><li></li></ul></li>");

/** The three renderings of `body`; `diff` is MDX against ours, `mdxVsMd` MDX against Astro's `.md` (an MDX-only difference). */
export async function compareBody(body: string): Promise<{ mdx: string; md: string; mine: string; diff?: string; mdxVsMd?: string }> {
  const mine = render(body).html;
  const md = (await astroMd.render(body, { frontmatter: {} } as never)).code;
  const mdx = await viaMdx(body);
  return {
    mdx,
    md,
    mine,
    diff: firstDifference(foldAccepted(comparableHtml(mdx)), foldAccepted(comparableHtml(mine)), 60),
    mdxVsMd: firstDifference(comparableHtml(mdx), comparableHtml(md), 60),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const USAGE = "usage: npx tsx bench/plainMdxCompare.ts '<body, with \\n for line ends>'";
  const { positionals } = parseCommandLine(USAGE, {});
  if (positionals.length !== 1) fail(`expected one body, found ${positionals.length}\n${USAGE}`, 2);
  const body = positionals[0].replace(/\\n/g, "\n");
  console.log("plain:", isPlainMarkdownMdx(body));
  console.log(await compareBody(body));
}
