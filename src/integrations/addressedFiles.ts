/**
 * Content-addressed files beside Astro's data store: what the content store would otherwise carry
 * (recap HTML and headings, recapHtmlFiles.ts; the benchmark rows, resultRows.ts) and Astro would
 * bundle into the build as one module that Rollup parses whole (issue 15, docs/performance.md).
 * A file's name is the SHA-256 of its text; the store keeps the name and the hash, and every read
 * checks the one against the other.
 */
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { writeFileSafely } from "./safeWrite";

/**
 * The folder of Astro's data store, which these files sit beside: `.astro/` under `astro dev`
 * (a loader context with a watcher), the cache folder (node_modules/.astro by default) in a build,
 * so that the two never remove each other's files.
 */
export function dataStoreDir({ watcher, config }: { watcher?: unknown; config: { root: URL; cacheDir: URL } }): string {
  return watcher ? fileURLToPath(new URL(".astro/", config.root)) : fileURLToPath(config.cacheDir);
}

const sha256 = (data: string | Buffer) => createHash("sha256").update(data).digest("hex");

/**
 * Writes `text` to `<dir>/<sha256><extension>` unless that file is there with those bytes (the name
 * is the content's hash; a file a stopped machine left short is written again).
 */
export function writeAddressed(dir: string, text: string, extension: string): { file: string; sha: string } {
  const sha = sha256(text);
  const file = join(dir, `${sha}${extension}`);
  // Without fsync: the reader checks the file against its hash (readAddressed).
  if (!existsSync(file) || sha256(readFileSync(file)) !== sha) writeFileSafely(file, text, { durable: false });
  return { file, sha };
}

/**
 * A file's text, checked against the hash the content store keeps for it. A missing file (its
 * cache folder cleaned by hand) is an error naming the entry, and the next build makes it again
 * (`again` says how). So is a file whose bytes do not hash to the kept hash: the files are written
 * without fsync, and a machine that stopped during a build may have left one empty or short. Such
 * a file is removed before the error, so that the next build makes it again instead of publishing
 * what is left of it. (The hash costs about 0.1 s for the 170 MB of HTML of the 700 full-size
 * issues.)
 */
export function readAddressed(file: string, expected: unknown, { entry, what, again }: { entry: string; what: string; again: string }): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    throw new Error(`${entry}: its ${what} (${file}) could not be read: ${(error as Error).message}. Build again: ${again} when its file is missing.`);
  }
  if (typeof expected === "string" && sha256(bytes) !== expected) {
    rmSync(file, { force: true });
    throw new Error(`${entry}: its ${what} (${file}) is damaged: its bytes do not match the hash the content store keeps for it (a machine stopped during an earlier build?). The file was removed; build again: ${again}.`);
  }
  return bytes.toString("utf8");
}

/**
 * Removes the files of `dir` other than those in `keep` (older versions, and the temporary files of
 * a write cut short, whose names start with a dot), only those last written at least `minAgeMs`
 * ago when it is given. Returns how many it removed.
 */
export function removeFilesExcept(dir: string, keep: ReadonlySet<string>, minAgeMs = 0): number {
  if (!existsSync(dir)) return 0;
  const now = Date.now();
  let removed = 0;
  for (const name of readdirSync(dir)) {
    const file = join(dir, name);
    if (keep.has(file) || (minAgeMs > 0 && now - statSync(file).mtimeMs < minAgeMs)) continue;
    rmSync(file, { force: true });
    removed++;
  }
  return removed;
}
