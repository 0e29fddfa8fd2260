import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { BUILD_ENV_DEFAULTS, buildEnvDefaults, productionEnv } from "./buildCommand";

const OURS = "tsx scripts/build.ts";

describe("buildEnvDefaults", () => {
  it("gives our build script's Astro the defaults the shell does not set, and another script's nothing", () => {
    expect(buildEnvDefaults(OURS, {})).toEqual({ MIMALLOC_PURGE_DELAY: "1000" });
    expect(buildEnvDefaults(OURS, { MIMALLOC_PURGE_DELAY: "10" })).toEqual({});
    expect(buildEnvDefaults("astro build && pagefind --site dist", {})).toEqual({});
  });

  it("reaches the allocator resvg-js draws the social images with", () => {
    // mimalloc prints the options it read when MIMALLOC_VERBOSE is set: the setting is only worth
    // having while resvg-js's allocator reads it.
    const run = spawnSync(
      process.execPath,
      ["-e", `const { Resvg } = require("@resvg/resvg-js"); new Resvg('<svg xmlns="http://www.w3.org/2000/svg" width="2" height="2"/>').render().asPng();`],
      { env: { ...process.env, ...buildEnvDefaults(OURS, {}), MIMALLOC_VERBOSE: "1" }, encoding: "utf8" },
    );
    expect(run.status).toBe(0);
    expect(run.stderr).toContain(`option 'purge_delay': ${BUILD_ENV_DEFAULTS.MIMALLOC_PURGE_DELAY}`);
  });
});

describe("productionEnv", () => {
  it("is the shell's environment for a production build, without what vitest leaves in it", () => {
    const env = productionEnv({ BENCH_CONTENT_DIR: "/x" }, { PATH: "/bin", NODE_ENV: "test", VITEST: "true", VITEST_POOL_ID: "1", DEV: "1", MODE: "test", SITE_URL: "https://a.example" });
    expect(env).toEqual({ PATH: "/bin", SITE_URL: "https://a.example", BENCH_CONTENT_DIR: "/x", ASTRO_TELEMETRY_DISABLED: "1", NO_COLOR: "1", FORCE_COLOR: "0", NODE_ENV: "production" });
  });
});
