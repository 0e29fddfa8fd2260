import { describe, expect, it } from "vitest";
import { comparableHtml, firstDifference } from "./comparableHtml";

describe("comparableHtml", () => {
  it("folds spelling: attribute order, entities, void and boolean attributes, tag case", () => {
    expect(comparableHtml('<P CLASS="x" id=y>a &gt; b &#x26; &copy;<BR/><input disabled=""></P>')).toBe(comparableHtml('<p id="y" class="x">a > b &amp; ©<br><input disabled></p>'));
  });

  it("folds whitespace between blocks only", () => {
    expect(comparableHtml("<ul>\n<li>a</li>\n</ul>\n<p>b</p>")).toBe("<ul><li>a</li></ul><p>b</p>");
    expect(comparableHtml("<p>a <em>b</em> c</p>")).toBe("<p>a <em>b</em> c</p>");
    expect(comparableHtml("<pre>\n<code> x </code>\n</pre>")).not.toBe(comparableHtml("<pre><code>x</code></pre>"));
  });

  it("parses unbalanced HTML as a browser does, and keeps every real difference", () => {
    expect(comparableHtml("<div><p>a</div>b")).toBe("<div><p>a</p></div>b");
    expect(comparableHtml("<p>a</p>")).not.toBe(comparableHtml("<p>b</p>"));
    expect(comparableHtml('<a href="x">a</a>')).not.toBe(comparableHtml('<a href="y">a</a>'));
    expect(comparableHtml("<em>a</em>")).not.toBe(comparableHtml("<strong>a</strong>"));
    expect(firstDifference("abc", "abd", 1)).toContain("at 2");
    expect(firstDifference("abc", "abc")).toBeUndefined();
  });
});
