import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Resvg } from "@resvg/resvg-js";
import { afterAll, describe, expect, it } from "vitest";
import { MAX_RASTER_PIXELS, MAX_RASTER_SIDE } from "../schemas/limits";
import { renderPlotImage, renderPlotPng } from "./renderPlotPng";

const dir = mkdtempSync(join(tmpdir(), "bd-raster-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A local PNG file: a solid red square, standing in for a private file on the build machine. */
const redPng = join(dir, "secret.png");
writeFileSync(redPng, new Resvg('<svg xmlns="http://www.w3.org/2000/svg" width="50" height="50"><rect width="50" height="50" fill="#ff0000"/></svg>').render().asPng());

const redPixels = (pixels: Uint8Array | Buffer) => {
  let n = 0;
  for (let i = 0; i < pixels.length; i += 4) if (pixels[i] > 200 && pixels[i + 1] < 50 && pixels[i + 2] < 50) n++;
  return n;
};

describe("renderPlotPng on hostile SVG", () => {
  const leaking = (href: string) => `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="50" height="50"><image ${href} width="50" height="50"/></svg>`;

  it("never draws a local file an <image> names (resvg alone would)", () => {
    // Without the guard, resvg reads the file: the test would catch a regression.
    expect(redPixels(new Resvg(leaking(`href="${redPng}"`)).render().pixels)).toBeGreaterThan(2000);
    for (const href of [`href="${redPng}"`, `xlink:href="${redPng}"`, `href="file://${redPng}"`, `HREF='${redPng}'`]) {
      expect(redPixels(renderPlotImage(leaking(href)).pixels)).toBe(0);
    }
    const filter = `<svg xmlns="http://www.w3.org/2000/svg" width="50" height="50"><filter id="f"><feImage href="${redPng}"/></filter><rect width="50" height="50" filter="url(#f)"/></svg>`;
    expect(redPixels(renderPlotImage(filter).pixels)).toBe(0);
  });

  it("caps the size of the PNG: a 200-byte 8000x8000 SVG gives at most MAX_RASTER_SIDE per side", () => {
    const huge = '<svg xmlns="http://www.w3.org/2000/svg" width="8000" height="8000"><rect width="8000" height="8000" fill="#00f"/></svg>';
    const image = renderPlotImage(huge, { scale: 2 });
    expect(image.width).toBeLessThanOrEqual(MAX_RASTER_SIDE);
    expect(image.width * image.height).toBeLessThanOrEqual(MAX_RASTER_PIXELS);
    expect(image.width).toBe(image.height);
    const sliver = renderPlotImage('<svg xmlns="http://www.w3.org/2000/svg" width="100000" height="10"/>', { scale: 2 });
    expect(sliver.width * sliver.height).toBeLessThanOrEqual(MAX_RASTER_PIXELS);
    const absurd = renderPlotImage('<svg xmlns="http://www.w3.org/2000/svg" width="1e12" height="1"/>', { scale: 2 });
    expect([absurd.width, absurd.height]).toEqual([1, 1]);
  });

  it("draws an SVG written without xmlns, as HTML allows (resvg alone refuses it)", () => {
    const bare = '<svg width="40" height="20" viewBox="0 0 40 20"><rect width="40" height="20" fill="#ff0000"/></svg>';
    expect(() => new Resvg(bare)).toThrow();
    const png = renderPlotPng(bare);
    expect([...png.slice(1, 4)]).toEqual([0x50, 0x4e, 0x47]);
    expect(redPixels(renderPlotImage(bare).pixels)).toBe(800);
  });
});
