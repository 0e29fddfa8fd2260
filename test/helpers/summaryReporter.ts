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
    const cpuByFile: [string, number][] = [];
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
      const cpu = module.meta().cpuSeconds;
      if (cpu !== undefined) cpuByFile.push([module.relativeModuleId, cpu]);
    }
    if (process.env.BD_ASSERTIONS_BY_FILE === "1") for (const [file, n] of byFile.sort((a, b) => a[0].localeCompare(b[0]))) console.log(`assertions ${String(n).padStart(6)}  ${file}`);
    if (process.env.BD_CPU_BY_FILE === "1") {
      // Most first: where the suite's CPU goes (test/helpers/cpuByFile.ts).
      for (const [file, seconds] of cpuByFile.sort((a, b) => b[1] - a[1])) console.log(`cpu ${seconds.toFixed(1).padStart(7)} s  ${file}`);
      console.log(`cpu ${cpuByFile.reduce((sum, [, s]) => sum + s, 0).toFixed(1).padStart(7)} s  in all, ${cpuByFile.length} files (the sample's build in the global setup not included, nor Chromium's renderers: test/helpers/cpuByFile.ts)`);
    }
    console.log(`\ntests: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped; ${assertions} assertions`);
  }
}
