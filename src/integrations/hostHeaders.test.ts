import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { builtSections, hostHeaders } from "./hostHeaders";

let dir = "";
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** A build folder with pages in some folders and none in others. */
function fakeBuild(): string {
  dir = mkdtempSync(join(tmpdir(), "bd-host-headers-"));
  for (const [path, body] of [
    ["index.html", "<p>home"],
    ["404.html", "<p>missing"],
    ["recaps/a/index.html", "<p>a"],
    ["embed/leaderboards/x/v1/index.html", "<p>embed"],
    ["data/x.json", "{}"],
    ["robots.txt", ""],
  ]) {
    mkdirSync(join(dir, path, ".."), { recursive: true });
    writeFileSync(join(dir, path), body);
  }
  return dir;
}

const logger = () => {
  const lines: string[] = [];
  return { lines, info: (m: string) => lines.push(`info ${m}`), warn: (m: string) => lines.push(`warn ${m}`) };
};
const run = (out: string, log: ReturnType<typeof logger>) =>
  (hostHeaders().hooks["astro:build:done"] as unknown as (o: { dir: URL; logger: unknown }) => void)({ dir: pathToFileURL(`${out}/`), logger: log });

describe("the host headers integration", () => {
  it("finds the top-level folders and files that hold pages", () => {
    const out = fakeBuild();
    expect(builtSections(out).sort((a, b) => a.name.localeCompare(b.name))).toEqual([
      { name: "404.html", kind: "file" },
      { name: "embed", kind: "dir" },
      { name: "index.html", kind: "file" },
      { name: "recaps", kind: "dir" },
    ]);
  });
  it("writes _headers after the build, keeping a site's own file first and saying so", () => {
    const out = fakeBuild();
    const log = logger();
    run(out, log);
    const written = readFileSync(join(out, "_headers"), "utf8");
    expect(written).toContain("/embed/*\n  Content-Security-Policy: frame-ancestors *");
    expect(written).toContain("/recaps/*\n  Content-Security-Policy: frame-ancestors 'none'");
    expect(written).not.toContain("/data/*");
    writeFileSync(join(out, "_headers"), "/fonts/*\n  Cache-Control: max-age=31536000\n");
    run(out, log);
    expect(readFileSync(join(out, "_headers"), "utf8")).toMatch(/^\/fonts\/\*\n  Cache-Control: max-age=31536000\n\n# Written by/);
    expect(log.lines.some((l) => l.startsWith("warn public/_headers exists"))).toBe(true);
  });
});
