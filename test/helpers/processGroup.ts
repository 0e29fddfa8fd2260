import type { ChildProcess } from "node:child_process";

/**
 * Stops a process started with `detached: true` and everything it started (its process group:
 * `astro dev` and Vite's workers), then waits, at most `graceMs`, for it to exit.
 */
export async function stopProcessGroup(child: ChildProcess | undefined, graceMs = 10_000): Promise<void> {
  if (!child?.pid || child.exitCode !== null) return;
  const exited = new Promise((r) => child.once("exit", r));
  try {
    process.kill(-child.pid, "SIGTERM");
  } catch {
    // already gone
  }
  await Promise.race([exited, new Promise((r) => setTimeout(r, graceMs))]);
}
