import { describe, expect, it } from "vitest";
import type { LoaderContext } from "astro/loaders";
import { markdownOptions } from "../lib/markdown/markdownOptions";
import { countLeanEntries, LEAN_RENDERER, leanMarkdownEnabled, withLeanMarkdown, type EntryType, type WithEntryTypes } from "./leanEntryTypes";

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

describe("the lean .md entry type", () => {
  it("renders plain Markdown itself and marks the entry; raw HTML goes to Astro's pipeline", async () => {
    const { context, astroCalls } = contextWithMarkdown();
    const render = await withLeanMarkdown(context)!.get(".md")!.getRenderFunction!(config);
    const plain = (await render({ id: "plain", data: {}, body: "# Hi\n\nSome *text*." })) as { html: string; metadata: Record<string, unknown> };
    expect(plain.html).toContain("<em>text</em>");
    expect(plain.metadata.renderer).toBe(LEAN_RENDERER);
    await render({ id: "raw", data: {}, body: "<details><summary>x</summary>y</details>" });
    expect(astroCalls).toEqual(["raw"]);
  });

  it("can be switched off with BENCHDIGEST_LEAN_MARKDOWN=0", () => {
    expect(leanMarkdownEnabled({})).toBe(true);
    expect(leanMarkdownEnabled({ BENCHDIGEST_LEAN_MARKDOWN: "0" })).toBe(false);
  });

  it("counts the store's .md entries and the lean ones", () => {
    const entries = [
      { id: "a", filePath: "content/recaps/a.md", rendered: { html: "", metadata: { renderer: LEAN_RENDERER } } },
      { id: "b", filePath: "content/recaps/b.md", rendered: { html: "", metadata: {} } },
      { id: "c", filePath: "content/recaps/c.mdx" },
    ];
    expect(countLeanEntries({ values: () => entries } as unknown as LoaderContext["store"])).toEqual({ markdown: 2, lean: 1 });
  });
});
