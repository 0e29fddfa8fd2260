import { describe, expect, it } from "vitest";
import { mergedBundlePaths, planSearchBundles, SEARCH_BUNDLE_FOLDER, SEARCH_FOLDERS } from "./searchShards";
import { readFileSync } from "node:fs";
import { join } from "node:path";

const pages = (n: number, bytes = 10) => Array.from({ length: n }, (_, i) => ({ path: `recaps/2024-01-${String(i).padStart(4, "0")}-r/index.html`, bytes }));

describe("planSearchBundles", () => {
  it("keeps a site whose searchable pages fit the size in one bundle", () => {
    const one = planSearchBundles(pages(6), 60);
    expect(one).toEqual([{ folder: "pagefind", paths: pages(6).map((p) => p.path), split: false }]);
    expect(mergedBundlePaths(one)).toEqual([]);
  });

  it("spreads the pages of a larger site over as many bundles as the size needs, each page in one, by a hash of its path", () => {
    const all = [...pages(600), ...Array.from({ length: 300 }, (_, i) => ({ path: `models/m${i}/index.html`, bytes: 10 }))];
    const bundles = planSearchBundles(all, 3500);
    expect(bundles.map((b) => b.folder)).toEqual(["pagefind", "pagefind-2", "pagefind-3"]);
    expect(bundles.every((b) => SEARCH_BUNDLE_FOLDER.test(b.folder))).toBe(true);
    expect(SEARCH_BUNDLE_FOLDER.test("pagefind-ui")).toBe(false);
    expect(mergedBundlePaths(bundles)).toEqual(["/pagefind-2/", "/pagefind-3/"]);
    expect(bundles.flatMap((b) => b.paths).sort()).toEqual(all.map((p) => p.path).sort());
    // About equal, and each a sample of the whole: recaps and model pages in every bundle.
    for (const b of bundles) {
      expect(b.paths.length).toBeGreaterThan(240);
      expect(b.paths.length).toBeLessThan(360);
      expect(b.paths.filter((p) => p.startsWith("models/")).length).toBeGreaterThan(60);
    }
    // A page keeps its bundle when others are added, as long as the number of bundles stays.
    const more = planSearchBundles([...all, { path: "recaps/2099-new/index.html", bytes: 10 }], 3500);
    expect(more.map((b) => b.paths.filter((p) => !p.includes("2099")))).toEqual(bundles.map((b) => b.paths));
  });

  it("names the folders pagefind.yml's glob reads", () => {
    const yml = readFileSync(join(import.meta.dirname, "../../../pagefind.yml"), "utf8");
    expect(/^glob: "\{([^}]*)\}\/\*\*\/\*\.html"$/m.exec(yml)?.[1].split(",")).toEqual([...SEARCH_FOLDERS]);
  });
});
