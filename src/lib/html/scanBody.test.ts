import { describe, expect, it } from "vitest";
import { formatFinding } from "../check/findings";
import { renderedBody } from "../content/renderedBody";
import { createMarkdownRenderer } from "../markdown/renderMarkdown";
import { sanitizeHtml } from "./sanitizeHtml";
import { scanMarkdownBody, scanMdxBody, scanRenderedTokens } from "./scanBody";

const md = (body: string) => scanMarkdownBody(`---\ntitle: T\ndate: 2026-02-17\n---\n${body}`, "x.md").map(formatFinding);

describe("scanMarkdownBody", () => {
  it("warns of a raw <img> without alt text, inline or in a block, and not of one with alt (empty or not) or a Markdown image (found in review)", () => {
    expect(md('Text <img src="https://cdn.example.org/no-alt.png"> and <img src="https://x.org/a.png" alt="">.\n\n<div>\n<img src="https://x.org/b.png"\n  width="10">\n</div>\n\n![chart](https://x.org/c.png)\n')).toEqual([
      'x.md:5: warning: <img src="https://cdn.example.org/no-alt.png"> has no alt text: it is published as decoration, which screen readers skip; add alt="what it shows", or alt="" if it is decoration',
      'x.md:8: warning: <img src="https://x.org/b.png"> has no alt text: it is published as decoration, which screen readers skip; add alt="what it shows", or alt="" if it is decoration',
    ]);
  });
  it("locates a link on the right line of a paragraph, and in a multi-line raw HTML block", () => {
    expect(md("one\ntwo [x](javascript:a)\nthree\n\n<div>\n<p>\n<a href='vbscript:b'>y</a>\n</p>\n</div>\n")).toEqual([
      'x.md:6: link "javascript:a": expected an http(s) or mailto: URL, or a path on the site; "javascript:" URLs are not allowed',
      'x.md:11: <a href="vbscript:b">: expected an http(s) or mailto: URL, or a path on the site; "vbscript:" URLs are not allowed',
    ]);
  });
  it("locates a link in a table cell on its row's line, in a short table and in a long one read a slice at a time", () => {
    const unsafe = (line: number, n: number) => `x.md:${line}: link "javascript:${n}": expected an http(s) or mailto: URL, or a path on the site; "javascript:" URLs are not allowed`;
    expect(md("Intro.\n\n| a | b |\n| - | - |\n| 1 | [x](javascript:1) |\n")).toEqual([unsafe(9, 1)]);
    // 5,000 rows (slices of 2,000): one bad link in the first slice, one in the second, one in the
    // last, and one in a reference used in the third; the body starts on line 5.
    const rows = Array.from({ length: 5000 }, (_, i) => (i === 10 || i === 2500 || i === 4999 ? `| ${i} | [x](javascript:${i}) |` : i === 4100 ? `| ${i} | [y][bad] |` : `| ${i} | ok |`));
    const found = md(`| a | b |\n| - | - |\n${rows.join("\n")}\n\n[bad]: javascript:4100\n`);
    expect(found).toEqual([unsafe(17, 10), unsafe(2507, 2500), unsafe(4107, 4100), unsafe(5006, 4999)]);
  });

  it("reads a long table's rows past its cut as the rows of that table, and a table in a fence as code (found by helper-25)", () => {
    const unsafe = (line: number, n: number) => `x.md:${line}: link "javascript:${n}": expected an http(s) or mailto: URL, or a path on the site; "javascript:" URLs are not allowed`;
    const rows = Array.from({ length: 2005 }, (_, i) => `| ${i} | ok |`).join("\n");
    // A short row ends the cut; the rows after it are still the table's: a cell ends a link's
    // text, a code span runs across two cells, and a row is no reference definition.
    expect(md(`| a | b |\n| - | - |\n${rows}\n| short |\n| [a | b](javascript:1) |\n`)).toEqual([]);
    expect(md(`| a | b |\n| - | - |\n${rows}\n| short |\n| \`a |\n| [x](javascript:2) \` |\n`)).toEqual([unsafe(2014, 2)]);
    expect(md(`| a | b |\n| - | - |\n${rows}\n[zz]: javascript:3\n\nsee [zz]\n`)).toEqual([]);
    // A fence left open in a list item ends with the item: the next fence opens one, the table is in it.
    expect(md(`- item\n\n  \`\`\`\n  code\n\nPara.\n\n\`\`\`\n\n| a | b |\n| - | - |\n${rows}\n| [x](javascript:4) | y |\n\`\`\`\n`)).toEqual([]);
  });

  it("reads a footnote definition as a note, as the renderer does: its words are no link, a link in it is checked on its line", () => {
    expect(md("Text[^1] and[^2].\n\n[^1]: note\n[^2]: see [x](javascript:1)\n")).toEqual([
      'x.md:8: link "javascript:1": expected an http(s) or mailto: URL, or a path on the site; "javascript:" URLs are not allowed',
    ]);
  });

  it("reads the body as Astro renders it, trimmed: a first line indented four spaces is a paragraph on the page, its link checked", () => {
    expect(md("    [x](javascript:1) starts the body\n\n    [y](javascript:2) is code\n")).toEqual([
      'x.md:5: link "javascript:1": expected an http(s) or mailto: URL, or a path on the site; "javascript:" URLs are not allowed',
    ]);
  });

  it("ignores code spans, fenced and indented code", () => {
    expect(md("`[a](javascript:x)`\n\n```\n<a href=\"javascript:x\">x</a>\n```\n\n    [b](javascript:y)\n")).toEqual([]);
  });
  it("warns about a typo'd scheme rather than refusing it (real archives have them)", () => {
    expect(md("[x](hhttps://example.org/)\n")).toEqual(['x.md:5: warning: link "hhttps://example.org/" is removed from the page: expected an http(s) or mailto: URL, or a path on the site; "hhttps:" URLs are not allowed']);
  });
  it("warns about a relative link, which leads under the recap's own page, where there is none", () => {
    const md2 = (body: string, page = "/recaps/2026-02-02-codex/") => scanMarkdownBody(`---\ntitle: T\ndate: 2026-02-02\n---\n${body}`, "content/recaps/2026-02-02-codex.md", page).map(formatFinding);
    expect(md2("[unslop](github.com/hardikpandya/stop-slop) and [here](link)\n")).toEqual([
      'content/recaps/2026-02-02-codex.md:5: warning: link "github.com/hardikpandya/stop-slop" is relative: on the recap\'s page it leads to /recaps/2026-02-02-codex/github.com/hardikpandya/stop-slop, where there is no page; write the whole address (https://github.com/hardikpandya/stop-slop)',
      "content/recaps/2026-02-02-codex.md:5: warning: link \"link\" is relative: on the recap's page it leads to /recaps/2026-02-02-codex/link, where there is no page; write the whole address (https://...) or a path from the site's root (/recaps/...)",
    ]);
    // The page is the recap's, whatever its file is called (a slug field), and a ./ path resolves as a browser resolves it.
    expect(md2("[here](./link)\n", "/recaps/codex-launch/")[0]).toContain("on the recap's page it leads to /recaps/codex-launch/link, where there is no page");
    // A link to the recap's own page is fine.
    expect(md2("[top](.) [same](./?a=1)\n", "/recaps/codex-launch/")).toEqual([]);
    // Said without a path when the caller does not know the page.
    expect(scanMarkdownBody("---\ntitle: T\n---\n[here](link)\n", "x.md").map(formatFinding)[0]).toContain("on the recap's page it leads to a path under that page, where there is no page");
    // Paths from the root, anchors, queries, a sibling recap, schemes and images are fine.
    expect(md2("[a](/models/gpt-5/) [b](#top) [c](?q=1) [d](../2026-01-01-x/) [e](mailto:a@b.org) [f](https://x.org/) ![g](./chart.png) [h]({{{RESEND_UNSUBSCRIBE_URL}}})\n")).toEqual([]);
  });
  it("locates an attribute on its tag's line, a stray quote read as an attribute too, and says what it is (found on a real issue)", () => {
    expect(md('<ul>\n<li>\n<a href="http://0.0.0.0:8000"">x</a></li><li><a href="https://a.org/" title="t" onclick="y">z</a>)"</li>\n</ul>\n')).toEqual([
      `x.md:7: warning: the stray '"' in a <a> tag (a typo, such as a doubled quote?) is read as an attribute and removed from the page and feeds`,
      "x.md:7: warning: the attribute onclick of <a> is removed from the page and feeds: recaps may use only the HTML listed in docs/security.md",
    ]);
    // The stray quote of the fourth link of a list, not the first link (every href holds a quote),
    // nor a URL that holds the attribute's name, nor an <abbr>.
    expect(md('<ul>\n<li><abbr title="onclick">x</abbr> <a href="https://a.org/onclick">a</a></li>\n<li><a href="https://b.org/">b</a></li>\n<li><a href="https://c.org/" onclick="y">c</a></li>\n<li><a href="https://d.org/"">d</a></li>\n</ul>\n')).toEqual([
      "x.md:8: warning: the attribute onclick of <a> is removed from the page and feeds: recaps may use only the HTML listed in docs/security.md",
      `x.md:9: warning: the stray '"' in a <a> tag (a typo, such as a doubled quote?) is read as an attribute and removed from the page and feeds`,
    ]);
    expect(md('<p>\nsee\n<img src="https://a.org/i.png" alt="a" style="b">\n</p>\n')).toEqual([
      "x.md:7: warning: the attribute style of <img> is removed from the page and feeds: recaps may use only the HTML listed in docs/security.md",
    ]);
  });
  it("warns about a relative <a href> or <img src> of raw HTML as about a relative Markdown link; a Markdown image is the build's", () => {
    const page = "/recaps/2026-02-02-codex/";
    const found = scanMarkdownBody(`---\ntitle: T\n---\n<p>\n<img src="chart.png" alt="c">\n</p>\n\nSee <a href="notes">notes</a>, ![x](chart.png) and <a href="/models/gpt-5/">ok</a>.\n`, "x.md", page).map(formatFinding);
    expect(found).toEqual([
      `x.md:5: warning: <img src="chart.png"> is relative: on the recap's page it leads to /recaps/2026-02-02-codex/chart.png, where there is no file; write the whole address (https://...) or a path from the site's root (/recaps/...)`,
      `x.md:8: warning: <a href="notes"> is relative: on the recap's page it leads to /recaps/2026-02-02-codex/notes, where there is no page; write the whole address (https://...) or a path from the site's root (/recaps/...)`,
    ]);
  });
  it("hands every URL of links, images, raw HTML <a href> and <img src> to onUrl with its line, entities decoded and comments skipped", () => {
    const urls: unknown[] = [];
    const body = "[a](/recaps/x/) ![b](/i.png)\n\n<div>\n<!-- <a href=\"/hidden/\"> -->\n<a\nhref=\"/q/?a=1&amp;b=2\">q</a>\n</div>\n\nx <IMG SRC='/j.png'> [c][ref]\n\n[ref]: /ref/\n";
    scanMarkdownBody(`---\ntitle: T\n---\n${body}`, "x.md", "/recaps/y/", (u) => urls.push(u));
    expect(urls).toEqual([
      { url: "/recaps/x/", where: 'link "/recaps/x/"', use: "link", line: 4 },
      { url: "/i.png", where: 'image "/i.png"', use: "image", line: 4 },
      { url: "/q/?a=1&b=2", where: '<a href="/q/?a=1&b=2">', use: "link", line: 8 },
      { url: "/j.png", where: '<img src="/j.png">', use: "image", line: 12 },
      { url: "/ref/", where: 'link "/ref/"', use: "link", line: 12 },
    ]);
  });
  it("leaves our components to the component-in-.md check", () => {
    expect(md('<Leaderboard benchmark="aa-index" />\n')).toEqual([]);
  });
});

describe("scanMdxBody", () => {
  it("warns of what an .mdx page carries unsanitised: an element outside the list, a style or event attribute; not a component nor an allowed element (found in review)", () => {
    const found = scanMdxBody('---\ntitle: T\n---\n<ModelScore model="x" benchmark="y" />\n\n<iframe src="https://x.org/e" />\n\n<div style={{ position: "fixed" }}>a</div>\n\n<a href="https://x.org" onClick={() => 1}>b</a> <details><summary>s</summary>t</details>\n', "x.mdx").filter((f) => f.code === "mdx-unsanitised");
    expect(found.map((f) => `${f.line}: ${f.message.split(" in an .mdx recap")[0]}`)).toEqual(["6: <iframe>", "8: the style attribute of <div>", "10: the onClick attribute of <a>"]);
    expect(found[0].severity).toBe("warning");
  });
  it("reads a literal JSX prop, not an expression; a body that does not parse gives nothing here", () => {
    const mdx = (body: string) => scanMdxBody(`---\ntitle: T\n---\n${body}`, "x.mdx").map(formatFinding);
    expect(mdx('<a href="javascript:x">a</a> <a href={"javascript:" + "y"}>b</a>\n')).toEqual(['x.mdx:4: <a href="javascript:x">: expected an http(s) or mailto: URL, or a path on the site; "javascript:" URLs are not allowed']);
    expect(mdx("{unclosed\n")).toEqual([]);
  });
  it("scans a plain-Markdown body as a .md recap's, as it is rendered: the same findings at the same lines", () => {
    const body = "Intro.\n\n[a](javascript:alert(1))\n\n| x |\n|---|\n| ![i](data:image/png;base64,AAAA) |\n\nText [b][ref].\n\n[ref]: vbscript:x\n";
    const source = `---\ntitle: T\n---\n${body}`;
    const found = scanMdxBody(source, "x.mdx").map(formatFinding);
    expect(found.length).toBeGreaterThanOrEqual(2);
    expect(found[0]).toMatch(/^x\.mdx:6: link "javascript:alert\(1\)": expected an http\(s\) or mailto: URL/);
    expect(found).toEqual(scanMarkdownBody(source, "x.mdx").map(formatFinding));
  });

  it("hands Markdown and plain-element URLs to onUrl, and warns about a relative <img src> (MDX leaves it as written)", () => {
    const urls: unknown[] = [];
    const found = scanMdxBody('---\ntitle: T\n---\n[a](/recaps/x/)\n\n<img src="chart.png" />\n\n<a href="/models/y/">y</a> <Leaderboard benchmark="b" />\n', "x.mdx", "/recaps/z/", (u) => urls.push(u)).map(formatFinding);
    expect(urls).toEqual([
      { url: "/recaps/x/", where: 'link "/recaps/x/"', use: "link", line: 4 },
      { url: "chart.png", where: '<img src="chart.png">', use: "image", line: 6 },
      { url: "/models/y/", where: '<a href="/models/y/">', use: "link", line: 8 },
    ]);
    expect(found).toEqual([`x.mdx:6: warning: <img src="chart.png"> is relative: on the recap's page it leads to /recaps/z/chart.png, where there is no file; write the whole address (https://...) or a path from the site's root (/recaps/...)`]);
  });
});

describe("scanRenderedTokens", () => {
  // Every kind of thing the scan reads, in documents put together from these pieces by a seeded
  // generator: links, images and references (dangerous, typo'd, relative, fine), autolinks, bare
  // URLs the renderer links, footnotes (referenced or not), raw HTML blocks and tags, code, tables,
  // a first line indented four spaces, CRLF line ends and a byte-order mark.
  const PIECES = [
    "[a](javascript:alert(1))", "[b](https://ok.example/x y)", "![i](data:text/html,x)", "![ok](https://x.org/a.png)",
    '<a href="javascript:x">r</a>', '<img src="jav&#x09;ascript:x">', "<https://auto.example/a>", "<javascript:alert(1)>",
    "www.example.com/path", "see user@example.com", "[ref][r1]", "[r1]: javascript:bad", "[r2]: https://fine.example",
    "Text[^n].", "[^n]: note with [x](vbscript:y)", "[^u]: unreferenced [z](javascript:q)", "~~[s](javascript:s)~~",
    "*[e](hhttps://typo)*", "`[c](javascript:code)`", '<iframe src="https://x"></iframe>', '<div style="color:red">d</div>',
    "| a | b |\n|---|---|\n| [t](javascript:t) | 2 |", "- [x] done [l](file:///etc/passwd)", "> quote [q](JaVaScRiPt:1)",
    "![outer [in](javascript:in)](https://x.org/i.png)", "    [indented](javascript:code)", "line one  \nline [two](javascript:two)",
    "<!-- [c](javascript:comment) -->", "[rel](github.com/x)", "[rel2](./notes)", '"quotes" -- and...',
    // A bare URL right before a link, a code span or a tag (found by the review of helper-67).
    "www.example.com/[notes](javascript:alert(1))", "www.example.com/`x [n](javascript:1) `", 'www.example.com/<a href="javascript:x">t</a>',
  ];
  function documents(count: number): string[] {
    let seed = 20261130;
    const next = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    const pick = <T,>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)]!;
    return Array.from({ length: count }, (_, k) => {
      const body = Array.from({ length: 1 + Math.floor(next() * 8) }, () => (next() < 0.8 ? pick(PIECES) : `${pick(PIECES)} ${pick(PIECES)}`)).join("\n\n");
      const nl = k % 7 === 0 ? "\r\n" : "\n";
      const text = `---${nl}title: T${nl}date: 2026-02-17${nl}---${nl}${pick(["", nl, nl + nl, "   ", "    "])}${body.replaceAll("\n", nl)}${nl}`;
      return k % 11 === 0 ? `\ufeff${text}` : text;
    });
  }

  it("finds in the renderer's tokens what scanMarkdownBody finds in its own parse, at the same lines", () => {
    const render = createMarkdownRenderer({ sanitize: sanitizeHtml });
    let compared = 0;
    let withErrors = 0;
    for (const source of documents(300)) {
      const { body, firstLine } = renderedBody(source);
      let found: string[] | undefined;
      render(body, (tokens) => {
        found = scanRenderedTokens(tokens, "x.md", firstLine).map(formatFinding);
      });
      const expected = scanMarkdownBody(source, "x.md").map(formatFinding);
      expect(found, source).toEqual(expected);
      compared++;
      if (expected.some((f) => !f.includes("warning:"))) withErrors++;
    }
    expect(compared).toBe(300);
    // The generator does make documents the build refuses, and documents it publishes.
    expect(withErrors).toBeGreaterThan(100);
    expect(withErrors).toBeLessThan(300);
  });

  it("reads a body as the renderer reads it, in the check as in the build: a bare URL the renderer links can take in a [ or a backtick", () => {
    const unsafe = (line: number, url: string) => `x.md:${line}: link "${url}": expected an http(s) or mailto: URL, or a path on the site; "javascript:" URLs are not allowed`;
    const render = createMarkdownRenderer({ sanitize: (html) => html });
    // The renderer links `www.example.com/[notes`: the page has no javascript: link, and none is found.
    expect(render("See www.example.com/[notes](javascript:alert(1)) for more.").html).not.toContain('href="javascript:');
    expect(md("See www.example.com/[notes](javascript:alert(1)) for more.\n")).toEqual([]);
    // The backtick is part of the bare URL, so no code span opens: the link is one on the page, and found.
    expect(render("See www.example.com/`x [notes](javascript:alert(1)) ` for more.").html).toContain('<a href="javascript:alert(1)">notes</a>');
    expect(md("See www.example.com/`x [notes](javascript:alert(1)) ` for more.\n")).toEqual([unsafe(5, "javascript:alert(1)")]);
  });

  it("leaves out the links the renderer makes of bare URLs, which the document does not write as links", () => {
    const render = createMarkdownRenderer({ sanitize: sanitizeHtml });
    let found: string[] = [];
    const html = render("Visit www.example.com/a or [github.com/x](github.com/x).", (tokens) => {
      found = scanRenderedTokens(tokens, "x.md", 4).map(formatFinding);
    }).html;
    expect(html).toContain('<a href="http://www.example.com/a">');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^x\.md:5: warning: link "github\.com\/x" is relative/);
  });
});
