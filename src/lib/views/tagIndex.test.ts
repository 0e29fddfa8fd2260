import { describe, expect, it } from "vitest";
import { pageFeed } from "./pageFeed";
import { tagIndexView, tagLetterPages } from "./tagIndex";

const tag = (name: string, n: number) => ({ name, slug: name.toLowerCase(), recapIds: Array.from({ length: n }, (_, i) => `r${i}`) });
const tags = [tag("benchmarking", 13), tag("agents", 3), tag("zeta", 1), tag("Alpha", 1), tag("evals", 5), tag("rlhf", 2)];

describe("tagIndexView", () => {
  it("lists the main tags with links and counts, and the rest inline by letter while short", () => {
    const view = tagIndexView("topics", tags, { minRecaps: 3, mainLimit: 100, inlineRestLimit: 10 });
    expect(view).toMatchObject({ title: "Topics", total: 6, minRecaps: 3, restCount: 3, restLayout: "inline" });
    expect(view.main).toEqual([
      { name: "benchmarking", href: "/topics/benchmarking/", count: 13 },
      { name: "evals", href: "/topics/evals/", count: 5 },
      { name: "agents", href: "/topics/agents/", count: 3 },
    ]);
    expect(view.rest.map((g) => [g.label, g.href, g.tags.map((t) => t.href)])).toEqual([
      ["A", undefined, ["/topics/alpha/"]],
      ["R", undefined, ["/topics/rlhf/"]],
      ["Z", undefined, ["/topics/zeta/"]],
    ]);
    expect(tagLetterPages(tags, { minRecaps: 3, mainLimit: 100, inlineRestLimit: 10 })).toEqual([]);
  });

  it("links one page per letter, with its count, when the rest is long", () => {
    const options = { minRecaps: 3, mainLimit: 100, inlineRestLimit: 2 };
    const view = tagIndexView("people", tags, options);
    expect(view.restLayout).toBe("letter-pages");
    expect(view.rest.map((g) => [g.href, g.count, g.tags.length])).toEqual([
      ["/people/all/a/", 1, 0],
      ["/people/all/r/", 1, 0],
      ["/people/all/z/", 1, 0],
    ]);
    expect(tagLetterPages(tags, options).map((g) => [g.letter, g.tags.map((t) => t.name)])).toEqual([
      ["a", ["Alpha"]],
      ["r", ["rlhf"]],
      ["z", ["zeta"]],
    ]);
  });
});

describe("pageFeed", () => {
  it("offers a tag's own feed when it has one, else the site-wide feed", () => {
    expect(pageFeed("/topics/evals/rss.xml", true)).toEqual({ href: "/topics/evals/rss.xml", own: true });
    expect(pageFeed("/topics/rlhf/rss.xml", false)).toEqual({ href: "/rss.xml", own: false });
  });
});
