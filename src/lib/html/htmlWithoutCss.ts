import { parseHTML } from "linkedom";

/**
 * Classes that hide text from the eye but not from screen readers: the site's `.visually-hidden`
 * (src/styles/global.css) and GFM's `sr-only` (src/lib/markdown/gfmFootnotes.ts).
 */
export const VISUALLY_HIDDEN_CLASSES: readonly string[] = ["visually-hidden", "sr-only"];

/**
 * A page's HTML as it must read where the site's stylesheet never arrives: feed readers and mail
 * clients (prepareFeedHtml, for the feed items and the email edition). There, text a class hides
 * from the eye would show beside what the page shows the eye instead: a movement cell read
 * "new new entry since 2026-05-10", a tied rank "1 ≈1–11, statistically tied with ranks 1 to 11".
 *
 * So it reads the way a screen reader reads the page, which the markup already words completely
 * and once: text hidden from the eye (`VISUALLY_HIDDEN_CLASSES`) becomes plain text, shown to
 * everyone, and what is shown to the eye only (`aria-hidden="true"`: a symbol, a shorthand the
 * hidden words spell out, a decoration) goes, with its content. An element with the `hidden`
 * attribute (an unfolded filter box its script would show) goes too: the sanitiser drops the
 * attribute, which would show it. `hidden="until-found"` is content the reader may search for:
 * it stays, shown.
 *
 * Through a DOM (linkedom, as the plots), not patterns on the markup: which element a class
 * hides ends where that element ends. HTML holding none of these markers is returned as it is,
 * unparsed: most recaps have none.
 * @example htmlWithoutCss('<td><span aria-hidden="true">new</span><span class="visually-hidden">new entry since 2026-05-10</span></td>')
 * // '<td><span>new entry since 2026-05-10</span></td>'
 */
export function htmlWithoutCss(html: string): string {
  if (!/hidden|sr-only/i.test(html)) return html;
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const body = document.body;
  let changed = false;
  for (const el of [...body.querySelectorAll("[aria-hidden], [hidden]")]) {
    const ariaHidden = el.getAttribute("aria-hidden")?.trim().toLowerCase() === "true";
    const hidden = el.hasAttribute("hidden") && el.getAttribute("hidden")!.trim().toLowerCase() !== "until-found";
    if (ariaHidden || hidden) {
      el.remove();
      changed = true;
    } else if (el.hasAttribute("hidden")) {
      el.removeAttribute("hidden");
      changed = true;
    }
  }
  for (const el of [...body.querySelectorAll(VISUALLY_HIDDEN_CLASSES.map((c) => `.${c}`).join(", "))]) {
    el.classList.remove(...VISUALLY_HIDDEN_CLASSES);
    if (el.classList.length === 0) el.removeAttribute("class");
    changed = true;
  }
  return changed ? body.innerHTML : html;
}
