import * as Plot from "@observablehq/plot";
import { parseHTML } from "linkedom";

/** Shared look of every plot on the site. */
export const PLOT_DEFAULTS = {
  width: 560,
  height: 400,
  /** px in the SVG's own coordinates; the SVG scales down on narrow screens. */
  fontSize: 13,
  fontFamily: "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'DejaVu Sans', sans-serif",
  marginTop: 24,
} as const;

/** A legend entry drawn inside the SVG (so that the PNG copy for feeds keeps it). */
export interface LegendItem {
  label: string;
  colour: string;
}

/** Options of `renderPlot`: Plot's own, plus what every site plot needs. */
export interface RenderPlotOptions extends Omit<Plot.PlotOptions, "document" | "className" | "figure" | "title" | "subtitle" | "caption"> {
  /** Accessible name of the chart (the figure's caption and table carry the details). */
  label: string;
  /** Drawn above the plot area, wrapped to the width. */
  legend?: readonly LegendItem[];
}

/** Class of every plot's root `<svg>`, styled by PlotFigure.astro. */
const PLOT_CSS_CLASS = "bd-plot";
const CLASS = PLOT_CSS_CLASS;
/** Mark class whose text gets a halo in the page background colour (labels over grid lines). */
export const HALO = "halo";
const SWATCH = 10;
const GAP = 16;
const LINE = 18;
/** Average glyph width as a share of the font size; deliberately generous so labels never overlap. */
const GLYPH = 0.62;

/** Rough text width in SVG units (no layout engine at build time). */
export function textWidth(text: string, fontSize: number = PLOT_DEFAULTS.fontSize): number {
  return text.length * fontSize * GLYPH;
}

/** Lays the legend out in rows that fit `width`; returns each item's position. */
function layoutLegend(items: readonly LegendItem[], width: number, fontSize: number) {
  const placed: { item: LegendItem; x: number; row: number }[] = [];
  let x = 0;
  let row = 0;
  for (const item of items) {
    const w = SWATCH + 5 + textWidth(item.label, fontSize);
    if (x > 0 && x + w > width) {
      row += 1;
      x = 0;
    }
    placed.push({ item, x, row });
    x += w + GAP;
  }
  return { placed, rows: placed.length === 0 ? 0 : row + 1 };
}

const GEOMETRY = ["d", "transform", "x", "y", "x1", "x2", "y1", "y2", "cx", "cy", "r", "width", "height", "points", "viewBox"];

/**
 * The one DOM helper: renders Observable Plot options to an inline SVG string at build time,
 * with linkedom standing in for the browser's `document`. Every plot on the site goes through
 * here, and so do the fixes the validators need:
 * - Plot writes `font-variant="tabular-nums"` as an attribute, which is not an SVG attribute
 *   (W3C Nu rejects it): it is removed, and the page's CSS sets tabular figures;
 * - Plot puts `aria-label` on plain `<g>` groups, which have no role that allows a name (axe's
 *   aria-prohibited-attr): they are removed; the whole SVG is one `role="img"` with a label, and
 *   the figure around it carries the caption and a table as the text alternative;
 * - Plot's `<style>` (with the non-standard `height: intrinsic`) is removed: the site's strict
 *   Content-Security-Policy would block it, so the CSS lives in PlotFigure.astro, where labels
 *   of marks with `className: HALO` get a halo in the page background (`--bg`), so they
 *   read over grid lines in light and dark mode, and are moved apart vertically when they would
 *   overlap (Plot places text marks without collision avoidance);
 * - coordinates are rounded to 0.01 so that the output is compact and stable for snapshots.
 */
export function renderPlot({ label, legend = [], ...options }: RenderPlotOptions): string {
  const { document } = parseHTML("<!doctype html><html><body></body></html>");
  const width = options.width ?? PLOT_DEFAULTS.width;
  const fontSize = PLOT_DEFAULTS.fontSize;
  const { placed, rows } = layoutLegend(legend, width - 16, fontSize);
  // The legend goes under the x axis, where it cannot collide with the y axis label.
  const legendHeight = rows === 0 ? 0 : rows * LINE + 6;
  const height = (options.height ?? PLOT_DEFAULTS.height) + legendHeight;
  const marginBottom = (options.marginBottom ?? 30) + legendHeight;
  const svg = Plot.plot({
    width,
    ...options,
    height,
    marginTop: options.marginTop ?? PLOT_DEFAULTS.marginTop,
    marginBottom,
    document: document as unknown as Document,
    className: CLASS,
  }) as unknown as Element;

  // Optional inline in HTML, required by standalone renderers (resvg for the feed PNGs).
  svg.setAttribute("xmlns", "http://www.w3.org/2000/svg");
  svg.setAttribute("font-size", String(fontSize));
  svg.setAttribute("font-family", PLOT_DEFAULTS.fontFamily);
  svg.setAttribute("role", "img");
  svg.setAttribute("aria-label", label);
  // No <style> element and no style attributes: the site's Content-Security-Policy admits only
  // hashed stylesheets, so the plot's CSS lives in PlotFigure.astro (`PLOT_CSS_CLASS`).
  for (const style of [...svg.querySelectorAll("style")]) style.remove();

  for (const el of [svg, ...svg.querySelectorAll("*")]) {
    // Tabular figures come from the page's CSS instead (see PlotFigure.astro).
    el.removeAttribute("font-variant");
    if (el.tagName.toLowerCase() === "g" && el.hasAttribute("aria-label") && !el.hasAttribute("role")) {
      // Tick labels keep a class, so that tests can measure them (no two may overlap).
      const name = el.getAttribute("aria-label");
      if (name === "x-axis tick label" || name === "y-axis tick label") el.setAttribute("class", `${el.getAttribute("class") ? `${el.getAttribute("class")} ` : ""}${name[0]}-tick-labels`);
      el.removeAttribute("aria-label");
    }
    for (const name of GEOMETRY) {
      const value = el.getAttribute(name);
      if (value !== null) el.setAttribute(name, roundNumbers(value));
    }
  }

  dodgeLabels(svg, fontSize, height);

  if (placed.length > 0) {
    const g = document.createElement("g");
    g.setAttribute("class", "legend");
    g.setAttribute("text-anchor", "start");
    for (const { item, x, row } of placed) {
      const y = height - legendHeight + row * LINE;
      const rect = document.createElement("rect");
      for (const [k, v] of Object.entries({ x: x + 8, y, width: SWATCH, height: SWATCH, fill: item.colour })) rect.setAttribute(k, String(v));
      const text = document.createElement("text");
      for (const [k, v] of Object.entries({ x: x + 8 + SWATCH + 5, y: y + SWATCH / 2, dy: "0.35em" })) text.setAttribute(k, String(v));
      text.textContent = item.label;
      g.append(rect, text);
    }
    svg.appendChild(g);
  }
  return svg.outerHTML;
}

/** Rounds every decimal number in an attribute value to two places (`334.99999999999994` → `335`). */
function roundNumbers(value: string): string {
  return value.replace(/-?\d+\.\d{3,}/g, (n) => String(Math.round(Number(n) * 100) / 100));
}

/**
 * Moves halo labels (the frontier and record-setter names) up or down in steps of one line until
 * none overlaps another, so that models reported days apart stay readable. Boxes are estimated
 * from the text length (see `textWidth`); labels are handled top to bottom, deterministically.
 */
function dodgeLabels(svg: Element, fontSize: number, height: number): void {
  type Box = { el: Element; x0: number; x1: number; y: number };
  const boxes: Box[] = [];
  for (const g of svg.querySelectorAll(`g.${HALO}`)) {
    const [dx, dy] = translation(g.getAttribute("transform"));
    const anchor = g.getAttribute("text-anchor") ?? "start";
    for (const text of g.querySelectorAll("text")) {
      const [x, y] = translation(text.getAttribute("transform"));
      const w = textWidth(text.textContent ?? "", fontSize);
      const left = anchor === "end" ? x + dx - w : anchor === "middle" ? x + dx - w / 2 : x + dx;
      boxes.push({ el: text, x0: left, x1: left + w, y: y + dy });
    }
  }
  boxes.sort((a, b) => a.y - b.y || a.x0 - b.x0);
  const line = fontSize * 1.15;
  const placed: Box[] = [];
  const clashes = (b: Box, y: number) => placed.some((p) => p.x0 < b.x1 && b.x0 < p.x1 && Math.abs(p.y - y) < line);
  // The plot's dots, which a label should not cover either (found in review: a record-setter's
  // name drawn over another model's dot): tried first within two lines, then labels alone.
  const dots = [...svg.querySelectorAll("circle")].map((c) => ({ x: Number(c.getAttribute("cx")), y: Number(c.getAttribute("cy")), r: Number(c.getAttribute("r") ?? 0) })).filter((d) => Number.isFinite(d.x) && Number.isFinite(d.y));
  // A label's glyphs sit mostly above its baseline `y`.
  const coversDot = (b: Box, y: number) => dots.some((d) => d.x + d.r > b.x0 && d.x - d.r < b.x1 && d.y + d.r > y - fontSize * 0.8 && d.y - d.r < y + fontSize * 0.25);
  const candidateAt = (box: Box, step: number) => (step % 2 === 1 ? box.y - Math.ceil(step / 2) * line : box.y + Math.ceil(step / 2) * line);
  const inside = (y: number) => y > fontSize && y < height - fontSize;
  for (const box of boxes) {
    let y = box.y;
    let clear = false;
    for (let step = 0; step <= 4 && !clear; step++) {
      const candidate = step === 0 ? box.y : candidateAt(box, step);
      if (inside(candidate) && !clashes(box, candidate) && !coversDot(box, candidate)) {
        y = candidate;
        clear = true;
      }
    }
    for (let step = 1; !clear && clashes(box, y) && step <= 12; step++) {
      // Try alternately above and below, nearest first, staying inside the SVG.
      const candidate = candidateAt(box, step);
      if (inside(candidate)) y = candidate;
    }
    if (y !== box.y) {
      const [x, ty] = translation(box.el.getAttribute("transform"));
      box.el.setAttribute("transform", `translate(${roundNumbers(String(x))},${roundNumbers(String(ty + y - box.y))})`);
      box.y = y;
    }
    placed.push(box);
  }
}

/** The `translate(x,y)` of a transform attribute, or `[0, 0]`. */
function translation(transform: string | null): [number, number] {
  const m = /translate\(\s*(-?[\d.]+)(?:[ ,]\s*(-?[\d.]+))?\s*\)/.exec(transform ?? "");
  return m ? [Number(m[1]), Number(m[2] ?? 0)] : [0, 0];
}
