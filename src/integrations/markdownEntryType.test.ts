import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { testTempDir } from "../../test/helpers/tempDir";
import type { LoaderContext } from "astro/loaders";
import { markdownOptions } from "../lib/markdown/markdownOptions";
import type { Problem } from "../lib/errors";
import { SANITIZER_ID } from "../lib/html/sanitizeHtml";
import { countFastEntries, FAST_RENDERER, LEAVE_TO_MDX, fastMarkdownEnabled, isSiteMarkdownConfig, rendererFingerprint, sanitizeStoredEntries, withFastMarkdown, withoutMarkdownBodies, type EntryType, type WithEntryTypes } from "./markdownEntryType";
import { readRecapHeadings, readRecapHtml } from "./recapHtmlFiles";

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

  it("renders a plain .mdx recap with markdown-it and leaves one with a component, an expression, an import or a local image to MDX", async () => {
    const { context } = contextWithMarkdown();
    // Astro's .mdx entry type: no render function, its recaps render from their modules.
    context.entryTypes!.set(".mdx", { contentModuleTypes: "", handlePropagation: true } as EntryType);
    const problems: Problem[] = [];
    const types = withFastMarkdown(context, { displayRoot: "/", problems, sanitize: identity })!;
    expect(types.get(".mdx")).toMatchObject({ contentModuleTypes: "", handlePropagation: true });
    const render = await types.get(".mdx")!.getRenderFunction!(config);
    const plain = (await render({ id: "plain", data: { title: "x" }, body: "## Scores\n\n- *GPT-5* leads\n\n```json\n{ \"a\": 1 }\n```" })) as { html: string; metadata: Record<string, unknown> };
    expect(plain.html).toContain('<h2 id="scores">Scores</h2>');
    expect(plain.html).toContain("<em>GPT-5</em>");
    expect(plain.metadata).toMatchObject({ renderer: FAST_RENDERER, headings: [{ depth: 2, slug: "scores", text: "Scores" }] });
    for (const body of ['<Leaderboard benchmark="aa-index" />', "Year {2026}", 'import x from "./x.js"\n\nText', "![chart](./chart.png)"]) {
      expect(await render({ id: "x", data: {}, body }), body).toBe(LEAVE_TO_MDX);
    }
    // With another Markdown config every .mdx recap goes to MDX, as .md recaps go to Astro's pipeline.
    const other = await types.get(".mdx")!.getRenderFunction!({ markdown: { ...markdownOptions, syntaxHighlight: "shiki" } } as unknown as LoaderContext["config"]);
    expect(await other({ id: "x", data: {}, body: "text" })).toBe(LEAVE_TO_MDX);
    expect(problems).toEqual([]);
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
      { id: "c", filePath: "content/recaps/c.mdx", deferredRender: true },
      { id: "d", filePath: "content/recaps/d.mdx", rendered: { html: "", metadata: { renderer: FAST_RENDERER } } },
    ];
    expect(countFastEntries({ values: () => entries } as unknown as LoaderContext["store"])).toEqual({ markdown: 2, fast: 1, mdx: 2, mdxFast: 1 });
  });
});
/** A store as the glob loader sees it: `set` ignores an entry whose digest it already holds, as Astro's does. */
function memoryStore() {
  const entries = new Map<string, { id: string; digest?: string; body?: string; filePath?: string; rendered?: { html: string; metadata?: Record<string, unknown> } }>();
  const store = {
    get: (id: string) => entries.get(id),
    values: () => [...entries.values()],
    delete: (id: string) => entries.delete(id),
    set: (entry: { id: string; digest?: string }) => {
      const existing = entries.get(entry.id);
      if (existing && entry.digest && existing.digest === entry.digest) return false;
      entries.set(entry.id, entry);
      return true;
    },
  };
  return { entries, store: store as unknown as LoaderContext["store"] };
}

describe("the recap store sanitises .md HTML, whichever pipeline rendered it", () => {
  const hostile = '<p>Hi<script>alert(1)</script></p><meta http-equiv="refresh" content="0;url=https://evil.example/"><a href="javascript:alert(1)" onclick="x()">x</a><iframe src="https://evil.example/"></iframe>';

  it("sanitises what the glob loader writes, marks it with the sanitiser's id and moves the HTML and the headings to files", () => {
    const { entries, store } = memoryStore();
    const dir = testTempDir("bd-html-");
    const headings = [{ depth: 2, slug: "hi", text: "Hi" }];
    withoutMarkdownBodies(store, dir).set({ id: "a", digest: "1", body: "raw", filePath: "content/recaps/a.md", rendered: { html: hostile, metadata: { renderer: "astro", headings } } } as never);
    const rendered = entries.get("a")!.rendered!;
    expect(entries.get("a")).toMatchObject({ body: undefined, rendered: { html: "", metadata: { renderer: "astro", sanitizer: SANITIZER_ID } } });
    expect(rendered.metadata).not.toHaveProperty("headings");
    expect(readdirSync(dir).sort()).toEqual([`${rendered.metadata!.htmlSha}.html`, `${rendered.metadata!.headingsSha}.json`].sort());
    expect(readFileSync(rendered.metadata!.htmlFile as string, "utf8")).toBe("<p>Hi</p><a>x</a>");
    expect(readRecapHtml(rendered, "a")).toBe("<p>Hi</p><a>x</a>");
    expect(readRecapHeadings(rendered, "a")).toEqual(headings);
    // Stored as it should be, the entry is left alone after the load (set again, the store would be written at every build).
    const entry = entries.get("a");
    sanitizeStoredEntries(store, dir);
    expect(entries.get("a")).toBe(entry);
  });

  it("stores an .mdx recap left to MDX as Astro does, to render from its module, with its body", () => {
    const { entries, store } = memoryStore();
    const dir = testTempDir("bd-html-");
    withoutMarkdownBodies(store, dir).set({ id: "board", digest: "1", body: "<Leaderboard />", filePath: "content/recaps/board.mdx", rendered: LEAVE_TO_MDX } as never);
    expect(entries.get("board")).toEqual({ id: "board", digest: "1", body: "<Leaderboard />", filePath: "content/recaps/board.mdx", rendered: undefined, deferredRender: true });
    expect(readdirSync(dir)).toEqual([]);
  });

  it("sanitises entries kept from a build before the sanitiser (moving their HTML to a file), and reports a .md entry that failed to render", () => {
    const { entries, store } = memoryStore();
    const dir = testTempDir("bd-html-");
    store.set({ id: "cached", digest: "1", filePath: "content/recaps/cached.md", rendered: { html: hostile, metadata: {} } } as never);
    store.set({ id: "failed", digest: "2", filePath: "content/recaps/failed.md" } as never);
    store.set({ id: "mdx", digest: "3", filePath: "content/recaps/c.mdx", body: "<X/>", deferredRender: true } as never);
    // A plain .mdx recap whose render failed is not a module either: it would be published empty.
    store.set({ id: "plain-failed", digest: "4", filePath: "content/recaps/p.mdx" } as never);
    expect(sanitizeStoredEntries(store, dir)).toEqual({ unrendered: ["content/recaps/failed.md", "content/recaps/p.mdx"] });
    const cached = entries.get("cached")!.rendered!;
    expect(cached).toMatchObject({ html: "", metadata: { sanitizer: SANITIZER_ID } });
    expect(readRecapHtml(cached, "cached")).toBe("<p>Hi</p><a>x</a>");
    expect(entries.get("mdx")!.body).toBe("<X/>");
  });
});
