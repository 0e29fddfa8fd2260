import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { createMarkdownRenderer } from "../markdown/renderMarkdown";
import { checkDownloadedImage, imgSrcSources, localImagePath, remoteImageRefs, remoteImageUrl, rewriteRemoteImage } from "./remoteImages";
import { sanitizeHtml, setRemoteImagePolicy } from "./sanitizeHtml";

afterEach(() => setRemoteImagePolicy({ mode: "load" }));

describe("remoteImageUrl", () => {
  it.each([
    ["https://cdn.example.org/a.png", "https://cdn.example.org/a.png"],
    ["http://cdn.example.org/a b.png", "https://cdn.example.org/a%20b.png"],
    ["//cdn.example.org/a.png", "https://cdn.example.org/a.png"],
    ["  HTTPS://CDN.example.org/a.png?w=1&x=2 ", "https://cdn.example.org/a.png?w=1&x=2"],
    // What a browser loads from another host though it starts with neither `//` nor `http(s)://` (found in review).
    ["http:/\\evil.example/pixel.gif", "https://evil.example/pixel.gif"],
    ["/\t/evil.example/pixel2.gif", "https://evil.example/pixel2.gif"],
    ["\\\\evil.example/x.png", "https://evil.example/x.png"],
    ["\\/evil.example/x.png", "https://evil.example/x.png"],
    ["https:\\\\evil.example/x", "https://evil.example/x"],
  ])("%s is remote: %s", (src, url) => expect(remoteImageUrl(src)).toBe(url));
  it.each(["/og.png", "chart.png", "../x.png", "./a/b.png", "", "https://", "data:image/png;base64,AAAA", "mailto:x@y.z"])("%s is not", (src) => expect(remoteImageUrl(src)).toBeUndefined());
});

describe("rewriteRemoteImage", () => {
  it("load: https, lazy and async, the recap's own size and loading kept", () => {
    expect(rewriteRemoteImage({ src: "http://x.org/a.png", alt: "A", width: "320", height: "200" }, { mode: "load" })).toEqual({
      kind: "img",
      attribs: { src: "https://x.org/a.png", alt: "A", width: "320", height: "200", loading: "lazy", decoding: "async" },
    });
    expect(rewriteRemoteImage({ src: "https://x.org/a.png", alt: "", loading: "eager" }, { mode: "load" })).toMatchObject({ attribs: { loading: "eager", decoding: "async" } });
  });
  it("leaves the site's own images alone, relative or on the site's origin", () => {
    expect(rewriteRemoteImage({ src: "/a.png", alt: "" }, { mode: "block" })).toEqual({ kind: "img", attribs: { src: "/a.png", alt: "" } });
    expect(rewriteRemoteImage({ src: "https://site.org/feed-images/1.png", alt: "" }, { mode: "block", siteOrigin: "https://site.org" })).toEqual({ kind: "img", attribs: { src: "https://site.org/feed-images/1.png", alt: "" } });
  });
  it("block: a link to the image, reading its alt text or its host", () => {
    expect(rewriteRemoteImage({ src: "https://x.org/a.png", alt: " A chart " }, { mode: "block" })).toEqual({ kind: "link", href: "https://x.org/a.png", text: "Image: A chart" });
    expect(rewriteRemoteImage({ src: "https://x.org/a.png", alt: "" }, { mode: "block" })).toEqual({ kind: "link", href: "https://x.org/a.png", text: "Image from x.org" });
  });
  it("download: the local copy, or a link when there is none", () => {
    const policy = { mode: "download" as const, localCopies: new Map([["https://x.org/a.png", "/remote-images/ab.png"]]) };
    expect(rewriteRemoteImage({ src: "http://x.org/a.png", alt: "A" }, policy)).toEqual({ kind: "img", attribs: { src: "/remote-images/ab.png", alt: "A", loading: "lazy", decoding: "async" } });
    expect(rewriteRemoteImage({ src: "https://x.org/b.png", alt: "B" }, policy)).toEqual({ kind: "link", href: "https://x.org/b.png", text: "Image: B" });
  });
});

describe("the CSP's img-src", () => {
  it("allows https: (never http: or *) only when images load from their hosts", () => {
    expect(imgSrcSources("load")).toBe("'self' data: https:");
    expect(imgSrcSources("download")).toBe("'self' data:");
    expect(imgSrcSources("block")).toBe("'self' data:");
  });
});

describe("the sanitiser applies the policy", () => {
  const html = '<p><img src="http://cdn.x.org/a.png?b=1&amp;c=2" alt="A" width="20" height="10"> and <a href="/p/"><img src="https://cdn.x.org/b.png" alt="B"></a> and <img src="/own.png" alt="own"></p>';
  it("load (the default): every remote image https, lazy, async, its size kept; idempotent", () => {
    const out = sanitizeHtml(html);
    expect(out).toBe(
      '<p><img src="https://cdn.x.org/a.png?b=1&amp;c=2" alt="A" width="20" height="10" loading="lazy" decoding="async" /> and <a href="/p/"><img src="https://cdn.x.org/b.png" alt="B" loading="lazy" decoding="async" /></a> and <img src="/own.png" alt="own" /></p>',
    );
    expect(sanitizeHtml(out)).toBe(out);
  });
  it("block: links with the alt text; inside a link, the text alone (no link in a link)", () => {
    setRemoteImagePolicy({ mode: "block" });
    const out = sanitizeHtml(html);
    expect(out).toBe('<p><a href="https://cdn.x.org/a.png?b=1&amp;c=2">Image: A</a> and <a href="/p/"><span>Image: B</span></a> and <img src="/own.png" alt="own" /></p>');
    expect(sanitizeHtml(out)).toBe(out);
  });
  it("download: copies where the build has them, links elsewhere", () => {
    setRemoteImagePolicy({ mode: "download", localCopies: new Map([["https://cdn.x.org/a.png?b=1&c=2", "/remote-images/ab.png"]]) });
    expect(sanitizeHtml(html)).toBe(
      '<p><img src="/remote-images/ab.png" alt="A" width="20" height="10" loading="lazy" decoding="async" /> and <a href="/p/"><span>Image: B</span></a> and <img src="/own.png" alt="own" /></p>',
    );
  });
  it("the Markdown renderer's images get it too", () => {
    const render = createMarkdownRenderer({ sanitize: sanitizeHtml });
    expect(render("![chart](https://cdn.x.org/c.png)").html).toBe('<p><img src="https://cdn.x.org/c.png" alt="chart" loading="lazy" decoding="async" /></p>');
  });
});

describe("remoteImageRefs", () => {
  it("finds Markdown and raw HTML images with the file's own lines, not those in code", () => {
    const source = ["---", "title: t", "---", "", "Text ![a](https://x.org/a.png) and", "<img src='http://x.org/b.png?x=1&amp;y=2'>", "", "    ![code](https://x.org/code.png)", "", "```", "<img src=\"https://x.org/fenced.png\">", "```", "", "![own](/own.png) [![c](//x.org/c.png)](https://x.org/)"].join("\n");
    expect(remoteImageRefs(source)).toEqual([
      { url: "https://x.org/a.png", line: 5 },
      { url: "https://x.org/b.png?x=1&y=2", line: 6 },
      { url: "https://x.org/c.png", line: 14 },
    ]);
  });
});

describe("checkDownloadedImage", () => {
  it("keeps raster images within the size, refuses SVG, other types and larger files", () => {
    expect(checkDownloadedImage("image/png", 10, 100)).toEqual({ ok: true, extension: "png" });
    expect(checkDownloadedImage("image/jpeg; charset=binary", 100, 100)).toEqual({ ok: true, extension: "jpg" });
    expect(checkDownloadedImage("image/svg+xml", 10, 100)).toMatchObject({ ok: false, reason: expect.stringMatching(/SVG/) });
    expect(checkDownloadedImage("text/html", 10, 100)).toMatchObject({ ok: false, reason: expect.stringMatching(/text\/html/) });
    expect(checkDownloadedImage(null, 10, 100)).toMatchObject({ ok: false });
    expect(checkDownloadedImage("image/gif", 101, 100)).toMatchObject({ ok: false, reason: "expected at most 100 bytes, found 101" });
    expect(localImagePath("ab", "png")).toBe("/remote-images/ab.png");
  });
});

const FULL = join(__dirname, "../../../../shared/fixtures/ainews-full-sample");
describe.skipIf(!existsSync(FULL))("the full-body AINews fixture (../shared/fixtures/ainews-full-sample)", () => {
  it("every remote image it holds is found and rendered lazy over https by the .md renderer", () => {
    const render = createMarkdownRenderer({ sanitize: sanitizeHtml });
    let found = 0;
    let rendered = 0;
    let lazy = 0;
    for (const name of readdirSync(FULL).filter((n) => n.endsWith(".md"))) {
      const source = readFileSync(join(FULL, name), "utf8");
      found += remoteImageRefs(source).length;
      const body = source.replace(/^---[\s\S]*?\n---\n/, "");
      const html = render(body).html;
      for (const m of html.matchAll(/<img\b[^>]*>/g)) {
        rendered++;
        if (/ src="https:\/\//.test(m[0]) && / loading="lazy"/.test(m[0]) && / decoding="async"/.test(m[0])) lazy++;
      }
    }
    console.log(`[remote images] full-body fixture: ${found} remote images found, ${rendered} <img> rendered, ${lazy} of them https + lazy + async`);
    expect(found).toBeGreaterThan(0);
    expect(lazy).toBe(rendered);
    expect(rendered).toBe(found);
  });
});
