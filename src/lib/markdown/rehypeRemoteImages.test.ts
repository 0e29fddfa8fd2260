import type { Element, Root } from "hast";
import { describe, expect, it } from "vitest";
import { rehypeRemoteImages } from "./rehypeRemoteImages";

const img = (src: string, alt: string): Element => ({ type: "element", tagName: "img", properties: { src, alt }, children: [] });
const tree = (): Root => ({
  type: "root",
  children: [
    { type: "element", tagName: "p", properties: {}, children: [img("http://x.org/a.png", "A"), img("/own.png", "own")] },
    { type: "element", tagName: "a", properties: { href: "/p/" }, children: [img("https://x.org/b.png", "B")] },
  ],
});
const run = (policy: Parameters<typeof rehypeRemoteImages>[0]["policy"]) => {
  const t = tree();
  rehypeRemoteImages({ policy })(t);
  return t;
};

describe("rehypeRemoteImages (MDX pages)", () => {
  it("load: remote images https, lazy and async; the site's own untouched", () => {
    const t = run(() => ({ mode: "load" }));
    const p = t.children[0] as Element;
    expect((p.children[0] as Element).properties).toEqual({ src: "https://x.org/a.png", alt: "A", loading: "lazy", decoding: "async" });
    expect((p.children[1] as Element).properties).toEqual({ src: "/own.png", alt: "own" });
  });
  it("block: a link with the alt text, and only the text inside a link", () => {
    const t = run(() => ({ mode: "block" }));
    expect((t.children[0] as Element).children[0]).toEqual({ type: "element", tagName: "a", properties: { href: "https://x.org/a.png" }, children: [{ type: "text", value: "Image: A" }] });
    expect((t.children[1] as Element).children[0]).toEqual({ type: "text", value: "Image: B" });
  });
  it("download: the copy", () => {
    const t = run(() => ({ mode: "download", localCopies: new Map([["https://x.org/a.png", "/remote-images/ab.png"]]) }));
    expect(((t.children[0] as Element).children[0] as Element).properties.src).toBe("/remote-images/ab.png");
  });
});
