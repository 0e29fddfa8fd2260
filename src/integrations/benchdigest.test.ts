import { pathToFileURL } from "node:url";
import type { AstroIntegration } from "astro";
import { describe, expect, it } from "vitest";
import { benchdigest, mdxRemarkPlugins } from "./benchdigest";
import { siteFolders } from "./siteFolders";

type Setup = NonNullable<AstroIntegration["hooks"]["astro:config:setup"]>;

/** What the integration asks Astro for when Astro builds the site at `root`. */
function setUp(root: string) {
  const updates: Record<string, unknown>[] = [];
  const hook = benchdigest().hooks["astro:config:setup"] as Setup;
  void hook({ config: { root: pathToFileURL(`${root}/`), cacheDir: pathToFileURL(`${root}/node_modules/.astro/`) }, updateConfig: (c: Record<string, unknown>) => updates.push(c) } as unknown as Parameters<Setup>[0]);
  const vite = updates[0].vite as { plugins: { resolveId: (id: string) => string | undefined; load: (id: string) => string | undefined }[] };
  return { plugin: vite.plugins[0], integrations: (updates[0].integrations as { name: string }[]).map((i) => i.name) };
}

describe("benchdigest()", () => {
  it("serves the folders of the site Astro builds as virtual:benchdigest/site", () => {
    const { plugin } = setUp("/sites/newsletter");
    const id = plugin.resolveId("virtual:benchdigest/site")!;
    expect(plugin.resolveId("./other")).toBeUndefined();
    expect(plugin.load(id)).toBe(
      ['export const root = "/sites/newsletter";', 'export const recapsDir = "/sites/newsletter/content/recaps";', 'export const dataDir = "/sites/newsletter/data";', 'export const cacheDir = "/sites/newsletter/node_modules/.astro/";', `export const integrationsDir = ${JSON.stringify(`${import.meta.dirname}/`)};`].join("\n"),
    );
  });

  it("adds MDX, the sitemap and, last, the check of recaps' links against the built site; checks component ids against that site's data", () => {
    expect(setUp("/sites/newsletter").integrations).toEqual(["@astrojs/mdx", "@astrojs/sitemap", "benchdigest:links"]);
    const [, [, options]] = mdxRemarkPlugins(siteFolders("/sites/newsletter")) as [unknown, [unknown, unknown]];
    expect(options).toEqual({ dataDir: "/sites/newsletter/data", displayRoot: "/sites/newsletter" });
  });
});
