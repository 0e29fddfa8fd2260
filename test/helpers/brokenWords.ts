import type { Page } from "playwright-core";

/**
 * Words inside `selector` that the browser broke across two lines ("Mod" / "el"): for every word
 * of every text node, a Range over it that has more than one line box. Runs in the page.
 */
export function brokenWords(page: Page, selector: string): Promise<string[]> {
  return page.$$eval(selector, (roots) => {
    const broken: string[] = [];
    for (const root of roots) {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? "";
        // Hyphens are ordinary break points ("qwen-3.5-" / "2b"); a break inside a word is not.
        for (const m of text.matchAll(/[^\s-]+/g)) {
          const range = document.createRange();
          range.setStart(node, m.index!);
          range.setEnd(node, m.index! + m[0].length);
          const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
          if (lines.size > 1) broken.push(m[0]);
        }
      }
    }
    return broken;
  });
}
