/**
 * The site's Markdown options, in one place: astro.config.mjs gives them to Astro (`markdown`),
 * and renderMarkdown.test.ts renders with them through Astro's processor, the reference our `.md` renderer is checked against.
 *
 * - SmartyPants: Astro's default output at a fraction of the cost (remarkSmartypants.ts).
 * - No Shiki: its colours are inline style attributes, which the strict CSP blocks (and they cost
 *   about 3% of Markdown CPU); code blocks are plain <pre><code>, styled by global.css.
 * - Table column alignment as classes, not the obsolete `align` attribute (rehypeAlignClass.ts).
 * - One `<h1>` per page: a body with `#` headings is shifted one level down (rehypeShiftHeadings.ts).
 * - A tag of no HTML element (`<packagename>`) is text, as in our renderer (remarkUnknownTagsAsText.ts).
 */
import { remarkSmartypants } from "./remarkSmartypants";
import { remarkUnknownTagsAsText } from "./remarkUnknownTagsAsText";
import { rehypeAlignClass } from "./rehypeAlignClass";
import { rehypeShiftHeadings } from "./rehypeShiftHeadings";

export const markdownOptions = {
  smartypants: false,
  remarkPlugins: [remarkUnknownTagsAsText, remarkSmartypants],
  rehypePlugins: [rehypeShiftHeadings, rehypeAlignClass],
  syntaxHighlight: false,
} as const;
