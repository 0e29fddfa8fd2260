import { parseHTML } from "linkedom";

/** A PNG standing in for an inline SVG in a feed. */
export interface FeedImage {
  /** Absolute URL of the PNG. */
  src: string;
  width?: number;
  height?: number;
}

/** Options of `prepareFeedHtml`. */
export interface FeedHtmlOptions {
  /** Absolute URL of the item's page: relative links and images resolve against it. */
  base: string;
  /**
   * The PNG to show instead of an inline SVG (feed readers and mail clients strip inline SVG).
   * Receives the SVG's markup; returns where its PNG will be.
   */
  imageFor: (svg: string) => FeedImage;
}

const URL_ATTRIBUTES: [selector: string, attribute: string][] = [
  ["a[href]", "href"],
  ["img[src]", "src"],
  ["video[src]", "src"],
  ["audio[src]", "src"],
  ["source[src]", "src"],
  ["video[poster]", "poster"],
];

/** The accessible name of an SVG: aria-label, its `<title>`, or the caption of its figure. */
function svgAlt(svg: Element): string {
  const label = svg.getAttribute("aria-label")?.trim();
  if (label) return label;
  const title = [...svg.children].find((c) => c.tagName.toLowerCase() === "title")?.textContent?.trim();
  if (title) return title;
  const caption = svg.closest("figure")?.querySelector("figcaption")?.textContent?.trim();
  return caption || "Chart";
}

function absolute(value: string, base: string): string {
  try {
    return new URL(value, base).href;
  } catch {
    return value;
  }
}

/**
 * Turns a page's rendered HTML into what a feed item carries: every link and image absolute,
 * inline SVG plots replaced by PNG images (tables stay plain HTML), and no scripts, styles or
 * build-only attributes (`data-astro-*`, `data-pagefind-*`).
 */
export function prepareFeedHtml(html: string, { base, imageFor }: FeedHtmlOptions): string {
  const { document } = parseHTML(`<!doctype html><html><body><div id="bd-feed-root">${html}</div></body></html>`);
  const root = document.getElementById("bd-feed-root")!;
  for (const el of [...root.querySelectorAll("script, style, template, link, noscript")]) el.remove();

  // Outermost SVGs only: an SVG nested in another goes with its parent.
  for (const svg of [...root.querySelectorAll("svg")].filter((s) => !s.parentElement?.closest("svg"))) {
    const image = imageFor(svg.outerHTML);
    const img = document.createElement("img");
    img.setAttribute("src", image.src);
    img.setAttribute("alt", svgAlt(svg));
    if (image.width) img.setAttribute("width", String(Math.round(image.width)));
    if (image.height) img.setAttribute("height", String(Math.round(image.height)));
    svg.replaceWith(img);
  }

  for (const [selector, attribute] of URL_ATTRIBUTES) {
    for (const el of root.querySelectorAll(selector)) el.setAttribute(attribute, absolute(el.getAttribute(attribute)!, base));
  }
  for (const el of root.querySelectorAll("img[srcset], source[srcset]")) {
    const srcset = el
      .getAttribute("srcset")!
      .split(",")
      .map((part) => {
        const [url, ...descriptor] = part.trim().split(/\s+/);
        return [absolute(url, base), ...descriptor].join(" ");
      })
      .join(", ");
    el.setAttribute("srcset", srcset);
  }
  for (const el of root.querySelectorAll("*")) {
    for (const name of el.getAttributeNames()) {
      if (name.startsWith("data-astro") || name.startsWith("data-pagefind")) el.removeAttribute(name);
    }
  }
  return root.innerHTML;
}
