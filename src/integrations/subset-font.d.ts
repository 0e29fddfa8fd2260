// subset-font 2.9.0 ships no types: the one call src/integrations/cardFontFiles.ts makes.
declare module "subset-font" {
  /** `font` cut to the glyphs `text` needs (with what shaping them needs), in `targetFormat`. */
  export default function subsetFont(font: Uint8Array, text: string, options?: { targetFormat?: "sfnt" | "truetype" | "woff" | "woff2" }): Promise<Buffer>;
}
