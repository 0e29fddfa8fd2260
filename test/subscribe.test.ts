/**
 * The subscribe form on the built sample site: a plain POST form to the service set in
 * SUBSCRIBE (src/config.ts) on every page with the site's footer, allowed by every page's CSP
 * `form-action`; in Chromium with JavaScript off, submitting it sends the address to the service's
 * URL (intercepted here: no service is called) without a CSP violation.
 */
import { readFileSync } from "node:fs";
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { SUBSCRIBE } from "../src/config";
import { subscribeForm } from "../src/lib/email/subscribe";
import { DIST } from "./helpers/astro";
import { chromiumMissing } from "./helpers/chromium";
import { builtSiteInChromium } from "./helpers/builtSiteInChromium";
import { builtPages } from "./helpers/distPages";

const form = subscribeForm(SUBSCRIBE);
const pages = builtPages(DIST);
const policyOf = (doc: Document) => doc.querySelector('meta[http-equiv="content-security-policy"]')!.getAttribute("content")!;
const formAction = (policy: string) => policy.split(";").map((d) => d.trim().split(/\s+/)).find(([name]) => name === "form-action")?.slice(1) ?? [];

describe.skipIf(!form)("the subscribe form", () => {
  it("is on every page with the site's footer, posting to the service, and every page's CSP allows exactly that", () => {
    let withForm = 0;
    for (const p of pages) {
      const doc = parseHTML(readFileSync(p.file, "utf8")).document;
      const sources = formAction(policyOf(doc));
      expect(sources, p.url).toEqual(["'self'", new URL(form!.action).origin]);
      for (const f of doc.querySelectorAll("form")) {
        const action = new URL(f.getAttribute("action") ?? "", `https://benchdigest.example.org${p.url}`);
        expect(sources.includes("'self'") && action.origin === "https://benchdigest.example.org" ? true : sources.includes(action.origin), `${p.url} ${f.outerHTML.slice(0, 80)}`).toBe(true);
      }
      const footerForm = doc.querySelector("footer.site-footer form.subscribe");
      if (doc.querySelector("footer.site-footer")) {
        expect(footerForm, p.url).not.toBeNull();
        expect([footerForm!.getAttribute("method"), footerForm!.getAttribute("action")]).toEqual(["post", form!.action]);
        expect(footerForm!.querySelector(`input[type=email][name="${form!.emailField}"][required]`)).not.toBeNull();
        expect(footerForm!.querySelector("label")!.getAttribute("for")).toBe("bd:subscribe-email");
        withForm++;
      } else expect(p.url.startsWith("/embed/"), `${p.url} has no footer`).toBe(true);
    }
    expect(withForm).toBeGreaterThan(100);
  });
});

const missing = chromiumMissing();

describe.skipIf(!form || missing)("subscribing without JavaScript, in Chromium", () => {
  const chrome = builtSiteInChromium();

  it("posts the address to the service's URL, which the page's policy allows", async () => {
    const context = await chrome.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const console: string[] = [];
    page.on("console", (m) => console.push(m.text()));
    const posted: { method: string; body: string }[] = [];
    await context.route(`${new URL(form!.action).origin}/**`, (route) => {
      posted.push({ method: route.request().method(), body: route.request().postData() ?? "" });
      return route.fulfill({ status: 200, contentType: "text/html", body: "<!doctype html><title>Thanks</title><p>Thanks" });
    });
    try {
      await page.goto(`${chrome.server.origin}/recaps/`);
      await page.fill("#bd\\:subscribe-email", "reader@example.org");
      await Promise.all([page.waitForURL(form!.action), page.click("form.subscribe button[type=submit]")]);
      expect(posted).toEqual([{ method: "POST", body: `${form!.emailField}=reader%40example.org` }]);
      expect(console.filter((m) => /Content Security Policy|form-action/i.test(m))).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
