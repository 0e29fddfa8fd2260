import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { AxeResults, RunOptions } from "axe-core";
import type { Page } from "playwright-core";

/**
 * axe-core run as @axe-core/playwright's legacy mode runs it (`axe.run` straight in the page,
 * without the blank page it otherwise opens to gather results from cross-origin frames; the same
 * `axe.configure`), but put into the page once, not four times: the builder's `analyze()` evaluated
 * axe-core's 1.3 MB source twice per run (once to look for `runPartial`, once to inject), and parsing
 * it cost the renderer about as much as a dark-scheme run itself. The source is axe-core's own
 * minified build (axe.min.js of the package the builder imports: the same version and rules,
 * 0.58 MB). The site has no cross-origin frames; if one ever appears, axe's `frame-tested` check
 * reports the frame it could not enter (see `untestedFrames`).
 * Used by test/a11y/axe.test.ts (every page type) and test/emptySite.test.ts (the empty states).
 */

/** axe-core's minified build, from the axe-core package @axe-core/playwright itself imports. */
const AXE_SOURCE = (() => {
  const builder = createRequire(import.meta.url).resolve("@axe-core/playwright");
  return readFileSync(createRequire(builder).resolve("axe-core/axe.min.js"), "utf8");
})();
/** @axe-core/playwright's configuration in legacy mode (its `axeConfigure`). */
const AXE_CONFIGURE = `axe.configure({ allowedOrigins: ["<same_origin>"], branding: { application: "playwright" } })`;

/** Every rule; only the violations gathered in full (axe's `resultTypes`: passes and the rest keep one node each), since nothing else is asserted. */
export const AXE_LIGHT: RunOptions = { resultTypes: ["violations"] };
/** What the dark scheme changes (and the frame check), as the builder's `withRules` asks for them. */
export const AXE_DARK: RunOptions = { ...AXE_LIGHT, runOnly: { type: "rule", values: ["color-contrast", "frame-tested"] } };

/** Puts axe into every frame of the loaded page, configured as @axe-core/playwright configures it. Again after each navigation. */
export async function injectAxe(page: Page): Promise<void> {
  for (const frame of page.frames()) {
    await frame.evaluate(AXE_SOURCE);
    await frame.evaluate(AXE_CONFIGURE);
  }
}

/** One axe run over the whole document (what the builder's legacy `analyze()` runs once axe is in). */
export function runAxe(page: Page, options: RunOptions): Promise<AxeResults> {
  return page.evaluate((options) => (window as unknown as { axe: { run(c: Document, o: RunOptions): Promise<AxeResults> } }).axe.run(document, options), options);
}

/** The frames axe reports it could not enter (its `frame-tested` check), which must be none. */
export function untestedFrames(results: AxeResults): AxeResults["violations"] {
  return [...results.incomplete, ...results.violations].filter((r) => r.id === "frame-tested");
}
