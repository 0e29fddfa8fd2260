import type { BrowserContext, Page } from "playwright-core";

/** The page events a visit listens to; a tab given back loses its listeners for them. */
const VISIT_EVENTS = ["console", "pageerror", "request", "requestfailed", "response", "dialog"] as const;

/**
 * Tabs of one browser context, lent to one visit at a time and kept for the next, for the Chromium
 * gates that visit many pages side by side (`it.concurrent`).
 *
 * Why: a new tab is a new renderer process, and starting one cost Chromium about a second of CPU,
 * more than most visits; axe-core's 0.58 MB source was compiled afresh in each. Over the axe
 * gate's 31 pages, a new context and tab per page took 51 s, one tab navigated from page to page
 * 11 s (and 13 s with the reset below), with the same runs (docs/quality-gates.md). A tab given
 * back is reset: the visit's listeners removed, its media emulation cleared, and the tab sent to
 * `about:blank`, so the next visit starts on no page and hears only its own page's events. What a
 * visit sets for itself (the viewport, a colour scheme) it sets at its start. A tab that cannot be
 * reset (it crashed) is closed and replaced.
 */
export class TabPool {
  private readonly idle: Page[] = [];
  private readonly waiting: ((page: Page) => void)[] = [];
  private open = 0;

  constructor(
    private readonly context: BrowserContext,
    /** Tabs open at most: visits beyond it wait for a tab. */
    private readonly size = 3,
  ) {}

  /** Runs `visit` in a tab of the pool, then gives the tab back, reset, whether `visit` passed or threw. */
  async use<T>(visit: (page: Page) => Promise<T>): Promise<T> {
    const page = await this.borrow();
    try {
      return await visit(page);
    } finally {
      await this.giveBack(page);
    }
  }

  private async borrow(): Promise<Page> {
    const page = this.idle.pop();
    if (page) return page;
    if (this.open < this.size) {
      this.open++;
      return this.context.newPage();
    }
    return new Promise((lend) => this.waiting.push(lend));
  }

  private async giveBack(page: Page): Promise<void> {
    for (const event of VISIT_EVENTS) page.removeAllListeners(event);
    let next = page;
    try {
      await page.emulateMedia({ media: null, colorScheme: null, reducedMotion: null });
      await page.goto("about:blank");
    } catch {
      await page.close().catch(() => {});
      next = await this.context.newPage();
    }
    const lend = this.waiting.shift();
    if (lend) lend(next);
    else this.idle.push(next);
  }
}
