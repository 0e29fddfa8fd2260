import { existsSync, lstatSync, mkdtempSync, readFileSync, realpathSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { mirrorProjectCode, PROJECT_CODE } from "./siteMirror";
import { PROJECT_ROOT } from "./siteRoot";

const site = mkdtempSync(join(tmpdir(), "bd-mirror-"));
afterAll(() => rmSync(site, { recursive: true, force: true }));

describe("mirrorProjectCode", () => {
  it("copies the project's code into a site folder and links each package, keeping the caches the site's own", () => {
    expect(mirrorProjectCode(site)).toBe(site);
    for (const name of PROJECT_CODE) expect(lstatSync(join(site, name)).isSymbolicLink(), name).toBe(false);
    expect(readFileSync(join(site, "astro.config.mjs"), "utf8")).toBe(readFileSync(join(PROJECT_ROOT, "astro.config.mjs"), "utf8"));
    expect(lstatSync(join(site, "node_modules")).isSymbolicLink()).toBe(false);
    expect(realpathSync(join(site, "node_modules/astro"))).toBe(realpathSync(join(PROJECT_ROOT, "node_modules/astro")));
    // Astro's and Vite's caches under node_modules/ are never the project's.
    for (const cache of [".astro", ".vite", ".vite-temp", ".cache"]) expect(existsSync(join(site, "node_modules", cache)), cache).toBe(false);
  });

  it("does nothing to a folder that already has the code", () => {
    const before = lstatSync(join(site, "astro.config.mjs")).mtimeMs;
    mirrorProjectCode(site);
    expect(lstatSync(join(site, "astro.config.mjs")).mtimeMs).toBe(before);
  });
});
