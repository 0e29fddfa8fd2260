/**
 * PNGs (social images, feed images) kept between builds, so that a build draws again only the
 * images whose SVG changed. On the 700-issue full-size profile the build draws about 1,500 of
 * them, some 13 s of CPU in the PNG threads on every build, though an edit to one recap changes
 * at most a few (docs/performance.md, "Warm builds").
 *
 * A PNG is kept in Astro's cache folder under the SHA-256 of what it is drawn from: its SVG, its
 * scale and a fingerprint of what draws it: the code (codeFingerprint.ts: every file under `src/`,
 * the installed packages, resvg among them) and the fonts resvg can load (the system's font
 * folders, each file's path, size and modification time). The file holds the bytes the renderer
 * wrote, followed by their SHA-256 (checked on every read: the file is written without fsync), so
 * a page gets the PNG it would have got from drawing it. A build touches every file it
 * uses; when the build is done, files it did not touch are removed (`prunePngCache`), so the
 * folder holds one site's images, not every image ever drawn.
 */
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, rmSync, statSync, utimesSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";
import { codeFingerprint } from "./codeFingerprint";
import { writeFileSafely } from "./safeWrite";

/** The folder in Astro's cache folder. */
export const PNG_CACHE_FOLDER = "benchdigest-png";

/** Where resvg's font database looks for system fonts (fontdb's list for Linux), besides the fonts it is given. */
const FONT_FOLDERS = ["/usr/share/fonts", "/usr/local/share/fonts", join(homedir(), ".fonts"), join(homedir(), ".local/share/fonts")];

/** The fonts in `folders`: each file's path, size and modification time, in order. */
function fontListing(folders: readonly string[]): string {
  const lines: string[] = [];
  for (const folder of folders) {
    if (!existsSync(folder)) continue;
    for (const name of (readdirSync(folder, { recursive: true }) as string[]).sort()) {
      const path = join(folder, name);
      try {
        const stat = statSync(path);
        if (stat.isFile()) lines.push(`${path}\0${stat.size}\0${stat.mtimeMs}`);
      } catch {
        // A dangling link is no font.
      }
    }
  }
  return lines.join("\n");
}

/** What every cached PNG of the site at `root` is drawn with: the code and the fonts (see above). */
export function pngFingerprint(root: string, fontFolders: readonly string[] = FONT_FOLDERS): string {
  return createHash("sha256").update(`${codeFingerprint(root)}\0fonts\0${fontListing(fontFolders)}`).digest("hex");
}

/** The key of one PNG: its SVG and scale, under `fingerprint`. */
export function pngKey(fingerprint: string, svg: string, scale: number): string {
  return createHash("sha256").update(`${fingerprint}\0${scale}\0`).update(svg).digest("hex");
}

/** How many bytes of a kept file follow the PNG: the PNG's SHA-256. */
const CHECK_BYTES = 32;

/** A PNG as it is kept: its bytes, then their SHA-256 (written without fsync; see `keptPng`). */
export function keepablePng(png: Uint8Array): Buffer {
  return Buffer.concat([png, createHash("sha256").update(png).digest()]);
}

/**
 * The PNG in a kept file's bytes, or undefined when they are not a PNG followed by its hash. The
 * files are written without fsync (a cold build of the 700 full-size issues writes about 300 of
 * them on the main thread), so a machine that stopped during a build may have left one empty or
 * short: such a file is drawn again, never served.
 */
export function keptPng(file: Buffer): Buffer | undefined {
  if (file.length <= CHECK_BYTES) return undefined;
  const png = file.subarray(0, file.length - CHECK_BYTES);
  return createHash("sha256").update(png).digest().equals(file.subarray(file.length - CHECK_BYTES)) ? png : undefined;
}

/**
 * The PNG kept under `key` in `dir` (touched, so that this build keeps it), or the one `draw`
 * makes, kept there for the next build. A PNG that cannot be kept (a full disk) is still returned:
 * the cache only saves time. A kept file that fails its check (`keptPng`) is drawn again and
 * replaced.
 */
export async function cachedPng(dir: string, key: string, draw: () => Promise<Uint8Array>): Promise<Uint8Array> {
  const path = join(dir, `${key}.png`);
  if (existsSync(path)) {
    const kept = keptPng(readFileSync(path));
    if (kept !== undefined) {
      const now = new Date();
      utimesSync(path, now, now);
      return kept;
    }
  }
  const png = await draw();
  try {
    writeFileSafely(path, keepablePng(png), { durable: false });
  } catch {
    rmSync(path, { force: true });
  }
  return png;
}

/** Removes the PNGs in `dir` that no build has used (touched or written) since `since` (ms since the epoch); how many it removed. */
export function prunePngCache(dir: string, since: number): number {
  if (!existsSync(dir)) return 0;
  let removed = 0;
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (!name.endsWith(".png") || statSync(path).mtimeMs >= since) continue;
    rmSync(path, { force: true });
    removed++;
  }
  return removed;
}
