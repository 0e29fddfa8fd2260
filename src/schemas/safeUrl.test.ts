import { describe, expect, it } from "vitest";
import { checkSiteImage, checkUrl, urlScheme } from "./safeUrl";

describe("checkUrl", () => {
  it.each([
    "https://example.org/a?b=1&c=2#d",
    "http://example.org",
    "HTTPS://EXAMPLE.ORG/",
    "/models/gpt-5/",
    "../recaps/",
    "#footnote-1",
    "?page=2",
    "",
    "//cdn.example.org/x.png",
    "http://[bad",
  ])("lets %j through as a link and an image source", (url) => {
    expect(checkUrl(url, "link")).toEqual({ ok: true });
    expect(checkUrl(url, "image")).toEqual({ ok: true });
  });

  it("allows mailto: for links only", () => {
    expect(checkUrl("mailto:editor@example.org", "link")).toEqual({ ok: true });
    expect(checkUrl("mailto:editor@example.org", "image")).toMatchObject({ ok: false, dangerous: false });
  });

  it.each([
    ["javascript:alert(1)", "javascript"],
    ["JaVaScRiPt:alert(1)", "javascript"],
    [" \t\n javascript:alert(1)", "javascript"],
    ["java\tscript:alert(1)", "javascript"],
    ["java\nscript:alert(1)", "javascript"],
    ["\u0001javascript:alert(1)", "javascript"],
    ["&#106;avascript:alert(1)", "javascript"],
    ["&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3A;alert(1)", "javascript"],
    ["&#x6A&#x61&#x76&#x61&#x73&#x63&#x72&#x69&#x70&#x74&#x3A;alert(1)", "javascript"],
    ["&#0000106&#0000097vascript:alert(1)", "javascript"],
    ["javascript&colon;alert(1)", "javascript"],
    ["&amp;#106;avascript:alert(1)", "javascript"],
    ["jav&Tab;ascript:alert(1)", "javascript"],
    ["java\u200bscript:alert(1)", "javascript"],
    ["vbscript:msgbox(1)", "vbscript"],
    ["VBSCRIPT:msgbox(1)", "vbscript"],
    ["data:text/html;base64,PHNjcmlwdD4=", "data"],
    ["data:image/png;base64,AAAA", "data"],
    ["file:///etc/passwd", "file"],
  ])("refuses %j as a dangerous %s: URL", (url, scheme) => {
    expect(urlScheme(url)).toBe(scheme);
    for (const use of ["link", "image"] as const) {
      const verdict = checkUrl(url, use);
      expect(verdict).toMatchObject({ ok: false, dangerous: true });
      if (!verdict.ok) expect(verdict.reason).toContain(`"${scheme}:" URLs are not allowed`);
    }
  });

  it("refuses other schemes as not allowed, but not as dangerous (the archive's typos)", () => {
    expect(checkUrl("hhttps://github.com/x", "link")).toMatchObject({ ok: false, dangerous: false });
    expect(checkUrl("id:customize", "link")).toMatchObject({ ok: false, dangerous: false });
    expect(checkUrl("tel:+15555550100", "link")).toMatchObject({ ok: false, dangerous: false });
  });
});

describe("checkSiteImage (frontmatter image)", () => {
  it.each(["/og/sonnet.png", "https://example.org/og.png", "http://example.org/og.png"])("accepts %j", (v) => {
    expect(checkSiteImage(v)).toEqual({ ok: true });
  });
  it.each([
    ["javascript:alert(1)", '"javascript:" URLs are not allowed'],
    ["data:image/png;base64,AAAA", '"data:" URLs are not allowed'],
    ["http://[bad", "does not parse"],
    ["og.png", "starting with /"],
    ["//evil.example/og.png", "starting with /"],
    ["/\\evil.example/og.png", "starting with /"],
    ["mailto:x@example.org", '"mailto:" URLs are not allowed'],
  ])("refuses %j", (v, why) => {
    const verdict = checkSiteImage(v);
    expect(verdict.ok).toBe(false);
    if (!verdict.ok) expect(verdict.reason).toContain(why);
  });
});
