import { describe, expect, it } from "vitest";
import { emailHtml } from "../lib/email/emailTemplate";
import { inlineCss } from "./inlineCss";

describe("inlineCss (juice)", () => {
  const html = inlineCss(
    emailHtml({ title: "T", date: "1 May 2026", bodyHtml: "<p>Body</p><table><tr><td>1</td></tr></table>", webUrl: "https://x.example/r/", siteTitle: "s", siteUrl: "https://x.example/", lang: "en" }),
  );
  it("moves the rules into style attributes and keeps only the media query in a <style>", () => {
    expect(html).toMatch(/<body style="[^"]*font-family:/);
    expect(html).toMatch(/<td style="[^"]*border-bottom: 1px solid #d9dce3/);
    const styles = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1].trim());
    expect(styles).toHaveLength(1);
    expect(styles[0]).toMatch(/^@media \(max-width: 620px\)/);
  });
  it("keeps a table column's alignment as the page and the feed give it (found in review: every cell of a score column left-aligned)", () => {
    const aligned = inlineCss(
      emailHtml({ title: "T", date: "1 May 2026", bodyHtml: '<table><tr><th>Model</th><th align="right">Score</th><th align="center">Open</th></tr><tr><td>A</td><td align="right">57</td><td class="align-center">yes</td></tr></table>', webUrl: "https://x.example/r/", siteTitle: "s", siteUrl: "https://x.example/", lang: "en" }),
    );
    const cell = (text: string) => new RegExp(`<t[hd]([^>]*)>${text}<`).exec(aligned)![1];
    expect(cell("Score")).toMatch(/text-align: right/);
    expect(cell("57")).toMatch(/text-align: right/);
    expect(cell("57")).not.toMatch(/align="left"/);
    expect(cell("Open")).toMatch(/text-align: center/);
    expect(cell("yes")).toMatch(/text-align: center/);
    expect(cell("A")).toMatch(/text-align: left/);
  });
  it("keeps the layout tables centred (their cells take no content-table styles)", () => {
    expect(html).toMatch(/<td align="center">/);
  });
  it("hides the preheader by inline styles, for Outlook for Windows too, and shows the description once in the body", () => {
    const withDescription = inlineCss(emailHtml({ title: "T", date: "1 May 2026", description: "Two numbers for one thing.", bodyHtml: "<p>Body</p>", webUrl: "https://x.example/r/", siteTitle: "s", siteUrl: "https://x.example/", lang: "en" }));
    const preheader = /<div class="preheader" style="([^"]*)">Two numbers for one thing\.<\/div>/.exec(withDescription);
    expect(preheader?.[1]).toMatch(/display: none;.*mso-hide: all;/);
    expect(withDescription.match(/<p class="description"[^>]*>Two numbers for one thing\.<\/p>/g)).toHaveLength(1);
  });
});
