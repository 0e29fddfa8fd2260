import { pathToFileURL } from "node:url";
import type { LoaderContext } from "astro/loaders";
import { createLeanMarkdownRenderer, type MarkdownConfigLike } from "../lib/markdown/leanMarkdown";
import { SANITIZER_ID, sanitizeHtml } from "../lib/html/sanitizeHtml";

/** An entry as the glob loader hands it to a render function. */
interface RenderEntry {
  id: string;
  data: Record<string, unknown>;
  body?: string;
  filePath?: string;
  digest?: string | number;
}

/** How Astro renders one kind of file (`.md`, `.mdx`), as its glob loader sees it. */
export interface EntryType {
  getRenderFunction?: (config: LoaderContext["config"]) => Promise<(entry: RenderEntry) => Promise<unknown>>;
}

/**
 * What Astro passes the glob loader besides the public context: the entry types by extension.
 * Not part of Astro's public API (Astro 5.18): `leanEntryTypes.test.ts` fails when it changes, so
 * an Astro update cannot switch the lean path off without a test saying so.
 */
export type WithEntryTypes = LoaderContext & { entryTypes?: Map<string, EntryType> };

/**
 * Set BENCHDIGEST_LEAN_MARKDOWN=0 to render every `.md` recap with Astro's own pipeline, e.g. to
 * rule the lean path out when a page looks wrong.
 */
export const leanMarkdownEnabled = (env: Record<string, string | undefined> = process.env): boolean => env.BENCHDIGEST_LEAN_MARKDOWN !== "0";

/**
 * The entry types with `.md` rendered by the lean pipeline (src/lib/markdown/leanMarkdown.ts):
 * Astro's own pipeline without the raw-HTML re-parse, for every recap that has no raw HTML or
 * images; the others, and every file when the Markdown config needs Astro's full pipeline, go
 * through Astro's render function as before. Entries rendered here carry `renderer: "lean"` in
 * their metadata (see `countLeanEntries`).
 */
export function withLeanMarkdown(context: WithEntryTypes): Map<string, EntryType> | undefined {
  const md = context.entryTypes?.get(".md");
  const astroRenderFunction = md?.getRenderFunction;
  if (!context.entryTypes || !md || !astroRenderFunction || !leanMarkdownEnabled()) return context.entryTypes;
  const entryTypes = new Map(context.entryTypes);
  entryTypes.set(".md", {
    ...md,
    getRenderFunction: async (config) => {
      const astroRender = await astroRenderFunction(config);
      const lean = createLeanMarkdownRenderer(config.markdown as MarkdownConfigLike, config.image);
      if (!lean) return astroRender;
      return async (entry) => {
        const rendered = await lean(entry.body ?? "", { frontmatter: entry.data, fileURL: entry.filePath ? pathToFileURL(entry.filePath) : undefined });
        if (rendered === undefined) return astroRender(entry);
        // Kept in the content store with the entry, so a warm build still knows which path rendered it.
        return { ...rendered, metadata: { ...rendered.metadata, renderer: LEAN_RENDERER } };
      };
    },
  });
  return entryTypes;
}

/** The mark a lean-rendered entry carries in `rendered.metadata.renderer`. */
export const LEAN_RENDERER = "benchdigest-lean";

/** How many `.md` entries of the store there are, and how many the lean pipeline rendered. */
export function countLeanEntries(store: LoaderContext["store"]): { markdown: number; lean: number } {
  let markdown = 0;
  let lean = 0;
  for (const entry of store.values()) {
    if (!entry.filePath?.endsWith(".md")) continue;
    markdown++;
    if (entry.rendered?.metadata?.renderer === LEAN_RENDERER) lean++;
  }
  return { markdown, lean };
}

/** What the store holds as an entry's `rendered`. */
type Rendered = NonNullable<ReturnType<LoaderContext["store"]["get"]>>["rendered"];

/**
 * An entry's rendered HTML passed through the one sanitiser (src/lib/html/sanitizeHtml.ts), marked
 * with the sanitiser's id in its metadata (`metadata.sanitizer`).
 */
function sanitized(rendered: NonNullable<Rendered>): NonNullable<Rendered> {
  return { ...rendered, html: sanitizeHtml(rendered.html), metadata: { ...rendered.metadata, sanitizer: SANITIZER_ID } };
}

/** Whether a stored entry's HTML went through the current sanitiser. */
const isSanitized = (rendered: Rendered): boolean => rendered?.metadata?.sanitizer === SANITIZER_ID;

/**
 * The store the glob loader writes `.md` recaps into, with two changes to each rendered entry:
 *
 * - its HTML is sanitised: raw HTML in a `.md` recap is input, and whatever rendered it (the lean
 *   pipeline or Astro's own, see `withLeanMarkdown`), the HTML passes the one sanitiser here, where
 *   every rendered entry arrives through Astro's public store API;
 * - its Markdown source is left out: its HTML (`rendered`) is what the pages and feeds use, and the
 *   content store, which Astro bundles into the build as one JavaScript module and holds in memory
 *   while it renders, would otherwise carry every recap twice (docs/performance.md). `.mdx` entries
 *   keep their body: they have no stored HTML, and the site reads their component props from it.
 *
 * Entries the glob loader keeps from the last build (their file did not change) are not written
 * again: `sanitizeStoredEntries` covers them.
 */
export function withoutMarkdownBodies(store: LoaderContext["store"]): LoaderContext["store"] {
  const lean = Object.create(store) as LoaderContext["store"];
  lean.set = (entry) => store.set(entry.rendered ? { ...entry, body: undefined, rendered: sanitized(entry.rendered) } : entry);
  return lean;
}

/**
 * After the glob loader: sanitises every stored entry whose HTML did not go through the current
 * sanitiser (kept from a build before it, or before its allowlist changed), and returns the files of
 * `.md` entries that have no HTML at all: their render failed, which the glob loader only logs (the
 * page would be published empty).
 */
export function sanitizeStoredEntries(store: LoaderContext["store"]): { unrendered: string[] } {
  const unrendered: string[] = [];
  for (const entry of [...store.values()]) {
    if (!entry.filePath?.endsWith(".md")) continue;
    if (!entry.rendered) {
      unrendered.push(entry.filePath);
      continue;
    }
    if (isSanitized(entry.rendered)) continue;
    // `set` ignores an entry whose digest it already holds: delete first.
    store.delete(entry.id);
    store.set({ ...entry, body: undefined, rendered: sanitized(entry.rendered) });
  }
  return { unrendered };
}
