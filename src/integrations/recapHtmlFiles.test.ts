import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { testTempDir } from "../../test/helpers/tempDir";
import { readingMinutesOfHtml } from "../lib/content/recaps";
import { forgetEntriesWithoutHtml, moveRenderToFiles, readRecapHeadings, readRecapHtml, recapHeadingsFile, recapHtmlFile, removeUnreferencedHtml } from "./recapHtmlFiles";

const tempDir = () => testTempDir("bd-recap-html-");

/** A store of entries by id, as the helpers see Astro's. */
function storeOf(entries: { id: string; rendered?: { html: string; metadata?: Record<string, unknown> } }[]) {
  const map = new Map(entries.map((e) => [e.id, e]));
  return { map, store: { values: () => map.values(), delete: (id: string) => void map.delete(id) } };
}

describe("recap HTML kept in content-addressed files", () => {
  it("writes the HTML and the headings once each under their sha256, keeps the rest of the metadata and reads them back", () => {
    const dir = tempDir();
    const headings = [{ depth: 2, slug: "a", text: "A — “é”" }];
    const html = "<h2 id=\"a\">A — “é”</h2><p>Café — “quoted”</p>";
    const moved = moveRenderToFiles({ html, metadata: { headings, frontmatter: { title: "T" } } }, dir);
    expect(moved.html).toBe("");
    expect(moved.metadata).toMatchObject({ frontmatter: { title: "T" }, htmlSha: createHash("sha256").update(html).digest("hex") });
    // The store keeps no headings, only where they are.
    expect(moved.metadata).not.toHaveProperty("headings");
    expect(moved.metadata.headingsSha).toBe(createHash("sha256").update(JSON.stringify(headings)).digest("hex"));
    expect(recapHtmlFile(moved)).toBe(join(dir, `${moved.metadata.htmlSha}.html`));
    expect(recapHeadingsFile(moved)).toBe(join(dir, `${moved.metadata.headingsSha}.json`));
    expect(readRecapHtml(moved, "x.md")).toBe(html);
    expect(readRecapHeadings(moved, "x.md")).toEqual(headings);
    // The same HTML again is the same file; a moved entry is left as it is.
    expect(moveRenderToFiles({ html, metadata: {} }, dir).metadata.htmlFile).toBe(moved.metadata.htmlFile);
    expect(moveRenderToFiles(moved, dir)).toBe(moved);
    expect(readdirSync(dir).sort()).toEqual([`${moved.metadata.headingsSha}.json`, `${moved.metadata.htmlSha}.html`].sort());
    // A render of the first read: its HTML written in its thread, its headings moved when it is stored.
    const older = { html: "", metadata: { ...moved.metadata, headings: [{ depth: 3, slug: "b", text: "B" }] } };
    const now = moveRenderToFiles(older, dir);
    expect(now.metadata.htmlFile).toBe(moved.metadata.htmlFile);
    expect(now.metadata).not.toHaveProperty("headings");
    expect(readRecapHeadings(now, "x.md")).toEqual([{ depth: 3, slug: "b", text: "B" }]);
  });

  it("stores the reading time of the HTML beside the file's name, as the recap page would work it out", () => {
    const words = Array.from({ length: 1150 }, (_, i) => `word${i}`).join(" ");
    const html = `<h2 id="a">A</h2><p>${words}</p><pre><code>${words}</code></pre>`;
    const moved = moveRenderToFiles({ html }, tempDir());
    expect(moved.metadata.readingMinutes).toBe(readingMinutesOfHtml(html));
    // 1,151 words of text (the code block is not read): five minutes at 230 words a minute.
    expect(moved.metadata.readingMinutes).toBe(5);
  });

  it("reads an entry whose HTML is still in the store as it is, and names the entry when its file is gone", () => {
    expect(readRecapHtml({ html: "<p>inline</p>" }, "x.md")).toBe("<p>inline</p>");
    expect(readRecapHeadings({ html: "", metadata: { headings: [{ depth: 2, slug: "a", text: "A" }] } }, "x.md")).toEqual([{ depth: 2, slug: "a", text: "A" }]);
    expect(readRecapHeadings({ html: "" }, "x.md")).toEqual([]);
    const dir = tempDir();
    const moved = moveRenderToFiles({ html: "<p>gone</p>" }, dir);
    rmSync(recapHtmlFile(moved)!);
    expect(() => readRecapHtml(moved, "content/recaps/gone.md")).toThrow(/^content\/recaps\/gone\.md: its rendered HTML \(.*\.html\) could not be read: .*ENOENT/);
  });

  it("refuses a file that is empty, short or altered (written without fsync), removes it, and the next build renders the recap again", () => {
    const dir = tempDir();
    const html = "<h2 id=\"a\">A</h2><p>Café — “quoted”</p>";
    for (const damage of [(b: Buffer) => b.subarray(0, 0), (b: Buffer) => b.subarray(0, b.length - 1), (b: Buffer) => Buffer.concat([b.subarray(0, 5), Buffer.alloc(1), b.subarray(6)])]) {
      const moved = moveRenderToFiles({ html }, dir);
      const file = recapHtmlFile(moved)!;
      writeFileSync(file, damage(readFileSync(file)));
      expect(() => readRecapHtml(moved, "content/recaps/x.md")).toThrow(/^content\/recaps\/x\.md: its rendered HTML \(.*\.html\) is damaged: .* The file was removed; build again: the recap is rendered anew\.$/);
      expect(existsSync(file)).toBe(false);
      const { map, store } = storeOf([{ id: "x", rendered: moved }]);
      expect(forgetEntriesWithoutHtml(store, dir)).toBe(1);
      expect(map.size).toBe(0);
    }
  });

  it("forgets an entry whose files are in another folder: a store kept from a copy of the project elsewhere", () => {
    const here = tempDir();
    const elsewhere = tempDir();
    const { map, store } = storeOf([
      { id: "kept", rendered: moveRenderToFiles({ html: "<p>here</p>" }, here) },
      { id: "copied", rendered: moveRenderToFiles({ html: "<p>elsewhere</p>" }, elsewhere) },
    ]);
    expect(forgetEntriesWithoutHtml(store, here)).toBe(1);
    expect([...map.keys()]).toEqual(["kept"]);
  });

  it("refuses a damaged headings file the same way, and forgets an entry whose headings file is gone", () => {
    const dir = tempDir();
    const moved = moveRenderToFiles({ html: "<p>x</p>", metadata: { headings: [{ depth: 2, slug: "a", text: "A" }] } }, dir);
    const file = recapHeadingsFile(moved)!;
    writeFileSync(file, readFileSync(file).subarray(0, 10));
    expect(() => readRecapHeadings(moved, "content/recaps/x.md")).toThrow(/^content\/recaps\/x\.md: its headings file \(.*\.json\) is damaged: .* The file was removed; build again: the recap is rendered anew\.$/);
    expect(existsSync(file)).toBe(false);
    expect(() => readRecapHeadings(moved, "content/recaps/x.md")).toThrow(/^content\/recaps\/x\.md: its headings file \(.*\.json\) could not be read: .*ENOENT/);
    // Its HTML is still there; the entry goes all the same.
    expect(existsSync(recapHtmlFile(moved)!)).toBe(true);
    const { map, store } = storeOf([{ id: "x", rendered: moved }]);
    expect(forgetEntriesWithoutHtml(store, dir)).toBe(1);
    expect(map.size).toBe(0);
  });

  it("forgets entries whose file is gone, so the glob loader renders them again", () => {
    const dir = tempDir();
    const kept = moveRenderToFiles({ html: "<p>kept</p>" }, dir);
    const lost = moveRenderToFiles({ html: "<p>lost</p>" }, dir);
    rmSync(recapHtmlFile(lost)!);
    const { map, store } = storeOf([{ id: "kept", rendered: kept }, { id: "lost", rendered: lost }, { id: "inline", rendered: { html: "<p>x</p>" } }, { id: "mdx" }]);
    expect(forgetEntriesWithoutHtml(store, dir)).toBe(1);
    expect([...map.keys()]).toEqual(["kept", "inline", "mdx"]);
  });

  it("removes files no entry refers to, and leftover temporary files", () => {
    const dir = tempDir();
    const kept = moveRenderToFiles({ html: "<p>kept</p>", metadata: { headings: [] } }, dir);
    moveRenderToFiles({ html: "<p>old version</p>", metadata: { headings: [{ depth: 2, slug: "old", text: "Old" }] } }, dir);
    writeFileSync(join(dir, ".x.html.123.tmp"), "half");
    const { store } = storeOf([{ id: "kept", rendered: kept }]);
    expect(removeUnreferencedHtml(store, dir)).toBe(3);
    expect(readdirSync(dir).sort()).toEqual([`${kept.metadata.headingsSha}.json`, `${kept.metadata.htmlSha}.html`].sort());
    expect(readFileSync(recapHtmlFile(kept)!, "utf8")).toBe("<p>kept</p>");
    expect(removeUnreferencedHtml(store, join(dir, "missing"))).toBe(0);
    expect(existsSync(join(dir, "missing"))).toBe(false);
  });
});
