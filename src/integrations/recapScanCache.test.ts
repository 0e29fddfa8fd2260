import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { testTempDir } from "../../test/helpers/tempDir";
import { readScanCache, SCAN_CACHE_FILE, scanFingerprint, scanKey, writeScanCache } from "./recapScanCache";

/** A project folder with some code under src/ and an installed-packages list. */
function project(): string {
  const root = testTempDir("bd-scancache-");
  mkdirSync(join(root, "src/lib/html"), { recursive: true });
  mkdirSync(join(root, "node_modules"), { recursive: true });
  writeFileSync(join(root, "src/config.ts"), "export const A = 1;\n");
  writeFileSync(join(root, "src/lib/html/scanBody.ts"), "export const rule = 'javascript:';\n");
  writeFileSync(join(root, "node_modules/.package-lock.json"), '{"packages":{"node_modules/markdown-it":{"version":"14.1.0"}}}');
  return root;
}

describe("scanKey", () => {
  it("is the file's kind and whole text: one character or the kind changes it", () => {
    const text = "---\ntitle: A\n---\n\nBody.\n";
    expect(scanKey("a.md", text)).toMatch(/^[0-9a-f]{64}$/);
    expect(scanKey("b.md", text)).toBe(scanKey("a.md", text));
    expect(scanKey("a.md", `${text} `)).not.toBe(scanKey("a.md", text));
    expect(scanKey("a.mdx", text)).not.toBe(scanKey("a.md", text));
  });
});

describe("scanFingerprint", () => {
  it("is the same for the same code, packages and policy, and changes with any of them", () => {
    const root = project();
    const policy = { mode: "load", siteOrigin: "https://a.example" };
    const base = scanFingerprint(root, policy);
    expect(scanFingerprint(root, { ...policy })).toBe(base);
    expect(scanFingerprint(root, { ...policy, siteOrigin: "https://b.example" })).not.toBe(base);
    writeFileSync(join(root, "src/lib/html/scanBody.ts"), "export const rule = 'vbscript:';\n");
    const code = scanFingerprint(root, policy);
    expect(code).not.toBe(base);
    writeFileSync(join(root, "src/lib/html/new.ts"), "");
    expect(scanFingerprint(root, policy)).not.toBe(code);
    const withFile = scanFingerprint(root, policy);
    writeFileSync(join(root, "node_modules/.package-lock.json"), '{"packages":{"node_modules/markdown-it":{"version":"14.1.1"}}}');
    expect(scanFingerprint(root, policy)).not.toBe(withFile);
  });
});

describe("readScanCache and writeScanCache", () => {
  const keys = [scanKey("a.md", "one"), scanKey("b.md", "two")];

  it("give back the keys written under the same fingerprint, and none under another", () => {
    const dir = join(testTempDir("bd-scancache-dir-"), "not/yet");
    expect(readScanCache(dir, "f1")).toEqual(new Set());
    writeScanCache(dir, "f1", [...keys, keys[0]]);
    expect(readScanCache(dir, "f1")).toEqual(new Set(keys));
    expect(readScanCache(dir, "f2")).toEqual(new Set());
    // The next build's list replaces the last one: a body no longer there is forgotten.
    writeScanCache(dir, "f1", [keys[1]]);
    expect(readScanCache(dir, "f1")).toEqual(new Set([keys[1]]));
    expect(JSON.parse(readFileSync(join(dir, SCAN_CACHE_FILE), "utf8"))).toEqual({ fingerprint: "f1", clean: [keys[1]] });
  });

  it("treat a damaged or foreign file as no cache (every body is scanned again)", () => {
    const dir = testTempDir("bd-scancache-bad-");
    for (const text of ["{not json", "[]", '{"fingerprint":"f1","clean":"abc"}', "null"]) {
      writeFileSync(join(dir, SCAN_CACHE_FILE), text);
      expect(readScanCache(dir, "f1"), text).toEqual(new Set());
    }
    writeFileSync(join(dir, SCAN_CACHE_FILE), JSON.stringify({ fingerprint: "f1", clean: [keys[0], "not-a-key", 3] }));
    expect(readScanCache(dir, "f1")).toEqual(new Set([keys[0]]));
  });
});
