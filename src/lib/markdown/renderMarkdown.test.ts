import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { createMarkdownProcessor, parseFrontmatter } from "@astrojs/markdown-remark";
import { markdownOptions } from "./markdownOptions";
import { createMarkdownRenderer, type MarkdownHeading } from "./renderMarkdown";
import { comparableHtml, firstDifference } from "./comparableHtml";
import { maskCode } from "./maskCode";
import { unknownTagName } from "./unknownTags";
import { generateRecap } from "../../../bench/generate";

// The reference: Astro's own Markdown processor with the site's options, rehype-raw included, as
// `astro build` renders a `.md` recap with raw HTML when the fast path is off (BENCHDIGEST_FAST_MARKDOWN=0).
const options = { ...markdownOptions, remarkPlugins: [...markdownOptions.remarkPlugins], rehypePlugins: [...markdownOptions.rehypePlugins] };
const astro = await createMarkdownProcessor(options);
// Equivalence is judged before any sanitiser: both sides unsanitised.
const render = createMarkdownRenderer({ sanitize: (html) => html });

/**
 * The differences accepted between the two renderers, each with the fold that removes it from both
 * sides (applied only to tell them apart and count them). docs/performance.md, "Markdown renderer",
 * says why each is harmless or better.
 */
const ACCEPTED: { name: string; html?: (html: string) => string; headings?: (headings: MarkdownHeading[]) => MarkdownHeading[] }[] = [
  {
    // Astro's rehypeHeadingIds writes `{` in a heading's text as `${` (a template-literal escape
    // meant for MDX); the TOC then shows "${". Ids are the same: github-slugger drops `$`.
    name: "heading text with `{`: Astro lists it as `${`",
    headings: (headings) => headings.map((h) => ({ ...h, text: h.text.replaceAll("${", "{") })),
  },
  {
    // Broken raw HTML such as `<a href="x" ")>`: parse5 makes `")` (or `<br`) an attribute name, which
    // hast-util-to-html then writes entity-encoded (`)&#x22;`), so the browser sees a different
    // junk attribute. markdown-it leaves the tag as written. Neither attribute means anything.
    name: "junk attribute name with a quote or `<` in broken raw HTML",
    html: (html) => html.replace(/ [^\s=>"]*(?:"|&#x22;|<|&#x3c;|')[^\s=>]*="[^"]*"/g, ""),
  },
  {
    // A code block whose first line is blank: rehype-raw (hast-util-raw's parse5 feed) drops the
    // line feed right after `<pre><code>`, as HTML drops one right after `<pre>`; a browser
    // parsing `<pre><code>` followed by a line feed keeps it, as CommonMark means it.
    name: "code block starting with a blank line: Astro drops that line",
    html: (html) => html.replace(/(<pre><code[^>]*>)\n/g, "$1"),
  },
];

/**
 * Tags of no HTML element (`<packagename>`, `<sys>`): placeholders, which the site shows as text
 * (src/lib/markdown/unknownTags.ts in ours, remarkUnknownTagsAsText.ts in the site's options for
 * Astro's pipeline), where stock Astro's raw HTML dropped them. The reference here has the site's
 * options, so the two must agree on them; documents holding one outside code are counted.
 */
const UNKNOWN_TAG_NAME = "with a tag of no HTML element, shown as text in both";
const TAG = /<\/?[A-Za-z][A-Za-z0-9-]*(?:\s+[A-Za-z_:][\w.:-]*(?:\s*=\s*(?:[^\s"'=<>`]+|'[^']*'|"[^"]*"))?)*\s*\/?>/g;
function holdsUnknownTag(body: string): boolean {
  const masked = maskCode(body);
  return [...masked.matchAll(TAG)].some((m) => unknownTagName(m[0], body) !== undefined);
}

interface Comparison {
  /** Byte-identical HTML and headings. */
  identical: boolean;
  /** The accepted differences needed to make the two equal (empty when identical after normalising). */
  accepted: string[];
  /** What still differs after every accepted fold, if anything. */
  unexplained?: string;
}

function fold(html: string, headings: MarkdownHeading[], except?: number) {
  for (const [i, a] of ACCEPTED.entries()) {
    if (i === except) continue;
    if (a.html) html = a.html(html);
    if (a.headings) headings = a.headings(headings);
  }
  return JSON.stringify(headings) + "\n" + html;
}

async function compare(body: string): Promise<Comparison> {
  const reference = await astro.render(body, { frontmatter: {} } as Parameters<typeof astro.render>[1]);
  const mine = render(body);
  const identical = reference.code === mine.html && JSON.stringify(reference.metadata.headings) === JSON.stringify(mine.headings);
  const theirs = comparableHtml(reference.code);
  const ours = comparableHtml(mine.html);
  const all = [fold(theirs, reference.metadata.headings), fold(ours, mine.headings)] as const;
  if (all[0] !== all[1]) return { identical, accepted: [], unexplained: firstDifference(all[0], all[1]) };
  const accepted = ACCEPTED.filter((_, i) => fold(theirs, reference.metadata.headings, i) !== fold(ours, mine.headings, i)).map((a) => a.name);
  return { identical, accepted };
}

/** Compares every document; fails on any difference that is not accepted; returns the counts. */
async function compareAll(docs: { name: string; body: string }[]) {
  const counts = { documents: docs.length, byteIdentical: 0, equalAfterNormalising: 0, accepted: {} as Record<string, number>, [UNKNOWN_TAG_NAME]: 0 };
  for (const doc of docs) {
    if (holdsUnknownTag(doc.body)) counts[UNKNOWN_TAG_NAME]++;
    const result = await compare(doc.body);
    expect(result.unexplained, `${doc.name} differs`).toBeUndefined();
    if (result.identical) counts.byteIdentical++;
    if (result.accepted.length === 0) counts.equalAfterNormalising++;
    for (const name of result.accepted) counts.accepted[name] = (counts.accepted[name] ?? 0) + 1;
  }
  return counts;
}

const bodiesIn = (dir: string) =>
  readdirSync(dir)
    .filter((f) => f.endsWith(".md"))
    .sort()
    .map((f) => ({ name: join(dir, f), body: parseFrontmatter(readFileSync(join(dir, f), "utf8")).content }));

/** Hand-written edge cases: every construct the site's Markdown can hold, and its odd corners. */
const CASES: string[] = [] = [
  // raw code elements keep their quotes as typed (found in review: `<code>device_map='auto'</code>` curled), in one block only
  "Use <code>device_map='auto'</code> and \"quotes\" -- with <kbd>\"x\"</kbd>'s key, <code class=\"a\">it's</code> done.\n\nNext \"para\" <code>unclosed 'q'\n\nAfter 'it'.",
  // a list marker alone on the line of an item that interrupts a paragraph: text in micromark, an empty list in markdown-it before (found in review: a real issue's `   - *`)
  "- **Thankful**: members expressed gratitude\n   - *\n- next",
  "para\n- *\n\nx\n1. *\n\n> a\n> - -\n\nb\n* - *\n\n- a\n  - *\n    more\n\n- x\n  - *\n\n  - y\n\nc\n- *\n  - b",
  "- *\n\n- x\n- *\n\npara\n\n- +\n\nd\n3) *",
  // tags of no HTML element: placeholders, shown as text (unknownTags.ts), inline, alone on a line, in a heading, beside real HTML and code
  "alone as input, <insert subsequent instructions here>. Then `pip install <packagename>` or pip install <packagename>.",
  "<sys>\nAssistant is in a *CLI* mood\n\n</sys>\n\n## Using <ret> and <create> tags\n\nA <span>span</span>, <image> and <my-widget x=\"1\">.",
  // a block that opens with a placeholder is Markdown: its reference links, footnote calls and lazy lines resolve against the whole document (found in review)
  // placeholders that look like markup: a hyphenated name never closed, an element's name followed by words (found in review: removed from sentences)
  "Set <your-api-key> and <model-name>, cite <title of the paper> on the <base model>; keep <video controls> and <details open> and <lite-youtube v=1></lite-youtube>.",
  "<title of the paper>\nwritten *here*\n\n<your-api-key>\n\n<s>struck</s>",
  // a bare tag of an element the document never closes is a mention (a real issue: "across LaTeX, MathML, <pre>, inline...")
  "- across LaTeX, MathML, <pre>, inline\n\n<pre>\nsome *text*\n\nThe <s> token and <code> tag.",
  // placeholder lines between headings: one block a round before, read in one round now (found in review: a whole parse per line)
  "<slot-0-name>\n# Heading 0\n<slot-1-name>\n# Heading 1\n<slot-2-name>\n---\n<slot-3-name> and *more*\n```\n<slot-4-name>\n```\n<slot-5-name>",
  "<sys>\nsee [the paper][p] and a note[^n]\n- <ret> in a list\n> <quoted> text\nlazy line\n\n[p]: https://example.org/p\n[^n]: The note.",
  // autolink literals
  "Visit www.example.com, or https://example.org/path?q=1. Also http://localhost:3000 and hi@example.org.",
  "(www.example.com) and [www.example.com] and *www.example.com* and _https://example.com/a_b_",
  "https://example.com/*foo* and https://en.wikipedia.org/wiki/Foo_(bar) and https://example.com/a)b).",
  "www.example.com/a&amp;b and www.example.com&hl; and \"https://example.com/quote\" and 'www.x.org'",
  "mailto:foo@bar.com xmpp:foo@bar.com/res and foo_bar@baz.com and a.b-c+d@e.co.uk. and x@y.c_m and x@1.2",
  "[see http://localhost:3000] and [link text www.example.com](https://x.org) and ![www.img.com](a.png)",
  "ahttp://example.com xhttps://x.com wwww.example.com www.ex_ample.com www.a_b.c.com foo.www.example.com",
  "https://例え.jp/パス and https://example.com/%E4%BE%8B and https://example.com/a b <https://example.com/a%20b>",
  "http://example.com. http://example.com? http://example.com! http://example.com;x www.x.com]",
  "Email <foo@bar.com> and <https://autolink.org/x?y=1&z=2>, and `https://code.example.com`",
  "Trailing www.example.com/path/ end\nnext line https://example.org\n(http://example.com/foo)",
  "~~www.example.com~~ and **www.example.com** and https://x.com/a~b~c",
  // strikethrough
  "~one~ ~~two~~ ~~~three~~~ ~a~~ ~~b~ a~b~c foo~~bar~~baz \\~~x~~ ~~ spaced ~~",
  "~~**strong** in strike~~ and *~~em strike~~* and ~~multi\nline~~",
  // emphasis edge
  "****LMArena's** January AI Contest is Live!**: text",
  "*Deno is just f***ing terrible lol*, and more",
  "**foo*bar**baz* and __a__b and _a_b and a*b*c and *a **b** c* and ***x*** and ***x** y*",
  "**Bold:** text and **Bold**: text and **«quoted»** and 🚀**rocket** and **x**🚀",
  // tables
  "| Model | Score | Cost |\n|:--|--:|:-:|\n| \"Orca\" 1.0 | 51 | $2,088 |\n| Kalo -- 7B | 60.3% | — |",
  "| a | b |\n|---|---|\n| 1 | 2 | 3 |\n| 4 |\n| `x\\|y` | \\| |",
  "Paragraph line\n| a | b |\n|---|---|\n| 1 | 2 |",
  "| a |\n|---|\n\n| only header |\n| --- |",
  "a | b\n--|--\n1 | 2\nno pipe row\n\nafter",
  "| a | b |\n| --- | --- |\n| *em* | [l](https://x.org) |\n> quote after",
  "|a|\n|-|\n|b|\n- list after",
  // lists
  "- a\n- b\n\n- c\n\n1. one\n2. two\n\n3) three\n\n10. ten\n11. eleven",
  "- a\n  - b\n    - c\n- d\n\n  para in d\n- e",
  "- [ ] task\n- [x] done\n- [X] caps\n- [ ]no space\n- [ ]\n- [x]   extra spaces\n* [ ] other marker",
  "1. [ ] ordered task\n2. [x] done\n\n- [ ] loose\n\n- [x] loose two",
  "- [ ] task with *em* and www.example.com\n- plain item\n  - [x] nested task",
  "-   * \n- *\n- item",
  // footnotes
  "Footnote[^1] and again[^1] and [^Note] and [^missing].\n\n[^1]: The note.\n[^note]: Other \"note\".\n[^unused]: Never used.",
  "Multi[^a].\n\n[^a]: First paragraph.\n\n    Second paragraph with `code`.\n\n    - a list",
  "Ref[^b] in text.\n\n[^b]:\n    ```\n    code in note\n    ```",
  "Nested[^x].\n\n[^x]: Note with a ref[^y].\n[^y]: Inner note.\n[^x]: duplicate definition",
  "## Heading with note[^h]\n\n[^h]: The note.",
  // headings
  "# Title\n\n## Same\n\n## Same\n\n### With `code` and [a link](https://e.org) and *emphasis*\n\n## Same-1\n\nText.",
  "Setext one\n===\n\nSetext *two*\n---\n\n## Trailing hashes ##\n\n#No space\n\n## Ends with dash -\n\n## Émoji 🚀 and 日本語",
  "## \"Quoted\" heading's -- dash...\n\n## <span>Raw</span> inline html\n\n## Foo {x} `a{b}`\n\n## ![img](a.png) image only\n\n## a&amp;b &copy;",
  "## \n\n## #\n\n# Title\n## Title\n### Title",
  // smartypants
  "\"Hello,\" she said -- 'it's the 90's'... And \"nested 'quotes' here\".\n\nDashes: a---b, a--b, a -- b. Ellipsis... and . . . spaced.",
  "``backticks'' and `code \"quoted\"` then \"quote after code\"\n\n> \"Quote in blockquote\"",
  "Don't 'quote' across *emph*\"s and links [\"linked\"](https://x.org) and \"autolink https://x.org\"",
  "It's \"a\nmulti-line\" quote -- with dash\nand more...",
  "\"",
  "'Twas the night. Rock 'n' roll. 'quoted'",
  // code
  "```ts\nconst a = \"<b>not html</b>\";\n```\n\n```\nno lang\n```\n\n~~~ python extra info\nprint('x')\n~~~\n\n    indented code\n\n```\n```",
  "Inline `<i>code</i>` and `` a ` b `` and ` spaced ` and `multi\nline`",
  // html
  "<details><summary>More</summary>\n\nHidden **markdown**.\n\n</details>",
  "Text with a <br> break and <b>bold \"quotes\"</b> and <!-- comment --> here.",
  "<div>\nunclosed div\n\n*markdown* after",
  "<p>para</p>\n<ul>\n<li>raw list</li>\n</ul>\n\nText <span>open span\n\nnext para",
  "<!-- buttondown-editor-mode: plaintext -->> We checked **19** guilds.",
  "<table><tr><td>cell</td></tr></table>\n\n<img src=\"x.png\" alt='a'>",
  "<a href=\"https://x.org\" \")>broken attr</a> and <A HREF=x>upper</A>",
  "<script>alert(1)</script>\n\n<style>p{}</style>\n\ntext <iframe src=x></iframe>",
  "<svg><circle r=\"1\"/></svg> and <math><mi>x</mi></math>",
  // entities and escapes
  "&amp; &copy; &nbsp; &#35; &#x22; &bogus; & alone < > \" '\n\n\\*escaped\\* \\_ \\# \\[not link\\] \\\\ backslash",
  "&quot;entity quotes&quot; and &#8220;curly&#8221; and &hellip; and -&#45; dash",
  // links and images
  "[ref link][r] and ![remote image](https://cdn.example.org/a.png \"Title\") and [inline](https://e.org \"T\")\n\n[r]: https://example.org/r \"Title\"",
  "[empty]() and [spaces](<a b>) and [unicode](https://例え.jp) and [q](https://x.org/?a=1&b=2) and [j](javascript:alert(1))",
  "![alt *em* `code`](img.png) and ![](empty.png) and [![img](i.png)](https://x.org)",
  "[link with \"quotes\" -- dash](https://x.org) and <https://x.org/a_b_c> and [foo]\n\n[foo]: /url",
  "[a](https://x.org/a(b)c) and [b](https://x.org/a\\)b) and [c](#frag) and [d](/abs) and [e](rel/path)",
  // breaks, blockquotes, hr
  "line  \nbreak and line\\\nbreak and trailing space \nsoft",
  "> quote -- with a dash...\n>\n> > nested\n\n---\n\n***\n\n___\n\n> - list in quote\n> 1. ordered",
  "Para\n***\nAfter hr\n\n* * *",
  // misc
  "עברית and العربية mixed with English; emoji 🚀; a 'single' and \"double\" quote.",
  "",
  "   \n\n",
  "[TOC]\n\n**Table of Contents**\n\n[TOC] ",
  "Tab\tseparated\tand  double  spaces",
  "a\r\nwindows\r\nlines",
  "1986. A great year\n\n1986\\. Escaped",
  "Hard<br/>break and <br /> self-closing",
  // Headings shifted below the page title, with a footnote section whose heading shifts too.
  "# Top\n\nText[^1]\n\n### Deep\n\n###### Deeper\n\n[^1]: the note",
];

describe("createMarkdownRenderer", () => {
  it("returns the HTML through the sanitiser, the headings with ids, and local image paths", () => {
    const seen: string[] = [];
    const renderSanitised = createMarkdownRenderer({ sanitize: (html) => (seen.push(html), html.replace(/<script>.*?<\/script>/gs, "")) });
    const result = renderSanitised("# Title\n\n## Same\n\n## Same\n\n<script>alert(1)</script>\n\n![a](./chart.png) ![b](/site.png) ![c](https://cdn.org/c.png)");
    expect(seen).toHaveLength(1);
    expect(seen[0]).toContain("<script>");
    expect(result.html).not.toContain("<script>");
    // A body with a # heading moves one level down: the page title is the only h1.
    expect(result.html).toContain('<h3 id="same-1">Same</h3>');
    expect(result.headings).toEqual([
      { depth: 2, slug: "title", text: "Title" },
      { depth: 3, slug: "same", text: "Same" },
      { depth: 3, slug: "same-1", text: "Same" },
    ]);
    expect(result.localImagePaths).toEqual(["./chart.png"]);
  });

  it("can skip the sanitiser for documents without raw HTML", () => {
    let calls = 0;
    const renderSkipping = createMarkdownRenderer({ sanitize: (html) => (calls++, html), skipSanitizeWithoutRawHtml: true });
    expect(renderSkipping("Plain *text* and [a link](https://a.org).").hasRawHtml).toBe(false);
    expect(calls).toBe(0);
    expect(renderSkipping("Text with a <br> tag.").hasRawHtml).toBe(true);
    expect(renderSkipping("<!-- a comment -->").hasRawHtml).toBe(true);
    expect(calls).toBe(2);
  });

  it("makes no link or image of an address that fails the URL check", () => {
    const onlyWeb = createMarkdownRenderer({ sanitize: (html) => html, isAllowedUrl: (url) => /^(https?:|mailto:|[/#.]|[^:]*$)/i.test(url) });
    const { html } = onlyWeb("[x](javascript:alert(1)) [y](JAVASCRIPT:alert(1)) <javascript:alert(1)> ![z](data:text/html,hi) [ok](https://a.org) [rel](page/) www.b.org");
    expect(html).not.toMatch(/href="javascript|src="data/i);
    expect([...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1])).toEqual(["https://a.org", "page/", "http://www.b.org"]);
  });
});

describe("renderMarkdown gives the HTML and headings of Astro's pipeline", () => {
  it("on hand-written edge cases (one accepted difference: the `${` heading text; tags of no HTML element shown as text in both)", { timeout: 60_000 }, async () => {
    const counts = await compareAll(CASES.map((body, i) => ({ name: `case ${i}: ${JSON.stringify(body).slice(0, 60)}`, body })));
    console.log("[renderMarkdown] edge cases:", JSON.stringify(counts));
    expect(counts.accepted).toEqual({ [ACCEPTED[0]!.name]: 1 });
    expect(counts[UNKNOWN_TAG_NAME]).toBe(10);
  });

  it("on every .md recap of the sample site", { timeout: 60_000 }, async () => {
    const docs = bodiesIn(resolve(import.meta.dirname, "../../../content/recaps"));
    expect(docs.length).toBeGreaterThan(5);
    const counts = await compareAll(docs);
    console.log("[renderMarkdown] sample site:", JSON.stringify(counts));
    expect(counts.equalAfterNormalising).toBe(docs.length);
  });

  it("on generated newsletter recaps", { timeout: 60_000 }, async () => {
    const models = [{ id: "orca-1-0", name: "Orca 1.0", lab: "Northwind AI", released: "2016-01-01", aliases: ["orca-1.0-20160101"] }];
    const pools = { topics: ["agents"], companies: ["northwind-ai"], people: ["ada"], labels: ["kalo-7b"] };
    const docs = Array.from({ length: 6 }, (_, i) => {
      const { name, text } = generateRecap(i, { format: "md", profile: "default", seed: 5, models, pools });
      return { name, body: parseFrontmatter(text).content };
    });
    const counts = await compareAll(docs);
    expect(counts.equalAfterNormalising).toBe(docs.length);
  });

  for (const [folder, what] of [
    ["ainews-sample", "the 41 AINews issues"],
    ["ainews-full-sample", "the 30 full-size AINews issues"],
  ] as const) {
    const dir = resolve(import.meta.dirname, "../../../../shared/fixtures", folder);
    it.skipIf(!existsSync(dir))(`on ${what} in ../shared/fixtures/${folder} (skipped when absent)`, { timeout: 300_000 }, async () => {
      const docs = bodiesIn(dir);
      expect(docs.length).toBeGreaterThan(0);
      const counts = await compareAll(docs);
      console.log(`[renderMarkdown] ${folder}:`, JSON.stringify(counts));
    });
  }
  if (!existsSync(resolve(import.meta.dirname, "../../../../shared/fixtures"))) console.log("[renderMarkdown] ../shared/fixtures is absent: the real-archive comparisons are skipped");
});
