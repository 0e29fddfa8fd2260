/**
 * Real bodies read as `.mdx` ones: those of the given folders' `.md`/`.mdx` files that
 * isPlainMarkdownMdx takes, through MDX's pipeline, Astro's `.md` pipeline and markdown-it.
 *
 * `npx tsx bench/plainMdxFixtures.ts ../shared/fixtures/ainews-sample ../shared/fixtures/ainews-full-sample content/recaps`
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { compareBody } from "./plainMdxCompare";
import { isPlainMarkdownMdx } from "../src/lib/content/plainMdx";
import { blankFrontmatter } from "../src/lib/check/readFrontmatter";
let n = 0, plain = 0, mdxVsMd = 0, oursVsMdx = 0;
for (const dir of process.argv.slice(2)) for (const name of readdirSync(dir).filter((f) => /\.mdx?$/.test(f))) {
  n++;
  const body = blankFrontmatter(readFileSync(join(dir, name), "utf8")).replace(/^\n+/, "");
  if (!isPlainMarkdownMdx(body)) continue;
  plain++;
  const r = await compareBody(body);
  if (r.mdxVsMd) { mdxVsMd++; console.log("MDX vs .md", name, r.mdxVsMd); }
  if (r.diff) { oursVsMdx++; console.log("ours vs MDX", name, r.diff); }
}
console.log(`${plain} of ${n} plain; MDX differs from .md in ${mdxVsMd}; ours from MDX in ${oursVsMdx}`);
