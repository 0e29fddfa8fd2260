/**
 * The one way the site renders a recap's body: every page, feed and email edition that shows a
 * recap goes through `renderRecap` (a test fails when another module calls `render` from
 * astro:content or reads an entry's stored HTML). A `.md` recap's HTML and headings are not in the
 * content store but in files beside it (src/integrations/recapHtmlFiles.ts, issue 15): they are read
 * back here and handed to Astro's own `render`, so the pages come out as they did when the store
 * held them.
 */
import { render } from "astro:content";
import { readRecapHeadings, readRecapHtml } from "../integrations/recapHtmlFiles";
import { readingMinutesOfHtml } from "../lib/content/recaps";
import type { Recap } from "./siteData";

/** What `renderRecap` returns: Astro's `render` result, and the HTML of a `.md` recap. */
export interface RenderedRecap {
  Content: Awaited<ReturnType<typeof render>>["Content"];
  headings: Awaited<ReturnType<typeof render>>["headings"];
  /** A `.md` recap's rendered HTML (an `.mdx` recap has none: it renders from its module). */
  html: string | undefined;
  /** A `.md` recap's reading time in minutes, as stored beside its HTML (`readingMinutesOfHtml`). */
  readingMinutes: number | undefined;
}

/** Renders a recap as Astro's `render(entry)` does, with a `.md` recap's HTML and headings read back from their files. */
export async function renderRecap(recap: Recap): Promise<RenderedRecap> {
  const name = recap.filePath ?? recap.id;
  const stored = recap.rendered;
  const html = stored ? readRecapHtml(stored, name) : undefined;
  const { Content, headings } = await render(stored ? { ...recap, rendered: { ...stored, html: html!, metadata: stored.metadata && { ...stored.metadata, headings: readRecapHeadings(stored, name) } } } : recap);
  // Entries kept from a build before the figure was stored have none: worked out from the HTML.
  const minutes = stored?.metadata?.readingMinutes;
  const readingMinutes = typeof minutes === "number" ? minutes : html !== undefined ? readingMinutesOfHtml(html) : undefined;
  return { Content, headings, html, readingMinutes };
}
