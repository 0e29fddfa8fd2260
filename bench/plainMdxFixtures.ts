/**
 * Real bodies read as `.mdx` ones: those of the given folders' `.md`/`.mdx` files that
 * isPlainMarkdownMdx takes, through MDX's pipeline, Astro's `.md` pipeline and markdown-it.
 *
 * `npx tsx bench/plainMdxFixtures.ts ../shared/fixtures/ainews-sample ../shared/fixtures/ainews-full-sample content/recaps`
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { compareBody } from "./plainMdxCompare";
import { isPlainMarkdownMdx } from "../src/lib/content/plainMdx";
import { blankFrontmatter } from "../src/lib/check/readFrontmatter";
import { parseCommandLine } from "../scripts/lib/commandLine";
import { fail } from "../scripts/lib/siteRoot";
const USAGE = "usage: npx tsx bench/plainMdxFixtures.ts <folder of .md/.mdx files>...";
const { positionals: folders } = parseCommandLine(USAGE, {});
if (!folders.length) fail(`expected at least one folder\n${USAGE}`, 2);
for (const dir of folders) if (!existsSync(dir)) fail(`${dir}: no such folder\n${USAGE}`, 2);
let n = 0, plain = 0, mdxVsMd = 0, oursVsMdx = 0;
for (const dir of folders) for (const name of readdirSync(dir).filter((f) => /\.mdx?$/.test(f))) {
  n++;
  const body = blankFrontmatter(readFileSync(join(dir, name), "utf8")).replace(/^\n+/, "");
  if (!isPlainMarkdownMdx(body)) continue;
  plain++;
  const r = await compareBody(body);
  if (r.mdxVsMd) { mdxVsMd++; console.log("MDX vs .md", name, r.mdxVsMd); }
  if (r.diff) { oursVsMdx++; console.log("ours vs MDX", name, r.diff); }
}
console.log(`${plain} of ${n} plain; MDX differs from .md in ${mdxVsMd}; ours from MDX in ${oursVsMdx}`);
