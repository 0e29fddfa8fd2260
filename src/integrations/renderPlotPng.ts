import { existsSync } from "node:fs";
import { Resvg } from "@resvg/resvg-js";

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

/**
 * A plot's SVG as a PNG (for feed items, where inline SVG does not survive): rendered by resvg
 * on a white background at the SVG's own size times `scale`. CSS variables do not exist there,
 * so `currentColor` falls back to black, which reads on white.
 */
export function renderPlotPng(svg: string, { scale = 1 }: { scale?: number } = {}): Uint8Array {
  // The plots carry their look in attributes (their CSS lives in the page), so resvg needs nothing else.
  const resvg = new Resvg(svg, { background: "#ffffff", font: plotFontOptions(), fitTo: { mode: "zoom", value: scale } });
  return resvg.render().asPng();
}
