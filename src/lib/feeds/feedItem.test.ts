import { describe, expect, it } from "vitest";
import { parseHTML } from "linkedom";
import { buildFeedItem, newestItems } from "./feedItem";
import { prepareFeedHtml } from "./feedHtml";
import { renderAtom, renderJsonFeed, renderRss, xmlText, type FeedMeta } from "./serializeFeed";

const imageFor = (svg: string) => ({ src: `https://example.org/feed-images/${svg.length}.png`, width: 640, height: 400 });

describe("prepareFeedHtml", () => {
  const html = [
    `<h2 id="a">A <a href="#b">jump</a></h2>`,
    `<p><a href="/models/glm-5/">GLM-5</a> <a href="https://other.org/x">ext</a> <img src="../img/x.png" srcset="/a.png 1x, /b.png 2x" alt="x"></p>`,
    `<figure><svg viewBox="0 0 10 10" aria-label="Score against tokens"><title>inner</title><g><svg><rect/></svg></g></svg><figcaption>Cap</figcaption></figure>`,
    `<figure><svg viewBox="0 0 10 10"><rect/></svg><figcaption>The caption</figcaption></figure>`,
    `<table data-astro-cid-x><tr><td data-pagefind-filter="model">51</td></tr></table>`,
    `<script>alert(1)</script><style>p{}</style>`,
  ].join("");
  const out = prepareFeedHtml(html, { base: "https://example.org/recaps/r/", imageFor });
  const { document } = parseHTML(`<html><body>${out}</body></html>`);

  it("makes links and images absolute", () => {
    expect([...document.querySelectorAll("a")].map((a) => a.getAttribute("href"))).toEqual([
      "https://example.org/recaps/r/#b",
      "https://example.org/models/glm-5/",
      "https://other.org/x",
    ]);
    expect(document.querySelector("img[alt=x]")!.getAttribute("src")).toBe("https://example.org/recaps/img/x.png");
    // srcset is not in the sanitiser's allowlist (docs/security.md): the plain src stays.
    expect(document.querySelector("img[alt=x]")!.hasAttribute("srcset")).toBe(false);
  });

  it("replaces each outermost inline SVG by its PNG, with a text alternative", () => {
    expect(out).not.toContain("<svg");
    const imgs = [...document.querySelectorAll("figure img")];
    expect(imgs.map((i) => i.getAttribute("alt"))).toEqual(["Score against tokens", "The caption"]);
    expect(imgs[0].getAttribute("src")).toMatch(/^https:\/\/example\.org\/feed-images\/\d+\.png$/);
    expect(imgs[0].getAttribute("width")).toBe("640");
  });

  it("keeps tables as HTML and drops scripts, styles and build attributes", () => {
    expect(document.querySelector("table td")!.textContent).toBe("51");
    expect(out).not.toMatch(/<script|<style|data-astro|data-pagefind/);
  });
});

describe("prepareFeedHtml on character references to no character", () => {
  it("reads them as U+FFFD, as HTML does, rather than throwing (found in review: &#x110000; in an svg's label)", () => {
    const out = prepareFeedHtml(`<figure><svg viewBox="0 0 10 10" aria-label="a &#x110000; b &#xD800; &#0; c"><rect/></svg></figure>`, { base: "https://example.org/recaps/r/", imageFor });
    expect(out).toContain('alt="a \ufffd b \ufffd \ufffd c"');
  });
});

describe("prepareFeedHtml on hand-written HTML from Markdown recaps", () => {
  const base = "https://example.org/recaps/r/";
  it("rewrites single-quoted, unquoted and entity-encoded URLs, and leaves text alone", () => {
    const out = prepareFeedHtml(`<p><a href='/a?x=1&amp;y=2'>a</a> <img src=pic.png alt=x /> <code>&lt;a href="/not-a-link"&gt;</code> href="/text"</p>`, { base, imageFor });
    expect(out).toBe(`<p><a href="https://example.org/a?x=1&amp;y=2">a</a> <img src="https://example.org/recaps/r/pic.png" alt="x" /> <code>&lt;a href="/not-a-link"&gt;</code> href="/text"</p>`);
  });

  it("gives aligned table cells their align attribute back, for readers without the site's CSS", () => {
    const out = prepareFeedHtml(`<table><tr><th class="align-left">Model</th><td class="align-right">51</td><td>plain</td><td class="note">n</td></tr></table>`, { base, imageFor });
    expect(out).toContain(`<th class="align-left" align="left">Model</th>`);
    expect(out).toContain(`<td class="align-right" align="right">51</td>`);
    expect(out).toContain("<td>plain</td>");
    expect(out).toContain(`<td class="note">n</td>`);
  });

  it("puts a table's caption in a paragraph before it, which text readers would lay out as a header cell (found in review: newsboat)", () => {
    const out = prepareFeedHtml('<table><caption class="visually-hidden">Artificial Analysis Intelligence Index v4.1.1</caption><thead><tr><th>Rank</th></tr></thead><tbody><tr><td>1</td></tr></tbody></table>', { base: "https://example.org/recaps/x/", imageFor });
    expect(out).toBe("<p>Artificial Analysis Intelligence Index v4.1.1</p><table><thead><tr><th>Rank</th></tr></thead><tbody><tr><td>1</td></tr></tbody></table>");
  });

  it("replaces a self-closing SVG and keeps what follows an SVG", () => {
    const out = prepareFeedHtml(`<svg aria-label="Dot" width="10" height="10"/><p>after</p>`, { base, imageFor });
    // The sanitiser's remote-image policy does not know this test's site origin: the PNG counts as remote and loads lazily.
    expect(out).toMatch(/^<img src="https:\/\/example\.org\/feed-images\/\d+\.png" alt="Dot" width="640" height="400" loading="lazy" decoding="async" \/><p>after<\/p>$/);
  });
});

describe("prepareFeedHtml words once what the site's CSS hides, for readers without it", () => {
  const base = "https://example.org/recaps/r/";
  it("shows a board's screen-reader words instead of its symbols, and drops a hidden filter box the sanitiser would show", () => {
    const out = prepareFeedHtml(
      [
        `<div class="board-tools" data-board-tools hidden><label>Filter rows <input type="search" data-filter></label><p class="board-count" data-count aria-live="polite"></p></div>`,
        `<table><tr><td class="rank" data-value="1" data-astro-cid-x>1<span class="tie" title="tied"><span aria-hidden="true"> ≈1–3</span><span class="visually-hidden">, statistically tied with ranks 1 to 3</span></span></td>`,
        `<td class="move move-new" title="new entry since 2026-05-10"> <span aria-hidden="true">new</span> <span class="visually-hidden" data-astro-cid-x>new entry since 2026-05-10</span> </td></tr></table>`,
      ].join(""),
      { base, imageFor },
    );
    expect(out).toBe(
      `<table><tr><td class="rank">1<span class="tie" title="tied"><span>, statistically tied with ranks 1 to 3</span></span></td><td class="move move-new" title="new entry since 2026-05-10">  <span>new entry since 2026-05-10</span> </td></tr></table>`,
    );
  });
});

describe("prepareFeedHtml sanitises with the pages' sanitiser", () => {
  const base = "https://example.org/recaps/r/";
  it("drops what the issue found passing into feeds: iframes, event attributes, javascript: and data: links, forms, meta refresh, style", () => {
    const out = prepareFeedHtml(
      [
        '<iframe src="https://evil.example/"></iframe>',
        '<img src="/a.png" alt="a" onerror="alert(1)">',
        '<a href="javascript:alert(1)">j</a><a href="JAVASCRIPT:alert(1)">J</a><a href="&#106;avascript:alert(1)">e</a>',
        '<a href="data:text/html,<script>alert(1)</script>">d</a><a href="vbscript:msgbox(1)">v</a>',
        '<form action="https://evil.example/"><input name="q"></form>',
        '<meta http-equiv="refresh" content="0;url=https://evil.example/">',
        '<p style="position:fixed">styled</p>',
      ].join(""),
      { base, imageFor },
    );
    expect(out).toBe('<img src="https://example.org/a.png" alt="a" /><a>j</a><a>J</a><a>e</a><a>d</a><a>v</a><span></span><p>styled</p>');
  });
});

describe("buildFeedItem", () => {
  it("gives a summary-only item when there is no rendered content", () => {
    const item = buildFeedItem({ path: "/digests/2026-w08/", title: "Week 8", date: new Date("2026-02-20"), description: "Two recaps & a leader." }, { site: "https://example.org", imageFor });
    expect(item.url).toBe("https://example.org/digests/2026-w08/");
    expect(item.contentHtml).toBe(`<p>Two recaps &amp; a leader.</p><p><a href="https://example.org/digests/2026-w08/">Read on the site</a></p>`);
  });

  it("reads a summary-only item's Markdown summary as HTML, its links absolute, and keeps the plain text as the summary", () => {
    const item = buildFeedItem(
      { path: "/recaps/x/", title: "X", date: new Date("2026-02-20"), description: "Opus leads and Sonnet is close.", descriptionHtml: '<strong>Opus</strong> leads and <a href="/models/claude-sonnet-4-6/">Sonnet</a> is close.' },
      { site: "https://example.org", imageFor },
    );
    expect(item.summary).toBe("Opus leads and Sonnet is close.");
    expect(item.contentHtml).toContain('<strong>Opus</strong> leads and <a href="https://example.org/models/claude-sonnet-4-6/">Sonnet</a>');
  });

  it("orders items newest first and keeps the newest N", () => {
    const items = ["2026-01-01", "2026-03-01", "2026-02-01", "2026-03-01"].map((d, i) => ({ date: new Date(d), url: `u${i}` }));
    expect(newestItems(items, 3).map((i) => i.url)).toEqual(["u1", "u3", "u2"]);
  });
});

describe("feed serializers", () => {
  const meta: FeedMeta = { title: "T & co", description: "D", homeUrl: "https://example.org/", selfUrl: "https://example.org/rss.xml", language: "en", author: "Eds" };
  const built = buildFeedItem({ path: "/recaps/a/", title: "A <b> \u0001", date: new Date("2026-02-17T00:00:00Z"), description: "S", html: "<p>x</p>", categories: ["t1", "t1", "t2"] }, { site: "https://example.org", imageFor });
  // A CDATA terminator inside content (code samples about XML) must not end the section.
  const items = [{ ...built, contentHtml: "<p>x ]]> y</p>" }];

  it("writes RSS 2.0 that is well-formed XML, with content:encoded and categories", () => {
    const rss = renderRss(meta, items);
    const { document } = parseHTML(rss, "text/xml");
    expect(document.querySelector("parsererror")).toBeNull();
    expect(rss).toContain("<title>A &lt;b&gt; </title>");
    expect(rss).toContain("<pubDate>Tue, 17 Feb 2026 00:00:00 GMT</pubDate>");
    expect(rss).toContain("<content:encoded><![CDATA[<p>x ]]]]><![CDATA[> y</p>]]></content:encoded>");
    expect(rss.match(/<category>/g)).toHaveLength(2);
  });

  it("a feed with no items claims no date it does not have: RSS without lastBuildDate, Atom updated at the build", () => {
    const rss = renderRss(meta, []);
    expect(rss).not.toContain("lastBuildDate");
    expect(renderRss(meta, items)).toContain("<lastBuildDate>Tue, 17 Feb 2026 00:00:00 GMT</lastBuildDate>");
    const builtAt = new Date("2026-11-30T07:00:00Z");
    const atom = renderAtom(meta, [], builtAt);
    expect(atom).toContain("<updated>2026-11-30T07:00:00.000Z</updated>");
    // With items, the newest item's date, whatever the build's: the feed stays the same between builds.
    expect(renderAtom(meta, items, builtAt)).toContain("<updated>2026-02-17T00:00:00.000Z</updated>");
    for (const feed of [rss, atom]) expect(parseHTML(feed, "text/xml").document.querySelector("parsererror")).toBeNull();
  });

  it("writes Atom with escaped HTML content and JSON Feed 1.1", () => {
    const atom = renderAtom(meta, items);
    expect(atom).toContain(`<content type="html">&lt;p&gt;x ]]&gt; y&lt;/p&gt;</content>`);
    expect(atom).toContain("<updated>2026-02-17T00:00:00.000Z</updated>");
    const json = JSON.parse(renderJsonFeed(meta, items));
    expect(json.version).toBe("https://jsonfeed.org/version/1.1");
    expect(json.items[0]).toMatchObject({ id: "https://example.org/recaps/a/", title: "A <b> \u0001", tags: ["t1", "t2"], date_published: "2026-02-17T00:00:00.000Z" });
  });

  it("an item whose content grew after publication keeps its date and says when it changed: Atom updated, JSON Feed date_modified", () => {
    const grown = buildFeedItem({ path: "/digests/2026-w08/", title: "Week 8", date: new Date("2026-02-17"), updated: new Date("2026-02-20"), html: "<p>x</p>" }, { site: "https://example.org", imageFor });
    const atom = renderAtom(meta, [grown]);
    expect(atom).toContain("<published>2026-02-17T00:00:00.000Z</published>\n<updated>2026-02-20T00:00:00.000Z</updated>");
    // The feed changed when the item did.
    expect(atom).toMatch(/<subtitle>D<\/subtitle>\n<updated>2026-02-20T00:00:00.000Z<\/updated>/);
    expect(JSON.parse(renderJsonFeed(meta, [grown])).items[0]).toMatchObject({ date_published: "2026-02-17T00:00:00.000Z", date_modified: "2026-02-20T00:00:00.000Z" });
    expect(renderRss(meta, [grown])).toContain("<pubDate>Tue, 17 Feb 2026 00:00:00 GMT</pubDate>");
    // An item that never changed has no date_modified, and Atom's required updated is its date.
    expect(JSON.parse(renderJsonFeed(meta, items)).items[0].date_modified).toBeUndefined();
    const same = buildFeedItem({ path: "/digests/2026-w08/", title: "Week 8", date: new Date("2026-02-17"), updated: new Date("2026-02-17"), html: "<p>x</p>" }, { site: "https://example.org", imageFor });
    expect(same.updated).toBeUndefined();
  });

  it("escapes RSS descriptions as HTML too, since readers take them as HTML", () => {
    const rss = renderRss({ ...meta, description: "Recaps & <b>x</b>" }, [{ ...built, summary: '"><img src=x onerror=alert(1)>' }]);
    expect(rss).toContain("<description>Recaps &amp;amp; &amp;lt;b&amp;gt;x&amp;lt;/b&amp;gt;</description>");
    expect(rss).toContain("<description>&quot;&amp;gt;&amp;lt;img src=x onerror=alert(1)&amp;gt;</description>");
  });

  it("drops characters XML forbids", () => {
    expect(xmlText("a\u0000b\u000bc\ud800d\tok")).toBe("abcd\tok");
  });
});
