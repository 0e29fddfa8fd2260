/**
 * `npm run preview [-- --out <dir>] [--port <n>] [--host]`: serves the built site (dist/, or the
 * `--out` folder `npm run build` wrote) on http://localhost:4321/, as a static host serves it.
 *
 * Astro's own `astro preview` answers a page's address without its trailing slash (`/models`,
 * typed into the address bar or pasted from a message) with a 404, "trailingSlash is set to
 * always", because the site is built with that setting (astro.config.mjs). The hosts the site is
 * deployed to do not: Netlify, Cloudflare Pages, GitHub Pages and nginx's default redirect it to
 * `/models/`, where the page is. So this command runs Astro's preview server (Astro's programmatic
 * `preview()`, the same server, headers and 404 page) and answers such an address first, with a
 * 301 to the folder's address, when the folder holds a page (`index.html`); every other request
 * goes to Astro's server as it is (an address with neither a page nor a file is still the site's
 * 404 page).
 */
import { existsSync, statSync } from "node:fs";
import type { IncomingMessage, Server, ServerResponse } from "node:http";
import { join, resolve, sep } from "node:path";
import { preview } from "astro";
import { parseCommandLine, wholeNumberArg } from "./lib/commandLine";
import { userPath } from "./lib/siteRoot";

const USAGE = `usage: npm run preview -- [--out <dir>] [--port <n>] [--host]
  --out    the built site to serve (default dist/ in the project; the folder 'npm run build -- --out' wrote)
  --port   the port (default 4321)
  --host   listen on every network address, not only this machine's`;

const { values: args } = parseCommandLine(USAGE, { out: { type: "string" }, port: { type: "string" }, host: { type: "boolean" } }, { positionals: false });
const outDir = args.out ? userPath(args.out) : join(process.cwd(), "dist");
if (!existsSync(join(outDir, "index.html"))) {
  process.stderr.write(`${outDir} holds no built site (no index.html): run \`npm run build${args.out ? ` -- --out ${args.out}` : ""}\` first\n`);
  process.exit(1);
}

/**
 * The address to send `url` to: the same path with a trailing slash (and the same query) when the
 * path has none and names a folder of the site that holds a page; undefined for anything else.
 * @example slashRedirect("/models?x=1", "/srv/dist") // "/models/?x=1" when /srv/dist/models/index.html exists
 */
export function slashRedirect(url: string, root: string): string | undefined {
  const { pathname, search } = new URL(url, "http://localhost");
  if (pathname.endsWith("/") || /\.[^/]+$/.test(pathname)) return undefined;
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  const folder = resolve(root, `.${decoded}`);
  if (folder !== root && !folder.startsWith(root + sep)) return undefined;
  const page = join(folder, "index.html");
  return existsSync(page) && statSync(page).isFile() ? `${pathname}/${search}` : undefined;
}

const server = await preview({ root: process.cwd(), outDir, server: { port: args.port ? wholeNumberArg("--port", args.port, 4321, USAGE) : 4321, host: args.host ?? false } });
const http = (server as { server?: Server }).server;
if (!http) {
  process.stderr.write("Astro's preview server did not expose its HTTP server: addresses without their trailing slash answer 404 (Astro's own behaviour)\n");
} else {
  const astro = http.listeners("request") as ((req: IncomingMessage, res: ServerResponse) => void)[];
  http.removeAllListeners("request");
  http.on("request", (req: IncomingMessage, res: ServerResponse) => {
    const to = (req.method === "GET" || req.method === "HEAD") && req.url ? slashRedirect(req.url, resolve(outDir)) : undefined;
    if (to) {
      res.writeHead(301, { Location: to, "Content-Type": "text/plain; charset=utf-8" });
      res.end(req.method === "HEAD" ? undefined : `Moved to ${to}\n`);
      return;
    }
    for (const listener of astro) listener.call(http, req, res);
  });
}
await server.closed();
