/**
 * An inline SVG made safe to rasterise for the feeds (src/integrations/renderPlotPng.ts renders it
 * with resvg). The SVGs come from recap bodies (our plot components, and `<svg>` written in MDX),
 * so they are input:
 *
 * - resvg reads the file an `<image href="/abs/path.png">` names, and the PNG would publish it
 *   under /feed-images/ (the issue rasterised a local file that way): every `<image>` and
 *   `<feImage>` is removed, and every `href`/`xlink:href` that is not a reference inside the SVG
 *   (`#id`). Our plots use neither.
 * - an SVG parsed as HTML needs no `xmlns`, but resvg parses XML and refused such an SVG, failing
 *   the build: the namespace is added when it is missing (and `xlink`'s when `xlink:` is used).
 * - the PNG's size is capped (`rasterZoom`): a 200-byte `<svg width="8000" height="8000">` took the
 *   build from 350 MB to 2.4 GB.
 */
import { MAX_RASTER_PIXELS, MAX_RASTER_SIDE } from "../../schemas/limits";

const SVG_NS = "http://www.w3.org/2000/svg";
const XLINK_NS = "http://www.w3.org/1999/xlink";

/** Elements that load another resource, dropped with their content. */
const LOADING_ELEMENTS = /<(image|feImage)\b[^>]*?(?:\/>|>[\s\S]*?<\/\1\s*>)|<(image|feImage)\b[^>]*>/gi;
/** `href` and `xlink:href` attributes whose value is not `#id`. */
const EXTERNAL_HREF = /\s(?:xlink:)?href\s*=\s*(?:"(?!\s*#)[^"]*"|'(?!\s*#)[^']*'|(?!["'#])[^\s>]+)/gi;

/** The SVG with nothing that loads a file or URL, and with its namespaces declared. */
export function rasterSafeSvg(svg: string): string {
  let out = svg.replace(LOADING_ELEMENTS, "").replace(EXTERNAL_HREF, "");
  out = out.replace(/^(\s*<svg\b)([^>]*)>/i, (_whole, open: string, attributes: string) => {
    let added = "";
    if (!/\sxmlns\s*=/.test(attributes)) added += ` xmlns="${SVG_NS}"`;
    if (/\sxmlns:xlink\s*=/.test(attributes) === false && /\bxlink:/.test(out)) added += ` xmlns:xlink="${XLINK_NS}"`;
    return `${open}${added}${attributes}>`;
  });
  return out;
}

/**
 * The zoom to render an SVG of `width` x `height` at: `scale` (2 for sharp feed images), reduced so
 * that the PNG stays within `MAX_RASTER_SIDE` pixels per side and `MAX_RASTER_PIXELS` in all;
 * undefined when no zoom gives a picture within the limits (the caller draws a blank pixel).
 * @example rasterZoom(640, 400, 2) // 2
 * @example rasterZoom(8000, 8000, 2) // 0.2447: 1,958 x 1,958 pixels
 */
export function rasterZoom(width: number, height: number, scale = 1): number | undefined {
  if (!(width > 0) || !(height > 0)) return scale;
  const limit = Math.min(MAX_RASTER_SIDE / width, MAX_RASTER_SIDE / height, Math.sqrt(MAX_RASTER_PIXELS / (width * height)));
  // A hair under the limit: resvg rounds the PNG's size up to whole pixels.
  const zoom = Math.min(scale, limit * 0.999);
  // A sliver (100000 x 10) would shrink to less than a pixel: give its thin side one pixel if the
  // whole still fits the pixel budget, else there is nothing sensible to draw.
  const least = 1 / Math.min(width, height);
  if (zoom >= least) return zoom;
  return width * least * height * least <= MAX_RASTER_PIXELS ? least : undefined;
}
