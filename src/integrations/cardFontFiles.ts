/**
 * The card fonts: DejaVu Sans and DejaVu Sans Bold cut to the characters of
 * `CARD_FONT_RANGES` (src/lib/share/cardFonts.ts), written once per thread into the PNG cache
 * folder for resvg, which takes fonts as file paths only.
 *
 * resvg-js reads a font's whole file again for every glyph it lays out: a social image drawn with
 * the 760 KB DejaVu Sans spent about 12 of its 26 ms reading it, and the system's other fonts,
 * loaded for characters DejaVu lacks, cost another 3 ms. The same card drawn with these subsets
 * (about 65 KB each) takes 14 ms, with the same pixels; `drawnInCardFonts` says which images
 * qualify (docs/performance.md, "Social images: small card fonts").
 *
 * Library: subset-font (harfbuzz's own subsetter, compiled to WebAssembly; the one fonttools-grade
 * subsetter on npm), and harfbuzzjs, to list the characters each font has: a dependency of its
 * own (the version subset-font brings), since this file imports it.
 */
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { Blob, Face } from "harfbuzzjs";
import subsetFont from "subset-font";
import { cardFontCodePoints } from "../lib/share/cardFonts";
import { writeFileSafely } from "./safeWrite";

/** Debian's DejaVu Sans, regular and bold (fonts-dejavu-core, which chromium brings). */
export const CARD_FONT_SOURCES = ["/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"] as const;

/** The card fonts as resvg loads them, and the characters they hold. */
export interface CardFonts {
  files: string[];
  codePoints: ReadonlySet<number>;
}

const sha256 = (data: Uint8Array) => createHash("sha256").update(data).digest("hex");

/**
 * The card fonts cut from `sources` and written into `dir` (each file named by its SHA-256, and
 * written again when what is there does not match it); undefined when a source font is not
 * installed, and the social images are drawn with the system's fonts as before.
 */
export async function prepareCardFonts(dir: string, sources: readonly string[] = CARD_FONT_SOURCES): Promise<CardFonts | undefined> {
  if (!sources.every((source) => existsSync(source))) return undefined;
  const fonts = sources.map((source) => readFileSync(source));
  const codePoints = cardFontCodePoints(fonts.map((font) => new Set(new Face(new Blob(font)).collectUnicodes())));
  const text = String.fromCodePoint(...codePoints);
  const files: string[] = [];
  for (const font of fonts) {
    const subset = await subsetFont(font, text, { targetFormat: "truetype" });
    const hash = sha256(subset);
    const file = join(dir, `card-font-${hash.slice(0, 32)}.ttf`);
    if (!existsSync(file) || sha256(readFileSync(file)) !== hash) writeFileSafely(file, subset, { durable: false });
    files.push(file);
  }
  return { files, codePoints: new Set(codePoints) };
}
