import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { downloadedPolicy, downloadRemoteImages, publishRemoteImages, type LocatedImage } from "./remoteImages";

/** A 1x1 PNG. */
const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=", "base64");

/**
 * The download against a local HTTP server (no internet in tests): the fetch the download is given
 * sends `https://images.test/...` to the server instead.
 */
describe("downloadRemoteImages", () => {
  let server: Server;
  let origin: string;
  const requests: string[] = [];
  let dir: string;
  const fetchLocal: typeof fetch = (input, init) => fetch(String(input).replace("https://images.test", origin), init);

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "remote-images-"));
    server = createServer((req, res) => {
      requests.push(req.url ?? "");
      if (req.url === "/a.png") res.writeHead(200, { "content-type": "image/png" }).end(PNG);
      else if (req.url === "/evil.svg") res.writeHead(200, { "content-type": "image/svg+xml" }).end("<svg onload='x()'/>");
      else if (req.url === "/page.html") res.writeHead(200, { "content-type": "text/html" }).end("<p>not an image</p>");
      // Sent in chunks without a length: the download stops reading past the cap.
      else if (req.url === "/big.png") res.writeHead(200, { "content-type": "image/png" }).end(Buffer.alloc(2000));
      else if (req.url === "/declared.png") res.writeHead(200, { "content-type": "image/png", "content-length": "2000" }).end(Buffer.alloc(2000));
      // Answers long after the download's time limit (the server's connections are closed after the tests).
      else if (req.url === "/slow.png") setTimeout(() => res.writeHead(200, { "content-type": "image/png" }).end(PNG), 20_000).unref();
      else res.writeHead(404).end();
    });
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((r) => server.close(r));
    rmSync(dir, { recursive: true, force: true });
  });

  const images: LocatedImage[] = [
    { file: "content/recaps/a.md", line: 7, url: "https://images.test/a.png" },
    { file: "content/recaps/b.md", line: 3, url: "https://images.test/a.png" },
    { file: "content/recaps/b.md", line: 9, url: "https://images.test/evil.svg" },
    { file: "content/recaps/b.md", line: 10, url: "https://images.test/page.html" },
    { file: "content/recaps/b.md", line: 11, url: "https://images.test/big.png" },
    { file: "content/recaps/b.md", line: 12, url: "https://images.test/missing.png" },
    { file: "content/recaps/c.md", line: 2, url: "https://images.test/declared.png" },
    { file: "content/recaps/b.md", line: 13, url: "https://images.test/slow.png" },
  ];
  // 3 s: on a loaded machine a local answer took more than the 500 ms this once had (the suite failed on a.png).
  const options = () => ({ cacheDir: join(dir, "cache"), maxBytes: 1000, timeoutMs: 3000, fetch: fetchLocal });

  it("stores each image once, content-addressed; warns with file:line and URL for each one it refuses", async () => {
    const report = await downloadRemoteImages(images, options());
    const sha = createHash("sha256").update(PNG).digest("hex");
    expect([...report.copies]).toEqual([["https://images.test/a.png", `/remote-images/${sha}.png`]]);
    expect(readFileSync(join(dir, "cache/files", `${sha}.png`))).toEqual(PNG);
    expect(report).toMatchObject({ fetched: 1, cached: 0 });
    expect(report.warnings.sort()).toEqual([
      "content/recaps/b.md:10: remote image https://images.test/page.html was not downloaded: expected a PNG, JPEG, GIF, WebP or AVIF image, found Content-Type \"text/html\"; the page links to it instead",
      "content/recaps/b.md:11: remote image https://images.test/big.png was not downloaded: expected at most 1000 bytes, found more; the page links to it instead",
      "content/recaps/b.md:12: remote image https://images.test/missing.png was not downloaded: the server answered HTTP 404; the page links to it instead",
      "content/recaps/b.md:13: remote image https://images.test/slow.png was not downloaded: no answer within 3000 ms; the page links to it instead",
      "content/recaps/b.md:9: remote image https://images.test/evil.svg was not downloaded: expected a PNG, JPEG, GIF, WebP or AVIF image, found an SVG image (SVG can carry script; not downloaded); the page links to it instead",
      "content/recaps/c.md:2: remote image https://images.test/declared.png was not downloaded: expected at most 1000 bytes, found 2000; the page links to it instead",
    ]);
    expect(requests.filter((r) => r === "/a.png")).toHaveLength(1);
  });

  it("the next build takes the image from the cache without a request, and publishes it into the site", async () => {
    const before = requests.filter((r) => r === "/a.png").length;
    const report = await downloadRemoteImages(images.slice(0, 1), options());
    expect(report).toMatchObject({ fetched: 0, cached: 1, warnings: [] });
    expect(requests.filter((r) => r === "/a.png")).toHaveLength(before);
    expect(downloadedPolicy(join(dir, "cache")).localCopies).toEqual(report.copies);
    const out = join(dir, "dist");
    expect(publishRemoteImages(join(dir, "cache"), out)).toBe(1);
    const path = [...report.copies.values()][0]!;
    expect(existsSync(join(out, path))).toBe(true);
    expect(readFileSync(join(out, path))).toEqual(PNG);
  });
});
