import { describe, expect, it } from "vitest";
import { CARD_FONT_FAMILY, CARD_FONT_RANGES, cardFontCodePoints, drawnInCardFonts } from "./cardFonts";
import { socialCardSvg } from "./socialCard";

/** Every code point of the ranges: a font that has them all. */
const all = new Set(CARD_FONT_RANGES.flatMap(([from, to]) => Array.from({ length: to - from + 1 }, (_, i) => from + i)));

const card = socialCardSvg({
  kicker: "benchdigest · model",
  title: "Señor-7B “Café” — über 2× faster",
  subtitle: "Łódź Labs · open weights · released 1 Jan 2026",
  lines: [{ label: "Index v4.0", value: "68.2 · rank 3 of 120 · $1,234 ≥ €9", bar: 0.5 }],
  footer: "1 recap mentions it · example.org",
});

describe("cardFontCodePoints", () => {
  it("keeps the ranges' code points that every font has, in order", () => {
    expect(cardFontCodePoints([new Set([0x41, 0x42, 0x4e00, 0x2026]), new Set([0x42, 0x2026, 0x41])])).toEqual([0x41, 0x42, 0x2026]);
    expect(cardFontCodePoints([all])).toEqual([...all]);
    expect(cardFontCodePoints([all, new Set()])).toEqual([]);
  });
});

describe("drawnInCardFonts", () => {
  it("accepts a social card whose characters the fonts hold", () => {
    expect(card).toContain(`font-family="${CARD_FONT_FAMILY}"`);
    expect(card).toContain(`font-weight="bold"`);
    expect(drawnInCardFonts(card, all)).toBe(true);
  });

  it("refuses a character the fonts lack, wherever it is", () => {
    const chinese = socialCardSvg({ kicker: "k", title: "通义千问 Qwen", lines: [], footer: "f" });
    expect(drawnInCardFonts(chinese, all)).toBe(false);
    const without = new Set([...all].filter((c) => c !== "Ł".codePointAt(0)));
    expect(drawnInCardFonts(card, without)).toBe(false);
  });

  it("refuses what could choose another font or hide a character", () => {
    const variants = [
      card.replace(`font-family="${CARD_FONT_FAMILY}"`, `font-family="DejaVu Serif"`),
      card.replace(`font-family="${CARD_FONT_FAMILY}"`, `font-family='DejaVu Sans'`),
      card.replace(`font-weight="bold"`, `font-weight="300"`),
      card.replace(`font-weight="bold"`, `font-style="italic"`),
      card.replace(`font-weight="bold"`, `font-variant="small-caps"`),
      card.replace(`font-weight="bold"`, `font-size-adjust="0.5"`),
      card.replace(`font-weight="bold"`, `style="font-family: serif"`),
      card.replace("<rect", "<style>text { font-style: italic }</style><rect"),
      card.replace("benchdigest", "&#x4e00;benchdigest"),
    ];
    for (const svg of variants) {
      expect(svg).not.toBe(card);
      expect(drawnInCardFonts(svg, all)).toBe(false);
    }
  });

  it("accepts the card's family with single quotes and the weights the fonts have", () => {
    expect(drawnInCardFonts(card.replace(`font-weight="bold"`, `font-weight='700'`), all)).toBe(true);
    expect(drawnInCardFonts(card.replace(`font-weight="bold"`, `font-weight="normal"`), all)).toBe(true);
  });
});
