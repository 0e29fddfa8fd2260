import { existsSync } from "node:fs";
import { Resvg, type ResvgRenderOptions } from "@resvg/resvg-js";
import { rasterSafeSvg, rasterZoom } from "../lib/plots/rasterSvg";
import { drawnInCardFonts } from "../lib/share/cardFonts";
import type { CardFonts } from "./cardFontFiles";

/**
 * Sans-serif fonts resvg can use. Debian's DejaVu Sans (a dependency of chromium, installed by
 * .ci/run) or Liberation Sans; node_modules ships no text font (only playwright's icon font),
 * so there is no bundled fallback: system fonts are loaded too, and the first of these files
 * that exists names the default family.
 */
const FONT_FILES: [string, string][] = [
  ["/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", "DejaVu Sans"],
  ["/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf", "Liberation Sans"],
];

/** The font options every PNG is rendered with (exported for the test that text really renders). */
export function plotFontOptions() {
  const found = FONT_FILES.filter(([file]) => existsSync(file));
  return { loadSystemFonts: true, fontFiles: found.map(([file]) => file), defaultFontFamily: found[0]?.[1] ?? "sans-serif" };
}

/** The card fonts this thread draws qualifying social images with (`useCardFonts`); none at first. */
let cardFonts: CardFonts | undefined;

/**
 * Draw the SVGs that `drawnInCardFonts` accepts with `fonts` (cardFontFiles.ts), the others with
 * the system's fonts; undefined: every SVG with the system's fonts. Same pixels either way, only
 * faster (src/lib/share/cardFonts.ts).
 */
export function useCardFonts(fonts: CardFonts | undefined): void {
  cardFonts = fonts;
}

/** The font options for `svg` (after `rasterSafeSvg`): the card fonts when they draw it, else `plotFontOptions()`. */
export function fontOptionsFor(svg: string): NonNullable<ResvgRenderOptions["font"]> {
  if (cardFonts && drawnInCardFonts(svg, cardFonts.codePoints)) return { loadSystemFonts: false, fontFiles: cardFonts.files, defaultFontFamily: "DejaVu Sans" };
  return plotFontOptions();
}

/** What an SVG too large to draw within the limits becomes: one white pixel. */
const BLANK = '<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"/>';

/**
 * A plot's SVG as a PNG (for feed items, where inline SVG does not survive): rendered by resvg
 * on a white background at the SVG's own size times `scale`, within the size limits of
 * src/schemas/limits.ts. CSS variables do not exist there, so `currentColor` falls back to black,
 * which reads on white. The SVG first loses anything that would load a file (`rasterSafeSvg`):
 * resvg reads local files an `<image>` names, and the PNG is published.
 */
export function renderPlotPng(svg: string, { scale = 1 }: { scale?: number } = {}): Uint8Array {
  return renderPlotImage(svg, { scale }).asPng();
}

/** What `renderPlotPng` encodes: the rendered image, its pixels readable (for tests). */
export function renderPlotImage(svg: string, { scale = 1 }: { scale?: number } = {}): ReturnType<Resvg["render"]> {
  const input = rasterInput(svg, scale);
  return new Resvg(input.svg, input.options).render();
}

/** What resvg renders for a plot's SVG: the safe SVG at its zoom, or one white pixel when it is too large. */
function rasterInput(svg: string, scale: number): { svg: string; options: ResvgRenderOptions } {
  const safe = rasterSafeSvg(svg);
  // The size resvg reads from the SVG (units, viewBox), before any pixel is allocated.
  const probe = new Resvg(safe, { font: { loadSystemFonts: false } });
  const zoom = rasterZoom(probe.width, probe.height, scale);
  if (zoom === undefined) return { svg: BLANK, options: { background: "#ffffff", font: { loadSystemFonts: false } } };
  // The plots carry their look in attributes (their CSS lives in the page), so resvg needs nothing else.
  return { svg: safe, options: { background: "#ffffff", font: fontOptionsFor(safe), fitTo: { mode: "zoom", value: zoom } } };
}
