import { readFileSync } from "node:fs";
import { afterAll } from "vitest";

/**
 * The CPU time each test file costs, its own and its child processes' (builds, Chromium, Java,
 * the command line), for the suite's closing summary (test/helpers/summaryReporter.ts lists it with
 * BD_CPU_BY_FILE=1). A setup file of both projects (vitest.config.ts).
 *
 * The suite is CPU-bound on two cores (docs/quality-gates.md), so a file's CPU, not its wall time,
 * says what it costs the suite: a Chromium file waits on its browser most of the time, and its wall
 * time mostly overlaps with other files. A vitest worker runs one file at a time, so the worker's
 * own CPU and that of the children it has waited for (Linux's /proc/self/stat: utime, stime,
 * cutime, cstime) between the file's start and its end are the file's. A child still running at
 * the file's end (none should be) is not counted. Off Linux the figure is left out.
 *
 * Not counted either: Chromium's renderer and utility processes. Chromium starts them through a
 * zygote that leaves its parent, so they are never the worker's waited-for children. The axe gate
 * counted 37 s here and took 195 s of the machine's CPU alone (/proc/stat); time a Chromium file
 * by the machine's CPU, alone, instead (docs/quality-gates.md).
 */
const TICKS_PER_SECOND = 100;

function cpuTicks(): number | undefined {
  try {
    const stat = readFileSync("/proc/self/stat", "utf8");
    // Fields after the command name (which may hold spaces, inside parentheses): field 3 onwards.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    // utime, stime, cutime, cstime are fields 14 to 17: indexes 11 to 14 here.
    return fields.slice(11, 15).reduce((sum, f) => sum + Number(f), 0);
  } catch {
    return undefined;
  }
}

const start = cpuTicks();

// eslint-disable-next-line no-empty-pattern -- vitest passes the file task second and requires a destructured first argument
afterAll(({}, file) => {
  const end = cpuTicks();
  if (start !== undefined && end !== undefined) file.meta.cpuSeconds = (end - start) / TICKS_PER_SECOND;
});

declare module "vitest" {
  interface TaskMeta {
    /** CPU seconds the test file took, with its child processes (test/helpers/cpuByFile.ts). */
    cpuSeconds?: number;
  }
}
