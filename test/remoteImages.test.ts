/**
 * The remote-image policy on the built sample site (docs/images.md): the sample recap
 * 2026-03-18-minimax-m2-7-cost-frontier.md holds one https image. Under REMOTE_IMAGES = "load" (the
 * default) its page shows it from its host, lazily, and the pages' CSP allows https: images (and
 * neither http: nor every source); the feeds keep its absolute https URL. Nothing is fetched: the
 * browser test (test/browser/remoteImages.test.ts) answers the request itself.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { DIST, ROOT } from "./helpers/astro";
import { REMOTE_IMAGES } from "../src/config";

const RECAP = "2026-03-18-minimax-m2-7-cost-frontier";
const source = readFileSync(join(ROOT, "content/recaps", `${RECAP}.md`), "utf8");
const IMAGE = /!\[[^\]]*\]\((https:\/\/[^)\s]+)\)/.exec(source)?.[1];
const doc = (path: string) => parseHTML(readFileSync(join(DIST, path), "utf8")).document;
const imgSrc = (d: Document) => [...d.querySelectorAll("meta[http-equiv='content-security-policy' i]")].map((m) => /img-src ([^;]*)/.exec(m.getAttribute("content") ?? "")?.[1]);

describe.skipIf(REMOTE_IMAGES !== "load")("remote images under REMOTE_IMAGES = \"load\" (the sample site)", () => {
  it("the sample recap holds a remote https image", () => expect(IMAGE).toMatch(/^https:\/\//));

  it("its page shows it from its host, lazy and async, with its alt text", () => {
    const img = doc(`recaps/${RECAP}/index.html`).querySelector(`img[src="${IMAGE}"]`);
    expect(img, `<img src="${IMAGE}"> on /recaps/${RECAP}/`).not.toBeNull();
    expect(img!.getAttribute("loading")).toBe("lazy");
    expect(img!.getAttribute("decoding")).toBe("async");
    expect(img!.getAttribute("alt")).toMatch(/Wikimedia Commons/);
  });

  it("the pages' CSP allows https: images, not http: or every source", () => {
    for (const path of [`recaps/${RECAP}/index.html`, "index.html"]) {
      const sources = imgSrc(doc(path));
      expect(sources, path).toHaveLength(1);
      expect(sources[0]!.split(/\s+/).sort()).toEqual(["'self'", "data:", "https:"].sort());
    }
  });

  it("the feeds keep the image's absolute https URL", () => {
    const rss = readFileSync(join(DIST, "rss.xml"), "utf8");
    expect(rss).toContain(`<img src="${IMAGE}"`);
    const json = JSON.parse(readFileSync(join(DIST, "feed.json"), "utf8")) as { items: { content_html?: string }[] };
    expect(json.items.some((i) => i.content_html?.includes(`src="${IMAGE}"`))).toBe(true);
  });
});
