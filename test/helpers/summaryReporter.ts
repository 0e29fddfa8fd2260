import type { Reporter, TestModule } from "vitest/node";

/**
 * Prints one plain closing line, `tests: N passed, N failed, N skipped; N assertions`, after
 * vitest's own summary, so that CI (and a human skimming a log) can read the outcome without
 * parsing colours. The assertions are the `expect(...)` calls executed, counted per test file by
 * test/helpers/assertionCount.ts; BD_ASSERTIONS_BY_FILE=1 lists them file by file.
 */
export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    const counts = { passed: 0, failed: 0, skipped: 0 };
    let assertions = 0;
    const byFile: [string, number][] = [];
    for (const module of testModules) {
      for (const test of module.children.allTests()) {
        const state = test.result().state;
        if (state === "passed") counts.passed++;
        else if (state === "failed") counts.failed++;
        else counts.skipped++;
      }
      // A module that failed to load has no tests but is a failure all the same.
      if (module.state() === "failed" && [...module.children.allTests()].length === 0) counts.failed++;
      const executed = module.meta().assertions ?? 0;
      assertions += executed;
      byFile.push([module.relativeModuleId, executed]);
    }
    if (process.env.BD_ASSERTIONS_BY_FILE === "1") for (const [file, n] of byFile.sort((a, b) => a[0].localeCompare(b[0]))) console.log(`assertions ${String(n).padStart(6)}  ${file}`);
    console.log(`\ntests: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped; ${assertions} assertions`);
  }
}
