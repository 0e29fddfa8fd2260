import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { escapeHtml } from "../lib/format/escapeHtml";
import { CARD_FONT_FAMILY, drawnInCardFonts } from "../lib/share/cardFonts";
import { socialCardSvg } from "../lib/share/socialCard";
import { CARD_FONT_SOURCES, prepareCardFonts } from "./cardFontFiles";
import { fontOptionsFor, renderPlotImage, useCardFonts } from "./renderPlotPng";

const installed = CARD_FONT_SOURCES.every((file) => existsSync(file));
if (!installed) console.warn(`cardFontFiles.test.ts: skipped, ${CARD_FONT_SOURCES.join(" and ")} not installed (Debian's fonts-dejavu-core)`);

const dir = mkdtempSync(join(tmpdir(), "bd-card-fonts-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(() => useCardFonts(undefined));

const sha256 = (data: Uint8Array) => createHash("sha256").update(data).digest("hex");

/** An SVG that writes `codePoints`, 40 to a line, in the card's family, regular then bold. */
function everyCharacter(codePoints: readonly number[]): string {
  const lines: string[] = [];
  for (let i = 0; i < codePoints.length; i += 40) lines.push(String.fromCodePoint(...codePoints.slice(i, i + 40)));
  const texts = lines.flatMap((line, i) => [
    `<text x="10" y="${30 + i * 56}" font-family="${CARD_FONT_FAMILY}" font-size="22" fill="#111">${escapeHtml(line)}</text>`,
    `<text x="10" y="${56 + i * 56}" font-family="${CARD_FONT_FAMILY}" font-size="22" font-weight="bold" fill="#111">${escapeHtml(line)}</text>`,
  ]);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="1000" height="${lines.length * 56 + 20}">${texts.join("")}</svg>`;
}

/** Pixels that are not the white background: the drawn text. */
const inked = (pixels: Buffer) => {
  let n = 0;
  for (let i = 0; i < pixels.length; i += 4) if (pixels[i]! < 128) n++;
  return n;
};

describe.skipIf(!installed)("prepareCardFonts (DejaVu Sans cut to the card's characters)", () => {
  it("writes one small font per weight, named by its SHA-256, holding the card's characters", async () => {
    const fonts = (await prepareCardFonts(dir))!;
    expect(fonts.files).toHaveLength(2);
    for (const file of fonts.files) {
      const bytes = readFileSync(file);
      expect(basename(file)).toBe(`card-font-${sha256(bytes).slice(0, 32)}.ttf`);
      // A tenth of DejaVu Sans' 760 KB: what makes a card cheap to draw.
      expect(bytes.length).toBeLessThan(100_000);
    }
    for (const char of "Aé€…·—≥×Łž") expect(fonts.codePoints.has(char.codePointAt(0)!)).toBe(true);
    expect(fonts.codePoints.has(0x4e00)).toBe(false);
  });

  it("writes a damaged font again, and keeps a sound one", async () => {
    const [first] = (await prepareCardFonts(dir))!.files;
    writeFileSync(first!, "half a font");
    const again = (await prepareCardFonts(dir))!;
    expect(again.files[0]).toBe(first);
    expect(basename(first!)).toContain(sha256(readFileSync(first!)).slice(0, 32));
    expect(readdirSync(dir).filter((name) => name.endsWith(".ttf"))).toHaveLength(2);
  });

  it("is undefined when a source font is not installed", async () => {
    expect(await prepareCardFonts(dir, [CARD_FONT_SOURCES[0], join(dir, "missing.ttf")])).toBeUndefined();
  });

  it("draws every character it holds, regular and bold, with the same pixels as the system's fonts", async () => {
    const fonts = (await prepareCardFonts(dir))!;
    const svg = everyCharacter([...fonts.codePoints]);
    expect(drawnInCardFonts(svg, fonts.codePoints)).toBe(true);
    const before = renderPlotImage(svg).pixels;
    useCardFonts(fonts);
    expect(fontOptionsFor(svg)).toMatchObject({ loadSystemFonts: false, fontFiles: fonts.files });
    const after = renderPlotImage(svg).pixels;
    // The text is drawn (a font that resolved to nothing would give two blank, equal images).
    expect(inked(after)).toBeGreaterThan(20_000);
    expect(after.equals(before)).toBe(true);
    // And the comparison can fail: one character more in a line moves every pixel after it.
    expect(svg).toContain("ABC");
    const shifted = renderPlotImage(svg.replace("ABC", "AABC")).pixels;
    expect(shifted.equals(after)).toBe(false);
  });

  it("draws a social card as before, and leaves plots and unknown characters to the system's fonts", async () => {
    const fonts = (await prepareCardFonts(dir))!;
    const card = socialCardSvg({ kicker: "benchdigest · model", title: "Señor-7B “Café” — über 2× faster", lines: [{ label: "Index v4.0", value: "68.2 · rank 3 of 120", bar: 0.5 }], footer: "1 recap mentions it · example.org" });
    const before = renderPlotImage(card).pixels;
    useCardFonts(fonts);
    expect(fontOptionsFor(card).fontFiles).toEqual(fonts.files);
    expect(renderPlotImage(card).pixels.equals(before)).toBe(true);
    const plot = `<svg xmlns="http://www.w3.org/2000/svg" width="100" height="40" font-family="system-ui, sans-serif"><text x="5" y="20">Score</text></svg>`;
    expect(fontOptionsFor(plot)).toMatchObject({ loadSystemFonts: true });
    const chinese = socialCardSvg({ kicker: "k", title: "通义千问", lines: [], footer: "f" });
    expect(fontOptionsFor(chinese)).toMatchObject({ loadSystemFonts: true });
  });
});
