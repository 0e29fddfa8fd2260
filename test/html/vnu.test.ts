import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { DIST, ROOT } from "../helpers/astro";
import { builtPages } from "../helpers/distPages";

/**
 * HTML validity gate: the W3C Nu HTML checker (vnu-jar, run by Java) over the whole dist/, every
 * HTML page including the SVG inlined in them: 0 errors.
 */

const VNU = join(ROOT, "node_modules/vnu-jar/build/dist/vnu.jar");
const java = spawnSync("java", ["-version"], { encoding: "utf8" });
const missing = java.status !== 0 ? "java is not installed" : !existsSync(VNU) ? `vnu-jar not found at ${VNU}` : undefined;

interface VnuMessage {
  type: string;
  url?: string;
  lastLine?: number;
  message: string;
  extract?: string;
}

describe.skipIf(missing)("W3C Nu HTML checker over dist/", () => {
  it("reports 0 errors on every built page", () => {
    const pages = builtPages(DIST).length;
    const run = spawnSync("java", ["-Xss4m", "-jar", VNU, "--errors-only", "--format", "json", "--skip-non-html", DIST], {
      encoding: "utf8",
      maxBuffer: 64 * 1024 * 1024,
    });
    // vnu writes its JSON report to stderr; exit 1 means it found errors.
    const report = JSON.parse(run.stderr.trim() || run.stdout.trim()) as { messages: VnuMessage[] };
    const errors = report.messages
      .filter((m) => m.type === "error" || m.type === "non-document-error")
      .map((m) => `${m.url ? relative(DIST, new URL(m.url).pathname) : "?"}:${m.lastLine ?? "?"}: ${m.message}${m.extract ? ` [${m.extract.trim().slice(0, 120)}]` : ""}`);
    console.log(`[vnu] checked ${pages} HTML pages: ${errors.length} errors`);
    expect(errors).toEqual([]);
    expect(run.status).toBe(0);
  });
});
