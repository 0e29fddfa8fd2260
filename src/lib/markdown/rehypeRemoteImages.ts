/**
 * The remote-image policy (src/lib/html/remoteImages.ts) for `.mdx` recaps, whose pages do not pass
 * the sanitiser: Markdown images (`![alt](https://...)`) get what the sanitiser gives them in `.md`
 * recaps. JSX elements (`<img src={...} />`) are code, not read here; their feed copies pass the
 * sanitiser like everything else.
 *
 * Registered for MDX only (src/integrations/benchdigest.ts): `.md` recaps get the same rewrite from
 * the sanitiser, whichever renderer wrote their HTML.
 */
import type { Element, ElementContent, Root } from "hast";
import { rewriteRemoteImage, type RemoteImagePolicy } from "../html/remoteImages";

/** Options of `rehypeRemoteImages`. */
export interface RehypeRemoteImagesOptions {
  /** The policy, read when a document compiles (the download step may have set its copies since the config loaded). */
  policy: () => RemoteImagePolicy;
}

interface Parent {
  children?: unknown[];
}

function walk(node: Parent, policy: RemoteImagePolicy, insideLink: boolean): void {
  const children = node.children ?? [];
  children.forEach((child, i) => {
    const el = child as Element;
    if (el.type === "element" && el.tagName === "img" && typeof el.properties?.src === "string") {
      const attribs: Record<string, string> = {};
      for (const [name, value] of Object.entries(el.properties)) if (typeof value === "string" || typeof value === "number") attribs[name] = String(value);
      const rewrite = rewriteRemoteImage(attribs, policy);
      if (rewrite.kind === "link") {
        const text: ElementContent = { type: "text", value: rewrite.text };
        // Inside a link (`[![alt](img)](page)`) the text alone: a link may not hold another.
        children[i] = insideLink ? text : ({ type: "element", tagName: "a", properties: { href: rewrite.href }, children: [text] } satisfies Element);
      } else {
        for (const name of ["src", "loading", "decoding"]) if (rewrite.attribs[name] !== undefined) el.properties[name] = rewrite.attribs[name];
      }
    }
    if (typeof child === "object" && child !== null && "children" in child) walk(child as Parent, policy, insideLink || (el.type === "element" && el.tagName === "a"));
  });
}

/** Rewrites remote `<img>` elements by the site's remote-image policy. */
export function rehypeRemoteImages({ policy }: RehypeRemoteImagesOptions) {
  return (tree: Root) => walk(tree as Parent, policy(), false);
}
