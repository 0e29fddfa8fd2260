import { readdirSync } from "node:fs";
import { sep } from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { shadowedMessage, shadowedPublicFiles } from "../lib/check/publicShadowed";

/** The files under `dir`, as `/`-separated paths inside it; none when it is missing. */
export function filesUnder(dir: string): string[] {
  try {
    return readdirSync(dir, { recursive: true, encoding: "utf8" }).map((p) => p.split(sep).join("/"));
  } catch {
    return [];
  }
}

/**
 * Stops `astro build` at its start where a file of `public/` would be written over by a page
 * (an editor's `public/og-default.png` under the drawn card): Astro does it without a word.
 * `npm run check` reports the same (src/lib/check/publicShadowed.ts).
 */
export function publicShadowed(): AstroIntegration {
  let dirs: { publicDir: string; pagesDir: string } | undefined;
  return {
    name: "benchdigest-public-shadowed",
    hooks: {
      "astro:config:done": ({ config }) => {
        dirs = { publicDir: fileURLToPath(config.publicDir), pagesDir: fileURLToPath(new URL("pages/", config.srcDir)) };
      },
      "astro:build:start": () => {
        if (!dirs) return;
        const found = shadowedPublicFiles(filesUnder(dirs.publicDir), filesUnder(dirs.pagesDir));
        if (found.length) throw new Error(found.map(shadowedMessage).join("\n"));
      },
    },
  };
}
