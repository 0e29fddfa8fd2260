/**
 * The type gate: `astro check` (TypeScript over every .ts and .astro file, with Astro's own types,
 * the same as `npm run typecheck`) reports 0 errors and 0 warnings. Vitest runs TypeScript without
 * checking its types, so before this test a type error passed every other test (one did, in
 * src/lib/check/readFrontmatter.ts). It runs in a child process beside the other site tests; it
 * reads the project's files and writes only Astro's generated types (.astro/).
 */
import { spawn } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "./helpers/astro";

describe("astro check (npm run typecheck)", () => {
  it("reports 0 errors and 0 warnings", async () => {
    const output = await new Promise<string>((done, fail) => {
      const child = spawn(process.execPath, [join(ROOT, "node_modules/astro/astro.js"), "check"], { cwd: ROOT, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: "1", FORCE_COLOR: "0", NO_COLOR: "1" } });
      let text = "";
      child.stdout.on("data", (d) => (text += d));
      child.stderr.on("data", (d) => (text += d));
      child.on("error", fail);
      child.on("close", () => done(text));
    });
    // eslint-disable-next-line no-control-regex
    const plain = output.replace(/\u001b\[[0-9;]*m/g, "");
    const summary = plain.match(/- (\d+) errors?\s+- (\d+) warnings?/);
    expect(summary, `astro check printed no summary:\n${plain.slice(-3000)}`).not.toBeNull();
    // The problems themselves, with file:line, are in the message when the counts are not 0.
    expect({ errors: Number(summary![1]), warnings: Number(summary![2]) }, plain.slice(-6000)).toEqual({ errors: 0, warnings: 0 });
  }, 600_000);
});
