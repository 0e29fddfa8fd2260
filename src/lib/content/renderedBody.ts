/** A recap's body as Astro renders it, and where it starts in the file. */
export interface RenderedBody {
  /** The Markdown Astro's glob loader hands a render function (`entry.body`). */
  body: string;
  /** The 0-based line of the file on which `body` starts. */
  firstLine: number;
}

// @astrojs/markdown-remark's frontmatter expressions (dist/frontmatter.js), which Astro's content
// entry types read a file with.
const FRONTMATTER = /(?:^\uFEFF?|^\s*\n)(?:---|\+\+\+)([\s\S]*?\n)(?:---|\+\+\+)/;
const DELIMITER = /(?:^\uFEFF?|^\s*\n)(---|\+\+\+)/;

/**
 * The body of a `.md` or `.mdx` recap file as Astro renders it: its content entry types take the
 * file with its frontmatter blanked out (`parseFrontmatter(code, { frontmatter:
 * "empty-with-spaces" })`) and trim it (astro/dist/vite-plugin-markdown/content-entry-type.js, the
 * same in @astrojs/mdx), so that a first line indented four spaces is a paragraph on the page, not
 * code. The blanking is Astro's, written out here to spare the threads and `npm run check` loading
 * the whole Markdown package for it (half a second); renderedBody.test.ts holds it to
 * `parseFrontmatter` on every recap of the sample and the fixtures. The first read renders this body
 * and keys the render by its hash (src/integrations/recapSyntax.ts): where the two ever differ, the
 * body is only rendered again.
 */
export function renderedBody(source: string): RenderedBody {
  const raw = FRONTMATTER.exec(source)?.[1];
  let content = source;
  if (raw !== undefined) {
    const delimiter = DELIMITER.exec(source)?.[1] === "+++" ? "+++" : "---";
    // A function, so that `$` in the frontmatter is not read as a replacement pattern.
    content = source.replace(`${delimiter}${raw}${delimiter}`, () => `   ${raw.replace(/[^\r\n]/g, " ")}   `);
  }
  const body = content.trim();
  let firstLine = 0;
  const lead = content.length - content.trimStart().length;
  for (let i = 0; i < lead; i++) {
    const c = content.charCodeAt(i);
    // A line break is \n, \r or \r\n (one), as markdown-it and the check count them.
    if (c === 10 || (c === 13 && content.charCodeAt(i + 1) !== 10)) firstLine++;
  }
  return { body, firstLine };
}
