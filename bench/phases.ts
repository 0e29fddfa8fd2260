/** Where the time of one `astro build` went, read from its log (for `npm run bench`). */
import { pageType } from "./pageType";
import type { Measured } from "./processTree";

/** Where the time of one `astro build` went, from when its log lines arrived. */
export interface Phases {
  /** Content layer sync (loading, parsing, rendering .md into the data store). */
  contentMs: number;
  /** Vite/Rollup build of the server and client bundles (where .mdx compiles). */
  viteMs: number;
  /** Rendering pages ("generating static routes"). */
  renderMs: number;
  /** Rendering time by page type, summed from Astro's per-page `(+N ms)` figures. */
  renderByType: Record<string, number>;
  /** Integrations after rendering (sitemap, Pagefind when it runs inside the build). */
  afterMs: number;
  /** Start of each phase, ms since the build started. */
  bounds: { vite: number; render: number; after: number };
}

/** Where the time of one build went, read from when its log lines arrived (see `Phases`). */
export function parsePhases(lines: Measured["lines"]): Phases {
  const find = (re: RegExp) => lines.find((l) => re.test(l.text))?.at;
  const synced = find(/\[content\] Synced content/) ?? find(/\[types\] Generated/) ?? 0;
  const viteStart = find(/Building static entrypoints/) ?? synced;
  const renderStart = find(/generating static routes/) ?? viteStart;
  const completes = lines.filter((l) => /✓ Completed in/.test(l.text) && l.at >= renderStart);
  const renderEnd = completes.length ? completes[completes.length - 1].at : renderStart;
  const end = lines.length ? lines[lines.length - 1].at : renderEnd;
  const renderByType: Record<string, number> = {};
  for (const { text } of lines) {
    const m = /[├└]─ (\/\S*) \(\+(\d+(?:\.\d+)?)(ms|s)\)/.exec(text);
    if (!m) continue;
    const ms = Number(m[2]) * (m[3] === "s" ? 1000 : 1);
    const type = pageType(m[1]);
    renderByType[type] = (renderByType[type] ?? 0) + ms;
  }
  return {
    contentMs: synced,
    viteMs: Math.max(0, renderStart - viteStart),
    renderMs: Math.max(0, renderEnd - renderStart),
    renderByType,
    afterMs: Math.max(0, end - renderEnd),
    bounds: { vite: viteStart, render: renderStart, after: renderEnd },
  };
}
