import { describe, expect, it } from "vitest";
import { parseHTML } from "linkedom";
import { CARD_SIZE, siteCardAlt, siteCardSvg } from "./socialCard";

const texts = (svg: string) => [...parseHTML(`<html><body>${svg}</body></html>`).document.querySelectorAll("text")].map((t) => t.textContent);

describe("siteCardSvg", () => {
  it("draws the site's title, description and host on a 1200×630 card", () => {
    const svg = siteCardSvg({ title: "Tensor Tidings", description: "Weekly notes on <tensors> & models.", host: "tidings.example.net" });
    expect(svg).toContain(`width="${CARD_SIZE.width}" height="${CARD_SIZE.height}"`);
    expect(texts(svg)).toEqual(["Tensor Tidings", "Weekly notes on <tensors> & models.", "tidings.example.net"]);
    expect(svg).toContain("&lt;tensors&gt; &amp;");
  });

  it("wraps a long description to four lines at most, fewer under a two-line title", () => {
    const long = "word ".repeat(200).trim();
    expect(texts(siteCardSvg({ title: "T", description: long, host: "h" }))).toHaveLength(1 + 4 + 1);
    expect(texts(siteCardSvg({ title: "A title long enough to need a second line on the card", description: long, host: "h" }))).toHaveLength(2 + 3 + 1);
    expect(texts(siteCardSvg({ title: "T", description: long, host: "h" }))[4]).toMatch(/…$/);
  });
});

describe("siteCardAlt", () => {
  it("says in words what the card draws", () => {
    expect(siteCardAlt({ title: "Tensor Tidings", description: "Weekly notes on tensors." })).toBe("Tensor Tidings: Weekly notes on tensors.");
    expect(siteCardAlt({ title: "Tensor Tidings", description: " " })).toBe("Tensor Tidings");
  });
});
