import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

/**
 * A `.md` recap's HTML is not in the content store (src/integrations/recapHtmlFiles.ts): a page or
 * feed that called Astro's `render` itself, or read `entry.rendered`, would publish the recap
 * empty. This test reads every module of src/ (tests aside) and fails when one other than
 * renderRecap.ts does either; the loader's own modules in src/integrations write the store.
 */
const SRC = join(import.meta.dirname, "..");
const ALLOWED = new Set(["site/renderRecap.ts", "integrations/markdownEntryType.ts", "integrations/recapHtmlFiles.ts"]);
const RENDER_IMPORT = /import\s*\{[^}]*\brender\b[^}]*\}\s*from\s*["']astro:content["']/;
const RENDERED_READ = /\.rendered\b/;

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sources(path);
    return /\.(ts|astro|mjs|tsx)$/.test(e.name) && !/\.test\.ts$/.test(e.name) ? [path] : [];
  });
}

describe("renderRecap is the one reader of a recap's body", () => {
  it("finds what it looks for", () => {
    expect(RENDER_IMPORT.test('import { getCollection, render } from "astro:content";')).toBe(true);
    expect(RENDER_IMPORT.test('import { getCollection, renderers } from "astro:content";')).toBe(false);
    expect(RENDERED_READ.test("recap.rendered?.html")).toBe(true);
  });

  it("no other module of src/ calls astro:content's render or reads an entry's stored HTML", () => {
    const files = sources(SRC);
    expect(files.length).toBeGreaterThan(100);
    const offenders = files
      .map((file) => [relative(SRC, file), readFileSync(file, "utf8")] as const)
      .filter(([name]) => !ALLOWED.has(name))
      .flatMap(([name, source]) => [...(RENDER_IMPORT.test(source) ? [`${name} imports render from astro:content`] : []), ...(RENDERED_READ.test(source) ? [`${name} reads .rendered`] : [])]);
    expect(offenders).toEqual([]);
  });
});
