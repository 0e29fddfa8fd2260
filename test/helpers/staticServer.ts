import { createReadStream, existsSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize, resolve, sep } from "node:path";

/** Content types for what an Astro build and Pagefind write. */
const CONTENT_TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".csv": "text/csv; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".webp": "image/webp",
  ".avif": "image/avif",
  ".gif": "image/gif",
  ".ico": "image/x-icon",
  ".woff": "font/woff",
  ".woff2": "font/woff2",
  ".wasm": "application/wasm",
  ".webmanifest": "application/manifest+json",
  // Pagefind's index fragments and metadata are binary.
  ".pf_meta": "application/octet-stream",
  ".pf_index": "application/octet-stream",
  ".pf_fragment": "application/octet-stream",
  ".pagefind": "application/octet-stream",
};

/** A running static server over a build folder. */
export interface StaticServer {
  /** Origin without a trailing slash, e.g. `http://127.0.0.1:41234`. */
  origin: string;
  /** Paths requested that had no file (served the 404 page). */
  misses: string[];
  close(): Promise<void>;
}

/** The file a URL path maps to in `root`, the way a static host resolves it, or undefined. */
export function resolveBuiltFile(root: string, urlPath: string): string | undefined {
  let path: string;
  try {
    path = decodeURIComponent(urlPath.split(/[?#]/)[0]);
  } catch {
    return undefined;
  }
  const file = resolve(root, "." + normalize("/" + path));
  if (file !== root && !file.startsWith(root + sep)) return undefined;
  const candidates = path.endsWith("/") ? [join(file, "index.html")] : [file, join(file, "index.html"), `${file}.html`];
  return candidates.find((c) => existsSync(c) && statSync(c).isFile());
}

/**
 * Serves `root` on a free port of 127.0.0.1 like a plain static host: files with their content
 * types, `dir/` as `dir/index.html`, and `404.html` with status 404 for anything else.
 * `headersFor` adds response headers per URL path, as a host that reads a headers file would.
 */
export async function serveStatic(root: string, headersFor: (urlPath: string) => Record<string, string> = () => ({})): Promise<StaticServer> {
  const base = resolve(root);
  const misses: string[] = [];
  const server: Server = createServer((req, res) => {
    const url = req.url ?? "/";
    const file = resolveBuiltFile(base, url);
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.writeHead(405).end();
      return;
    }
    if (!file) {
      misses.push(url);
      const notFound = join(base, "404.html");
      res.writeHead(404, { "content-type": CONTENT_TYPES[".html"] });
      if (existsSync(notFound) && req.method === "GET") createReadStream(notFound).pipe(res);
      else res.end("Not found");
      return;
    }
    const type = CONTENT_TYPES[extname(file).toLowerCase()] ?? "application/octet-stream";
    res.writeHead(200, { ...headersFor(url.split(/[?#]/)[0]), "content-type": type, "content-length": statSync(file).size, "cache-control": "no-cache" });
    if (req.method === "HEAD") res.end();
    else createReadStream(file).pipe(res);
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    misses,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}
