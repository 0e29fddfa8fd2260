import { expect, it } from "vitest";
import { createMarkdownIt } from "./renderMarkdown";
import MarkdownIt from "markdown-it";

it("applies the rule of 3 to what is left of a delimiter run, as micromark does", () => {
  const source = "****LMArena's** January AI Contest is Live!**: text";
  // markdown-it alone counts the opener as 4 asterisks: 4 + 2 is a multiple of 3, no outer <strong>.
  expect(new MarkdownIt().renderInline(source)).toBe("**<strong>LMArena's</strong> January AI Contest is Live!**: text");
  expect(createMarkdownIt().renderInline(source)).toBe("<strong><strong>LMArena’s</strong> January AI Contest is Live!</strong>: text");
});

it("pairs ordinary emphasis as CommonMark does", () => {
  const md = createMarkdownIt();
  expect(md.renderInline("*a **b** c* and ***x***")).toBe("<em>a <strong>b</strong> c</em> and <em><strong>x</strong></em>");
  expect(md.renderInline("a*b*c and _a_b and __a__b")).toBe("a<em>b</em>c and _a_b and __a__b");
});
