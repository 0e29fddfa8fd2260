import { relative } from "node:path";
import { describe, expect, it } from "vitest";
import { DIST } from "../helpers/astro";
import { builtPages } from "../helpers/distPages";
import { runVnu, vnuMissing } from "../helpers/vnu";

/**
 * HTML validity gate: the W3C Nu HTML checker (vnu-jar, run by Java: test/helpers/vnu.ts) over the
 * whole dist/, every HTML page including the SVG inlined in them: 0 errors.
 */

describe.skipIf(vnuMissing())("W3C Nu HTML checker over dist/", () => {
  it("reports 0 errors on every built page", () => {
    const pages = builtPages(DIST).length;
    const run = runVnu(DIST);
    // Exit 1 means it found errors.
    const errors = run.messages
      .filter((m) => m.type === "error" || m.type === "non-document-error")
      .map((m) => `${m.url ? relative(DIST, new URL(m.url).pathname) : "?"}:${m.lastLine ?? "?"}: ${m.message}${m.extract ? ` [${m.extract.trim().slice(0, 120)}]` : ""}`);
    console.log(`[vnu] checked ${pages} HTML pages: ${errors.length} errors`);
    expect(errors).toEqual([]);
    expect(run.status).toBe(0);
  });
});
