import { describe, expect, it } from "vitest";
import { footnoteIdentifier } from "./gfmFootnotes";
import { createMarkdownIt } from "./renderMarkdown";

const md = createMarkdownIt();

describe("GFM footnotes", () => {
  it("normalises labels as micromark does", () => {
    expect(footnoteIdentifier(" My\tNote ")).toBe("my note");
    expect(footnoteIdentifier("ẞ")).toBe("ss"); // upper, lower, upper, lower: one form per letter
  });

  it("numbers notes by first reference, the document's before the notes' own, first definition winning", () => {
    const html = md.render("x[^B] y[^a]\n\n[^a]: A[^b]\n[^b]: B\n[^a]: dup\n[^unused]: never");
    expect([...html.matchAll(/id="(user-content-fnref-[^"]+)"[^>]*>(\d)</g)].map((m) => `${m[1]}=${m[2]}`)).toEqual([
      "user-content-fnref-b=1",
      "user-content-fnref-a=2",
      "user-content-fnref-b-2=1",
    ]);
    expect([...html.matchAll(/<li id="([^"]+)">/g)].map((m) => m[1])).toEqual(["user-content-fn-b", "user-content-fn-a"]);
    expect(html).not.toContain("dup");
    expect(html).not.toContain("never");
    expect(html).toContain('<a href="#user-content-fnref-b-2" data-footnote-backref="" aria-label="Back to reference 1-2" class="data-footnote-backref">↩<sup>2</sup></a>');
    expect(html).toContain('<section data-footnotes="" class="footnotes"><h2 class="sr-only" id="footnote-label">Footnotes</h2>');
  });

  it("ends a table or a block quote at a definition, as micromark does (found comparing plain .mdx with MDX)", () => {
    for (const body of ["x[^1]\n\n| a |\n|---|\n| b |\n[^1]: note", "x[^1]\n\n> quote\n[^1]: note"]) {
      const html = md.render(body);
      expect(html, body).toContain('<li id="user-content-fn-1">');
      expect(html, body).not.toContain("[^1]");
    }
  });

  it("leaves an undefined reference and an inline note as text", () => {
    expect(md.renderInline("a[^none] and ^[inline]")).toBe("a[^none] and ^[inline]");
  });
});
