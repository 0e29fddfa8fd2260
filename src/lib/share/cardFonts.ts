/**
 * Which social images can be drawn with the small card fonts (src/integrations/cardFontFiles.ts):
 * subsets of DejaVu Sans and DejaVu Sans Bold holding only the characters below.
 *
 * Why: resvg-js reads the whole font file again for every glyph it lays out (its font database
 * keeps fonts as file paths). With DejaVu Sans (760 KB) that was about half of a card's 26 ms,
 * nearly all of it system time; with a 70 KB subset of the same font the card takes 14 ms and its
 * pixels are the same (docs/performance.md, "Social images: small card fonts").
 *
 * A card qualifies only when the subset draws it exactly as the full fonts would: every text in
 * the card's one family (which resolves to DejaVu Sans where it is installed), in its regular or
 * bold weight, upright, and every character one the subset holds. Anything else (another family,
 * italics, a style sheet, a character reference, a character outside the subset) is drawn with
 * the system's fonts as before.
 */

/** The font family of every text of a social card (src/lib/share/socialCard.ts). */
export const CARD_FONT_FAMILY = "DejaVu Sans, Liberation Sans, sans-serif";

/**
 * The characters the card fonts are cut to, as inclusive code point ranges: Latin (ASCII, Latin-1,
 * Latin Extended-A), general punctuation, currency signs and the few arrows and signs figures use.
 * Only those DejaVu Sans has in both weights are kept (`cardFontCodePoints`).
 */
export const CARD_FONT_RANGES: readonly (readonly [number, number])[] = [
  [0x20, 0x7e],
  [0xa0, 0x17f],
  [0x2010, 0x2027],
  [0x2030, 0x203a],
  [0x2044, 0x2044],
  [0x20a0, 0x20c0],
  [0x2116, 0x2116],
  [0x2122, 0x2122],
  [0x2190, 0x2193],
  [0x2212, 0x2212],
  [0x221e, 0x221e],
  [0x2248, 0x2248],
  [0x2260, 0x2260],
  [0x2264, 0x2265],
];

/**
 * The code points of `CARD_FONT_RANGES` that every one of `fonts` (each a font's code points) has.
 * @example cardFontCodePoints([new Set([0x41, 0x42, 0x4e00])]) // [0x41, 0x42]
 */
export function cardFontCodePoints(fonts: readonly ReadonlySet<number>[]): number[] {
  const out: number[] = [];
  for (const [from, to] of CARD_FONT_RANGES) {
    for (let code = from; code <= to; code++) if (fonts.every((font) => font.has(code))) out.push(code);
  }
  return out;
}

/** Attributes that choose a font: only the family (the card's), size and weight are allowed. */
const FONT_ATTRIBUTE = /\s(font(?:-[a-z]+)*)\s*=\s*("([^"]*)"|'([^']*)')/gi;
/** Weights the card fonts have: regular and bold. */
const CARD_WEIGHTS = new Set(["normal", "bold", "400", "700"]);

/**
 * Whether `svg` draws every text in the card fonts' family, weights and characters, so that the
 * card fonts (whose characters are `codePoints`) draw it exactly as the system's fonts would.
 * @example drawnInCardFonts('<svg><text font-family="DejaVu Sans, Liberation Sans, sans-serif">Hi</text></svg>', new Set([0x48, 0x69])) // true
 */
export function drawnInCardFonts(svg: string, codePoints: ReadonlySet<number>): boolean {
  // A style sheet or style attribute can choose another font; a character reference can name a
  // character the check below would not see.
  if (/<style\b|\sstyle\s*=|&#/i.test(svg)) return false;
  for (const [, name, , double, single] of svg.matchAll(FONT_ATTRIBUTE)) {
    const value = (double ?? single ?? "").trim();
    const attribute = name!.toLowerCase();
    if (attribute === "font-family") {
      if (value !== CARD_FONT_FAMILY) return false;
    } else if (attribute === "font-weight") {
      if (!CARD_WEIGHTS.has(value)) return false;
    } else if (attribute !== "font-size") return false;
  }
  for (const char of svg) {
    const code = char.codePointAt(0)!;
    // Markup's own white space, and every other character the subset must hold.
    if (code === 0x0a || code === 0x0d || code === 0x09) continue;
    if (!codePoints.has(code)) return false;
  }
  return true;
}
