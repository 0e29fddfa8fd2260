import { pathToFileURL } from "node:url";
import type { AstroIntegration } from "astro";
import { describe, expect, it } from "vitest";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { benchdigest, mdxRemarkPlugins, readHead } from "./benchdigest";
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

describe("readHead (the sitemap's canonical filter)", () => {
  const dir = mkdtempSync(join(tmpdir(), "bd-head-"));
  const page = (name: string, html: string) => {
    const file = join(dir, name);
    writeFileSync(file, html);
    return file;
  };
  const canonical = '<link rel="canonical" href="https://example.com/leaderboards/x/">';

  it("reads past the first 8 KB to the end of the head, so a canonical link late in a long head is seen", () => {
    const file = page("long.html", `<html><head><meta name="description" content="${"é".repeat(9000)}">${canonical}</head><body>${"b".repeat(20000)}</body></html>`);
    const head = readHead(file);
    expect(head).toContain(canonical);
    expect(head.endsWith("</head>")).toBe(true);
    expect(head).not.toContain("<body>");
  });

  it("finds a </head> that straddles two 8 KB pieces, whatever the byte it starts at", () => {
    for (let at = 8185; at <= 8192; at++) {
      const file = page(`edge-${at}.html`, `${"a".repeat(at)}</head><body>x</body>`);
      expect(readHead(file)).toBe(`${"a".repeat(at)}</head>`);
    }
  });

  it("stops at the first piece that holds what is looked for, before the end of the head", () => {
    const file = page("early.html", `<html><head>${canonical}<style>${"x".repeat(20000)}</style></head><body></body></html>`);
    expect(readHead(file, (text) => text.includes('rel="canonical"'))).toHaveLength(8192);
    expect(readHead(file)).toContain("</style></head>");
  });

  it("returns the whole file when it has no head, and an empty string for an empty file", () => {
    expect(readHead(page("nohead.html", `<p>${"c".repeat(17000)}</p>`))).toBe(`<p>${"c".repeat(17000)}</p>`);
    expect(readHead(page("empty.html", ""))).toBe("");
  });
});
