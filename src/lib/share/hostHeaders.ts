/**
 * The host headers file (`_headers`, read by Netlify and Cloudflare Pages) with the one policy a
 * `<meta>` Content-Security-Policy cannot carry: who may frame a page (`frame-ancestors`). Embeds
 * (`/embed/`) may be framed by the sources configured; every other page by nobody.
 *
 * The two hosts treat a path matched by several rules differently (Cloudflare joins the values of
 * a repeated header with commas, which for a CSP means two policies, both enforced; Netlify keeps
 * one), so the rules here never overlap: instead of a catch-all `/*`, one rule per top-level
 * section of the build, derived from the built files, and one for `/embed/*`.
 */

/** A top-level entry of the build output that holds pages. */
export interface BuiltSection {
  /** `recaps` (a folder of pages) or `index.html`, `404.html` (a page at the root). */
  name: string;
  kind: "dir" | "file";
}

/** Options of `hostHeadersFile`. */
export interface HostHeadersOptions {
  /** The embeds' folder, e.g. `/embed/` (`EMBED_PREFIX`). */
  embedPrefix: string;
  /** Sources allowed to frame embeds (`EMBED_FRAME_ANCESTORS`), e.g. `*` or `https://a.example https://b.example`. */
  frameAncestors: string;
}

/** A `frame-ancestors` source: `*`, `'self'`, `'none'`, a scheme (`https:`) or a host source with optional scheme, port and path. */
const SOURCE = /^(\*|'self'|'none'|[a-z][a-z0-9+.-]*:|([a-z][a-z0-9+.-]*:\/\/)?(\*\.)?[a-z0-9.-]+(:(\d+|\*))?(\/[^\s;,]*)?)$/i;

/** Checks the configured sources; a newline, `;` or `,` would inject a header or a second policy. */
export function checkFrameAncestors(value: string): string[] {
  const sources = value.trim().split(/\s+/).filter(Boolean);
  const bad = sources.filter((s) => !SOURCE.test(s));
  if (sources.length === 0 || bad.length > 0 || /[\r\n;,]/.test(value)) {
    throw new Error(
      `src/config.ts EMBED_FRAME_ANCESTORS: expected frame-ancestors sources separated by spaces (such as * or https://example.org), found ${JSON.stringify(value)}${bad.length ? ` (not a source: ${bad.join(", ")})` : ""}`,
    );
  }
  return sources;
}

/** Rules that may not be framed, for the sections of a build (the embeds' own folder left out). */
function deniedPaths(sections: readonly BuiltSection[], embedFolder: string): string[] {
  const paths: string[] = [];
  for (const s of [...sections].sort((a, b) => a.name.localeCompare(b.name))) {
    if (s.kind === "dir" && s.name !== embedFolder) paths.push(`/${s.name}/*`);
    if (s.kind === "file" && s.name.endsWith(".html")) {
      if (s.name === "index.html") paths.push("/");
      paths.push(`/${s.name}`);
    }
  }
  return paths;
}

/**
 * The `_headers` file: `frame-ancestors <sources>` for the embeds, `frame-ancestors 'none'` (and
 * the older `X-Frame-Options: DENY`) for every other page, one rule per path, none overlapping.
 */
export function hostHeadersFile(sections: readonly BuiltSection[], { embedPrefix, frameAncestors }: HostHeadersOptions): string {
  const sources = checkFrameAncestors(frameAncestors).join(" ");
  const embedFolder = embedPrefix.replace(/^\/|\/$/g, "");
  const lines = [
    "# Written by `npm run build` (src/integrations/hostHeaders.ts); edit EMBED_FRAME_ANCESTORS in src/config.ts, not this file.",
    "# Who may frame each page: a <meta> Content-Security-Policy cannot say it (docs/embedding.md).",
    "# Read by Netlify and Cloudflare Pages. No two rules match the same path.",
    "",
    `/${embedFolder}/*`,
    `  Content-Security-Policy: frame-ancestors ${sources}`,
    "",
  ];
  for (const path of deniedPaths(sections, embedFolder)) lines.push(path, "  Content-Security-Policy: frame-ancestors 'none'", "  X-Frame-Options: DENY", "");
  return lines.join("\n");
}
