/** What a build wrote (for `npm run bench`): pages, bytes and JavaScript by page type, and recap page overhead. */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { displayPath } from "../src/lib/format/displayPath";
import { SEARCH_BUNDLE_FOLDER } from "../src/lib/search/searchShards";
import { pageType } from "./pageType";

/** Every file under `dir`, recursively. */
function walk(dir: string, out: string[] = []): string[] {
  if (!existsSync(dir)) return out;
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p, out);
    else out.push(p);
  }
  return out;
}

/** What a dist folder holds. */
export interface DistStats {
  bytes: number;
  files: number;
  pagesByType: Record<string, number>;
  htmlPages: number;
  /** Largest JavaScript weight (inline + external, bytes) of any page of each type. */
  jsBytesByType: Record<string, number>;
  /** Search index (dist/pagefind) bytes. */
  searchBytes: number;
  /** Bytes of every file by page type (feeds, recaps, topics ...; `pagefind` for the index). */
  bytesByType: Record<string, number>;
}

/** Pages, bytes and JavaScript of a build folder, by page type. */
export function distStats(outDir: string): DistStats {
  const files = walk(outDir);
  const size = new Map(files.map((f) => [f, statSync(f).size]));
  const pagesByType: Record<string, number> = {};
  const jsBytesByType: Record<string, number> = {};
  let htmlPages = 0;
  let searchBytes = 0;
  const bytesByType: Record<string, number> = {};
  for (const file of files) {
    const rel = `/${displayPath(outDir, file)}`;
    if (SEARCH_BUNDLE_FOLDER.test(rel.split("/")[1])) searchBytes += size.get(file) ?? 0;
    // Pagefind's files are type `pagefind` (their first segment).
    const type = pageType(rel);
    bytesByType[type] = (bytesByType[type] ?? 0) + (size.get(file) ?? 0);
    if (!rel.endsWith(".html")) continue;
    htmlPages++;
    pagesByType[type] = (pagesByType[type] ?? 0) + 1;
    const html = readFileSync(file, "utf8");
    let js = 0;
    for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
      const attrs = m[1];
      if (/type=["']?(application\/(ld\+)?json|text\/template)/i.test(attrs)) continue;
      const src = /\bsrc=["']?([^"'\s>]+)/i.exec(attrs)?.[1];
      if (src) {
        if (/^https?:/.test(src)) continue;
        const target = src.startsWith("/") ? join(outDir, src) : resolve(file, "..", src);
        js += size.get(target.split("?")[0]) ?? 0;
      } else js += Buffer.byteLength(m[2]);
    }
    for (const m of html.matchAll(/<link\b[^>]*rel=["']?modulepreload[^>]*href=["']?([^"'\s>]+)/gi)) js += size.get(join(outDir, m[1])) ?? 0;
    jsBytesByType[type] = Math.max(jsBytesByType[type] ?? 0, js);
  }
  return { bytes: [...size.values()].reduce((a, b) => a + b, 0), files: files.length, pagesByType, htmlPages, jsBytesByType, searchBytes, bytesByType };
}

/**
 * HTML bytes of our recap pages beyond the recap's own text: our page's size minus the recap's
 * rendered body as the plain blog renders it (between the baseline layout's `<hr>` and
 * `</article>`). Median and maximum over all recaps present in both builds.
 */
export function recapOverhead(oursDir: string, baselineDir: string): { median: number; max: number; count: number } | undefined {
  const blogDir = join(baselineDir, "blog");
  const recapsDir = join(oursDir, "recaps");
  if (!existsSync(blogDir) || !existsSync(recapsDir)) return undefined;
  const overheads: number[] = [];
  for (const id of readdirSync(blogDir)) {
    const ours = join(recapsDir, id, "index.html");
    const base = join(blogDir, id, "index.html");
    if (!existsSync(ours) || !existsSync(base)) continue;
    const baseHtml = readFileSync(base, "utf8");
    const start = baseHtml.indexOf("<hr");
    const end = baseHtml.lastIndexOf("</article>");
    if (start < 0 || end < 0) continue;
    const body = Buffer.byteLength(baseHtml.slice(baseHtml.indexOf(">", start) + 1, end));
    overheads.push(statSync(ours).size - body);
  }
  if (!overheads.length) return undefined;
  overheads.sort((a, b) => a - b);
  return { median: overheads[Math.floor(overheads.length / 2)], max: overheads[overheads.length - 1], count: overheads.length };
}
