/**
 * Set BENCHDIGEST_FAST_MARKDOWN=0 to render every `.md` recap with Astro's own pipeline (ten to
 * fifty times slower; the same HTML up to the differences listed in docs/performance.md), e.g. to
 * rule the fast path out when a page looks wrong.
 */
export const fastMarkdownEnabled = (env: Record<string, string | undefined> = process.env): boolean => env.BENCHDIGEST_FAST_MARKDOWN !== "0";
