/**
 * Renders the default social image, public/og-default.png (1200×630), from the SVG below with
 * resvg. Run once after changing the design and commit the PNG: `npx tsx scripts/render-og-default.ts`.
 * Writes under the project's lock, through a temporary file renamed into place (src/integrations/safeWrite.ts),
 * so that a build copying public/ never reads half an image.
 */
import { resolve } from "node:path";
import { SITE } from "../src/config";
import { renderPlotPng } from "../src/integrations/renderPlotPng";
import { SiteBusyError, withSiteLock, writeFileSafely } from "../src/integrations/safeWrite";
import { fail, PROJECT_ROOT } from "./lib/siteRoot";

// A stylised score-against-tokens plot: points and the dashed Pareto frontier the site draws.
const points: [number, number, string][] = [
  [730, 420, "#2563eb"], [790, 360, "#e8590c"], [850, 300, "#2f9e44"], [905, 250, "#e8590c"],
  [960, 330, "#8b5cf6"], [1010, 215, "#d6336c"], [1060, 280, "#0c8599"], [1110, 190, "#e8590c"],
  [880, 400, "#2563eb"], [1000, 390, "#8b5cf6"],
];
const frontier = "M 700 420 H 730 V 360 H 790 V 300 H 850 V 250 H 905 V 215 H 1010 V 190 H 1110";

const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630" viewBox="0 0 1200 630">
  <rect width="1200" height="630" fill="#121417"/>
  <rect x="0" y="0" width="1200" height="10" fill="#8ab4ff"/>
  <text x="80" y="250" font-family="DejaVu Sans, sans-serif" font-size="80" font-weight="bold" fill="#e7e9ee">${SITE.title}</text>
  <text x="82" y="320" font-family="DejaVu Sans, sans-serif" font-size="30" fill="#a3a9b6">AI recaps joined to their benchmarks:</text>
  <text x="82" y="360" font-family="DejaVu Sans, sans-serif" font-size="30" fill="#a3a9b6">scores, token bills and what they cost.</text>
  <g transform="translate(785 95) scale(0.7) translate(-690 0)">
  <g stroke="#333843" stroke-width="2">
    <line x1="690" y1="470" x2="1140" y2="470"/>
    <line x1="690" y1="150" x2="690" y2="470"/>
  </g>
  <path d="${frontier}" fill="none" stroke="#e7e9ee" stroke-width="3" stroke-dasharray="10 8"/>
  ${points.map(([x, y, c]) => `<circle cx="${x}" cy="${y}" r="11" fill="${c}" stroke="#121417" stroke-width="3"/>`).join("\n  ")}
  </g>
  <text x="1140" y="455" text-anchor="end" font-family="DejaVu Sans, sans-serif" font-size="22" fill="#a3a9b6">output tokens →</text>
  <text x="80" y="560" font-family="DejaVu Sans, sans-serif" font-size="26" fill="#8ab4ff">Recaps · Leaderboards · Models · Weekly digests</text>
</svg>`;

const out = resolve(PROJECT_ROOT, "public/og-default.png");
const png = renderPlotPng(svg);
await withSiteLock(PROJECT_ROOT, "render-og-default", () => writeFileSafely(out, png)).catch((error: unknown) => {
  if (error instanceof SiteBusyError) fail(error.message);
  const { code, message } = error as NodeJS.ErrnoException;
  fail(`${out}: could not write the image (${code ?? message}); the old one is unchanged`);
});
console.log(`wrote ${out}`);
