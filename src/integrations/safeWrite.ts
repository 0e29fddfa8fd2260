/**
 * How every editor command writes: under one lock per site folder, each file written to a
 * temporary file beside it and renamed into place. Two commands run at once on one site wait for
 * each other instead of both reading the old file and one losing the other's rows; a crash or a
 * full disk leaves the old file whole, never half a file.
 *
 * The lock is proper-lockfile's (a lock folder with a heartbeat; the lock of a crashed process is
 * taken over once stale). The write is ours, on purpose: write-file-atomic 7.0.1 (and atomically
 * 2.1) call write(2) once and do not check how many bytes it wrote, so a write cut short by a
 * filling disk is renamed into place truncated (seen here: under `ulimit -f 8` a 100 KB write left
 * an 8 KB file and no error). Node's own writeFileSync loops until every byte is written or
 * throws, which is all this needs.
 */
import { randomBytes } from "node:crypto";
import { closeSync, fsyncSync, mkdirSync, openSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { threadId } from "node:worker_threads";
import lockfile from "proper-lockfile";

/** The lock a command holds on a site folder while it writes into it. */
export const LOCK_NAME = ".benchdigest.lock";
/** A lock not refreshed for this long belongs to a process that died: it may be taken over. */
const STALE_MS = 10_000;
/** How long a second command waits for the first before it gives up. */
const WAIT_MS = 60_000;

/** Thrown when another command holds the site's lock for longer than the wait allows. */
export class SiteBusyError extends Error {}

/**
 * Runs `fn` while holding the site's write lock. A second command started meanwhile waits (up to
 * a minute, or `waitMs`), then stops with a message naming the lock; the lock is released however
 * `fn` ends.
 */
export async function withSiteLock<T>(root: string, command: string, fn: () => T | Promise<T>, { waitMs = WAIT_MS }: { waitMs?: number } = {}): Promise<T> {
  let release: () => Promise<void>;
  const poll = Math.min(500, waitMs);
  try {
    release = await lockfile.lock(root, {
      lockfilePath: join(root, LOCK_NAME),
      stale: STALE_MS,
      retries: { retries: Math.ceil(waitMs / poll), factor: 1, minTimeout: poll, maxTimeout: poll },
      realpath: false,
    });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ELOCKED") {
      throw new SiteBusyError(
        `${command}: another benchdigest command is writing to ${root} (lock ${join(root, LOCK_NAME)}); waited ${waitMs / 1000} s. Run it again when that one has finished.`,
      );
    }
    throw error;
  }
  try {
    return await fn();
  } finally {
    await release();
  }
}

/**
 * A temporary file beside `path`, a new name on every call: threads of one process write the same
 * file at once (the PNG threads' card fonts), and a name made of the process id and the
 * millisecond was the same for both, so that one thread's write failed and removed the other's.
 */
export function temporaryPath(path: string): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}.${threadId}.${randomBytes(6).toString("hex")}.tmp`);
}

/**
 * Writes `data` to `path` through a temporary file in the same folder, fsync and a rename, so the
 * file is either its old self or wholly new (a full disk fails the write and keeps the old file).
 * Creates the folder when it is missing. A caller that must not replace an existing file checks
 * for it under `withSiteLock`, so no other command can create it in between.
 *
 * `durable: false` leaves out the fsync, for the build's caches only (recap HTML, PNGs): a process
 * that dies still leaves the old file or the whole new one, but a machine that stops (power, a
 * kernel crash) may leave the renamed file empty or short, so the reader of such a file must check
 * it against a hash it keeps (recapHtmlFiles.ts, pngCache.ts). The fsync cost 3 to 20 ms a file
 * on the main thread, about 1,000 files in a cold build of the 700 full-size issues
 * (docs/performance.md, "The main thread in a cold build").
 */
export function writeFileSafely(path: string, data: string | Uint8Array, { durable = true }: { durable?: boolean } = {}): void {
  // Past a file-size limit (ulimit -f) the kernel sends SIGXFSZ, whose default kills the command
  // mid-write; ignored, the write fails with EFBIG like a full disk's ENOSPC, and is cleaned up.
  if (process.listenerCount("SIGXFSZ") === 0) process.on("SIGXFSZ", () => {});
  mkdirSync(dirname(path), { recursive: true });
  const temporary = temporaryPath(path);
  try {
    writeFileSync(temporary, data, { flag: "wx" });
    if (durable) {
      const fd = openSync(temporary, "r");
      try {
        fsyncSync(fd);
      } finally {
        closeSync(fd);
      }
    }
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}
