import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { CheckReport, CheckSiteOptions, SiteFiles } from "../lib/check/checkSite";
import { checkSite } from "../lib/check/checkSite";
import { displayPath } from "../lib/format/displayPath";
import { dataFilesOnDisk } from "./dataFilesOnDisk";

/** Every .md and .mdx file under `dir`, as paths relative to it, sorted; dot-files are skipped as the glob loader does. */
export function listRecapFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  const walk = (sub: string) => {
    for (const entry of readdirSync(join(dir, sub), { withFileTypes: true })) {
      if (entry.name.startsWith(".")) continue;
      const rel = sub ? `${sub}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(rel);
      else if (/\.mdx?$/.test(entry.name)) out.push(rel);
    }
  };
  walk("");
  return out.sort();
}

function countCsvFiles(dir: string): number {
  if (!existsSync(dir)) return 0;
  return readdirSync(dir, { withFileTypes: true, recursive: true }).filter((e) => e.isFile() && e.name.endsWith(".csv")).length;
}

/** A site folder's data and recap files, read from disk for `checkSite`. */
export function readSiteFiles(root: string): SiteFiles {
  const dataDir = join(root, "data");
  const recapsDir = join(root, "content/recaps");
  return {
    data: dataFilesOnDisk(dataDir, root),
    recaps: listRecapFiles(recapsDir).map((pathInRecapsDir) => {
      const abs = join(recapsDir, pathInRecapsDir);
      return { file: displayPath(root, abs), pathInRecapsDir, source: readFileSync(abs, "utf8") };
    }),
    recapsDirExists: existsSync(recapsDir),
    csvCount: countCsvFiles(dataDir),
  };
}

/** `checkSite` on a site folder on disk (what `npm run check` runs). */
export function checkSiteFolder(root: string, options: CheckSiteOptions): CheckReport {
  return checkSite(readSiteFiles(root), options);
}
