/**
 * Renders recaps (and digests) to HTML strings for feeds, once per build: every feed that carries
 * a recap (RSS, Atom, JSON Feed, its topics' and models' feeds) reuses the same string, and the
 * feed-image endpoint reads the SVGs out of the same strings. Uses Astro's container API with the
 * MDX renderer, the way Astro's docs render full content into an RSS feed.
 */
import { experimental_AstroContainer as AstroContainer } from "astro/container";
import { getContainerRenderer as getMdxRenderer } from "@astrojs/mdx";
import { loadRenderers } from "astro:container";
import type { Recap } from "./siteData";
import { renderRecap } from "./renderRecap";
import { mdxComponents } from "../components/mdx/index.ts";

let container: Promise<AstroContainer> | undefined;
const rendered = new Map<string, Promise<string>>();

function getContainer(): Promise<AstroContainer> {
  container ??= loadRenderers([getMdxRenderer()]).then((renderers) => AstroContainer.create({ renderers }));
  return container;
}

/** The recap's body as HTML, rendered once per build with the same MDX components as its page. */
export function recapHtml(recap: Recap): Promise<string> {
  let html = rendered.get(recap.id);
  if (!html) {
    html = (async () => {
      const { Content } = await renderRecap(recap);
      return (await getContainer()).renderToString(Content, { props: { components: mdxComponents } });
    })();
    rendered.set(recap.id, html);
  }
  return html;
}

/** Forgets rendered recaps (`npm run dev`, where files change between requests). */
export function clearRenderedRecaps(): void {
  rendered.clear();
}

/** Renders any Astro component with props to an HTML string (digest bodies for feeds). */
export async function componentHtml(component: Parameters<AstroContainer["renderToString"]>[0], props: Record<string, unknown>): Promise<string> {
  return (await getContainer()).renderToString(component, { props });
}
