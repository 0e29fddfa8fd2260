import { describe, expect, it } from "vitest";
import { mergedBundlePaths, planSearchBundles, SEARCH_FOLDERS } from "./searchShards";
import { readFileSync } from "node:fs";
import { join } from "node:path";

const pages = (...sizes: number[]) => sizes.map((bytes, i) => ({ path: `recaps/2024-01-${String(i + 1).padStart(2, "0")}-r${i}/index.html`, bytes }));

describe("planSearchBundles", () => {
  it("keeps a site whose recap pages fit one group in one bundle, read through pagefind.yml", () => {
    expect(planSearchBundles(pages(10, 20, 30), 60)).toEqual([{ folder: "pagefind", pages: 3, paths: [] }]);
    expect(mergedBundlePaths(planSearchBundles(pages(10), 60))).toEqual([]);
  });

  it("puts the oldest recap pages in full groups of at most the size, and the newest with every other page in the main bundle", () => {
    const bundles = planSearchBundles(pages(30, 30, 30, 50, 10, 5), 60);
    expect(bundles).toEqual([
      { folder: "pagefind-archive-1", glob: "{recaps/2024-01-01-r0/index.html,recaps/2024-01-02-r1/index.html}", pages: 2, paths: ["recaps/2024-01-01-r0/index.html", "recaps/2024-01-02-r1/index.html"] },
      { folder: "pagefind-archive-2", glob: "recaps/2024-01-03-r2/index.html", pages: 1, paths: ["recaps/2024-01-03-r2/index.html"] },
      { folder: "pagefind-archive-3", glob: "{recaps/2024-01-04-r3/index.html,recaps/2024-01-05-r4/index.html}", pages: 2, paths: ["recaps/2024-01-04-r3/index.html", "recaps/2024-01-05-r4/index.html"] },
      { folder: "pagefind", glob: "{models/**/*.html,leaderboards/**/*.html,labs/**/*.html,digests/**/*.html,recaps/2024-01-06-r5/index.html}", pages: 1, paths: [] },
    ]);
    expect(mergedBundlePaths(bundles)).toEqual(["/pagefind-archive-1/", "/pagefind-archive-2/", "/pagefind-archive-3/"]);
    // A page larger than the size is a group of its own.
    expect(planSearchBundles(pages(100, 10), 60).map((b) => b.pages)).toEqual([1, 1]);
  });

  it("names the folders pagefind.yml's glob reads", () => {
    const yml = readFileSync(join(import.meta.dirname, "../../../pagefind.yml"), "utf8");
    expect(/^glob: "\{([^}]*)\}\/\*\*\/\*\.html"$/m.exec(yml)?.[1].split(",")).toEqual([...SEARCH_FOLDERS]);
  });
});
