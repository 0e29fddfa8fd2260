import { availableParallelism } from "node:os";
import { defineConfig } from "vitest/config";
import HeavyFirstSequencer from "./test/helpers/heavyFirstSequencer";

/**
 * Two projects: `unit` (pure src/lib modules, milliseconds) and `site` (tests that read a fresh
 * production build of the sample site, or build fixture sites; the build runs once, in
 * test/globalSetup.ts). `npx vitest run --project unit` is the quick loop while editing src/lib.
 *
 * Test files run side by side, at least two at a time (vitest would run one at a time on a 2-core
 * machine): most site tests read dist/ and never write it, and a test that builds or serves a
 * fixture site does so in the site's own folder (its own Astro root, scripts/lib/siteMirror.ts), so
 * no two files share a build folder or a cache. Much of a site test's time is spent waiting on a
 * child process (a build, Chromium, Java), which another file can use. docs/quality-gates.md.
 */
export default defineConfig({
  test: {
    reporters: ["default", "./test/helpers/summaryReporter.ts"],
    maxWorkers: Math.max(2, availableParallelism()),
    // Long files first on a clean clone too (test/helpers/heavyFirstSequencer.ts).
    sequence: { sequencer: HeavyFirstSequencer },
    projects: [
      {
        test: {
          name: "unit",
          // One module graph per worker, not one per file: the unit tests are pure (no mocks, no
          // globals or environment changed) and pass in any file order (checked with
          // --sequence.shuffle.files); the project took 44 s and 81 s of CPU isolated, 28 s and 50 s not.
          isolate: false,
          include: ["src/**/*.test.ts", "scripts/**/*.test.ts"],
          setupFiles: ["test/helpers/assertionCount.ts", "test/helpers/cpuByFile.ts"],
          // Not a speed limit (speed targets live in `npm run bench`): room for the few unit tests
          // that render hundreds of recaps while the site tests beside them build and browse.
          testTimeout: 60_000,
        },
      },
      {
        test: {
          name: "site",
          include: ["test/**/*.test.ts"],
          // One module graph per worker here too: no site test mocks a module or changes a global,
          // and each builds or serves in a folder of its own (see above), so a file finds nothing
          // another left. Importing the helpers, linkedom and src/lib afresh for each of the fifty
          // files cost more than their tests: the nineteen files that only read dist/ took 121 and
          // 96 s of CPU isolated, 70 s not (docs/quality-gates.md).
          isolate: false,
          globalSetup: ["test/globalSetup.ts"],
          setupFiles: ["test/helpers/assertionCount.ts", "test/helpers/cpuByFile.ts"],
          // Build tests spawn `astro build`; give them room on a busy 2-core machine.
          testTimeout: 300_000,
          hookTimeout: 600_000,
        },
      },
    ],
  },
});
