import { defineConfig } from "vitest/config";

/**
 * Two projects: `unit` (pure src/lib modules, milliseconds) and `site` (tests that read a fresh
 * production build of the sample site, or build fixture sites; the build runs once, in
 * test/globalSetup.ts). `npx vitest run --project unit` is the quick loop while editing src/lib.
 */
export default defineConfig({
  test: {
    reporters: ["default", "./test/helpers/summaryReporter.ts"],
    projects: [
      {
        test: {
          name: "unit",
          include: ["src/**/*.test.ts", "scripts/**/*.test.ts"],
          setupFiles: ["test/helpers/assertionCount.ts"],
        },
      },
      {
        test: {
          name: "site",
          include: ["test/**/*.test.ts"],
          globalSetup: ["test/globalSetup.ts"],
          setupFiles: ["test/helpers/assertionCount.ts"],
          // Build tests spawn `astro build`; give them room on a 2-core machine.
          testTimeout: 300_000,
          hookTimeout: 600_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
