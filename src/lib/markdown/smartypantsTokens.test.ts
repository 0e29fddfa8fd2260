import { expect, it } from "vitest";
import { createMarkdownIt } from "./renderMarkdown";

const md = createMarkdownIt();

it("curls quotes over the whole document and turns dashes and ellipses per text run", () => {
  expect(md.renderInline('"Hi" -- `x` "there"... it\'s')).toBe("“Hi” — <code>x</code> “there”… it’s");
  // A quote at a paragraph's start opens, at its end closes, across inline markup.
  expect(md.render('"a *b*"\n\n"c"')).toBe("<p>“a <em>b</em>”</p>\n<p>“c”</p>\n");
});

it("leaves code, raw HTML, image alt text and link addresses alone", () => {
  expect(md.render('`"x" -- y` <b title="a--b">"q"</b> ![a "b" -- c](i.png)')).toBe('<p><code>&quot;x&quot; -- y</code> <b title="a--b">“q”</b> <img src="i.png" alt="a &quot;b&quot; -- c"></p>\n');
});
