import { describe, expect, it } from "vitest";
import { emailHtml, emailSize, GMAIL_CLIP_BYTES, openDetails, type EmailParts } from "./emailTemplate";
import { formActionOrigin, subscribeForm } from "./subscribe";

const parts: EmailParts = {
  title: 'Opus <4.6> & "friends"',
  date: "8 April 2026",
  description: "Two numbers for one thing.",
  bodyHtml: '<p>Body <a href="https://x.example/a">link</a></p><details><summary>The plotted values as a table</summary><table><tr><td>1</td></tr></table></details>',
  webUrl: "https://benchdigest.example.org/recaps/x/",
  siteTitle: "benchdigest",
  siteUrl: "https://benchdigest.example.org/",
  lang: "en",
};

describe("the email template", () => {
  const html = emailHtml(parts);
  it("escapes the title, carries a preheader, the web link and the body, in a layout table of at most 600 pixels", () => {
    expect(html).toContain("<title>Opus &lt;4.6&gt; &amp; &quot;friends&quot;</title>");
    expect(html).toContain('<div class="preheader">Two numbers for one thing.</div>');
    expect(html).toContain('<a href="https://benchdigest.example.org/recaps/x/">Read this recap on benchdigest</a>');
    // Fluid up to 600 pixels (the phone's width without a media query); Outlook for Windows, which
    // ignores max-width, gets a 600-pixel table in a conditional comment.
    expect(html).toMatch(/<table role="presentation" class="container" width="100%"/);
    expect(html).toMatch(/\.container \{ width: 100%; max-width: 600px;/);
    expect(html).toContain('<!--[if mso]><table role="presentation" width="600" align="center"');
    expect(html).toContain('<p>Body <a href="https://x.example/a">link</a></p>');
    expect(html).not.toContain("Unsubscribe");
    expect(emailHtml({ ...parts, unsubscribeTag: "*|UNSUB|*" })).toContain('<a href="*|UNSUB|*">Unsubscribe</a>');
    // A description written in Markdown: formatting under the title, plain text in the preheader.
    const formatted = emailHtml({ ...parts, description: "Two numbers & one thing.", descriptionHtml: "<strong>Two</strong> numbers &amp; one thing." });
    expect(formatted).toContain('<div class="preheader">Two numbers &amp; one thing.</div>');
    expect(formatted).toContain('<p class="description"><strong>Two</strong> numbers &amp; one thing.</p>');
  });
  it("opens <details> so that the plots' tables show in every mail client", () => {
    expect(html).not.toMatch(/<details|<summary/);
    expect(openDetails("<details><summary>More</summary><p>x</p></details>")).toBe('<div class="details"><p><strong>More</strong></p><p>x</p></div>');
  });
  it("measures the size as sent and warns past Gmail's clipping size", () => {
    expect(GMAIL_CLIP_BYTES).toBe(104_448);
    expect(emailSize("é".repeat(10))).toMatchObject({ bytes: 20, clipped: false, text: "1 KB, under Gmail's 102 KB clipping size" });
    const big = emailSize("x".repeat(GMAIL_CLIP_BYTES + 1));
    expect(big.clipped).toBe(true);
    expect(big.text).toMatch(/^103 KB: over Gmail's 102 KB clipping size/);
  });
});

describe("the subscribe form", () => {
  it("posts to each service's own sign-up URL with its field name", () => {
    expect(subscribeForm({ provider: "buttondown", account: "benchdigest" })).toEqual({ providerName: "Buttondown", action: "https://buttondown.com/api/emails/embed-subscribe/benchdigest", method: "post", emailField: "email", hidden: [] });
    expect(subscribeForm({ provider: "kit", account: "1234567" })).toMatchObject({ action: "https://app.kit.com/forms/1234567/subscriptions", emailField: "email_address" });
    expect(subscribeForm({ provider: "mailchimp", url: "https://example.us1.list-manage.com/subscribe/post?u=abc&id=def" })).toMatchObject({ emailField: "EMAIL", unsubscribeTag: "*|UNSUB|*" });
    expect(subscribeForm({ provider: "custom", name: "Listmonk", url: "https://lists.example.org/subscription/form", emailField: "email", hidden: { l: "uuid" } })).toMatchObject({ hidden: [["l", "uuid"]] });
    expect(subscribeForm(undefined)).toBeUndefined();
  });
  it("gives the origin the CSP's form-action must allow", () => {
    expect(formActionOrigin({ provider: "buttondown", account: "x" })).toBe("https://buttondown.com");
    expect(formActionOrigin({ provider: "mailchimp", url: "https://example.us1.list-manage.com/subscribe/post?u=a" })).toBe("https://example.us1.list-manage.com");
    expect(formActionOrigin(undefined)).toBeUndefined();
  });
  it("refuses settings that would break the form or the policy, saying what was expected", () => {
    expect(() => subscribeForm({ provider: "mailchimp", url: "http://example.list-manage.com/x" })).toThrow(/SUBSCRIBE: url must be an https URL, found "http:\/\/example/);
    expect(() => subscribeForm({ provider: "buttondown", account: "a/../b" })).toThrow(/account must be letters, digits/);
    expect(() => subscribeForm({ provider: "custom", name: "X", url: "javascript:alert(1)", emailField: "email" })).toThrow(/https URL/);
  });
});
