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
 * 301 to the folder's address when the folder holds a page (`index.html`), or with the site's own
 * 404 page when it names nothing (`previewAnswer`); every other request goes to Astro's server as
 * it is.
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import type { IncomingMessage, Server, ServerResponse } from "node:http";
import { join, relative, resolve, sep } from "node:path";
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
 * What this command answers itself for `url`, before Astro's preview server: a redirect to the
 * same path with a trailing slash (and the same query) when the path has none and names a folder
 * of the site that holds a page (`/leaderboards/x/v4.1` too: a folder, though it reads like a
 * file's name); `not-found` for any other address without a trailing slash or a file's extension
 * that names no file (the site's 404 page, as a host answers it, where Astro's server answers with
 * its own "trailingSlash" page), and for a path with an encoded slash or backslash (`/models%2F`
 * names no folder on a host); undefined for the rest, which Astro's server answers.
 * @example previewAnswer("/models?x=1", "/srv/dist") // { redirect: "/models/?x=1" } when /srv/dist/models/index.html exists
 */
export function previewAnswer(url: string, root: string): { redirect: string } | "not-found" | undefined {
  // The request target read as a path on this host: `//models` is the path //models, never the host
  // `models` (found in review: a redirect to `//models/`, which a browser reads as another site).
  let parsed: URL;
  try {
    parsed = new URL(`http://localhost${url.startsWith("/") ? "" : "/"}${url}`);
  } catch {
    return "not-found";
  }
  const { pathname, search } = parsed;
  // A path the URL parser changed (`/models/%2e%2e`, `/x/..//models`: dot segments) is answered here
  // as a host answers it, by what it names, even with its trailing slash (found in review: Astro's
  // server read the path as sent and answered with its "trailingSlash" page).
  const sent = `${url.startsWith("/") ? "" : "/"}${url}`.replace(/[?#].*$/s, "");
  if (pathname.endsWith("/") && sent === pathname) return undefined;
  if (/%2f|%5c/i.test(pathname)) return "not-found";
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return "not-found";
  }
  const target = resolve(root, `.${decoded}`);
  if (target !== root && !target.startsWith(root + sep)) return "not-found";
  if (isFile(target)) return undefined;
  // The address of the folder as the site has it (one slash between segments), never the path as sent.
  const folder = target === root ? "" : `/${relative(root, target).split(sep).map(encodeURIComponent).join("/")}`;
  if (isFile(join(target, "index.html"))) return { redirect: `${folder}/${search}` };
  if (pathname.endsWith("/")) return "not-found";
  return /\.[^/]+$/.test(pathname) ? undefined : "not-found";
}

function isFile(path: string): boolean {
  return existsSync(path) && statSync(path).isFile();
}

const server = await preview({ root: process.cwd(), outDir, server: { port: args.port ? wholeNumberArg("--port", args.port, 4321, USAGE) : 4321, host: args.host ?? false } });
const http = (server as { server?: Server }).server;
if (!http) {
  process.stderr.write("Astro's preview server did not expose its HTTP server: addresses without their trailing slash answer 404 (Astro's own behaviour)\n");
} else {
  const notFoundPage = join(outDir, "404.html");
  const astro = http.listeners("request") as ((req: IncomingMessage, res: ServerResponse) => void)[];
  http.removeAllListeners("request");
  http.on("request", (req: IncomingMessage, res: ServerResponse) => {
    let answer: ReturnType<typeof previewAnswer>;
    try {
      answer = (req.method === "GET" || req.method === "HEAD") && req.url ? previewAnswer(req.url, resolve(outDir)) : undefined;
    } catch {
      // One odd request never stops the server (found in review: `GET //[` ended it).
      answer = "not-found";
    }
    const head = req.method === "HEAD";
    if (answer === "not-found" && isFile(notFoundPage)) {
      res.writeHead(404, { "Content-Type": "text/html; charset=utf-8" });
      res.end(head ? undefined : readFileSync(notFoundPage));
      return;
    }
    if (answer && answer !== "not-found") {
      res.writeHead(301, { Location: answer.redirect, "Content-Type": "text/plain; charset=utf-8" });
      res.end(head ? undefined : `Moved to ${answer.redirect}\n`);
      return;
    }
    if (req.url && /\.xml(?:$|\?)/.test(req.url)) withUtf8Charset(res);
    for (const listener of astro) listener.call(http, req, res);
  });
}
await server.closed();

/**
 * Gives an XML response the charset Astro's preview leaves out: `text/xml` without one reads as
 * US-ASCII (RFC 3023), and feedparser flagged the site's UTF-8 feeds as mis-declared (found in
 * review). Static hosts send `charset=utf-8` with XML, or a type whose default is UTF-8.
 */
function withUtf8Charset(res: ServerResponse): void {
  const writeHead = res.writeHead;
  res.writeHead = function (this: ServerResponse, ...args: Parameters<ServerResponse["writeHead"]>) {
    const headers = args.find((a): a is Record<string, string> => typeof a === "object" && a !== null && !Array.isArray(a));
    const key = headers && Object.keys(headers).find((k) => k.toLowerCase() === "content-type");
    if (headers && key && /xml/i.test(String(headers[key])) && !/charset=/i.test(String(headers[key]))) headers[key] = `${headers[key]}; charset=utf-8`;
    const set = this.getHeader("content-type");
    if (typeof set === "string" && /xml/i.test(set) && !/charset=/i.test(set)) this.setHeader("content-type", `${set}; charset=utf-8`);
    return writeHead.apply(this, args);
  } as ServerResponse["writeHead"];
}
