import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { testTempDir } from "../../test/helpers/tempDir";
import { cachedPng, keepablePng, keptPng, pngFingerprint, pngKey, prunePngCache } from "./pngCache";
import { renderPlotPngCached } from "./pngThreads";
import { renderPlotPng } from "./renderPlotPng";

const SVG = '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20"><rect width="20" height="20" fill="#c00"/></svg>';

/** A site folder with some code, and a fonts folder. */
function folders() {
  const root = testTempDir("bd-pngcache-");
  mkdirSync(join(root, "src/lib/plots"), { recursive: true });
  writeFileSync(join(root, "src/lib/plots/rasterSvg.ts"), "export const zoom = 1;\n");
  const fonts = join(root, "fonts");
  mkdirSync(join(fonts, "truetype"), { recursive: true });
  writeFileSync(join(fonts, "truetype/Sans.ttf"), "font bytes");
  return { root, fonts, cache: join(root, "node_modules/.astro/benchdigest-png") };
}

describe("pngFingerprint and pngKey", () => {
  it("change with the code, the fonts, the SVG and the scale", () => {
    const { root, fonts } = folders();
    const base = pngFingerprint(root, [fonts]);
    expect(pngFingerprint(root, [fonts])).toBe(base);
    writeFileSync(join(fonts, "truetype/Serif.ttf"), "another font");
    const withFont = pngFingerprint(root, [fonts]);
    expect(withFont).not.toBe(base);
    writeFileSync(join(root, "src/lib/plots/rasterSvg.ts"), "export const zoom = 2;\n");
    expect(pngFingerprint(root, [fonts])).not.toBe(withFont);
    expect(pngKey(base, SVG, 1)).toBe(pngKey(base, SVG, 1));
    expect(pngKey(base, SVG, 2)).not.toBe(pngKey(base, SVG, 1));
    expect(pngKey(base, SVG.replace("#c00", "#00c"), 1)).not.toBe(pngKey(base, SVG, 1));
    expect(pngKey(withFont, SVG, 1)).not.toBe(pngKey(base, SVG, 1));
  });
});

describe("cachedPng and prunePngCache", () => {
  it("draw a PNG once, then give back the kept bytes; the build's unused ones are removed when it is done", async () => {
    const { cache } = folders();
    let draws = 0;
    const draw = (svg: string) => async () => {
      draws++;
      return renderPlotPng(svg);
    };
    const first = await cachedPng(cache, "a".repeat(64), draw(SVG));
    const again = await cachedPng(cache, "a".repeat(64), draw(SVG));
    expect(draws).toBe(1);
    expect(Buffer.from(again).equals(Buffer.from(first))).toBe(true);
    expect(Buffer.from(first).equals(Buffer.from(renderPlotPng(SVG)))).toBe(true);
    await cachedPng(cache, "b".repeat(64), draw(SVG.replace("#c00", "#00c")));
    expect(draws).toBe(2);
    // Both from an earlier build; the next build uses only the first.
    const earlier = new Date(Date.now() - 60_000);
    for (const name of readdirSync(cache)) utimesSync(join(cache, name), earlier, earlier);
    const start = Date.now();
    await cachedPng(cache, "a".repeat(64), draw(SVG));
    expect(draws).toBe(2);
    expect(statSync(join(cache, `${"a".repeat(64)}.png`)).mtimeMs).toBeGreaterThanOrEqual(start - 5);
    expect(prunePngCache(cache, start - 5)).toBe(1);
    expect(readdirSync(cache)).toEqual([`${"a".repeat(64)}.png`]);
    expect(prunePngCache(join(cache, "nowhere"), start)).toBe(0);
  });

  it("renderPlotPngCached: the PNG the threads draw, the same bytes from the cache the second time", async () => {
    const { root, cache } = folders();
    const site = { root, cacheDir: join(root, "node_modules/.astro"), integrationsDir: import.meta.dirname };
    const drawn = await renderPlotPngCached(site, SVG, { scale: 2 });
    expect(Buffer.from(drawn).equals(Buffer.from(renderPlotPng(SVG, { scale: 2 })))).toBe(true);
    expect(readdirSync(cache)).toHaveLength(1);
    const kept = join(cache, readdirSync(cache)[0]);
    // What the cache holds is what the page gets: a second call reads the file, it does not draw.
    writeFileSync(kept, keepablePng(Buffer.from("kept bytes")));
    expect(Buffer.from(await renderPlotPngCached(site, SVG, { scale: 2 })).toString()).toBe("kept bytes");
    expect(existsSync(kept)).toBe(true);
  });

  it("draw again, and replace, a kept file that is empty, short or altered (written without fsync, a stopped machine can leave one)", async () => {
    const { cache } = folders();
    let draws = 0;
    const draw = async () => {
      draws++;
      return renderPlotPng(SVG);
    };
    const key = "c".repeat(64);
    const png = Buffer.from(await cachedPng(cache, key, draw));
    const path = join(cache, `${key}.png`);
    const whole = readFileSync(path);
    expect(whole.length).toBe(png.length + 32);
    expect(keptPng(whole)?.equals(png)).toBe(true);
    const damaged = [Buffer.alloc(0), whole.subarray(0, whole.length - 1), whole.subarray(0, 100), Buffer.concat([whole.subarray(0, 50), Buffer.alloc(1), whole.subarray(51)]), png];
    for (const bytes of damaged) {
      writeFileSync(path, bytes);
      const before = draws;
      expect(Buffer.from(await cachedPng(cache, key, draw)).equals(png)).toBe(true);
      expect(draws).toBe(before + 1);
      expect(readFileSync(path).equals(whole)).toBe(true);
    }
  });
});
