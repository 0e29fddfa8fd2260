import { describe, expect, it } from "vitest";
import { createMarkdownRenderer } from "./renderMarkdown";
import { sanitizeHtml } from "../html/sanitizeHtml";
import { unknownTagName } from "./unknownTags";

const render = createMarkdownRenderer({ sanitize: sanitizeHtml });

describe("tags of no HTML element", () => {
  it("are placeholders: shown as text, inline and alone on a line (found in review: holes in sentences of the real archive)", () => {
    expect(render("alone as input, <insert subsequent instructions here>. Then pip install <packagename>.").html).toBe("<p>alone as input, &lt;insert subsequent instructions here&gt;. Then pip install &lt;packagename&gt;.</p>");
    expect(render("<sys>\nAssistant is in a *CLI* mood").html).toBe("<p>&lt;sys&gt;\nAssistant is in a <em>CLI</em> mood</p>");
    const handler = render('<foo onclick="alert(1)">x').html;
    expect(handler).toMatch(/^<p>&lt;foo onclick=.alert\(1\).&gt;x<\/p>$/);
    expect(handler).not.toContain("<foo");
  });

  it("leave HTML as it was: elements, custom elements, Office's <xml> and mail tools' tags are raw HTML for the sanitiser (found in review: they leaked as text)", () => {
    for (const tag of ["<span>", "</div>", "<xml>", "<webversion>", "<unsubscribe>", "<currentyear>", "<!-- note -->", "<CENTER>"]) expect(unknownTagName(tag, `${tag} x </span>`), tag).toBeUndefined();
    for (const tag of ["<sys>", "</ret>", "<packagename>", "<image>", "<Image Analysis:>"]) expect(unknownTagName(tag, tag), tag).toBeDefined();
    expect(render('Watch: <lite-youtube videoid="abc"></lite-youtube> | <webversion>View in browser</webversion>').html).toBe("<p>Watch:  | View in browser</p>");
  });

  it("are placeholders too when they look like markup: a hyphenated name the document never closes, an element's name followed by plain words (found in review: removed from sentences)", () => {
    expect(render("Set <your-api-key> in the <model-name> field.").html).toBe("<p>Set &lt;your-api-key&gt; in the &lt;model-name&gt; field.</p>");
    expect(render("Cite <title of the paper> and fine-tune the <base model>.").html).toBe("<p>Cite &lt;title of the paper&gt; and fine-tune the &lt;base model&gt;.</p>");
    expect(render("<title of the paper>\nby *someone*").html).toBe("<p>&lt;title of the paper&gt;\nby <em>someone</em></p>");
    // markup stays markup: a custom element the document closes, valueless attributes HTML has, attributes with values, a bare element's name
    const doc = '<lite-youtube videoid="abc"></lite-youtube>';
    expect(unknownTagName('<lite-youtube videoid="abc">', doc)).toBeUndefined();
    expect(unknownTagName("<lite-youtube>", "<lite-youtube>")).toBe("lite-youtube");
    expect(unknownTagName('<lite-youtube videoid="abc">', 'x <lite-youtube videoid="abc"> y')).toBeUndefined();
    expect(unknownTagName("<lite-youtube videoid=abc/>", "x <lite-youtube videoid=abc/> y")).toBeUndefined();
    for (const tag of ["<video controls muted>", "<details open>", '<td nowrap data-x aria-hidden>', '<a href="x">', "<s>", "<b>", "<title>"]) {
      const name = /\w+/.exec(tag)![0];
      expect(unknownTagName(tag, `${tag}x</${name}>`), tag).toBeUndefined();
    }
    // never closed: a bare tag of an element whose end tag is required is a mention; one with an attribute value, or of an element whose end tag may be left out, is markup
    for (const tag of ["<pre>", "<s>", "<video controls>", "<span>"]) expect(unknownTagName(tag, `a ${tag} b`), tag).toBe(/\w+/.exec(tag)![0]);
    for (const tag of ['<div class="x">', '<a href="x">', "<p>", "<li>", "<br>", "<img>", "<hr/>", "<pre/>", "<g>", "<center>", "<currentyear>"]) expect(unknownTagName(tag, `a ${tag} b`), tag).toBeUndefined();
    expect(render("<details open><summary>More</summary>\n\nbody\n\n</details>").html).toContain("<details open");
    // a real issue: "<pre>" named in a list of contexts opened a preformatted block over the rest of the item
    expect(render("- capturing equations across LaTeX, MathML, <pre>, inline, and image contexts").html).toBe("<ul>\n<li>capturing equations across LaTeX, MathML, &lt;pre&gt;, inline, and image contexts</li>\n</ul>");
    expect(render("<pre>\nsome *text*").html).toBe("<p>&lt;pre&gt;\nsome <em>text</em></p>");
    expect(render("<pre>\nkept  as\n</pre>").html).toContain("<pre>");
  });

  it("read the document outside its code, and read tags with punctuation and prompts' hyphenated tags as placeholders (found in review)", () => {
    // A closing tag shown in code closes nothing: the placeholder and the BOS token stay text.
    expect(render("Set <your-api-key> here. Example: `</your-api-key>`").html).toBe("<p>Set &lt;your-api-key&gt; here. Example: <code>&lt;/your-api-key&gt;</code></p>");
    expect(render("The BOS token <s> marks the start; the EOS token is `</s>`.").html).toBe("<p>The BOS token &lt;s&gt; marks the start; the EOS token is <code>&lt;/s&gt;</code>.</p>");
    expect(render("across LaTeX, MathML, <pre>, inline\n\n```html\n<pre>x</pre>\n```").html).toContain("across LaTeX, MathML, &lt;pre&gt;, inline");
    // An element's name with words and punctuation, alone on a line: no block of raw HTML that swallows the rest.
    expect(render("<script for the demo, v2>\n\nnext para").html).toBe("<p>&lt;script for the demo, v2&gt;</p>\n<p>next para</p>");
    expect(render("<table of contents?>\n\nnext").html).toBe("<p>&lt;table of contents?&gt;</p>\n<p>next</p>");
    // A prompt's hyphenated tags, closed or self-closed, are text: no custom element has no attribute worth writing.
    expect(render("Wrap the question in <user-query> and </user-query> tags; write <model-name/> here.").html).toBe("<p>Wrap the question in &lt;user-query&gt; and &lt;/user-query&gt; tags; write &lt;model-name/&gt; here.</p>");
  });
});
