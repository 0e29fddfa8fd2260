import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

/**
 * src/lib is plain TypeScript: what reads the disk, talks to Astro or to V8 lives in
 * src/integrations (or scripts/). This test reads every module of src/lib (tests aside, which may
 * read fixtures) and fails on an import of `astro:*`, `astro` itself, `node:fs`, `fs`, `node:v8`,
 * `node:vm`, `node:child_process` or `node:worker_threads`.
 */
const LIB = import.meta.dirname;
const FORBIDDEN = /^(?:astro:.*|astro(?:\/.*)?|(?:node:)?fs(?:\/promises)?|(?:node:)?v8|(?:node:)?vm|(?:node:)?child_process|(?:node:)?worker_threads)$/;
const IMPORT = /(?:^|\n)\s*(?:import|export)\s[^;]*?\sfrom\s*["']([^"']+)["']|(?:^|\n)\s*import\s*["']([^"']+)["']|\bimport\(\s*["']([^"']+)["']\s*\)/g;

/** The modules (not tests) under `dir`. */
function modules(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return modules(path);
    return /\.ts$/.test(e.name) && !/\.test\.ts$/.test(e.name) ? [path] : [];
  });
}

/** Every import specifier of a module's source. */
export function importsOf(source: string): string[] {
  return [...source.matchAll(IMPORT)].map((m) => m[1] ?? m[2] ?? m[3]);
}

describe("src/lib is pure", () => {
  it("finds the import forms it looks for", () => {
    const sample = `import { a } from "node:fs";\nimport type { B } from "astro:content";\nexport { c } from "./c";\nimport "./side-effect";\nconst v = await import("node:v8");`;
    expect(importsOf(sample)).toEqual(["node:fs", "astro:content", "./c", "./side-effect", "node:v8"]);
    expect(importsOf(sample).filter((s) => FORBIDDEN.test(s))).toEqual(["node:fs", "astro:content", "node:v8"]);
  });

  it("no module under src/lib imports Astro, the file system or V8", () => {
    const files = modules(LIB);
    expect(files.length).toBeGreaterThan(50);
    const offenders = files.flatMap((file) =>
      importsOf(readFileSync(file, "utf8"))
        .filter((s) => FORBIDDEN.test(s))
        .map((s) => `${relative(LIB, file)} imports ${s}`),
    );
    expect(offenders).toEqual([]);
  });

  it("src/lib imports only src/schemas among our own folders, and src/schemas imports nothing of ours", () => {
    const SRC = join(LIB, "..");
    const upward = (dir: string, allowed: string[]) =>
      modules(join(SRC, dir)).flatMap((file) =>
        importsOf(readFileSync(file, "utf8"))
          .filter((s) => s.startsWith("."))
          .map((s) => relative(SRC, join(file, "..", s)).split("/")[0])
          .filter((top) => !allowed.includes(top))
          .map((top) => `${relative(SRC, file)} imports from src/${top}`),
      );
    expect(upward("lib", ["lib", "schemas"])).toEqual([]);
    expect(upward("schemas", ["schemas"])).toEqual([]);
  });

  it("nothing under src/ imports from outside it (a site folder built with a copy of src/ must have all it needs)", () => {
    const SRC = join(LIB, "..");
    const outside = modules(SRC).flatMap((file) =>
      importsOf(readFileSync(file, "utf8"))
        .filter((s) => s.startsWith(".") && relative(SRC, join(file, "..", s)).startsWith(".."))
        .map((s) => `${relative(SRC, file)} imports ${s}`),
    );
    expect(outside).toEqual([]);
  });
});
