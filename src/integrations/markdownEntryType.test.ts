import { describe, expect, it } from "vitest";
import type { LoaderContext } from "astro/loaders";
import { markdownOptions } from "../lib/markdown/markdownOptions";
import type { Problem } from "../lib/errors";
import { countFastEntries, FAST_RENDERER, fastMarkdownEnabled, isSiteMarkdownConfig, rendererFingerprint, withFastMarkdown, type EntryType, type WithEntryTypes } from "./markdownEntryType";

/** A context whose `.md` entry type renders with a stand-in for Astro's own function. */
function contextWithMarkdown(): { context: WithEntryTypes; astroCalls: string[] } {
  const astroCalls: string[] = [];
  const md: EntryType = {
    getRenderFunction: async () => async (entry) => {
      astroCalls.push(entry.id);
      return { html: "<p>astro</p>", metadata: {} };
    },
  };
  return { context: { entryTypes: new Map([[".md", md]]) } as unknown as WithEntryTypes, astroCalls };
}

const config = { markdown: markdownOptions, image: undefined } as unknown as LoaderContext["config"];
const identity = (html: string) => html;

describe("the .md entry type", () => {
  it("renders with markdown-it and marks the entry; a recap with local images goes to Astro's pipeline", async () => {
    const { context, astroCalls } = contextWithMarkdown();
    const problems: Problem[] = [];
    const render = await withFastMarkdown(context, { displayRoot: "/", problems, sanitize: identity })!.get(".md")!.getRenderFunction!(config);
    const plain = (await render({ id: "plain", data: { title: "x" }, body: "# Hi\n\nSome *text* <details><summary>a</summary>b</details>." })) as { html: string; metadata: Record<string, unknown> };
    expect(plain.html).toContain("<em>text</em>");
    expect(plain.html).toContain('<h2 id="hi">Hi</h2>');
    expect(plain.metadata).toMatchObject({ renderer: FAST_RENDERER, headings: [{ depth: 2, slug: "hi", text: "Hi" }], imagePaths: [], frontmatter: { title: "x" } });
    await render({ id: "local-image", data: {}, body: "![chart](./chart.png)" });
    expect(astroCalls).toEqual(["local-image"]);
    expect(problems).toEqual([]);
  });

  it("leaves every recap to Astro's pipeline when the Markdown config is not the site's", async () => {
    expect(isSiteMarkdownConfig(markdownOptions, undefined)).toBe(true);
    expect(isSiteMarkdownConfig({ ...markdownOptions, syntaxHighlight: "shiki" }, undefined)).toBe(false);
    expect(isSiteMarkdownConfig({ ...markdownOptions, rehypePlugins: [] }, undefined)).toBe(false);
    expect(isSiteMarkdownConfig(markdownOptions, { domains: ["cdn.example.org"] })).toBe(false);
    const { context, astroCalls } = contextWithMarkdown();
    const render = await withFastMarkdown(context, { displayRoot: "/", problems: [], sanitize: identity })!.get(".md")!.getRenderFunction!({ markdown: { ...markdownOptions, syntaxHighlight: "shiki" } } as unknown as LoaderContext["config"]);
    await render({ id: "x", data: {}, body: "text" });
    expect(astroCalls).toEqual(["x"]);
  });

  it("can be switched off with BENCHDIGEST_FAST_MARKDOWN=0", () => {
    expect(fastMarkdownEnabled({})).toBe(true);
    expect(fastMarkdownEnabled({ BENCHDIGEST_FAST_MARKDOWN: "0" })).toBe(false);
  });

  it("fingerprints the renderer by its output, so a changed sanitiser clears cached HTML", () => {
    expect(rendererFingerprint({ sanitize: identity })).toBe(rendererFingerprint({ sanitize: identity }));
    expect(rendererFingerprint({ sanitize: (html) => html.replace(/<details>/g, "") })).not.toBe(rendererFingerprint({ sanitize: identity }));
  });

  it("counts the store's .md entries and the ones markdown-it rendered", () => {
    const entries = [
      { id: "a", filePath: "content/recaps/a.md", rendered: { html: "", metadata: { renderer: FAST_RENDERER } } },
      { id: "b", filePath: "content/recaps/b.md", rendered: { html: "", metadata: {} } },
      { id: "c", filePath: "content/recaps/c.mdx" },
    ];
    expect(countFastEntries({ values: () => entries } as unknown as LoaderContext["store"])).toEqual({ markdown: 2, fast: 1 });
  });
});
