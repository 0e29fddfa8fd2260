import { closeSync, existsSync, openSync, readFileSync, readSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import mdx from "@astrojs/mdx";
import sitemap from "@astrojs/sitemap";
import type { AstroIntegration } from "astro";
import type { PluggableList } from "unified";
import { remarkSmartypants } from "../lib/markdown/remarkSmartypants";
import { markdownOptions } from "../lib/markdown/markdownOptions";
import { EMBED_PREFIX } from "../lib/routes/paths";
import { remarkComponentRefs } from "./remarkComponentRefs";
import { remarkLocatedExpressions } from "./remarkLocatedExpressions";
import { remarkSafeUrls } from "./remarkSafeUrls";
import { siteFolders, type SiteFolders } from "./siteFolders";
import { builtLinkCheck } from "./builtLinkCheck";
import { refreshModuleListOnRequest } from "./devModuleList";
import { RECAP_HTML_WATCH_IGNORED } from "./recapHtmlFiles";
import { PNG_CACHE_FOLDER, prunePngCache } from "./pngCache";
import { REMOTE_IMAGES } from "../config";
import { rehypeRemoteImages } from "../lib/markdown/rehypeRemoteImages";
import type { RemoteImagePolicy } from "../lib/html/remoteImages";
import { downloadedPolicy, publishRemoteImages, remoteImageCacheDir, serveRemoteImages } from "./remoteImages";

/** The module through which the site's code (content config, middleware) learns the site's folders. */
const VIRTUAL_ID = "virtual:benchdigest/site";
const RESOLVED_ID = `\0${VIRTUAL_ID}`;
/**
 * This folder (src/integrations/) on disk. Code that Vite bundles cannot find its own files from
 * `import.meta.url` (it points into the build's chunks), and worker threads load files: the PNG
 * threads (pngThreads.ts) start from here.
 */
const INTEGRATIONS_DIR = fileURLToPath(new URL(".", import.meta.url));

/**
 * The project's own Astro integration (registered in astro.config.mjs, after Starlight's
 * `integrations/`): it tells the site's code which site it builds, and adds MDX, the sitemap and
 * the check of recaps' links against the built site (builtLinkCheck.ts).
 *
 * The content root is Astro's root. The site being built is the folder Astro builds (its `root`:
 * the working directory, or `astro build --root <dir>`): `content/recaps/` and `data/` are read
 * there, and Astro keeps that site's `.astro/` (generated types, the list of MDX modules), its
 * caches (`node_modules/.astro`, `node_modules/.vite`) and `dist/` there too. A fixture site or a
 * generated benchmark archive is built the same way, as its own root holding a copy of the
 * project's code (scripts/lib/siteMirror.ts): Astro compiles `.astro` components only inside its
 * root.
 *
 * Why not a `contentRoot` option beside Astro's root (or the BENCHDIGEST_ROOT variable this
 * replaces): Astro writes `.astro/content-modules.mjs` under its root and rewrites it only when the
 * content store changed, so content roots that share an Astro root share that file: after a
 * fixture build, the sample site's unchanged store imported the fixture's MDX modules. That needed
 * a cache folder per content root (named by a hash, computed in four places) and the deletion of
 * the file on every config load, and two sites still could not build at once. With one root per
 * site, nothing is shared: no hash, no deletion, and builds of different sites run side by side.
 */
export function benchdigest(): AstroIntegration {
  let outDir: string | undefined;
  let root: string | undefined;
  let cacheDir: string | undefined;
  // When this build started: PNGs kept from earlier builds that it did not use go when it is done (pngCache.ts).
  let buildStart = 0;
  const indexable = notARedirect(() => outDir);
  const canonicalHere = namesItselfCanonical(() => outDir);
  return {
    name: "benchdigest",
    hooks: {
      "astro:config:done": ({ config }) => {
        outDir = fileURLToPath(config.outDir);
        root = fileURLToPath(config.root);
        cacheDir = fileURLToPath(config.cacheDir);
      },
      "astro:build:start": () => {
        buildStart = Date.now();
      },
      // REMOTE_IMAGES = "download": the copies the recap loader downloaded go into the built site
      // (and are served from the cache in dev); src/integrations/remoteImages.ts.
      "astro:build:done": ({ logger }) => {
        if (cacheDir) {
          const removed = prunePngCache(join(cacheDir, PNG_CACHE_FOLDER), buildStart);
          if (removed > 0) logger.info(`${removed} kept images this build no longer uses removed from the cache`);
        }
        if (REMOTE_IMAGES !== "download" || !root || !outDir) return;
        const count = publishRemoteImages(remoteImageCacheDir(root), outDir);
        logger.info(`${count} downloaded remote images copied into the site`);
      },
      "astro:server:setup": ({ server }) => {
        if (root) refreshModuleListOnRequest(server, root);
        if (REMOTE_IMAGES === "download" && root) server.middlewares.use(serveRemoteImages(remoteImageCacheDir(root)));
      },
      "astro:config:setup": ({ config, updateConfig }) => {
        const site = siteFolders(fileURLToPath(config.root));
        updateConfig({
          vite: { plugins: [siteModule(site, fileURLToPath(config.cacheDir))], server: { watch: { ignored: [RECAP_HTML_WATCH_IGNORED] } } },
          integrations: [
            // optimize: MDX's static subtrees compile to HTML strings instead of one JSX call per
            // element: about a fifth less CPU and far smaller server chunks for long .mdx recaps
            // (docs/performance.md). Safe here because mdxComponents maps only our own components,
            // never plain HTML elements.
            // rehypePlugins: MDX takes its own list (given one, it no longer inherits the site's
            // markdown.rehypePlugins), so the site's come first, then rehypeRemoteImages, the
            // remote-image policy for MDX pages, which the sanitiser does not see (docs/images.md).
            mdx({ optimize: true, remarkPlugins: mdxRemarkPlugins(site), rehypePlugins: [...markdownOptions.rehypePlugins, [rehypeRemoteImages, { policy: () => remoteImagePolicy(site) }]] }),
            // The redirect pages of an imported archive's old URLs are not pages to index; embeds
            // are for other sites to frame, and their full pages are in the sitemap instead.
            // A page that names another as canonical (the newest version of a board at its
            // versioned address) is listed as that one only.
            sitemap({ filter: (page) => indexable(page) && !new URL(page).pathname.startsWith(EMBED_PREFIX) && canonicalHere(page) }),
            // Last, once every file is written: links in recaps to paths the built site does not have.
            builtLinkCheck(),
          ],
        });
      },
    },
  };
}

/**
 * A sitemap filter that leaves out a page whose built HTML names another address as canonical
 * (`<link rel="canonical">` in its head: BaseLayout's `canonicalPath`). The head is read in 8 KB
 * pieces until the link or `</head>`, so a longer head cannot hide the link (it used to read the
 * first 8 KB only, and a link past them would have put the page back in the sitemap); the link is
 * in the first piece of every page, so one read each, as before. A page without the file or the
 * link is kept.
 */
function namesItselfCanonical(outDir: () => string | undefined): (page: string) => boolean {
  return (page) => {
    const path = new URL(page).pathname;
    const file = join(outDir() ?? "", decodeURIComponent(path), "index.html");
    if (!existsSync(file)) return true;
    const href = CANONICAL.exec(readHead(file, (text) => CANONICAL.test(text)))?.[1];
    return href === undefined || new URL(href.replace(/&amp;/g, "&")).pathname === path;
  };
}

const CANONICAL = /<link rel="canonical" href="([^"]*)"/;

/**
 * A built page's text up to the end of its `</head>` (the whole file if it has none), read in 8 KB
 * pieces; with `enough`, only until the text read so far satisfies it (the canonical link, in the
 * first piece of every page: a head with the site's inlined CSS is 10 to 15 KB).
 */
export function readHead(file: string, enough: (text: string) => boolean = () => false): string {
  const fd = openSync(file, "r");
  try {
    let head = Buffer.alloc(0);
    const piece = Buffer.alloc(8192);
    let n: number;
    while ((n = readSync(fd, piece, 0, piece.length, head.length)) > 0) {
      // A "</head>" not seen before ends in the new piece, so it starts at most 6 bytes before it.
      const from = Math.max(0, head.length - 6);
      head = Buffer.concat([head, piece.subarray(0, n)]);
      const end = head.indexOf("</head>", from);
      if (end >= 0) return head.subarray(0, end + "</head>".length).toString("utf8");
      if (enough(head.toString("utf8"))) return head.toString("utf8");
    }
    return head.toString("utf8");
  } finally {
    closeSync(fd);
  }
}

/**
 * A sitemap filter that leaves out the old paths listed in the built site's `_redirects`
 * (src/pages/[redirectsFile].ts), read once when the sitemap is written, after every page.
 */
function notARedirect(outDir: () => string | undefined): (page: string) => boolean {
  let old: Set<string> | undefined;
  return (page) => {
    if (!old) {
      const file = join(outDir() ?? "", "_redirects");
      old = new Set(existsSync(file) ? readFileSync(file, "utf8").split("\n").map((line) => line.split(" ")[0]).filter(Boolean) : []);
    }
    return !old.has(new URL(page).pathname);
  };
}

/**
 * The remark plugins MDX recaps compile with (besides the site's `markdown.remarkPlugins`, which
 * MDX inherits): SmartyPants first, where Astro would run it (MDX takes its own list), then
 * remarkComponentRefs: an unknown id in <Leaderboard>, <EfficiencyPlot> or <ModelScore> fails the
 * build with the recap's file and line. The bad-input tests compile with the same list.
 */
export function mdxRemarkPlugins(site: SiteFolders): PluggableList {
  return [remarkSmartypants, [remarkComponentRefs, { dataDir: site.dataDir, displayRoot: site.root }], [remarkSafeUrls, { displayRoot: site.root }], [remarkLocatedExpressions, { displayRoot: site.root }]];
}

/** The remote-image policy for MDX recaps: REMOTE_IMAGES, with the copies of the last download under "download". */
function remoteImagePolicy(site: SiteFolders): RemoteImagePolicy {
  return REMOTE_IMAGES === "download" ? downloadedPolicy(remoteImageCacheDir(site.root)) : { mode: REMOTE_IMAGES };
}

/** A Vite plugin serving `virtual:benchdigest/site`: the folders of the site being built, and of this code. */
function siteModule(site: SiteFolders, cacheDir: string) {
  return {
    name: "benchdigest:site",
    resolveId: (id: string) => (id === VIRTUAL_ID ? RESOLVED_ID : undefined),
    load: (id: string) => (id === RESOLVED_ID ? Object.entries({ ...site, cacheDir, integrationsDir: INTEGRATIONS_DIR }).map(([name, value]) => `export const ${name} = ${JSON.stringify(value)};`).join("\n") : undefined),
  };
}
