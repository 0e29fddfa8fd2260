/**
 * What a recap thread does (recapThreads.ts): the recap loader's two per-file steps, the first
 * read of a recap (recapSyntax.ts) and the rendering of a `.md` body with markdown-it and the
 * sanitiser (src/lib/markdown/renderMarkdown.ts), with the code the main thread runs. Loaded in
 * each worker by recapThreadWorker.mjs.
 */
import { IGNORED_FRONTMATTER_KEYS } from "../config";
import type { Problem } from "../lib/errors";
import { setRemoteImagePolicy } from "../lib/html/sanitizeHtml";
import type { RemoteImagePolicy } from "../lib/html/remoteImages";
import { createMarkdownRenderer, type RenderedMarkdownBody } from "../lib/markdown/renderMarkdown";
import { createRecapSchema } from "../schemas/recap";
import { recapFileProblems, SITE_RENDER_OPTIONS, type PrerenderedBody } from "./recapSyntax";
import { rendererFingerprint } from "./markdownEntryType";

/** One task for a recap thread; each carries the remote-image policy the main thread has set. */
export type RecapThreadTask =
  | { kind: "prescan"; policy: RemoteImagePolicy; recapsDir: string; displayRoot: string; names: string[]; now: number; clean?: string[]; htmlDir?: string; stored?: string[] }
  | { kind: "render"; policy: RemoteImagePolicy; body: string }
  | { kind: "fingerprint"; policy: RemoteImagePolicy };

/** A prescan's answer: each file's problems, in order, the keys of the bodies found clean (recapScanCache.ts), and with `htmlDir` the bodies rendered (recapSyntax.ts, `Prerender`). */
export interface PrescanResult {
  problems: Problem[][];
  found: string[];
  prerendered: [string, PrerenderedBody][];
}

// The collection's schema, as src/content.config.ts makes it.
const schema = createRecapSchema({ ignoredKeys: IGNORED_FRONTMATTER_KEYS });
const render = createMarkdownRenderer(SITE_RENDER_OPTIONS);

/** Runs one task (in a worker; the main thread runs the same functions itself when it has no threads). */
export function runRecapThreadTask(task: RecapThreadTask): PrescanResult | RenderedMarkdownBody | string {
  setRemoteImagePolicy(task.policy);
  switch (task.kind) {
    case "prescan": {
      const now = new Date(task.now);
      const scans = task.clean ? { clean: new Set(task.clean), found: [] } : undefined;
      const prerender = task.htmlDir !== undefined ? { htmlDir: task.htmlDir, bodies: new Map<string, PrerenderedBody>(), stored: new Set(task.stored) } : undefined;
      const problems = task.names.map((name) => recapFileProblems(task.recapsDir, task.displayRoot, name, { schema, now, scans, prerender }));
      return { problems, found: scans?.found ?? [], prerendered: [...(prerender?.bodies ?? [])] };
    }
    case "render":
      return render(task.body);
    case "fingerprint":
      return rendererFingerprint(SITE_RENDER_OPTIONS);
  }
}
