import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { startThreadPool } from "./threadPool";

const dir = mkdtempSync(join(tmpdir(), "bd-pool-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const worker = (name: string, code: string) => {
  writeFileSync(join(dir, name), code);
  return pathToFileURL(join(dir, name)).href;
};

describe("startThreadPool", () => {
  it("runs tasks, and a task's own exception rejects its promise unchanged", async () => {
    const pool = startThreadPool({ what: "the test threads" }, { filename: worker("ok.mjs", 'export default (n) => { if (n < 0) throw new Error("negative"); return n * 2; };'), maxThreads: 2 });
    expect(await Promise.all([1, 2, 3].map((n) => pool.run<number>(n)))).toEqual([2, 4, 6]);
    await expect(pool.run(-1)).rejects.toThrow(/^negative$/);
    await pool.close();
  });

  it("stops at a thread that cannot start, with a message naming the threads and the way without them, instead of ending the process", async () => {
    const pool = startThreadPool({ what: "the test threads", without: "TEST_THREADS=0 runs without them" }, { filename: worker("broken.mjs", 'throw new Error("boom at start");'), minThreads: 1, maxThreads: 1 });
    // The thread fails before it holds a task (piscina's 'error' event), or with the first task.
    await expect(pool.run(1)).rejects.toThrow(/boom at start/);
    // Piscina may start another thread for the next task before the failed one's 'error' event
    // (a busy machine took over 200 ms): that task fails with the thread's own error, and the one
    // after the event with the pool's.
    const outcome = () => pool.run(2).then(() => "ran", (error: Error) => error.message);
    await expect.poll(outcome, { timeout: 20_000, interval: 100 }).toBe("the test threads stopped: a thread failed: boom at start. TEST_THREADS=0 runs without them");
    await pool.close();
  });
});
