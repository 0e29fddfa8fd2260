import type { Browser, BrowserContext } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { DIST } from "./astro";
import { launchChromium } from "./chromium";
import { serveStatic, type StaticServer } from "./staticServer";
import { TabPool } from "./tabPool";

/**
 * Serves a built site and starts Chromium for the `describe` block it is called in (both stopped
 * after it). Read `.server`, `.browser` and `.tabs` inside the tests, once `beforeAll` has run.
 * `.tabs` lends one tab of a default context, kept from test to test (test/helpers/tabPool.ts: a new
 * context and tab per test cost Chromium about a second of CPU each); a test sets its viewport.
 */
export function builtSiteInChromium(root: string = DIST): { readonly server: StaticServer; readonly browser: Browser; readonly tabs: TabPool } {
  let server: StaticServer | undefined;
  let browser: Browser | undefined;
  let tabs: TabPool | undefined;
  beforeAll(async () => {
    server = await serveStatic(root);
    browser = await launchChromium();
    const context: BrowserContext = await browser.newContext();
    tabs = new TabPool(context, 1);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    get server() {
      if (!server) throw new Error("the site is served from beforeAll on");
      return server;
    },
    get browser() {
      if (!browser) throw new Error("Chromium runs from beforeAll on");
      return browser;
    },
    get tabs() {
      if (!tabs) throw new Error("Chromium runs from beforeAll on");
      return tabs;
    },
  };
}
