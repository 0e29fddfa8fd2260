import { expect, it } from "vitest";
import { createMarkdownIt } from "./renderMarkdown";

const md = createMarkdownIt();

it("strikes through with one or two tildes, pairs runs of equal length only, writes <del>", () => {
  expect(md.renderInline("~a~ ~~b~~ ~~~c~~~ ~d~~")).toBe("<del>a</del> <del>b</del> ~~~c~~~ ~d~~");
  // The closing `~` after e pairs with the opening `~` before d, over the two `~~` runs.
  expect(md.renderInline("~d~~ ~~e~")).toBe("<del>d~~ ~~e</del>");
  expect(md.renderInline("~~**strong** in strike~~ and *~~em strike~~*")).toBe("<del><strong>strong</strong> in strike</del> and <em><del>em strike</del></em>");
  expect(md.renderInline("a ~~ spaced ~~ b")).toBe("a ~~ spaced ~~ b");
});
