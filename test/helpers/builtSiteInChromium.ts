import type { Browser } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { DIST } from "./astro";
import { launchChromium } from "./chromium";
import { serveStatic, type StaticServer } from "./staticServer";

/**
 * Serves a built site and starts Chromium for the `describe` block it is called in (both stopped
 * after it). Read `.server` and `.browser` inside the tests, once `beforeAll` has run.
 */
export function builtSiteInChromium(root: string = DIST): { readonly server: StaticServer; readonly browser: Browser } {
  let server: StaticServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    server = await serveStatic(root);
    browser = await launchChromium();
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
  };
}
