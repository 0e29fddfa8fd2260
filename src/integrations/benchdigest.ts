import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import mdx from "@astrojs/mdx";
import sitemap from "@astrojs/sitemap";
import type { AstroIntegration } from "astro";
import { remarkSmartypants } from "../lib/markdown/remarkSmartypants";
import { remarkComponentRefs } from "./remarkComponentRefs";
import { siteFolders, type SiteFolders } from "./siteFolders";

/** The module through which the site's code (content config, middleware) learns the site's folders. */
const VIRTUAL_ID = "virtual:benchdigest/site";
const RESOLVED_ID = `\0${VIRTUAL_ID}`;

/** The benchdigest project: its `src/`, `public/` and `node_modules/` serve every site. */
const PROJECT_ROOT = resolve(fileURLToPath(import.meta.url), "../../..");

/**
 * The project's own Astro integration (registered in astro.config.mjs, after Starlight's
 * `integrations/`): it tells the site's code which site it builds, and adds MDX and the sitemap.
 *
 * A site is an Astro root. The site being built is the folder Astro builds, its `root` (the
 * working directory, or `astro build --root <dir>`): `content/recaps/` and `data/` are read
 * there, and Astro keeps that site's `.astro/` (generated types, the list of MDX modules), its
 * cache (`cacheDir` in astro.config.mjs, `.astro/cache/`) and `dist/` there too. The code is
 * this project's: astro.config.mjs points `srcDir` and `publicDir` at it. So a fixture site or a
 * generated benchmark archive is built as its own root, with a `node_modules` link to this
 * project's (Vite resolves Astro's own modules from the root):
 *
 *   astro build --root <site> --config <path of astro.config.mjs relative to <site>>
 *
 * Why not a `contentRoot` option beside Astro's root (or the environment variable this replaces):
 * Astro writes `.astro/content-modules.mjs` under its root and rewrites it only when the content
 * store changed, so sites that share a root share that file: after a fixture build, the sample
 * site's unchanged store imported the fixture's MDX modules. That needed a cache folder per
 * content root and the deletion of the file on every config load, and two sites could still not
 * build at once. One root per site needs neither, and builds of different sites can run side by
 * side.
 */
export function benchdigest(): AstroIntegration {
  return {
    name: "benchdigest",
    hooks: {
      "astro:config:setup": ({ config, updateConfig }) => {
        const site = siteFolders(fileURLToPath(config.root));
        updateConfig({
          vite: {
            plugins: [siteModule(site)],
            // In `astro dev` of a site outside the project, Vite serves the project's src/ and
            // node_modules/ too.
            server: { fs: { allow: [site.root, PROJECT_ROOT] } },
          },
          integrations: [
            // remarkComponentRefs: an unknown id in <Leaderboard>, <EfficiencyPlot> or <ModelScore>
            // fails the build with the recap's file and line.
            // optimize: MDX's static subtrees compile to HTML strings instead of one JSX call per
            // element: about a fifth less CPU and far smaller server chunks for long .mdx recaps
            // (docs/performance.md). Safe here because mdxComponents maps only our own components,
            // never plain HTML elements. SmartyPants is named first, where Astro would run it
            // (MDX takes its own remarkPlugins list).
            mdx({ optimize: true, remarkPlugins: [remarkSmartypants, [remarkComponentRefs, { dataDir: site.dataDir, displayRoot: site.root }]] }),
            sitemap(),
          ],
        });
      },
    },
  };
}

/** A Vite plugin serving `virtual:benchdigest/site`: the folders of the site being built. */
function siteModule(site: SiteFolders) {
  return {
    name: "benchdigest:site",
    resolveId: (id: string) => (id === VIRTUAL_ID ? RESOLVED_ID : undefined),
    load: (id: string) => (id === RESOLVED_ID ? Object.entries(site).map(([name, value]) => `export const ${name} = ${JSON.stringify(value)};`).join("\n") : undefined),
  };
}
