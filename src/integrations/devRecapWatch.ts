import { existsSync, readFileSync } from "node:fs";
import { relative } from "node:path";
import type { LoaderContext } from "astro/loaders";
import type { createRecapSchema } from "../schemas/recap";
import { readFrontmatter } from "../lib/check/readFrontmatter";
import { validateRecap } from "../lib/content/validateRecap";
import { InputError } from "../lib/errors";
import { displayPath } from "../lib/format/displayPath";
import { setLiveProblems, whenSettled } from "./liveProblems";

/**
 * In `npm run dev`, checks each recap file as it is edited, added or removed, and shows its
 * problems in the terminal and the browser overlay (src/integrations/liveProblems.ts). Astro's glob
 * loader rejects a YAML syntax error without naming the file, and skips `parseData` when an edit
 * restores an earlier version: so every edit is checked here too, once the file has settled.
 */
export function watchRecapEdits(context: LoaderContext, { schema, displayRoot, recapsDir }: { schema: ReturnType<typeof createRecapSchema>; displayRoot: string; recapsDir?: string }): void {
  const { watcher, logger } = context;
  if (!watcher) return;
  const show = (path: string) => displayPath(displayRoot, path);
  watcher.on("unlink", (path) => setLiveProblems(`recap ${show(path)}`, [], logger));
  const inRecaps = (path: string) => recapsDir !== undefined && /\.mdx?$/.test(path) && !relative(recapsDir, path).startsWith("..");
  const checkEdited = (path: string) => {
    if (!existsSync(path)) return;
    const file = show(path);
    const source = readFileSync(path, "utf8");
    const fm = readFrontmatter(source, file);
    if (!fm.ok) return setLiveProblems(`recap ${file}`, fm.problems, logger);
    try {
      validateRecap(schema, fm.data, { file, source });
      setLiveProblems(`recap ${file}`, [], logger);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      setLiveProblems(`recap ${file}`, error.problems, logger);
    }
  };
  // Read an edited file once it has settled, not mid-save (see whenSettled).
  const checkWhenSettled = whenSettled((path) => checkEdited(path));
  const onEdit = (path: string) => {
    if (inRecaps(path)) checkWhenSettled(path);
  };
  watcher.on("change", onEdit);
  watcher.on("add", onEdit);
}
