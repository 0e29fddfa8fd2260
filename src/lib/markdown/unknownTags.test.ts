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
    for (const tag of ["<span>", "</div>", "<lite-youtube videoid=x>", "<xml>", "<webversion>", "<unsubscribe>", "<!-- note -->", "<CENTER>"]) expect(unknownTagName(tag), tag).toBeUndefined();
    for (const tag of ["<sys>", "</ret>", "<packagename>", "<image>", "<Image Analysis:>"]) expect(unknownTagName(tag), tag).toBeDefined();
    expect(render('Watch: <lite-youtube videoid="abc"></lite-youtube> | <webversion>View in browser</webversion>').html).toBe("<p>Watch:  | View in browser</p>");
  });
});
