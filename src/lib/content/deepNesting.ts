/**
 * Block quotes nested deeper than the site's Markdown can take: markdown-it stops nesting at 100
 * levels (its `maxNesting`), and Astro's pipeline (remark and rehype, which renders a recap with
 * a local image or components) recurses once per level until the call stack overflows; a recap
 * of 60,000 `>` was published empty (found in review). No newsletter nests a quote a hundred deep:
 * such a line is refused, with its line, by the check and the build. Pure.
 */
import type { Finding } from "../check/findings";
import { maskCode } from "../markdown/maskCode";

/** The deepest block quote a recap may hold: markdown-it's `maxNesting`. */
export const MAX_QUOTE_DEPTH = 100;

/** A line that opens more quotes than that, cheaply: `>` markers, each after at most three spaces. */
const DEEP = new RegExp(`^(?:[ ]{0,3}>){${MAX_QUOTE_DEPTH + 1}}`, "m");

/**
 * An error at the first line of `source` (a recap file's text) whose block quotes nest deeper than
 * `MAX_QUOTE_DEPTH`; none otherwise. Quote markers inside code are not quotes.
 * @example deepQuotes("---\ntitle: T\n---\n" + ">".repeat(150) + " deep\n", "content/recaps/x.md")[0].line // 4
 */
export function deepQuotes(source: string, file: string): Finding[] {
  if (!DEEP.test(source)) return [];
  const lines = maskCode(source).split(/\r\n|\r|\n/);
  for (const [i, line] of lines.entries()) {
    const depth = /^(?:[ ]{0,3}>)+/.exec(line)?.[0].split(">").length;
    if (depth === undefined || depth - 1 <= MAX_QUOTE_DEPTH) continue;
    return [
      {
        file,
        line: i + 1,
        severity: "error",
        code: "quote-too-deep",
        message: `block quotes nested ${depth - 1} deep; at most ${MAX_QUOTE_DEPTH}: deeper, the Markdown renderers stop nesting or overflow their stack, and the recap would not render. Remove the extra \`>\` markers`,
      },
    ];
  }
  return [];
}
