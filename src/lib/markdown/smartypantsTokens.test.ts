import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { curlQuotes, curlQuotesInOnePass } from "./smartypantsTokens";
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

describe("curlQuotes", () => {
  // Pieces that exercise parse-latin's tokens and sentence rules around quotes: words, initials,
  // abbreviations, digits, terminal marks, white space and line breaks, quotes and other punctuation.
  const pieces = ["it", "s", "Hi", "The", "A", "e", "g", "etc", "al", "U", "S", "80s", "5", "12", "é", "日本", "🚀", " ", "  ", "\n", "\n\n", ".", "!", "?", "…", '"', "'", "''", ",", ";", ":", "(", ")", "-", "--", "&", "/", "*", "_"];
  const text = fc.array(fc.constantFrom(...pieces), { maxLength: 60 }).map((parts) => parts.join(""));

  it("gives what one retext pass over the whole text gives, on random text", () => {
    fc.assert(fc.property(text, (value) => curlQuotes(value) === curlQuotesInOnePass(value)), { numRuns: 3000 });
  });

  it("gives it on sentences that are cut apart", () => {
    const sentence = fc.array(fc.constantFrom(...pieces), { maxLength: 12 }).map((parts) => parts.join(""));
    const joined = fc.array(fc.tuple(sentence, fc.constantFrom(". ", "! ", "? ", " etc. ", ". \n"), fc.constantFrom("The", "A", "it", '"Hi', "'80s", "12")), { maxLength: 8 }).map((list) => list.map(([s, end, next]) => "Word " + s + " done" + end + next).join(" "));
    fc.assert(fc.property(joined, (value) => curlQuotes(value) === curlQuotesInOnePass(value)), { numRuns: 2000 });
  });
});
