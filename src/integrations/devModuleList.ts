import { statSync } from "node:fs";
import { join } from "node:path";
import type { ViteDevServer } from "vite";

/**
 * In `npm run dev`, keeps Astro's list of MDX modules (`.astro/content-modules.mjs`, which maps an
 * `.mdx` recap's file to its compiled module) as fresh as the file on disk.
 *
 * Astro rewrites that file when a recap becomes an MDX module (an `.mdx` recap gains a component:
 * src/lib/content/plainMdx.ts), by writing a temporary file and renaming it over the old one. Vite
 * drops the module it had loaded from the file only on a `change` event; a loaded machine's
 * watcher (chokidar) can see the rename as the file deleted and then added, and on `add` Vite
 * keeps the old module. The page then asks the old list for the recap's module, finds none, and
 * every render of it fails ("UnknownContentCollectionError: Unexpected error while rendering")
 * until the server is restarted: seen in a clean-clone run of test/dev.test.ts (load 6, four
 * tests failed in a row).
 *
 * So before each request the file's modification time and size are compared with the last seen,
 * and when they differ the modules loaded from it are dropped in every environment, whatever the
 * watcher reported. Two `stat`s per request, in dev only.
 */
export function refreshModuleListOnRequest(server: ViteDevServer, root: string): void {
  const files = LISTS.map((name) => join(root, ".astro", name));
  const seen = files.map(stamp);
  server.middlewares.use((_req, _res, next) => {
    files.forEach((file, i) => {
      const now = stamp(file);
      if (now === seen[i]) return;
      seen[i] = now;
      dropModulesOf(server, file);
    });
    next();
  });
}

/** The lists Astro writes that way: MDX modules, and the images content entries import (same writer, same risk). */
const LISTS = ["content-modules.mjs", "content-assets.mjs"];

/** `mtime:size` of `file`, or "" when it does not exist. */
function stamp(file: string): string {
  try {
    const { mtimeMs, size } = statSync(file);
    return `${mtimeMs}:${size}`;
  } catch {
    return "";
  }
}

/** Drops the modules loaded from `file` in each of the dev server's environments. */
function dropModulesOf(server: ViteDevServer, file: string): void {
  const path = file.replaceAll("\\", "/");
  for (const environment of Object.values(server.environments)) {
    const graph = environment.moduleGraph;
    for (const mod of graph.getModulesByFile(path) ?? []) graph.invalidateModule(mod);
  }
}
