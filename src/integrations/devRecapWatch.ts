import { existsSync, readFileSync } from "node:fs";
import { relative } from "node:path";
import { fileURLToPath } from "node:url";
import type { Problem } from "../lib/errors";
import type { LoaderContext } from "astro/loaders";
import type { createRecapSchema } from "../schemas/recap";
import { readFrontmatter } from "../lib/check/readFrontmatter";
import { recapId } from "../lib/check/recapId";
import { recapRuleFindings } from "../lib/content/recapRules";
import { scanMarkdownBody, scanMdxBody } from "../lib/html/scanBody";
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
    resyncIfStale(path, source);
    const fm = readFrontmatter(source, file);
    if (!fm.ok) return setLiveProblems(`recap ${file}`, fm.problems, logger);
    try {
      const data = validateRecap(schema, fm.data, { file, source });
      // The rules and the URL scan the build's first pass applies, so that dev shows them too.
      const id = recapsDir !== undefined ? recapId(relative(recapsDir, path), data) : "";
      const errors: Problem[] = [...recapRuleFindings({ id, data, file, source }, new Date()), ...(path.endsWith(".mdx") ? scanMdxBody(source, file) : scanMarkdownBody(source, file))]
        .filter((f) => f.severity === "error")
        .map(({ file, line, field, message }) => ({ file, line, field, message }));
      setLiveProblems(`recap ${file}`, errors, logger);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      setLiveProblems(`recap ${file}`, error.problems, logger);
    }
  };
  // An editor that saves by truncating and then writing sends two changes; the glob loader may read
  // the empty file on the first, and the watcher drops a second change within 50 ms of the first
  // (chokidar's throttle), so the page would keep showing the recap as it was. Once the file has
  // settled, a stored entry whose digest is not the file's own is announced once more, and the glob
  // loader reads the file as saved. (The digest is the glob loader's: of the file's contents.)
  const root = fileURLToPath(context.config.root);
  const resyncIfStale = (path: string, source: string) => {
    const stored = displayPath(root, path);
    const entry = [...context.store.values()].find((e) => e.filePath === stored);
    if (entry && entry.digest !== context.generateDigest(source)) watcher.emit("change", path);
  };
  // Read an edited file once it has settled, not mid-save (see whenSettled).
  const checkWhenSettled = whenSettled((path) => checkEdited(path));
  const onEdit = (path: string) => {
    if (inRecaps(path)) checkWhenSettled(path);
  };
  watcher.on("change", onEdit);
  watcher.on("add", onEdit);
}
