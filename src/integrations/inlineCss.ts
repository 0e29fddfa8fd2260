import juice from "juice";

/**
 * Moves an HTML document's CSS into `style` attributes for mail clients that drop `<style>`
 * (Gmail in some apps, Outlook), with juice (well kept, used by most email tool chains; 11.x runs
 * on Node 20). Media queries stay in a `<style>` element, where the clients that support them read
 * them. Juice is given the document only: it fetches nothing (no `juiceResources`).
 */
export function inlineCss(html: string): string {
  return juice(html, { preserveMediaQueries: true, removeStyleTags: true, applyWidthAttributes: false, applyHeightAttributes: false, insertPreservedExtraCss: true });
}
