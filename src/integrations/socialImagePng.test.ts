import { afterEach, describe, expect, it } from "vitest";
import { CARD_SIZE, socialCardSvg } from "../lib/share/socialCard";
import { renderPlotPng } from "./renderPlotPng";
import { RENDERS_PER_COLLECTION, socialImagePng } from "./socialImagePng";

const svg = socialCardSvg({ kicker: "k", title: "A model", lines: [{ label: "Board v1", value: "51", bar: 0.8 }], footer: "f" });
const original = (globalThis as { gc?: unknown }).gc;
afterEach(() => {
  (globalThis as { gc?: unknown }).gc = original;
});

describe("socialImagePng", () => {
  it("renders a card at 1200×630, the same bytes as the synchronous renderer", async () => {
    const png = Buffer.from(await socialImagePng(svg));
    expect(png.equals(Buffer.from(renderPlotPng(svg)))).toBe(true);
    expect(png.subarray(1, 4).toString("latin1")).toBe("PNG");
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([CARD_SIZE.width, CARD_SIZE.height]);
  });
  it("asks for a young-generation collection every few renders when the build exposes the collector", async () => {
    const calls: unknown[] = [];
    (globalThis as { gc?: unknown }).gc = (options: unknown) => calls.push(options);
    for (let i = 0; i < 2 * RENDERS_PER_COLLECTION; i++) await socialImagePng(svg);
    expect(calls.length).toBeGreaterThanOrEqual(1);
    expect(calls.every((c) => JSON.stringify(c) === '{"type":"minor"}')).toBe(true);
  });
});
