/**
 * Astro's Markdown pipeline for `.md` recaps, minus the step that only matters for raw HTML.
 *
 * Astro renders every `.md` file with `rehype-raw` last before serialising: it re-parses the whole
 * HTML tree with parse5 so that raw HTML in the Markdown (`<details>`, `<br>`) becomes real
 * elements. A recap without raw HTML gains nothing from it, and it was about a seventh of all
 * Markdown rendering time on the bench's 700-recap archive (docs/performance.md).
 *
 * `createLeanMarkdownRenderer` builds the same pipeline as `createMarkdownProcessor` in
 * @astrojs/markdown-remark 6.3 (remark-parse, GFM, the site's remark plugins, Astro's image
 * collector, remark-rehype with the same options, the site's rehype plugins, Astro's heading ids,
 * rehype-stringify) without `rehype-raw` and without Astro's image step. A document that has raw
 * HTML or images those two steps would act on is not rendered here: the renderer returns
 * `undefined` and the caller uses Astro's own function. `leanMarkdown.test.ts` checks that both
 * give byte-identical HTML and metadata on hand-written edge cases, the sample site, generated
 * recaps and the real AINews archive.
 */
import { rehypeHeadingIds, remarkCollectImages } from "@astrojs/markdown-remark";
import { find, html } from "property-information";
import rehypeStringify from "rehype-stringify";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified, type PluggableList } from "unified";
import { VFile } from "vfile";

/** The part of Astro's `markdown` config the pipeline reads. */
export interface MarkdownConfigLike {
  syntaxHighlight?: unknown;
  smartypants?: boolean;
  gfm?: boolean;
  remarkPlugins?: readonly unknown[];
  rehypePlugins?: readonly unknown[];
  remarkRehype?: Record<string, unknown>;
  experimentalHeadingIdCompat?: boolean;
}

/** What Astro's Markdown render function returns (an entry's `rendered`). */
export interface RenderedMarkdown {
  html: string;
  metadata: {
    headings: { depth: number; slug: string; text: string }[];
    localImagePaths: string[];
    remoteImagePaths: string[];
    frontmatter: Record<string, unknown>;
    imagePaths: string[];
  };
}

export type LeanRender = (body: string, options: { frontmatter?: Record<string, unknown>; fileURL?: URL }) => Promise<RenderedMarkdown | undefined>;

/** Thrown inside the pipeline to stop at a document that needs Astro's full pipeline. */
class NeedsFullPipeline extends Error {}

interface Node {
  type: string;
  children?: Node[];
}

interface Element extends Node {
  properties?: Record<string, unknown>;
  children?: Element[];
}

/**
 * What rehype-raw's round trip through parse5 does to a tree without raw HTML: an attribute set to
 * `true` that HTML does not define as boolean (GFM's `data-footnote-ref`) comes back as the empty
 * string, so it prints as `data-footnote-ref=""`, not bare. Everything else comes back as it was.
 */
function attributesAsParsed(node: Element): void {
  if (node.properties) {
    for (const [key, value] of Object.entries(node.properties)) {
      if (value !== true) continue;
      const info = find(html, key);
      if (!info.boolean && !info.overloadedBoolean) node.properties[key] = "";
    }
  }
  if (node.children) for (const child of node.children) attributesAsParsed(child);
}

function hasRaw(node: Node): boolean {
  if (node.type === "raw") return true;
  if (node.children) for (const child of node.children) if (hasRaw(child)) return true;
  return false;
}

/**
 * A renderer equal to Astro's for documents without raw HTML or collected images, or `undefined`
 * when the config asks for something only Astro's pipeline does (syntax highlighting, Astro's
 * own SmartyPants, plugins named by string).
 */
export function createLeanMarkdownRenderer(markdown: MarkdownConfigLike, image?: unknown): LeanRender | undefined {
  const { syntaxHighlight, smartypants, gfm = true, remarkPlugins = [], rehypePlugins = [], remarkRehype: remarkRehypeOptions = {}, experimentalHeadingIdCompat = false } = markdown;
  if (syntaxHighlight || smartypants) return undefined;
  const plugins = (list: readonly unknown[]): PluggableList | undefined => {
    const out: PluggableList = [];
    for (const p of list) {
      if (typeof p === "function") out.push(p as PluggableList[number]);
      else if (Array.isArray(p) && typeof p[0] === "function") out.push([p[0], p[1]] as PluggableList[number]);
      else return undefined;
    }
    return out;
  };
  const remark = plugins(remarkPlugins);
  const rehype = plugins(rehypePlugins);
  if (!remark || !rehype) return undefined;

  const processor = unified().use(remarkParse);
  if (gfm) processor.use(remarkGfm);
  processor
    .use(remark)
    .use(remarkCollectImages, image as Parameters<typeof remarkCollectImages>[0])
    .use(remarkRehype, { allowDangerousHtml: true, passThrough: [], ...remarkRehypeOptions })
    .use(() => (tree, file) => {
      // What Astro's image step and rehype-raw would act on: leave those documents to Astro.
      const astro = file.data.astro as { localImagePaths?: string[]; remoteImagePaths?: string[] } | undefined;
      if (astro?.localImagePaths?.length || astro?.remoteImagePaths?.length || hasRaw(tree as Node)) throw new NeedsFullPipeline();
    })
    .use(rehype)
    .use(rehypeHeadingIds, { experimentalHeadingIdCompat })
    .use(() => (tree) => attributesAsParsed(tree as Element))
    .use(rehypeStringify, { allowDangerousHtml: true });

  return async (body, { frontmatter = {}, fileURL }) => {
    const file = new VFile({ value: body, path: fileURL, data: { astro: { frontmatter } } });
    try {
      await processor.process(file);
    } catch (error) {
      if (error instanceof NeedsFullPipeline) return undefined;
      throw error;
    }
    const astro = (file.data.astro ?? {}) as Partial<RenderedMarkdown["metadata"]>;
    const localImagePaths = astro.localImagePaths ?? [];
    const remoteImagePaths = astro.remoteImagePaths ?? [];
    return {
      html: String(file.value),
      metadata: {
        headings: astro.headings ?? [],
        localImagePaths,
        remoteImagePaths,
        frontmatter: astro.frontmatter ?? {},
        imagePaths: [...localImagePaths, ...remoteImagePaths],
      },
    };
  };
}
