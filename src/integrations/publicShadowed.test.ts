import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { publicShadowed } from "./publicShadowed";

const dir = mkdtempSync(join(tmpdir(), "bd-public-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs the integration's two hooks on a project of these files. */
async function build(files: string[]): Promise<void> {
  const root = mkdtempSync(join(dir, "p-"));
  for (const f of files) {
    mkdirSync(join(root, f, ".."), { recursive: true });
    writeFileSync(join(root, f), "x");
  }
  const hooks = publicShadowed().hooks as Record<string, (o: unknown) => unknown>;
  await hooks["astro:config:done"]({ config: { publicDir: pathToFileURL(join(root, "public/")), srcDir: pathToFileURL(join(root, "src/")) } });
  await hooks["astro:build:start"]({});
}

describe("publicShadowed", () => {
  it("stops the build where a page would write over a file of public/ (found in review: an editor's og-default.png dropped without a word)", async () => {
    await expect(build(["public/og-default.png", "public/favicon.svg", "src/pages/og-default.png.ts", "src/pages/index.astro"])).rejects.toThrow(
      /^public\/og-default\.png is never published: the page src\/pages\/og-default\.png\.ts writes \/og-default\.png over it/,
    );
  });
  it("lets the build run where no page writes over a public file, or where the route was deleted to publish the editor's picture", async () => {
    await expect(build(["public/favicon.svg", "src/pages/og-default.png.ts"])).resolves.toBeUndefined();
    await expect(build(["public/og-default.png", "src/pages/index.astro"])).resolves.toBeUndefined();
  });
});
