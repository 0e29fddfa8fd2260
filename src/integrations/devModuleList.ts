import { statSync } from "node:fs";
import { join } from "node:path";
import type { ViteDevServer } from "vite";

/**
 * In `npm run dev`, keeps Astro's list of MDX modules (`.astro/content-modules.mjs`, which maps an
 * `.mdx` recap's file to its compiled module) as fresh as the file on disk.
 *
 * Astro reads the list through the module `astro:content-module-imports`, the first time a recap
 * rendered from its module is shown (an `.mdx` recap with a component: src/lib/content/plainMdx.ts).
 * Where the name was first looked up before the file existed (at the server's start), Vite holds it
 * as a virtual module, which reads the file once and is tied to no file, so no watcher event ever
 * drops it; where the file existed, Vite drops the module on a `change` event only, and a loaded
 * machine's watcher (chokidar) can see Astro's rename of a new list over the old as a delete and an
 * add. Either way, a list read before the recap was in it (the content store written before the
 * list, on a loaded machine) stays: the page asks it for the recap's module, finds none, and every
 * render of the recap fails ("UnknownContentCollectionError: Unexpected error while rendering")
 * until the server is restarted. Seen in a clean-clone run of test/dev.test.ts: four tests failed
 * in a row.
 *
 * So before each request the file's modification time and size are compared with the last seen,
 * and when they differ the module is dropped, by file and by its virtual id, in every environment;
 * the next render reads the list again. The same holds for the list of images content entries
 * import (`content-assets.mjs`, same writer, same loading). Two `stat`s per request, in dev only.
 */
export function refreshModuleListOnRequest(server: ViteDevServer, root: string): void {
  const lists = LISTS.map((list) => ({ ...list, file: join(root, ".astro", list.file) }));
  const seen = lists.map((list) => stamp(list.file));
  server.middlewares.use((_req, _res, next) => {
    lists.forEach((list, i) => {
      const now = stamp(list.file);
      if (now === seen[i]) return;
      seen[i] = now;
      dropModule(server, list);
    });
    next();
  });
}

/** The lists, with the ids Astro's plugin gives their modules when the file is missing (astro/dist/content/consts.js). */
const LISTS = [
  { file: "content-modules.mjs", virtualId: "\0astro:content-module-imports" },
  { file: "content-assets.mjs", virtualId: "\0astro:asset-imports" },
];

/** `mtime:size` of `file`, or "" when it does not exist. */
function stamp(file: string): string {
  try {
    const { mtimeMs, size } = statSync(file);
    return `${mtimeMs}:${size}`;
  } catch {
    return "";
  }
}

/** Drops a list's module, loaded from its file or as its virtual module, in each of the dev server's environments. */
function dropModule(server: ViteDevServer, { file, virtualId }: { file: string; virtualId: string }): void {
  for (const environment of Object.values(server.environments)) {
    const graph = environment.moduleGraph;
    const mods = [...(graph.getModulesByFile(file.replaceAll("\\", "/")) ?? []), graph.getModuleById(virtualId)];
    for (const mod of mods) if (mod) graph.invalidateModule(mod);
  }
}
