/**
 * The stages at which `astro build` refuses bad input, run in-process with the code the build runs
 * at each stage, so that a bad-input case costs milliseconds instead of a build. What this cannot
 * see, the build's own wiring (Astro printing the error, the exit status, no site left behind), is
 * covered by one real build per stage (test/badInputBuilds.test.ts).
 *
 * The stages, in the order a build meets them:
 * - `syntax`: the recap loader first reads every recap (recapSyntax.ts): the folder, sizes, YAML
 *   and MDX syntax, each recap's fields and rules, and the URLs of its body;
 * - `frontmatter`: then validates each recap's frontmatter as Astro's glob loader hands it over
 *   (Astro's own frontmatter parser, then validateRecap: caught by the first read already, unless
 *   the two YAML parsers disagree) and refuses duplicate slugs;
 * - `data`: meanwhile, the CSV collections load data/ (readDataset, as getDataset does);
 * - `mdx`: once content has synced, Vite compiles each .mdx recap with the site's remark plugins
 *   (remarkComponentRefs refuses unknown ids);
 * - `render`: pages render. Not run in-process; a case refused only there names the stage in its
 *   expected.txt and is built for real.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseFrontmatter } from "@astrojs/markdown-remark";
import { compile } from "@mdx-js/mdx";
import { VFile } from "vfile";
import { IGNORED_FRONTMATTER_KEYS } from "../../src/config";
import { mdxRemarkPlugins } from "../../src/integrations/benchdigest";
import { listRecapFiles } from "../../src/integrations/readSiteFiles";
import { readDataset } from "../../src/integrations/readDataset";
import { recapSyntaxProblems } from "../../src/integrations/recapSyntax";
import { siteFolders } from "../../src/integrations/siteFolders";
import { recapId } from "../../src/lib/check/recapId";
import { duplicateSlugProblem } from "../../src/lib/content/duplicateSlug";
import { validateRecap } from "../../src/lib/content/validateRecap";
import { InputError, type Problem } from "../../src/lib/errors";
import { displayPath } from "../../src/lib/format/displayPath";
import { markdownOptions } from "../../src/lib/markdown/markdownOptions";
import { createRecapSchema } from "../../src/schemas/recap";

/** The build's stages, in order. */
export const STAGES = ["syntax", "frontmatter", "data", "mdx", "render"] as const;
export type Stage = (typeof STAGES)[number];

/** A stage that refused the site, and the error it threw (what the build prints). */
export interface Refusal {
  stage: Stage;
  problems: Problem[];
  /** The thrown `InputError`'s message: a summary line, then each problem as `file:line ...`. */
  message: string;
}

const schema = createRecapSchema({ ignoredKeys: IGNORED_FRONTMATTER_KEYS });
const refusal = (stage: Stage, error: InputError): Refusal => ({ stage, problems: error.problems, message: error.message });

/**
 * Runs the build's stages on a site folder and returns the ones that refuse it. Content sync runs
 * the recap loader (syntax, then frontmatter) beside the CSV collections (data), so either or both
 * may refuse; the build prints whichever throws first. Only when content syncs does MDX compile.
 * [] means the build gets as far as rendering pages.
 */
export async function refusals(siteDir: string): Promise<Refusal[]> {
  const site = siteFolders(siteDir);
  const found: Refusal[] = [];
  const syntax = recapSyntaxProblems(site.recapsDir, site.root, { schema, now: new Date() });
  if (syntax.length) found.push(refusal("syntax", new InputError(syntax, "Invalid recaps")));
  else {
    const frontmatter = frontmatterProblems(site.recapsDir, site.root);
    if (frontmatter.length) found.push(refusal("frontmatter", new InputError(frontmatter, "Invalid recaps")));
  }
  try {
    readDataset({ dataDir: site.dataDir, displayRoot: site.root });
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    found.push(refusal("data", error));
  }
  if (found.length) return found;
  for (const name of listRecapFiles(site.recapsDir).files.filter((n) => n.endsWith(".mdx"))) {
    const path = join(site.recapsDir, name);
    // As @astrojs/mdx does: the frontmatter blanked out, so that lines stay the file's own.
    const { content } = parseFrontmatter(readFileSync(path, "utf8"), { frontmatter: "empty-with-spaces" });
    try {
      await compile(new VFile({ value: content, path }), { remarkPlugins: [...markdownOptions.remarkPlugins, ...mdxRemarkPlugins(site)], rehypePlugins: [...markdownOptions.rehypePlugins] });
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      // Vite stops at the first module that fails to compile.
      return [refusal("mdx", error)];
    }
  }
  return [];
}

/**
 * What the recap loader's parseData refuses (src/integrations/recapLoader.ts): each recap's
 * frontmatter as Astro's parser reads it, validated by validateRecap, and slugs that another
 * recap already uses (ids as Astro's glob loader makes them, recapId).
 */
function frontmatterProblems(recapsDir: string, root: string): Problem[] {
  const problems: Problem[] = [];
  const owners = new Map<string, string>();
  for (const name of listRecapFiles(recapsDir).files) {
    const path = join(recapsDir, name);
    const file = displayPath(root, path);
    const source = readFileSync(path, "utf8");
    const { frontmatter } = parseFrontmatter(source);
    try {
      validateRecap(schema, frontmatter, { file, source });
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      problems.push(...error.problems);
      continue;
    }
    const id = recapId(name, frontmatter);
    const owner = owners.get(id);
    if (owner !== undefined) problems.push(duplicateSlugProblem({ id, file, source, owner }));
    else owners.set(id, file);
  }
  return problems;
}
