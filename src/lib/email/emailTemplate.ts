import { escapeHtml } from "../format/escapeHtml";

/**
 * Gmail shows "[Message clipped]" and hides the rest of a message whose HTML is larger than about
 * 102 KB (102 × 1024 bytes, counted as sent, before images). The email edition warns above it.
 */
export const GMAIL_CLIP_BYTES = 102 * 1024;

/** What the email edition of a recap is made of; every URL absolute. */
export interface EmailParts {
  title: string;
  /** The recap's date, as the site shows it ("17 February 2026"). */
  date: string;
  /**
   * One or two sentences as plain text (`descriptionText`: no Markdown), the preheader (the line
   * mail clients show after the subject); also the line under the title, unless `descriptionHtml`.
   */
  description?: string;
  /**
   * The same description as inline HTML (`descriptionHtml`, links absolute), for the line under
   * the title: real descriptions are Markdown (`**OpenAI** cut prices`), shown as formatting, as
   * on the recap's page.
   */
  descriptionHtml?: string;
  /** The recap's body prepared for mail: absolute links, plots as PNG images (prepareFeedHtml). */
  bodyHtml: string;
  /** The recap on the site. */
  webUrl: string;
  siteTitle: string;
  siteUrl: string;
  /** Language of the text (`en`). */
  lang: string;
  /**
   * The newsletter service's unsubscribe merge tag (`{{ unsubscribe_url }}`, `*|UNSUB|*`), put in
   * the footer as a link; undefined when the service adds its own footer.
   */
  unsubscribeTag?: string;
}

/**
 * The email's stylesheet, written for mail clients and inlined into `style` attributes before
 * sending (juice, src/integrations/inlineCss.ts): system fonts, a column of at most 600 pixels, the
 * recap's tables with rules (only those inside `.content`: the layout tables must keep their
 * centring), images that shrink to the column. Only the media query stays in a `<style>` element.
 *
 * The inlined rules alone fit a 360-pixel phone, since many clients drop `<style>` (Gmail's apps
 * with some accounts, Outlook): the column is `width: 100%` up to 600 pixels (Outlook for Windows,
 * which ignores max-width, gets a 600-pixel table in a conditional comment), and the recap's text
 * may break a word anywhere (`overflow-wrap: anywhere`, and `word-break: break-word` for WebKit
 * mail apps), so a board of eight columns wraps instead of pushing the column to 540 pixels, and a
 * bare URL or a long code span (real issues print tweets' addresses as text) does not widen the
 * column: the layout cell takes the width of its longest unbreakable word (two real issues read 621
 * and 907 pixels wide at 360 before). A word still breaks only where it would not fit otherwise.
 * Set on `.content`, which the body inherits, and on the table cells, which the media query below
 * sets apart.
 * The media queries only make the email read better where they are read: less padding and smaller
 * table text on narrow screens, and words kept whole from 480 pixels up, where the boards' widest
 * table (eight columns) fits without breaking them (breaking anywhere also narrows the columns of
 * short words, "Sco|re", when the table would have fitted).
 *
 * The preheader is the one text the email hides, by its own inlined CSS (mail clients keep `style`
 * attributes): the description, which follows in the body, shown once. Outlook for Windows, which
 * may show a `display: none` block, hides what `mso-hide: all` marks, as Litmus's preheader does.
 * What the site's CSS hides in a recap's body is worded for mail before it comes here
 * (prepareFeedHtml, htmlWithoutCss).
 */
const EMAIL_CSS = `
body { margin: 0; padding: 0; background: #f3f4f6; color: #1b1d21; font-family: -apple-system, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif; font-size: 16px; line-height: 1.55; }
.wrapper { width: 100%; background: #f3f4f6; }
.container { width: 100%; max-width: 600px; background: #ffffff; }
.header { padding: 20px 28px 8px; font-size: 14px; color: #565b66; }
.header a { color: #1b1d21; font-weight: bold; text-decoration: none; }
.content { padding: 8px 28px 24px; overflow-wrap: anywhere; word-break: break-word; }
.footer { padding: 16px 28px 28px; font-size: 13px; color: #565b66; border-top: 1px solid #d9dce3; }
h1 { font-size: 26px; line-height: 1.25; margin: 8px 0 12px; }
h2 { font-size: 20px; line-height: 1.3; margin: 24px 0 8px; }
h3 { font-size: 17px; margin: 20px 0 6px; }
p { margin: 0 0 14px; }
a { color: #1d4ed8; }
.description { font-size: 17px; color: #3b3f47; }
img { max-width: 100%; height: auto; border: 0; }
.content table { border-collapse: collapse; width: 100%; font-size: 14px; margin: 0 0 16px; }
.content th, .content td { border-bottom: 1px solid #d9dce3; padding: 6px 8px; text-align: left; vertical-align: top; overflow-wrap: anywhere; word-break: break-word; }
.content th[align="right"], .content td[align="right"], .content th.align-right, .content td.align-right, .content .num { text-align: right; }
.content th[align="center"], .content td[align="center"], .content th.align-center, .content td.align-center { text-align: center; }
figure { margin: 16px 0; }
figcaption { font-size: 13px; color: #565b66; margin-bottom: 6px; }
blockquote { margin: 0 0 14px; padding-left: 12px; border-left: 3px solid #d9dce3; color: #565b66; }
pre, code { font-family: Menlo, Consolas, monospace; font-size: 13px; }
pre { background: #f3f4f6; padding: 10px; white-space: pre-wrap; }
.web { font-size: 14px; }
.preheader { display: none; mso-hide: all; max-height: 0; overflow: hidden; }
@media (max-width: 620px) { .content, .header, .footer { padding-left: 16px !important; padding-right: 16px !important; } .content table { font-size: 13px !important; } .content th, .content td { padding: 5px 4px !important; } }
@media (min-width: 480px) { .content th, .content td { overflow-wrap: break-word !important; word-break: normal !important; } }
`.trim();

/**
 * The email edition of a recap as one HTML document (CSS still in a `<style>`, for juice to
 * inline): the preheader, the site's name and the date, the title, the description, the body, a
 * link to the web version, and a footer with the unsubscribe link when the service needs one.
 * Layout tables (`role="presentation"`) because several mail clients ignore CSS widths on `div`.
 */
export function emailHtml(parts: EmailParts): string {
  const e = escapeHtml;
  return `<!doctype html>
<html lang="${e(parts.lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="x-apple-disable-message-reformatting">
<title>${e(parts.title)}</title>
<style>
${EMAIL_CSS}
</style>
</head>
<body>
${parts.description ? `<div class="preheader">${e(parts.description)}</div>\n` : ""}<table role="presentation" class="wrapper" width="100%" cellpadding="0" cellspacing="0" border="0"><tr><td align="center">
<!--[if mso]><table role="presentation" width="600" align="center" cellpadding="0" cellspacing="0" border="0"><tr><td><![endif]-->
<table role="presentation" class="container" width="100%" cellpadding="0" cellspacing="0" border="0">
<tr><td class="header"><a href="${e(parts.siteUrl)}">${e(parts.siteTitle)}</a> · ${e(parts.date)}</td></tr>
<tr><td class="content">
<h1>${e(parts.title)}</h1>
${parts.description ? `<p class="description">${parts.descriptionHtml ?? e(parts.description)}</p>\n` : ""}${openDetails(parts.bodyHtml)}
<p class="web"><a href="${e(parts.webUrl)}">Read this recap on ${e(parts.siteTitle)}</a>, with every figure linked to its source.</p>
</td></tr>
<tr><td class="footer">You receive this because you subscribed to ${e(parts.siteTitle)}.${parts.unsubscribeTag ? ` <a href="${parts.unsubscribeTag}">Unsubscribe</a>.` : ""}</td></tr>
</table>
<!--[if mso]></td></tr></table><![endif]-->
</td></tr></table>
</body>
</html>
`;
}

/**
 * Opens every `<details>` for mail: few clients support it (Gmail shows the summary only, or
 * nothing), so its summary becomes a bold line and its content follows, always shown. The plots'
 * tables are the text alternative of their images, so they must stay readable.
 */
export function openDetails(html: string): string {
  return html
    .replace(/<details\b[^>]*>\s*<summary\b[^>]*>([\s\S]*?)<\/summary>/gi, (_m, summary: string) => `<div class="details"><p><strong>${summary.trim()}</strong></p>`)
    .replace(/<details\b[^>]*>/gi, '<div class="details">')
    .replace(/<\/details\s*>/gi, "</div>");
}

/** The size of an email as sent (UTF-8 bytes) and whether Gmail would clip it. */
export function emailSize(html: string): { bytes: number; clipped: boolean; text: string } {
  const bytes = new TextEncoder().encode(html).length;
  const kb = (n: number) => `${Math.ceil(n / 1024)} KB`;
  const clipped = bytes > GMAIL_CLIP_BYTES;
  return {
    bytes,
    clipped,
    text: clipped ? `${kb(bytes)}: over Gmail's ${kb(GMAIL_CLIP_BYTES)} clipping size, Gmail readers will see "[Message clipped]" and have to click to read the rest` : `${kb(bytes)}, under Gmail's ${kb(GMAIL_CLIP_BYTES)} clipping size`,
  };
}
