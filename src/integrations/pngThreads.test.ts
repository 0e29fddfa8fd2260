import { existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { CARD_SIZE, socialCardSvg } from "../lib/share/socialCard";
import { RENDERS_PER_COLLECTION, renderPngTask } from "./pngThreadTask";
import { renderPlotPngInThreads } from "./pngThreads";
import { renderPlotPng } from "./renderPlotPng";
import { CARD_FONT_SOURCES } from "./cardFontFiles";

/** Where the threads write the card fonts (cardFontFiles.ts). */
const cardFontDir = mkdtempSync(join(tmpdir(), "bd-png-threads-"));
afterAll(() => rmSync(cardFontDir, { recursive: true, force: true }));

const svg = socialCardSvg({ kicker: "k", title: "A model", lines: [{ label: "Board v1", value: "51", bar: 0.8 }], footer: "f" });
const original = (globalThis as { gc?: unknown }).gc;
afterEach(() => {
  (globalThis as { gc?: unknown }).gc = original;
});

describe("PNG threads", () => {
  it("render a card at 1200×630 in a worker thread, with the card fonts, the same bytes as the main thread's renderer with the system's", async () => {
    const pngs = await Promise.all([1, 2, 3].map(() => renderPlotPngInThreads(import.meta.dirname, svg, { cardFontDir })));
    // The threads cut the card fonts (where DejaVu Sans is installed) and drew with them.
    if (CARD_FONT_SOURCES.every((file) => existsSync(file))) expect(readdirSync(cardFontDir).filter((name) => name.endsWith(".ttf"))).toHaveLength(2);
    const png = Buffer.from(pngs[0]);
    expect(png.equals(Buffer.from(renderPlotPng(svg)))).toBe(true);
    expect(pngs.every((p) => Buffer.from(p).equals(png))).toBe(true);
    expect(png.subarray(1, 4).toString("latin1")).toBe("PNG");
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([CARD_SIZE.width, CARD_SIZE.height]);
    // At a scale, as the feed images are drawn.
    const twice = Buffer.from(await renderPlotPngInThreads(import.meta.dirname, svg, { scale: 2, cardFontDir }));
    expect(twice.equals(Buffer.from(renderPlotPng(svg, { scale: 2 })))).toBe(true);
    expect(twice.readUInt32BE(16)).toBeGreaterThan(2 * CARD_SIZE.width - 5);
  });

  it("give each card font folder its own threads (a pool started for another folder is not reused)", async () => {
    const other = mkdtempSync(join(tmpdir(), "bd-png-threads-other-"));
    try {
      await renderPlotPngInThreads(import.meta.dirname, svg, { cardFontDir: other });
      await renderPlotPngInThreads(import.meta.dirname, svg, { cardFontDir });
      if (CARD_FONT_SOURCES.every((file) => existsSync(file))) {
        for (const dir of [other, cardFontDir]) expect(readdirSync(dir).filter((name) => name.endsWith(".ttf"))).toHaveLength(2);
      }
    } finally {
      rmSync(other, { recursive: true, force: true });
    }
  });

  it("ask for a young-generation collection every few renders when the process exposes the collector", () => {
    const calls: unknown[] = [];
    (globalThis as { gc?: unknown }).gc = (options: unknown) => calls.push(options);
    for (let i = 0; i < 2 * RENDERS_PER_COLLECTION; i++) renderPngTask({ svg, scale: 1 });
    expect(calls.length).toBeGreaterThanOrEqual(1);
    expect(calls.every((c) => JSON.stringify(c) === '{"type":"minor"}')).toBe(true);
  });

  it("take a collector of their own when the process exposes none (a plain astro build)", () => {
    (globalThis as { gc?: unknown }).gc = undefined;
    for (let i = 0; i < 2 * RENDERS_PER_COLLECTION; i++) expect(renderPngTask({ svg, scale: 1 }).length).toBeGreaterThan(1000);
    // Taking it sets V8's flag for one new context only: this context still has no gc.
    expect((globalThis as { gc?: unknown }).gc).toBeUndefined();
  });
});
