import { describe, expect, it } from "vitest";
import { isPlainMarkdownMdx } from "./plainMdx";

describe("isPlainMarkdownMdx", () => {
  it("takes Markdown that MDX reads as CommonMark does", () => {
    for (const body of [
      "# Launch\n\nGPT-5 *arrives*, **at last** -- with [a post](https://example.org/a) and ![a chart](https://example.org/c.png).",
      "| model | score |\n|:--|--:|\n| a | 1 |\n\n- [x] done\n\n> quoted\n\nNote[^1].\n\n[^1]: A note.",
      "- a list\n  - nested by two spaces\n\n1. one\n2. two",
      "Important: the exports rose.\n\nimportant things first",
      "```json\n{ \"a\": 1 }\n```\n\nAfter the fence.",
      "~~~~\n<div>\n    indented code inside a fence\n~~~\nstill code\n~~~~\nText.",
      "```\nnever closed, so code to the end: <X/> {y}",
      "| a |\n|---|\n| b |\n```\n{x}\n```",
      "- a\n```\n{x}\n```",
      "``` js\n{x}\n```",
      "- a\n- b\tc",
      "-   three spaces after the marker",
    ]) {
      expect(isPlainMarkdownMdx(body), body).toBe(true);
    }
  });

  it("leaves to MDX what MDX reads otherwise: components, HTML, autolinks, expressions, imports and exports, indented code", () => {
    for (const body of [
      'Scores: <Leaderboard benchmark="aa-index" />',
      "<details><summary>x</summary>y</details>",
      "See <https://example.org>.",
      "Year {2026}.",
      "A stray } brace.",
      'import { x } from "./x.js"\n\nText',
      "export const year = 2026",
      "Text.\n\n    indented: code in Markdown, a paragraph in MDX",
      "Text.\n\n\ttabbed",
      "- item\n\n    continued by four spaces",
      "Code span `a < b`, cautiously left to MDX.",
      // Not a fence (a backtick after the opening run): the component after it is not code.
      "```a`b\n<X />\n```",
      // A fence in a block quote is not recognised: its contents stay in, and count.
      "> ```\n> {x}\n> ```",
      // Closed by a shorter run? No: the fence goes on, and its end is the longer run.
      "````\n```\n{still code}\n````\n<After />",
    ]) {
      expect(isPlainMarkdownMdx(body), body).toBe(false);
    }
  });

  // Found by comparing with MDX's own pipeline (plainMdx.equivalence.test.ts): each was taken as
  // plain and read otherwise by MDX.
  it("leaves to MDX a fence that may end with the list item it is in", () => {
    // The fence closes with the item; `{x}` and the import are MDX after it, not code.
    expect(isPlainMarkdownMdx("- ```\n  code\n  ```\n{x}")).toBe(false);
    expect(isPlainMarkdownMdx("- a\n\n  ```\n  code\nx {y}")).toBe(false);
    expect(isPlainMarkdownMdx("- a\n\n  ```\n  code\nexport const q = 1\n\ntext")).toBe(false);
    // An indented fence at the top level, closed by an unindented line: `{x}` is not code.
    expect(isPlainMarkdownMdx("  ```\n```\n{x}\n```")).toBe(false);
  });

  it("leaves to MDX indented code after the markers of a block quote or list item", () => {
    // Markdown: a code block in the quote or item; MDX: a paragraph.
    for (const body of ["-     code", "1.     code", ">     code", "> >     code", "> - a\n>\n>       b", "-\t\tcode", ">\t\tcode"]) {
      expect(isPlainMarkdownMdx(body), body).toBe(false);
    }
  });

  it("leaves to MDX a fence with a closing line indented by four columns, which closes it in MDX only", () => {
    // CommonMark: one code block holding "    ```" and "{x}"; MDX: an empty block, then {x}.
    expect(isPlainMarkdownMdx("```\n    ```\n{x}\n```")).toBe(false);
    expect(isPlainMarkdownMdx("```\n\t```\nx")).toBe(false);
    // A shorter run, or the other character, closes nothing either way.
    expect(isPlainMarkdownMdx("````\n    ```\n````")).toBe(true);
    expect(isPlainMarkdownMdx("```\n    ~~~\n```")).toBe(true);
  });

  it("leaves to MDX a body that starts with a byte order mark, which MDX drops and markdown-it keeps", () => {
    expect(isPlainMarkdownMdx("\uFEFFimport a from 'b'\n\nText")).toBe(false);
    expect(isPlainMarkdownMdx("\uFEFF# Title")).toBe(false);
  });

  it("leaves to MDX a fence with a meta string, which MDX writes as a metastring attribute", () => {
    expect(isPlainMarkdownMdx('```js title="x"\ncode\n```')).toBe(false);
    expect(isPlainMarkdownMdx("~~~ js  {1,3}\ncode\n~~~")).toBe(false);
    // In a list item or block quote too.
    expect(isPlainMarkdownMdx("- ```js title\n  code\n  ```")).toBe(false);
    expect(isPlainMarkdownMdx("> - ~~~a b")).toBe(false);
    expect(isPlainMarkdownMdx("Note[^1].\n\n[^1]: ```js title\n")).toBe(false);
    // A no-break space or a byte order mark is part of the info string, not white space before it.
    expect(isPlainMarkdownMdx("```\u00a0 js\ncode\n```")).toBe(false);
    expect(isPlainMarkdownMdx("1. ~~~\uFEFFa ]b")).toBe(false);
    expect(isPlainMarkdownMdx("```js\u00a0x\ncode\n```")).toBe(true);
    // A meta string is on the fence's line only.
    expect(isPlainMarkdownMdx("> ```js\n> let a = 1\n> ```")).toBe(true);
  });
});
