import { existsSync, readdirSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { readFrontmatter } from "../lib/check/readFrontmatter";
import { mdxSyntaxProblems } from "../lib/content/mdxSyntax";
import type { Problem } from "../lib/errors";
import { displayPath } from "../lib/format/displayPath";

/**
 * The YAML and MDX syntax problems of every recap under `recapsDir`, named relative to
 * `displayRoot`: what a production build checks first (recapLoader.ts). Astro's glob loader names a
 * YAML error by absolute path and its own line count, and an unclosed MDX `{` surfaces only as an
 * anonymous render error; these are the messages `npm run check` prints. [] when there is no folder.
 */
export function recapSyntaxProblems(recapsDir: string, displayRoot: string): Problem[] {
  if (!existsSync(recapsDir)) return [];
  const problems: Problem[] = [];
  for (const name of (readdirSync(recapsDir, { recursive: true }) as string[]).filter((n) => /\.mdx?$/.test(n)).sort()) {
    const path = resolve(recapsDir, name);
    const file = displayPath(displayRoot, path);
    const source = readFileSync(path, "utf8");
    const fm = readFrontmatter(source, file);
    if (!fm.ok) problems.push(...fm.problems);
    else if (name.endsWith(".mdx")) problems.push(...mdxSyntaxProblems(source, file));
  }
  return problems;
}
