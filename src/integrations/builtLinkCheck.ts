import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { formatFinding, sortFindings, type Finding } from "../lib/check/findings";
import { internalLinkFinding, type LinkUse } from "../lib/check/internalLinks";
import { builtPages } from "../lib/check/knownPages";
import { frontmatterHead, readFrontmatter } from "../lib/check/readFrontmatter";
import { recapId } from "../lib/check/recapId";
import { plural } from "../lib/format/plural";
import { scanMarkdownBody, scanMdxBody } from "../lib/html/scanBody";
import { recapPath } from "../lib/routes/paths";
import { listRecapFiles } from "./readSiteFiles";
import { builtRecaps, type BuiltRecap } from "./builtRecaps";

/**
 * Folders of the output written after Astro's last hook: Pagefind's index (scripts/build.ts runs
 * Pagefind on the finished folder). A link there is not judged.
 */
const WRITTEN_LATER = ["/pagefind/"];

/**
 * A body that may link to a path of the site: a Markdown link, image or reference definition, or
 * an `href`/`src`, whose URL starts with `/` or `../`. Only these bodies are parsed again.
 */
const MAY_LINK_INTO_SITE = /\]\(\s*<?(?:\/|\.\.\/)|\]:\s*<?(?:\/|\.\.\/)|(?:href|src)\s*=\s*\{?\s*["']?(?:\/|\.\.\/)/i;

/**
 * Every link of a published recap's body to a path of the site that the built site (the files in
 * `outDir`) does not have, as warnings with the recap's `file:line`: the same messages as
 * `npm run check` (src/lib/check/internalLinks.ts), which cannot know every page without building.
 * Drafts are not published, so their links are not checked here; a link to a draft's page is
 * named as such. `base` is the site's `base` (links are written with it). `stored`: the recaps as
 * the content layer stored them (builtRecaps.ts), by file; a recap not there has its frontmatter
 * read for its slug and draft flag.
 */
export function brokenBuiltLinks(root: string, outDir: string, base = "/", stored: ReadonlyMap<string, BuiltRecap> = new Map()): Finding[] {
  const files = readdirSync(outDir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(outDir, join(e.parentPath, e.name)));
  const recapsDir = join(root, "content/recaps");
  const recaps = listRecapFiles(recapsDir, root).files.flatMap((pathInRecapsDir) => {
    const file = relative(root, join(recapsDir, pathInRecapsDir)).split("\\").join("/");
    const source = readFileSync(join(recapsDir, pathInRecapsDir), "utf8");
    // In a build the content layer has each recap's id and draft flag already (builtRecaps.ts).
    const known = stored.get(file);
    if (known) return [{ file, source, page: recapPath(known.id), draft: known.draft }];
    // Only the fields are needed here: the head, not the whole (long) file, is read as frontmatter.
    const fm = readFrontmatter(frontmatterHead(source), file);
    // A recap whose frontmatter does not read did not build: the build said so already.
    if (!fm.ok || typeof fm.data !== "object" || fm.data === null) return [];
    const data = fm.data as { slug?: unknown; draft?: unknown };
    return [{ file, source, page: recapPath(recapId(pathInRecapsDir, data)), draft: data.draft === true }];
  });
  const drafts = new Map(recaps.filter((r) => r.draft).map((r) => [r.page, r.file]));
  const known = builtPages(files, { unknown: WRITTEN_LATER, drafts });
  const findings: Finding[] = [];
  for (const r of recaps) {
    if (r.draft || !MAY_LINK_INTO_SITE.test(r.source)) continue;
    const links: LinkUse[] = [];
    const onUrl = (link: LinkUse) => links.push(link);
    if (r.file.endsWith(".mdx")) scanMdxBody(r.source, r.file, r.page, onUrl);
    else scanMarkdownBody(r.source, r.file, r.page, onUrl);
    for (const link of links) findings.push(...internalLinkFinding(link, r.file, known, { base, page: r.page }));
  }
  return sortFindings(findings);
}

/**
 * Registered after every integration that writes into the output (the sitemap among them: see
 * benchdigest.ts), so that the files it reads are the site as built. Warnings only: the build
 * succeeds, as it does with the check's warnings.
 */
export function builtLinkCheck(): AstroIntegration {
  let root = "";
  let base = "/";
  return {
    name: "benchdigest:links",
    hooks: {
      "astro:config:done": ({ config }) => {
        root = fileURLToPath(config.root);
        base = config.base;
      },
      "astro:build:done": ({ dir, logger }) => {
        const found = brokenBuiltLinks(root, fileURLToPath(dir), base, builtRecaps(root));
        for (const f of found) logger.warn(formatFinding(f));
        if (found.length) logger.warn(`${plural(found.length, "link")} in recaps ${found.length === 1 ? "leads" : "lead"} to no page of the built site (listed above with file:line)`);
      },
    },
  };
}
