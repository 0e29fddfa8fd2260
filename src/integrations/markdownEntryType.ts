import { createHash } from "node:crypto";
import type { LoaderContext } from "astro/loaders";
import type { Problem } from "../lib/errors";
import { displayPath } from "../lib/format/displayPath";
import { markdownOptions } from "../lib/markdown/markdownOptions";
import { createMarkdownRenderer, MARKDOWN_RENDERER_VERSION, type MarkdownRendererOptions, type RenderedMarkdownBody } from "../lib/markdown/renderMarkdown";
import { SANITIZER_ID, sanitizeHtml } from "../lib/html/sanitizeHtml";
import { moveRenderToFiles, readRecapHtml, recapHtmlFile } from "./recapHtmlFiles";
import { isPlainMarkdownMdx } from "../lib/content/plainMdx";
import { prerenderKey, type PrerenderedBody } from "./recapSyntax";
import { fastMarkdownEnabled } from "./fastMarkdown";

export { fastMarkdownEnabled };

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
 * Not part of Astro's public API (Astro 5.18): every build logs how many `.md` recaps our renderer
 * rendered, and test/build.test.ts fails on "0 of N", so an Astro update cannot switch the fast
 * path off without a test saying so.
 */
export type WithEntryTypes = LoaderContext & { entryTypes?: Map<string, EntryType> };

/** The part of Astro's `markdown` config the fast path must find as the site sets it. */
export interface MarkdownConfigLike {
  syntaxHighlight?: unknown;
  smartypants?: boolean;
  gfm?: boolean;
  remarkPlugins?: readonly unknown[];
  rehypePlugins?: readonly unknown[];
  remarkRehype?: Record<string, unknown>;
  experimentalHeadingIdCompat?: boolean;
}

/** The mark an entry rendered by our renderer carries in `rendered.metadata.renderer`. */
export const FAST_RENDERER = "benchdigest-markdown-it";

/**
 * Whether Astro's Markdown config is the site's own (src/lib/markdown/markdownOptions.ts), which
 * renderMarkdown.ts reproduces. Plugins are compared by name: astro.config.mjs and the content
 * config load markdownOptions.ts as two module instances, equal in name and code but not the same
 * objects. Another plugin, Shiki, Astro's SmartyPants or remote image domains send every recap
 * through Astro's pipeline.
 */
export function isSiteMarkdownConfig(markdown: MarkdownConfigLike, image: unknown): boolean {
  const name = (p: unknown) => (typeof p === "function" ? p.name : undefined);
  const same = (a: readonly unknown[] = [], b: readonly unknown[]) => a.length === b.length && a.every((p, i) => name(p) !== undefined && name(p) === name(b[i]));
  const { domains = [], remotePatterns = [] } = (image ?? {}) as { domains?: unknown[]; remotePatterns?: unknown[] };
  return (
    !markdown.syntaxHighlight &&
    !markdown.smartypants &&
    markdown.gfm !== false &&
    same(markdown.remarkPlugins, markdownOptions.remarkPlugins) &&
    same(markdown.rehypePlugins, markdownOptions.rehypePlugins) &&
    Object.keys(markdown.remarkRehype ?? {}).length === 0 &&
    !markdown.experimentalHeadingIdCompat &&
    domains.length === 0 &&
    remotePatterns.length === 0
  );
}

/**
 * The renderer's fingerprint for the content store: its version and the HTML it writes for a probe
 * document that touches every rule. Cached entries were rendered by the renderer of their day; when
 * the fingerprint changes, the loader clears the store so no page keeps the old HTML.
 */
export function rendererFingerprint(options: Pick<MarkdownRendererOptions, "sanitize" | "isAllowedUrl">): string {
  const probe = [
    "# Title\n\nSome *emphasis*, **strong**, ~~gone~~, `code`, \"quotes\" -- and... https://example.org/x. Run --fast.",
    "| a | b |\n|:--|--:|\n| 1 | 2 |\n\n- [x] done\n- [ ] open\n\nText[^n].\n\n[^n]: A note.",
    '<details><summary>raw</summary><a href="javascript:x" onclick="y">z</a><img src="/i.png" alt=""></details>',
    "[link](https://example.org/a b) ![img](https://example.org/c.png)\n\n```js\nconst x = 1;\n```",
  ].join("\n\n");
  const render = createMarkdownRenderer(options);
  return createHash("sha256").update(`${MARKDOWN_RENDERER_VERSION}\n${render(probe).html}`).digest("hex").slice(0, 16);
}

/** What `withFastMarkdown` needs besides the loader's context. */
export interface FastMarkdownOptions extends Pick<MarkdownRendererOptions, "sanitize" | "isAllowedUrl" | "betweenPieces"> {
  /** Messages name files relative to this folder. */
  displayRoot: string;
  /**
   * Renders a body elsewhere (the recap threads, recapThreads.ts), as
   * `createMarkdownRenderer({ sanitize, isAllowedUrl })` would here: the caller makes sure of it
   * (the recap loader checks the probe document's fingerprint). Without it the main thread renders.
   */
  renderElsewhere?: (markdown: string) => Promise<RenderedMarkdownBody>;
  /** Where render errors go: the glob loader only logs them and stores the entry without HTML. */
  problems: Problem[];
  /**
   * Bodies the first read rendered, by `prerenderKey` of the Markdown (src/integrations/recapSyntax.ts,
   * `Prerender`): a body found here is not rendered again, and its render is taken out of the map.
   */
  prerendered?: Map<string, PrerenderedBody>;
}

/**
 * What the `.mdx` render function returns for a recap it leaves to MDX: the store `withoutMarkdownBodies`
 * wraps turns it into an entry rendered from its compiled module (`deferredRender`), as Astro's own
 * `.mdx` entry type stores every recap.
 */
export const LEAVE_TO_MDX = Object.freeze({ html: "", metadata: Object.freeze({ leaveToMdx: true }) });

/**
 * The entry types with `.md` rendered by our markdown-it renderer (src/lib/markdown/renderMarkdown.ts),
 * at about thirty times the speed of Astro's unified pipeline, with the same HTML up to the
 * differences listed in docs/performance.md. A recap with local images (`./chart.png`, which Astro
 * turns into optimised assets), and every recap when the Markdown config is not the site's own,
 * go through Astro's render function as before. Entries rendered here carry
 * `renderer: "benchdigest-markdown-it"` in their metadata (see `countFastEntries`).
 *
 * An `.mdx` recap whose body is plain Markdown (`isPlainMarkdownMdx`: no component, expression or
 * import, nothing MDX reads otherwise than Markdown) is rendered the same way, in the content sync,
 * instead of being compiled by Vite as a module; every other `.mdx` recap is left to MDX (`LEAVE_TO_MDX`).
 */
export function withFastMarkdown(context: WithEntryTypes, { displayRoot, problems, sanitize, isAllowedUrl, betweenPieces, renderElsewhere, prerendered }: FastMarkdownOptions): Map<string, EntryType> | undefined {
  const md = context.entryTypes?.get(".md");
  const astroRenderFunction = md?.getRenderFunction;
  if (!context.entryTypes || !md || !astroRenderFunction || !fastMarkdownEnabled()) return context.entryTypes;
  const entryTypes = new Map(context.entryTypes);
  // One renderer for `.md` and plain `.mdx`, made when the first of them renders.
  let renderer: ((markdown: string) => RenderedMarkdownBody | Promise<RenderedMarkdownBody>) | undefined;
  const render = async (entry: RenderEntry): Promise<RenderedMarkdownBody | PrerenderedBody> => {
    if (prerendered?.size) {
      const key = prerenderKey(entry.body ?? "");
      const done = prerendered.get(key);
      if (done && done.localImagePaths.length === 0) {
        prerendered.delete(key);
        return done;
      }
    }
    renderer ??= renderElsewhere ?? createMarkdownRenderer({ sanitize, isAllowedUrl, betweenPieces });
    try {
      return await renderer(entry.body ?? "");
    } catch (error) {
      const file = entry.filePath ? displayPath(displayRoot, entry.filePath) : entry.id;
      problems.push({ file, line: 1, message: `the Markdown body could not be rendered: ${(error as Error).message}` });
      throw error;
    }
  };
  const rendered = (out: RenderedMarkdownBody | PrerenderedBody, entry: RenderEntry) => {
    // A render of the first read has its HTML in its file already (recapHtmlFiles.ts), sanitised.
    const file = "htmlFile" in out ? { htmlFile: out.htmlFile, htmlSha: out.htmlSha, readingMinutes: out.readingMinutes, sanitizer: SANITIZER_ID } : sanitize === sanitizeHtml ? { sanitizer: SANITIZER_ID } : {};
    return {
      html: "html" in out ? out.html : "",
      // Astro's render() reads the headings and frontmatter; with no image paths it leaves the HTML as it is.
      metadata: { headings: out.headings, localImagePaths: [], remoteImagePaths: [], imagePaths: [], frontmatter: entry.data, renderer: FAST_RENDERER, ...file },
    };
  };
  entryTypes.set(".md", {
    ...md,
    getRenderFunction: async (config) => {
      const astroRender = await astroRenderFunction(config);
      if (!isSiteMarkdownConfig(config.markdown as MarkdownConfigLike, config.image)) return astroRender;
      return async (entry) => {
        const out = await render(entry);
        return out.localImagePaths.length ? astroRender(entry) : rendered(out, entry);
      };
    },
  });
  const mdx = context.entryTypes.get(".mdx");
  // Astro's `.mdx` entry type has no render function: its recaps render from their modules.
  if (mdx && !mdx.getRenderFunction) {
    entryTypes.set(".mdx", {
      ...mdx,
      getRenderFunction: async (config) => {
        if (!isSiteMarkdownConfig(config.markdown as MarkdownConfigLike, config.image)) return async () => LEAVE_TO_MDX;
        return async (entry) => {
          if (!isPlainMarkdownMdx(entry.body ?? "")) return LEAVE_TO_MDX;
          const out = await render(entry);
          // Local images become optimised assets in MDX's pipeline.
          return out.localImagePaths.length ? LEAVE_TO_MDX : rendered(out, entry);
        };
      },
    });
  }
  return entryTypes;
}

/** How many `.md` entries of the store there are and how many our renderer rendered; the same of `.mdx` entries. */
export function countFastEntries(store: LoaderContext["store"]): { markdown: number; fast: number; mdx: number; mdxFast: number } {
  const counts = { markdown: 0, fast: 0, mdx: 0, mdxFast: 0 };
  for (const entry of store.values()) {
    const isMdx = entry.filePath?.endsWith(".mdx");
    if (!isMdx && !entry.filePath?.endsWith(".md")) continue;
    const fast = entry.rendered?.metadata?.renderer === FAST_RENDERER;
    if (isMdx) {
      counts.mdx++;
      if (fast) counts.mdxFast++;
    } else {
      counts.markdown++;
      if (fast) counts.fast++;
    }
  }
  return counts;
}

/** What the store holds as an entry's `rendered`. */
type Rendered = NonNullable<ReturnType<LoaderContext["store"]["get"]>>["rendered"];

/**
 * An entry's rendered HTML passed through the one sanitiser (src/lib/html/sanitizeHtml.ts), marked
 * with the sanitiser's id in its metadata (`metadata.sanitizer`); HTML already marked is left as it is.
 */
function sanitized(rendered: NonNullable<Rendered>, entryName: string): NonNullable<Rendered> {
  if (rendered.metadata?.sanitizer === SANITIZER_ID) return rendered;
  // Sanitised anew, the HTML gets a new file (its hash changes): `htmlFile` and `htmlSha` go.
  const { htmlFile: _file, htmlSha: _sha, ...metadata } = rendered.metadata ?? {};
  return { ...rendered, html: sanitizeHtml(readRecapHtml(rendered, entryName)), metadata: { ...metadata, sanitizer: SANITIZER_ID } } as NonNullable<Rendered>;
}

/**
 * The store the glob loader writes `.md` recaps into, with two changes to each rendered entry:
 *
 * - its HTML is sanitised: raw HTML in a `.md` recap is input, and whatever rendered it (markdown-it,
 *   which sanitises as it renders, or Astro's own pipeline for the recaps `withFastMarkdown` leaves
 *   to it), the HTML passes the one sanitiser, here where every rendered entry arrives through
 *   Astro's public store API;
 * - its Markdown source is left out, and its HTML and headings move to files under `htmlDir`
 *   (src/integrations/recapHtmlFiles.ts), the store keeping the files' names: the
 *   content store, which Astro bundles into the build as one JavaScript module that Rollup parses
 *   whole, would otherwise carry every recap's HTML, headings and source (docs/performance.md).
 *   Pages and feeds read the HTML back through `renderRecap` (src/site/renderRecap.ts).
 *
 * An `.mdx` entry the render function leaves to MDX (`LEAVE_TO_MDX`) is stored as Astro's `.mdx`
 * entry type stores it, to be rendered from its module; it keeps its body, from which the site
 * reads its component props.
 *
 * Entries the glob loader keeps from the last build (their file did not change) are not written
 * again: `sanitizeStoredEntries` covers them.
 */
export function withoutMarkdownBodies(store: LoaderContext["store"], htmlDir: string): LoaderContext["store"] {
  const lean = Object.create(store) as LoaderContext["store"];
  lean.set = (entry) => {
    if (entry.rendered?.metadata?.leaveToMdx === true) return store.set({ ...entry, rendered: undefined, deferredRender: true });
    return store.set(entry.rendered ? { ...entry, body: undefined, rendered: moveRenderToFiles(sanitized(entry.rendered, entry.filePath ?? entry.id), htmlDir) } : entry);
  };
  return lean;
}

/**
 * After the glob loader: sanitises every stored entry whose HTML did not go through the current
 * sanitiser (kept from a build before it, or before its allowlist changed), moves the HTML and the
 * headings an entry still holds in the store to their files, and returns the files of `.md` and plain `.mdx` entries
 * that have no HTML at all: their render failed, which the glob loader only logs (the page would
 * be published empty).
 */
export function sanitizeStoredEntries(store: LoaderContext["store"], htmlDir: string): { unrendered: string[] } {
  const unrendered: string[] = [];
  for (const entry of [...store.values()]) {
    if (!entry.filePath || !/\.mdx?$/.test(entry.filePath) || entry.deferredRender) continue;
    if (!entry.rendered) {
      unrendered.push(entry.filePath);
      continue;
    }
    // Kept from a build before the HTML moved to files, an entry moves now. (Entries of a build
    // before the headings moved are not kept: RENDER_FILES_LAYOUT is part of the renderer key.)
    if (entry.rendered.metadata?.sanitizer === SANITIZER_ID && recapHtmlFile(entry.rendered) !== undefined) continue;
    // `set` ignores an entry whose digest it already holds: delete first.
    store.delete(entry.id);
    store.set({ ...entry, body: undefined, rendered: moveRenderToFiles(sanitized(entry.rendered, entry.filePath), htmlDir) });
  }
  return { unrendered };
}
