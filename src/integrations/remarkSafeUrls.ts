import { InputError } from "../lib/errors";
import { displayPath } from "../lib/format/displayPath";
import { scanMdast } from "../lib/html/scanBody";

/**
 * Remark plugin (registered for MDX in astro.config.mjs): a Markdown link, image or definition, or a
 * literal `href`/`src` prop of a JSX element, whose URL has a dangerous scheme (`javascript:`,
 * `vbscript:`, `data:`, `file:`..., however disguised) fails the build with the recap's file and
 * line, e.g. `content/recaps/x.mdx:12: <a href="javascript:alert(1)">: expected an http(s) or
 * mailto: URL, or a path on the site; "javascript:" URLs are not allowed`. The scan is
 * `scanMdast` (src/lib/html/scanBody.ts), which `npm run check` runs on the same tree. A production
 * build has already refused these before rendering (the recap loader's first pass); this plugin is
 * what stops `npm run dev` and any other MDX compile. Props computed by expressions are code, not
 * input: MDX is trusted (docs/security.md).
 */
export function remarkSafeUrls({ displayRoot }: { displayRoot: string }) {
  return (tree: unknown, file: { path?: string }) => {
    const shown = file.path ? displayPath(displayRoot, file.path) : "(mdx)";
    const errors = scanMdast(tree, shown).filter((f) => f.severity === "error");
    if (errors.length) throw new InputError(errors.map(({ file, line, message }) => ({ file, line, message })), "Unsafe URL in a recap");
  };
}
