/**
 * MDX's own pipeline for a recap body, as @astrojs/mdx 4 sets it up (dist/plugins.js: remark-gfm,
 * the site's MDX remark plugins, remarkCollectImages; rehype-meta-string, rehype-raw, the site's
 * rehype plugins, heading ids), its hast tree taken after the heading ids and written with
 * rehype-stringify: with `optimize`, @astrojs/mdx writes a plain body's static subtrees with
 * hast-util-to-html too. The reference plain `.mdx` recaps are compared with
 * (src/lib/content/plainMdx.equivalence.test.ts, bench/plainMdxFuzz.ts). Not used by the site.
 */
import { join } from "node:path";
import { createProcessor, nodeTypes } from "@mdx-js/mdx";
import { rehypeHeadingIds, remarkCollectImages } from "@astrojs/markdown-remark";
// Not our dependencies but @astrojs/mdx's (the copies it runs): MDX pages go through rehype-raw
// (`passThrough` MDX's nodes) there, so the reference does too.
import rehypeRaw from "rehype-raw";
import remarkGfm from "remark-gfm";
import rehypeStringify from "rehype-stringify";
import { unified, type Plugin } from "unified";
import type { Root } from "hast";
import { markdownOptions } from "../src/lib/markdown/markdownOptions";
import { mdxRemarkPlugins } from "../src/integrations/benchdigest";
import { siteFolders } from "../src/integrations/siteFolders";

/** @astrojs/mdx's rehype-meta-string: a fence's meta string as a `metastring` attribute. */
const rehypeMetaString: Plugin<[], Root> = () => (tree) => {
  const visit = (node: Root | Root["children"][number]) => {
    if (node.type === "element" && node.tagName === "code" && node.data && "meta" in node.data && node.data.meta) node.properties.metastring = String(node.data.meta);
    if ("children" in node) node.children.forEach(visit);
  };
  visit(tree);
};

/**
 * A function giving a body's HTML as MDX's pipeline for the site at `root` makes it, or a line
 * starting "MDX read more than Markdown:" when its tree holds an expression, a component or an
 * import (hast has no HTML for them), or MDX refuses the body.
 */
export function createMdxReference(root: string): (body: string) => Promise<string> {
  const site = siteFolders(root);
  let captured: Root | undefined;
  const mdx = createProcessor({
    format: "mdx",
    jsxImportSource: "astro",
    elementAttributeNameCase: "html",
    remarkPlugins: [remarkGfm, ...mdxRemarkPlugins(site), remarkCollectImages],
    rehypePlugins: [rehypeMetaString, [rehypeRaw, { passThrough: nodeTypes }], ...markdownOptions.rehypePlugins, rehypeHeadingIds, () => (tree: Root) => void (captured = structuredClone(tree))],
  });
  const toHtml = unified().use(rehypeStringify);
  return async (body) => {
    captured = undefined;
    try {
      await mdx.process({ value: body, path: join(site.recapsDir, "plain.mdx") });
      return toHtml.stringify(captured!);
    } catch (error) {
      return `MDX read more than Markdown: ${(error as Error).message.split("\n")[0]}`;
    }
  };
}
