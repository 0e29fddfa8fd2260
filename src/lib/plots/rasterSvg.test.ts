import { describe, expect, it } from "vitest";
import { rasterSafeSvg, rasterZoom } from "./rasterSvg";

describe("rasterSafeSvg", () => {
  it("removes what loads a file or URL, keeps references inside the SVG", () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg"><image href="/etc/x.png"/><image xlink:href="/x.png"></image><filter><feImage href="/y.png"/></filter><use href="#a"/><use href="/z.svg#a"/><a href="https://x.example/"><rect/></a></svg>';
    const out = rasterSafeSvg(svg);
    expect(out).not.toMatch(/image|\/etc|\/x\.png|\/y\.png|\/z\.svg|x\.example/i);
    expect(out).toContain('<use href="#a"/>');
    expect(out).toContain("<rect/>");
  });
  it("declares the SVG namespace (and xlink's) when missing, and only then", () => {
    expect(rasterSafeSvg('<svg width="1"><use xlink:href="#a"/></svg>')).toBe('<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="1"><use xlink:href="#a"/></svg>');
    const declared = '<svg xmlns="http://www.w3.org/2000/svg" width="1"></svg>';
    expect(rasterSafeSvg(declared)).toBe(declared);
  });
});

describe("rasterZoom", () => {
  it("keeps the requested scale for plot-sized SVGs and shrinks huge ones", () => {
    expect(rasterZoom(640, 400, 2)).toBe(2);
    expect(rasterZoom(8000, 8000, 2)).toBeCloseTo(0.2447, 3);
    expect(rasterZoom(100000, 10, 2)).toBe(0.1);
    expect(rasterZoom(1e12, 1, 2)).toBeUndefined();
    expect(rasterZoom(0, 0, 2)).toBe(2);
  });
});
