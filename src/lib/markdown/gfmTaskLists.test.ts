import { expect, it } from "vitest";
import { createMarkdownIt } from "./renderMarkdown";

const md = createMarkdownIt();

it("turns a leading [ ] or [x] into a disabled checkbox and marks the item and its list", () => {
  expect(md.render("- [ ] open\n- [X] done\n- plain")).toBe(
    '<ul class="contains-task-list">\n<li class="task-list-item"><input type="checkbox" disabled> open</li>\n' +
      '<li class="task-list-item"><input type="checkbox" checked disabled> done</li>\n<li>plain</li>\n</ul>\n',
  );
});

it("needs a line ending, or spaces and more text, after the check (as micromark)", () => {
  expect(md.render("- [ ]\n- [x]   spaced\n- [ ]no space")).toBe(
    '<ul class="contains-task-list">\n<li>[ ]</li>\n<li class="task-list-item"><input type="checkbox" checked disabled>   spaced</li>\n<li>[ ]no space</li>\n</ul>\n',
  );
  expect(md.render("1. [x] first\n\n   more")).toBe('<ol class="contains-task-list">\n<li class="task-list-item">\n<p><input type="checkbox" checked disabled> first</p>\n<p>more</p>\n</li>\n</ol>\n');
});
