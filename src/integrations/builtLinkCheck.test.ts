import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { brokenBuiltLinks } from "./builtLinkCheck";
import { builtRecaps, setBuiltRecaps } from "./builtRecaps";

const root = mkdtempSync(join(tmpdir(), "bd-built-links-"));
const out = join(root, "dist");
afterAll(() => rmSync(root, { recursive: true, force: true }));
mkdirSync(join(root, "content/recaps"), { recursive: true });
for (const page of ["recaps/first/index.html", "recaps/second-page/index.html"]) {
  mkdirSync(join(out, page, ".."), { recursive: true });
  writeFileSync(join(out, page), "<!doctype html>");
}
// second.md links to a page the site has and to first.md's page under an old slug.
writeFileSync(join(root, "content/recaps/first.md"), "---\ntitle: First\ndate: 2026-02-17\n---\nText.\n");
writeFileSync(join(root, "content/recaps/second.md"), "---\ntitle: Second\ndate: 2026-02-18\nslug: second-page\n---\nSee [the first](/recaps/first/) and [the old one](/recaps/first-old/).\n");

describe("the link check after the build", () => {
  it("reads each recap's slug and draft flag from its frontmatter when the content layer recorded none", () => {
    const found = brokenBuiltLinks(root, out);
    expect(found.map((f) => `${f.file}:${f.line}: ${f.message}`)).toEqual([expect.stringMatching(/^content\/recaps\/second\.md:6: link "\/recaps\/first-old\/" leads to \/recaps\/first-old\/, where the site has no page/)]);
  });

  it("takes them from what the recap loader stored (builtRecaps.ts), without reading the frontmatter", () => {
    // Recorded as a draft, second.md is not published: its links are not checked.
    setBuiltRecaps(root, [
      ["content/recaps/first.md", { id: "first", draft: false }],
      ["content/recaps/second.md", { id: "second-page", draft: true }],
    ]);
    expect(brokenBuiltLinks(root, out, "/", builtRecaps(root))).toEqual([]);
    // A recorded draft's page is named as a draft's page when a published recap links to it.
    setBuiltRecaps(root, [
      ["content/recaps/first.md", { id: "first-old", draft: true }],
      ["content/recaps/second.md", { id: "second-page", draft: false }],
    ]);
    const found = brokenBuiltLinks(root, out, "/", builtRecaps(root));
    expect(found.map((f) => f.message)).toEqual([expect.stringContaining("leads to /recaps/first-old/, the page of a draft (content/recaps/first.md)")]);
  });
});
