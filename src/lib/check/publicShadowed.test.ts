import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { outputOf, shadowedMessage, shadowedPublicFiles } from "./publicShadowed";

describe("shadowedPublicFiles", () => {
  it("reads each page file's output path; a route with a parameter has none", () => {
    expect(["og-default.png.ts", "rss.xml.ts", "index.astro", "404.astro", "search.astro", "labs/index.astro", "models/[label]/index.astro", "[redirectsFile].ts"].map(outputOf)).toEqual([
      "og-default.png",
      "rss.xml",
      "index.html",
      "404.html",
      "search/index.html",
      "labs/index.html",
      undefined,
      undefined,
    ]);
  });

  it("finds a public file this site's own pages replace (found in review: an editor's og-default.png, dropped without a word)", () => {
    const pages = readdirSync(join(process.cwd(), "src/pages"), { recursive: true, encoding: "utf8" }).map((p) => p.split("\\").join("/"));
    const found = shadowedPublicFiles(["favicon.svg", "og-default.png", "robots.txt", "images/logo.png"], pages);
    expect(found).toEqual([
      { publicFile: "og-default.png", page: "og-default.png.ts" },
      { publicFile: "robots.txt", page: "robots.txt.ts" },
    ]);
    expect(shadowedMessage(found[0])).toBe(
      "public/og-default.png is never published: the page src/pages/og-default.png.ts writes /og-default.png over it (the default social image, drawn from your title and description; the pages declare it as a 1200×630 PNG: to publish your own picture of that size instead, delete src/pages/og-default.png.ts and keep this file); else delete public/og-default.png",
    );
  });
});
