import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { EMBED_FRAME_ANCESTORS } from "../config";
import { EMBED_PREFIX } from "../lib/routes/paths";
import { hostHeadersFile, type BuiltSection } from "../lib/share/hostHeaders";
import { writeFileSafely } from "./safeWrite";

/** Whether a folder holds an HTML page anywhere below it. */
function holdsPages(dir: string): boolean {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isFile() && entry.name.endsWith(".html")) return true;
    if (entry.isDirectory() && holdsPages(join(dir, entry.name))) return true;
  }
  return false;
}

/** The top-level folders and files of a build that hold pages. */
export function builtSections(outDir: string): BuiltSection[] {
  return readdirSync(outDir, { withFileTypes: true }).flatMap((entry): BuiltSection[] => {
    if (entry.isDirectory()) return holdsPages(join(outDir, entry.name)) ? [{ name: entry.name, kind: "dir" }] : [];
    return entry.isFile() && entry.name.endsWith(".html") ? [{ name: entry.name, kind: "file" }] : [];
  });
}

/**
 * Writes `_headers` into the build output after Astro has written every page (src/lib/share/
 * hostHeaders.ts says what it holds and why). A `_headers` the site already ships in public/ is
 * kept, first, with ours after it, and the build says so: its rules might overlap ours.
 */
export function hostHeaders(): AstroIntegration {
  return {
    name: "benchdigest:host-headers",
    hooks: {
      "astro:build:done": ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const target = join(outDir, "_headers");
        const own = existsSync(target) && statSync(target).isFile() ? readFileSync(target, "utf8") : "";
        const ours = hostHeadersFile(builtSections(outDir), { embedPrefix: EMBED_PREFIX, frameAncestors: EMBED_FRAME_ANCESTORS });
        if (own) logger.warn(`public/_headers exists: kept first in ${target}, the frame policy after it; check that no rule of yours matches the same paths`);
        writeFileSafely(target, own ? `${own.trimEnd()}\n\n${ours}` : ours);
        logger.info(`wrote the frame policy for ${EMBED_PREFIX} and the other pages to _headers`);
      },
    },
  };
}
