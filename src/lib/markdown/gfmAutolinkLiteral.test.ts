import { describe, expect, it } from "vitest";
import { matchAutolinkLiteral } from "./gfmAutolinkLiteral";
import { createMarkdownIt } from "./renderMarkdown";

const md = createMarkdownIt();
const links = (markdown: string) => [...md.render(markdown).matchAll(/<a href="([^"]*)">([^<]*)<\/a>/g)].map((m) => `${m[2]} -> ${m[1]}`);

describe("matchAutolinkLiteral (micromark's tokenizer)", () => {
  it("finds www., http(s):// and e-mail literals where the previous character allows one", () => {
    expect(matchAutolinkLiteral("www.example.org/a.", 0)).toEqual({ end: 17, url: "http://www.example.org/a" });
    expect(matchAutolinkLiteral("https://localhost:3000 x", 0)).toEqual({ end: 22, url: "https://localhost:3000" });
    expect(matchAutolinkLiteral("hi@example.org.", 0)).toEqual({ end: 14, url: "mailto:hi@example.org" });
    expect(matchAutolinkLiteral("ahttp://x.org", 1)).toBeUndefined(); // after a letter
    expect(matchAutolinkLiteral("xwww.x.org", 1)).toBeUndefined(); // www after a letter
    expect(matchAutolinkLiteral("ftp://x.org", 0)).toBeUndefined(); // not GFM
    expect(matchAutolinkLiteral("example.org", 0)).toBeUndefined(); // bare domains are not GFM
    expect(matchAutolinkLiteral("www.ex_ample.com", 0)).toBeUndefined(); // underscore in the last two labels
    expect(matchAutolinkLiteral("x@1.2", 0)).toBeUndefined(); // e-mail domain must end in a letter
  });

  it("keeps balanced parentheses and drops trailing punctuation and character references", () => {
    expect(matchAutolinkLiteral("https://en.wikipedia.org/wiki/Foo_(bar)).", 0)?.url).toBe("https://en.wikipedia.org/wiki/Foo_(bar)");
    expect(matchAutolinkLiteral("www.x.com/a&amp; b", 0)?.url).toBe("http://www.x.com/a");
    expect(matchAutolinkLiteral("www.x.com/a?!", 0)?.url).toBe("http://www.x.com/a");
  });
});

describe("autolink literals in rendered Markdown", () => {
  it("links literals in text, shows them as written, and leaves code, links and labels alone", () => {
    expect(links("See http://localhost:3000, www.x.com/a_(b)_c. Mail a.b@c.org.")).toEqual([
      "http://localhost:3000 -> http://localhost:3000",
      "www.x.com/a_(b)_c -> http://www.x.com/a_(b)_c",
      "a.b@c.org -> mailto:a.b@c.org",
    ]);
    // `mailto:` and `xmpp:` prefixes: micromark's tokenizer takes the address at the letter after
    // the colon first, so only the address is linked (as in Astro's output today).
    expect(links("`www.code.org` and [text](https://t.org) and mailto:x@y.org and xmpp:me@chat.org/home")).toEqual([
      "text -> https://t.org",
      "x@y.org -> mailto:x@y.org",
      "me@chat.org -> mailto:me@chat.org",
    ]);
    // Inside an open label micromark finds none; the text pass (a dot required) still may.
    expect(links("[see http://localhost:3000] [in www.label.com]")).toEqual(["www.label.com -> http://www.label.com"]);
  });
});
