/**
 * The build-time download of remote images (REMOTE_IMAGES = "download" in src/config.ts,
 * docs/images.md): the I/O half; what to download, what to keep and what the pages show is decided
 * in src/lib/html/remoteImages.ts.
 *
 * The recap loader (recapLoader.ts) lists the images with `recapImages` and calls
 * `downloadRemoteImages` before anything renders: every https image of every recap is fetched once
 * (Node's fetch, a timeout, a size cap, a raster image type), stored content-addressed in the
 * cache folder `node_modules/.cache/benchdigest/remote-images/` of the site, and reused by later
 * builds without a request. The copies it has are written to `copies.json` there, read by the MDX
 * image plugin and by `publishRemoteImages`, which copies them into the built site's
 * `/remote-images/` when the build is done (and `serveRemoteImages` in dev).
 */
import { createHash } from "node:crypto";
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync } from "node:fs";
import type { IncomingMessage, ServerResponse } from "node:http";
import { join } from "node:path";
import { checkDownloadedImage, localImagePath, REMOTE_IMAGE_DIR, remoteImageRefs, type RemoteImagePolicy } from "../lib/html/remoteImages";
import { writeFileSafely } from "./safeWrite";

/** The cache folder of the site at `root`. */
export const remoteImageCacheDir = (root: string): string => join(root, "node_modules/.cache/benchdigest/remote-images");

/** One remote image of one recap. */
export interface LocatedImage {
  /** The recap, as messages name it (`content/recaps/2026-03-18-minimax.md`). */
  file: string;
  line: number;
  url: string;
}

/** Options of `downloadRemoteImages`. */
export interface DownloadOptions {
  /** The cache folder (`remoteImageCacheDir`). */
  cacheDir: string;
  /** The largest image kept, in bytes (REMOTE_IMAGE_MAX_BYTES). */
  maxBytes: number;
  /** How long one request may take, in milliseconds (REMOTE_IMAGE_TIMEOUT_MS). */
  timeoutMs: number;
  /** The fetch to use; tests pass one that answers from a local server (there is no internet in tests). */
  fetch?: typeof fetch;
  /** Requests at a time. */
  concurrency?: number;
}

/** What a download run did. */
export interface DownloadReport {
  /** The site path of each image's copy, by https URL. */
  copies: Map<string, string>;
  /** One message per image not downloaded, naming every `file:line` that uses it. */
  warnings: string[];
  /** Images fetched this run, and images found in the cache. */
  fetched: number;
  cached: number;
}

/** Every remote image of the `.md` and `.mdx` recaps in `recapsDir`, named relative to `displayRoot`. */
export function recapImages(recapsDir: string, display: (path: string) => string): LocatedImage[] {
  if (!existsSync(recapsDir)) return [];
  const out: LocatedImage[] = [];
  for (const name of readdirSync(recapsDir).filter((n) => /\.mdx?$/.test(n)).sort()) {
    const path = join(recapsDir, name);
    for (const ref of remoteImageRefs(readFileSync(path, "utf8"))) out.push({ file: display(path), ...ref });
  }
  return out;
}

/** The cache's index: the file name of each URL's copy. */
type CacheIndex = Record<string, string>;

function readJson<T>(path: string, fallback: T): T {
  try {
    return JSON.parse(readFileSync(path, "utf8")) as T;
  } catch {
    return fallback;
  }
}

/** Fetches one image within the limits; the bytes and their type, or why not. */
async function fetchImage(url: string, { maxBytes, timeoutMs, fetch: fetchFn = fetch }: DownloadOptions): Promise<{ bytes: Uint8Array; extension: string } | { reason: string }> {
  let response: Response;
  try {
    response = await fetchFn(url, { signal: AbortSignal.timeout(timeoutMs), redirect: "follow", headers: { accept: "image/avif,image/webp,image/png,image/jpeg,image/gif" } });
  } catch (error) {
    const e = error as Error;
    return { reason: e.name === "TimeoutError" ? `no answer within ${timeoutMs} ms` : `the request failed (${e.message}${e.cause instanceof Error ? `: ${e.cause.message}` : ""})` };
  }
  if (!response.ok) return { reason: `the server answered HTTP ${response.status}` };
  const declared = Number(response.headers.get("content-length") ?? "0");
  const early = checkDownloadedImage(response.headers.get("content-type"), declared, maxBytes);
  if (!early.ok) {
    await response.body?.cancel();
    return { reason: early.reason };
  }
  // Read at most maxBytes + 1: a server that sends more than it declared is cut off too.
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = response.body?.getReader();
  try {
    while (reader) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > maxBytes) {
        await reader.cancel();
        return { reason: `expected at most ${maxBytes} bytes, found more` };
      }
      chunks.push(value);
    }
  } catch (error) {
    return { reason: `the download broke off (${(error as Error).message})` };
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return { bytes, extension: early.extension };
}

/**
 * Downloads every image of `images` that the cache does not hold yet, `concurrency` at a time.
 * A failure is not cached: the next build tries again.
 */
export async function downloadRemoteImages(images: readonly LocatedImage[], options: DownloadOptions): Promise<DownloadReport> {
  const { cacheDir, concurrency = 4 } = options;
  const indexPath = join(cacheDir, "index.json");
  const index = readJson<CacheIndex>(indexPath, {});
  const filesDir = join(cacheDir, "files");
  const byUrl = new Map<string, LocatedImage[]>();
  for (const image of images) byUrl.set(image.url, [...(byUrl.get(image.url) ?? []), image]);
  const report: DownloadReport = { copies: new Map(), warnings: [], fetched: 0, cached: 0 };
  const queue = [...byUrl.keys()];
  const worker = async () => {
    for (let url = queue.shift(); url !== undefined; url = queue.shift()) {
      const known = index[url];
      if (known && existsSync(join(filesDir, known))) {
        report.copies.set(url, `/${REMOTE_IMAGE_DIR}/${known}`);
        report.cached++;
        continue;
      }
      const result = await fetchImage(url, options);
      if ("reason" in result) {
        const where = byUrl.get(url)!.map((i) => `${i.file}:${i.line}`).join(", ");
        report.warnings.push(`${where}: remote image ${url} was not downloaded: ${result.reason}; the page links to it instead`);
        continue;
      }
      const sha = createHash("sha256").update(result.bytes).digest("hex");
      const path = localImagePath(sha, result.extension);
      const name = path.slice(REMOTE_IMAGE_DIR.length + 2);
      if (!existsSync(join(filesDir, name))) writeFileSafely(join(filesDir, name), result.bytes);
      index[url] = name;
      report.copies.set(url, path);
      report.fetched++;
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, concurrency) }, worker));
  mkdirSync(cacheDir, { recursive: true });
  writeFileSafely(indexPath, `${JSON.stringify(index, null, 1)}\n`);
  // Sorted, so that the file (and the render fingerprint made from it) does not depend on timing.
  writeFileSafely(join(cacheDir, "copies.json"), `${JSON.stringify(Object.fromEntries([...report.copies].sort(([a], [b]) => a.localeCompare(b))), null, 1)}\n`);
  return report;
}

/** The copies the last download run made, as a policy (for the MDX image plugin). */
export function downloadedPolicy(cacheDir: string): RemoteImagePolicy {
  return { mode: "download", localCopies: new Map(Object.entries(readJson<Record<string, string>>(join(cacheDir, "copies.json"), {}))) };
}

/** Copies the images of the last download run into the built site (`<outDir>/remote-images/`); returns how many. */
export function publishRemoteImages(cacheDir: string, outDir: string): number {
  const copies = Object.values(readJson<Record<string, string>>(join(cacheDir, "copies.json"), {}));
  const names = new Set(copies.map((path) => path.slice(REMOTE_IMAGE_DIR.length + 2)));
  if (names.size) mkdirSync(join(outDir, REMOTE_IMAGE_DIR), { recursive: true });
  for (const name of names) copyFileSync(join(cacheDir, "files", name), join(outDir, REMOTE_IMAGE_DIR, name));
  return names.size;
}

/** `npm run dev`: serves `/remote-images/<file>` from the cache. */
export function serveRemoteImages(cacheDir: string) {
  return (req: IncomingMessage, res: ServerResponse, next: () => void) => {
    const m = new RegExp(`^/${REMOTE_IMAGE_DIR}/([0-9a-f]{64}\\.(png|jpg|gif|webp|avif))$`).exec(req.url ?? "");
    const path = m ? join(cacheDir, "files", m[1]!) : undefined;
    if (!path || !existsSync(path)) return next();
    const types: Record<string, string> = { png: "image/png", jpg: "image/jpeg", gif: "image/gif", webp: "image/webp", avif: "image/avif" };
    res.setHeader("content-type", types[m![2]!]!);
    res.end(readFileSync(path));
  };
}
