/**
 * Which recap bodies the build's first read (recapSyntax.ts) found free of errors in an earlier
 * build, so that the next build does not scan them again. The body scan (src/lib/html/scanBody.ts:
 * every link, image and piece of raw HTML of a body, through markdown-it and the sanitiser) is
 * most of the first read; on the 700-issue full-size profile it took about 8 s of a warm build
 * that renders nothing again (docs/performance.md, "Warm builds").
 *
 * What is kept: one key per body found clean, the SHA-256 of the file's kind and its whole text.
 * A body found with an error is never kept: it is scanned, and refused, again. The list is kept
 * under a fingerprint of everything the scan's verdict depends on besides the text: the project's
 * code (every file under `src/`, the scan and the URL rules among them), the installed packages
 * (markdown-it, the sanitiser) and the remote-image policy the scan ran under. Any change to one of
 * them scans every body again. The file lives in Astro's cache folder, beside the recaps' HTML,
 * and is written only after a first read that found no error.
 */
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { codeFingerprint } from "./codeFingerprint";
import { writeFileSafely } from "./safeWrite";

/** The cache file, in Astro's cache folder. */
export const SCAN_CACHE_FILE = "benchdigest-recap-scans.json";

/** What the first read of one build takes from, and gives to, the cache. */
export interface ScanMemo {
  /** Keys of bodies found clean under this fingerprint before. */
  clean: ReadonlySet<string>;
  /** Keys of this build's bodies found clean (from `clean`, or scanned now). */
  found: string[];
}

/** The key of one recap's body: its kind (`.md`, `.mdx`) and its whole text. */
export function scanKey(name: string, source: string): string {
  const kind = name.endsWith(".mdx") ? "mdx" : "md";
  return createHash("sha256").update(`${kind}\0`).update(source).digest("hex");
}

/**
 * The fingerprint the keys are valid under: the code (codeFingerprint.ts: every file under
 * `<root>/src`, the installed packages; `code`, when the caller has it already) and `policy` (the
 * remote-image policy in effect, as JSON).
 */
export function scanFingerprint(root: string, policy: unknown, code = codeFingerprint(root)): string {
  return createHash("sha256").update(`${code}\0policy\0${JSON.stringify(policy)}`).digest("hex");
}

interface CacheFile {
  fingerprint: string;
  clean: string[];
}

/** The keys kept in `cacheDir` under `fingerprint`; none when the file is missing, unreadable or of another fingerprint. */
export function readScanCache(cacheDir: string, fingerprint: string): Set<string> {
  const path = join(cacheDir, SCAN_CACHE_FILE);
  if (!existsSync(path)) return new Set();
  try {
    const file = JSON.parse(readFileSync(path, "utf8")) as Partial<CacheFile>;
    if (file.fingerprint !== fingerprint || !Array.isArray(file.clean)) return new Set();
    return new Set(file.clean.filter((k) => typeof k === "string" && /^[0-9a-f]{64}$/.test(k)));
  } catch {
    // A cache is only a shortcut: a damaged one means scanning every body again.
    return new Set();
  }
}

/** Keeps `keys` (this build's clean bodies, and only them) under `fingerprint`. */
export function writeScanCache(cacheDir: string, fingerprint: string, keys: Iterable<string>): void {
  const file: CacheFile = { fingerprint, clean: [...new Set(keys)].sort() };
  writeFileSafely(join(cacheDir, SCAN_CACHE_FILE), `${JSON.stringify(file)}\n`);
}
