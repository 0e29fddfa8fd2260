import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { testTempDir } from "../../test/helpers/tempDir";
import { readingMinutesOfHtml } from "../lib/content/recaps";
import { forgetEntriesWithoutHtml, moveHtmlToFile, readRecapHtml, recapHtmlFile, removeUnreferencedHtml } from "./recapHtmlFiles";

const tempDir = () => testTempDir("bd-recap-html-");

/** A store of entries by id, as the helpers see Astro's. */
function storeOf(entries: { id: string; rendered?: { html: string; metadata?: Record<string, unknown> } }[]) {
  const map = new Map(entries.map((e) => [e.id, e]));
  return { map, store: { values: () => map.values(), delete: (id: string) => void map.delete(id) } };
}

describe("recap HTML kept in content-addressed files", () => {
  it("writes the HTML once under its sha256, keeps the metadata and reads it back", () => {
    const dir = tempDir();
    const headings = [{ depth: 2, slug: "a", text: "A" }];
    const html = "<h2 id=\"a\">A</h2><p>Café — “quoted”</p>";
    const moved = moveHtmlToFile({ html, metadata: { headings } }, dir);
    expect(moved.html).toBe("");
    expect(moved.metadata).toMatchObject({ headings, htmlSha: createHash("sha256").update(html).digest("hex") });
    expect(recapHtmlFile(moved)).toBe(join(dir, `${moved.metadata.htmlSha}.html`));
    expect(readRecapHtml(moved, "x.md")).toBe(html);
    // The same HTML again is the same file; a moved entry is left as it is.
    expect(moveHtmlToFile({ html, metadata: {} }, dir).metadata.htmlFile).toBe(moved.metadata.htmlFile);
    expect(moveHtmlToFile(moved, dir)).toBe(moved);
    expect(readdirSync(dir)).toHaveLength(1);
  });

  it("stores the reading time of the HTML beside the file's name, as the recap page would work it out", () => {
    const words = Array.from({ length: 1150 }, (_, i) => `word${i}`).join(" ");
    const html = `<h2 id="a">A</h2><p>${words}</p><pre><code>${words}</code></pre>`;
    const moved = moveHtmlToFile({ html }, tempDir());
    expect(moved.metadata.readingMinutes).toBe(readingMinutesOfHtml(html));
    // 1,151 words of text (the code block is not read): five minutes at 230 words a minute.
    expect(moved.metadata.readingMinutes).toBe(5);
  });

  it("reads an entry whose HTML is still in the store as it is, and names the entry when its file is gone", () => {
    expect(readRecapHtml({ html: "<p>inline</p>" }, "x.md")).toBe("<p>inline</p>");
    const dir = tempDir();
    const moved = moveHtmlToFile({ html: "<p>gone</p>" }, dir);
    rmSync(recapHtmlFile(moved)!);
    expect(() => readRecapHtml(moved, "content/recaps/gone.md")).toThrow(/^content\/recaps\/gone\.md: its rendered HTML \(.*\.html\) could not be read: .*ENOENT/);
  });

  it("refuses a file that is empty, short or altered (written without fsync), removes it, and the next build renders the recap again", () => {
    const dir = tempDir();
    const html = "<h2 id=\"a\">A</h2><p>Café — “quoted”</p>";
    for (const damage of [(b: Buffer) => b.subarray(0, 0), (b: Buffer) => b.subarray(0, b.length - 1), (b: Buffer) => Buffer.concat([b.subarray(0, 5), Buffer.alloc(1), b.subarray(6)])]) {
      const moved = moveHtmlToFile({ html }, dir);
      const file = recapHtmlFile(moved)!;
      writeFileSync(file, damage(readFileSync(file)));
      expect(() => readRecapHtml(moved, "content/recaps/x.md")).toThrow(/^content\/recaps\/x\.md: its rendered HTML \(.*\.html\) is damaged: .* The file was removed; build again: the recap is rendered anew\.$/);
      expect(existsSync(file)).toBe(false);
      const { map, store } = storeOf([{ id: "x", rendered: moved }]);
      expect(forgetEntriesWithoutHtml(store)).toBe(1);
      expect(map.size).toBe(0);
    }
  });

  it("forgets entries whose file is gone, so the glob loader renders them again", () => {
    const dir = tempDir();
    const kept = moveHtmlToFile({ html: "<p>kept</p>" }, dir);
    const lost = moveHtmlToFile({ html: "<p>lost</p>" }, dir);
    rmSync(recapHtmlFile(lost)!);
    const { map, store } = storeOf([{ id: "kept", rendered: kept }, { id: "lost", rendered: lost }, { id: "inline", rendered: { html: "<p>x</p>" } }, { id: "mdx" }]);
    expect(forgetEntriesWithoutHtml(store)).toBe(1);
    expect([...map.keys()]).toEqual(["kept", "inline", "mdx"]);
  });

  it("removes files no entry refers to, and leftover temporary files", () => {
    const dir = tempDir();
    const kept = moveHtmlToFile({ html: "<p>kept</p>" }, dir);
    moveHtmlToFile({ html: "<p>old version</p>" }, dir);
    writeFileSync(join(dir, ".x.html.123.tmp"), "half");
    const { store } = storeOf([{ id: "kept", rendered: kept }]);
    expect(removeUnreferencedHtml(store, dir)).toBe(2);
    expect(readdirSync(dir)).toEqual([`${kept.metadata.htmlSha}.html`]);
    expect(readFileSync(recapHtmlFile(kept)!, "utf8")).toBe("<p>kept</p>");
    expect(removeUnreferencedHtml(store, join(dir, "missing"))).toBe(0);
    expect(existsSync(join(dir, "missing"))).toBe(false);
  });
});
