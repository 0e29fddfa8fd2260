/**
 * `npm run preview` on the built sample site, as a reader of the preview uses it: a page's address
 * typed without its trailing slash is redirected to the page, as the static hosts the site is
 * deployed to do (Astro's own preview answers it with a 404, since the site is built with
 * `trailingSlash: "always"`); anything else is Astro's preview server as it is.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { request } from "node:http";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DIST, ROOT } from "./helpers/astro";
import { freePort } from "./helpers/devServer";
import { stopProcessGroup } from "./helpers/processGroup";

let server: ChildProcess | undefined;
let base = "";
let output = "";

/** A request with its target sent exactly as written (fetch would normalise `..`, `%2e` and `//`). */
function raw(target: string): Promise<{ status: number; location: string | undefined; body: string }> {
  return new Promise((done, fail) => {
    const req = request({ host: "localhost", port: Number(new URL(base).port), path: target, method: "GET" }, (res) => {
      let body = "";
      res.on("data", (c) => (body += String(c)));
      res.on("end", () => done({ status: res.statusCode ?? 0, location: res.headers.location, body }));
    });
    req.on("error", fail);
    req.end();
  });
}

async function get(path: string, method = "GET"): Promise<{ status: number; location: string | null; body: string }> {
  const res = await fetch(`${base}${path}`, { method, redirect: "manual" });
  return { status: res.status, location: res.headers.get("location"), body: await res.text() };
}

beforeAll(async () => {
  const port = await freePort();
  server = spawn(process.execPath, [join(ROOT, "node_modules/tsx/dist/cli.mjs"), join(ROOT, "scripts/preview.ts"), "--out", DIST, "--port", String(port)], { cwd: ROOT, detached: true });
  server.stdout?.on("data", (c) => (output += String(c)));
  server.stderr?.on("data", (c) => (output += String(c)));
  base = `http://localhost:${port}`;
  const end = Date.now() + 60_000;
  for (;;) {
    try {
      if ((await fetch(`${base}/`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > end || server.exitCode !== null) throw new Error(`npm run preview did not answer within 60 s; its output:\n${output}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}, 90_000);

afterAll(async () => {
  if (server) await stopProcessGroup(server);
});

describe("npm run preview", () => {
  it("serves the built pages at their addresses", async () => {
    const models = await get("/models/");
    expect(models.status).toBe(200);
    expect(models.body).toContain("<h1");
  });

  it("serves the feeds as UTF-8, as static hosts do (found in review: text/xml without a charset read as US-ASCII in feedparser)", async () => {
    for (const path of ["/rss.xml", "/atom.xml", "/changes/rss.xml", "/sitemap-index.xml"]) {
      const res = await fetch(`${base}${path}`);
      expect(res.status, path).toBe(200);
      expect(res.headers.get("content-type"), path).toMatch(/xml; charset=utf-8$/i);
    }
  });

  it("redirects a page's address without its trailing slash to the page (301), keeping the query, as the hosts the site is deployed to do", async () => {
    expect(await get("/models")).toMatchObject({ status: 301, location: "/models/" });
    expect(await get("/leaderboards?sort=score")).toMatchObject({ status: 301, location: "/leaderboards/?sort=score" });
    expect(await get("/models", "HEAD")).toMatchObject({ status: 301, location: "/models/" });
  });

  it("redirects a folder whose name reads like a file's (a board version, v4.1) to its page", async () => {
    expect(await get("/leaderboards/aa-intelligence-index/v4.1")).toMatchObject({ status: 301, location: "/leaderboards/aa-intelligence-index/v4.1/" });
  });

  it("answers an address with no page, with or without its trailing slash, with the site's own 404 page, and files as they are (found in review: without the slash it was Astro's 'trailingSlash' page)", async () => {
    const notFound = readFileSync(join(DIST, "404.html"), "utf8");
    expect(notFound).toContain("<title>Page not found");
    for (const path of ["/no-such-page", "/no-such-page/", "/pagefind", "/models%2F"]) {
      const missing = await get(path);
      expect(missing.status, path).toBe(404);
      expect(missing.body, path).toBe(notFound);
    }
    expect((await get("/rss.xml")).status).toBe(200);
  });

  it("reads a request's path as a path on this site, whatever it holds (found in review: a redirect to //models/, another host to a browser, and one request that stopped the server)", async () => {
    // Sent as written: nothing outside the built site is reached, and the folder's own address is the redirect.
    expect(await raw("/x/../../../etc")).toMatchObject({ status: 404 });
    expect(await raw("/%2e%2e/%2e%2e/etc")).toMatchObject({ status: 404 });
    expect(await raw("//models")).toMatchObject({ status: 301, location: "/models/" });
    expect(await raw("/x/..//models")).toMatchObject({ status: 301, location: "/models/" });
    // Dot segments written encoded: the folder they name, as a host normalises them (found in review: Astro's "trailingSlash" page).
    expect(await raw("/models/%2e%2e")).toMatchObject({ status: 301, location: "/" });
    expect(await raw("/leaderboards/%2E%2E/models/")).toMatchObject({ status: 301, location: "/models/" });
    expect(await raw("/models/?sort=name")).toMatchObject({ status: 200 });
    expect((await raw("//[")).status).toBe(404);
    // The server still answers.
    expect((await get("/models/")).status).toBe(200);
  });
});
