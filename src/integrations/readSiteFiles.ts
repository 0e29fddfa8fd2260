import { existsSync, readdirSync, readFileSync, realpathSync, statSync } from "node:fs";
import { dirname, join, resolve, sep } from "node:path";
import type { CheckReport, CheckSiteOptions, SiteFiles } from "../lib/check/checkSite";
import { checkSite } from "../lib/check/checkSite";
import type { Problem } from "../lib/errors";
import { displayPath } from "../lib/format/displayPath";
import { MAX_PIPELINE_RECAP_BYTES, MAX_RECAP_BYTES } from "../schemas/limits";
import { pipelineReason } from "../lib/content/recapPipeline";
import { fastMarkdownEnabled } from "./fastMarkdown";
import { dataFilesOnDisk } from "./dataFilesOnDisk";

/** The recap files of a site, and what is wrong with the folder itself. */
export interface RecapListing {
  /** Every .md and .mdx file, as paths under content/recaps/, sorted. */
  files: string[];
  /** Symlinks leading outside content/, symlink loops, broken symlinks. */
  problems: Problem[];
  /**
   * Files named like Markdown but not `.md` or `.mdx` (`x.markdown`, `x.MD`): the glob loader does
   * not read them, so they would be left out of the site without a word. One warning each.
   */
  unread: Problem[];
}

/** Markdown's other extensions, and `.md`/`.mdx` in another case: a recap saved under a name the site does not read. */
const MARKDOWN_LIKE = /\.(md|mdx|markdown|mdown|mkdn?|mdwn|mdtext)$/i;

const inside = (parent: string, child: string) => child === parent || child.startsWith(parent.endsWith(sep) ? parent : parent + sep);

/**
 * Every .md and .mdx file under `dir` (content/recaps/), as paths relative to it, sorted;
 * dot-files are skipped as the glob loader does. Symlinks are followed as the glob loader follows
 * them, with two refusals, each a problem naming the link (`displayRoot` shortens paths):
 * - a link that leads outside the site's `content/` folder (a recap that is a link to
 *   `/etc/passwd`, or to a folder of another project, would be published);
 * - a link to a folder that is already being listed, one of its own parents included (a loop: the
 *   glob loader published every recap twice, once under the loop's name).
 * A broken link is a problem too (it names a recap that does not exist), and so is a file
 * reached twice through links (it would be published twice, under two URLs).
 */
export function listRecapFiles(dir: string, displayRoot = dirname(dirname(dir))): RecapListing {
  const files: string[] = [];
  const problems: Problem[] = [];
  const unread: Problem[] = [];
  if (!existsSync(dir)) return { files, problems, unread };
  const contentDir = realpathSync(dirname(dir));
  const show = (path: string) => displayPath(displayRoot, path);
  const seenFiles = new Map<string, string>();
  const addFile = (rel: string, real: string) => {
    const first = seenFiles.get(real);
    if (first !== undefined) {
      problems.push({ file: show(join(dir, rel)), line: 1, message: `this is ${show(join(dir, first))} again, reached through a symlink: it would be published twice; remove the symlink` });
      return;
    }
    seenFiles.set(real, rel);
    files.push(rel);
  };
  const notAFile = (abs: string): Problem => ({ file: show(abs), line: 1, message: "this is not a file (a named pipe, a socket or a device): a recap must be a file; remove it" });
  const walk = (sub: string, real: string, open: Set<string>) => {
    // Real files and folders before links, so that a link to a file is the one named "again".
    const entries = readdirSync(join(dir, sub), { withFileTypes: true }).sort((a, b) => Number(a.isSymbolicLink()) - Number(b.isSymbolicLink()) || a.name.localeCompare(b.name));
    for (const entry of entries) {
      if (entry.name.startsWith(".")) continue;
      const rel = sub ? `${sub}/${entry.name}` : entry.name;
      const abs = join(dir, rel);
      if (entry.isSymbolicLink()) {
        let target: string;
        try {
          target = realpathSync(abs);
        } catch (error) {
          const code = (error as NodeJS.ErrnoException).code;
          problems.push({ file: show(abs), line: 1, message: code === "ELOOP" ? "this symlink is a loop (it leads back to itself); remove it" : "this symlink leads to nothing; remove it or fix its target" });
          continue;
        }
        if (!inside(contentDir, target)) {
          problems.push({ file: show(abs), line: 1, message: `this symlink leads outside the site's content/ folder (to ${target}); recaps must be files under content/. Copy the file in instead` });
          continue;
        }
        const stat = statSync(target);
        if (stat.isDirectory()) {
          if (open.has(target) || [...open].some((o) => inside(target, o))) {
            problems.push({ file: show(abs), line: 1, message: `this symlink leads back to a folder it is in (${show(target)}): a loop that would publish the same recaps twice; remove it` });
            continue;
          }
          walk(rel, target, new Set([...open, target]));
        } else if (/\.mdx?$/.test(entry.name)) {
          if (stat.isFile()) addFile(rel, target);
          else problems.push(notAFile(abs));
        }
        continue;
      }
      if (entry.isDirectory()) walk(rel, join(real, entry.name), new Set([...open, join(real, entry.name)]));
      else if (/\.mdx?$/.test(entry.name)) {
        // A named pipe or a device is no recap: reading it would wait for ever (found in review).
        if (entry.isFile()) addFile(rel, join(real, entry.name));
        else problems.push(notAFile(abs));
      }
      else if (MARKDOWN_LIKE.test(entry.name)) {
        const name = entry.name.replace(MARKDOWN_LIKE, "");
        unread.push({ file: show(abs), line: 1, message: `this file is not published: only .md and .mdx files are recaps (the name ends in ${JSON.stringify(entry.name.slice(name.length))}); rename it to ${name}.md (or .mdx) to publish it` });
      }
    }
  };
  const realDir = realpathSync(dir);
  walk("", realDir, new Set([realDir]));
  return { files: files.sort(), problems, unread };
}

/**
 * A recap file's size against `MAX_RECAP_BYTES`, before it is read: a problem, or undefined. The
 * check and the build refuse an oversized recap before parsing it (see src/schemas/limits.ts).
 */
export function recapSizeProblem(path: string, file: string): Problem | undefined {
  const size = statSync(path).size;
  if (size <= MAX_RECAP_BYTES) return undefined;
  return { file, line: 1, message: `the file is ${(size / 1024 / 1024).toFixed(1)} MB; a recap may be at most ${MAX_RECAP_BYTES / 1024 / 1024} MB (see "Limits" in docs/data-format.md): split it into several recaps, or move long tables into a results CSV` };
}

/**
 * A read recap's size against `MAX_PIPELINE_RECAP_BYTES` when Astro's unified pipeline renders it
 * (`pipelineReason`): a problem, or undefined. The check and the build refuse it before any render.
 */
export function recapPipelineSizeProblem(name: string, source: string, file: string): Problem | undefined {
  const size = Buffer.byteLength(source);
  if (size <= MAX_PIPELINE_RECAP_BYTES) return undefined;
  const reason = pipelineReason(name, source, fastMarkdownEnabled());
  if (reason === undefined) return undefined;
  // In KB under a MB, rounded up: a 526 KB file is not "0.5 MB" against a limit of 512 KB.
  const shown = size < 1024 * 1024 ? `${Math.ceil(size / 1024)} KB` : `${(size / 1024 / 1024).toFixed(1)} MB`;
  return { file, line: 1, message: `the file is ${shown}, and Astro's pipeline renders it (${reason}): such a recap may be at most ${MAX_PIPELINE_RECAP_BYTES / 1024} KB, a Markdown recap ${MAX_RECAP_BYTES / 1024 / 1024} MB (see "Limits" in docs/data-format.md): split it into several recaps${name.endsWith(".mdx") ? ", or write the long part as plain Markdown" : ""}` };
}

function countCsvFiles(dir: string): number {
  if (!existsSync(dir)) return 0;
  return readdirSync(dir, { withFileTypes: true, recursive: true }).filter((e) => e.isFile() && e.name.endsWith(".csv")).length;
}

/**
 * A site folder's data and recap files, read from disk for `checkSite`. An oversized recap is not
 * read: it is listed among `folderProblems` instead.
 */
function readSiteFiles(root: string): SiteFiles {
  const dataDir = join(root, "data");
  const recapsDir = join(root, "content/recaps");
  const listing = listRecapFiles(recapsDir, root);
  const folderProblems = [...listing.problems];
  const recaps = listing.files.flatMap((pathInRecapsDir) => {
    const abs = join(recapsDir, pathInRecapsDir);
    const file = displayPath(root, abs);
    const tooBig = recapSizeProblem(abs, file);
    if (tooBig) {
      folderProblems.push(tooBig);
      return [];
    }
    const source = readFileSync(abs, "utf8");
    const tooBigForThePipeline = recapPipelineSizeProblem(pathInRecapsDir, source, file);
    if (tooBigForThePipeline) {
      folderProblems.push(tooBigForThePipeline);
      return [];
    }
    return [{ file, pathInRecapsDir, source }];
  });
  return { data: dataFilesOnDisk(dataDir, root), recaps, recapsDirExists: existsSync(recapsDir), csvCount: countCsvFiles(dataDir), folderProblems, folderWarnings: listing.unread, fileExists: (path) => existsSync(resolve(root, path)) };
}

/** `checkSite` on a site folder on disk (what `npm run check` runs). */
export function checkSiteFolder(root: string, options: CheckSiteOptions): CheckReport {
  return checkSite(readSiteFiles(root), options);
}
