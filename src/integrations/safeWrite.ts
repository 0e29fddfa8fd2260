/**
 * How every editor command writes: under one lock per site folder, each file written to a
 * temporary file beside it and renamed into place. Two commands run at once on one site wait for
 * each other instead of both reading the old file and one losing the other's rows; a crash or a
 * full disk leaves the old file whole, never half a file.
 *
 * The lock is proper-lockfile's (a lock folder with a heartbeat; the lock of a crashed process is
 * taken over once stale). A heartbeat runs on the event loop, so a command busy long enough (a
 * large import on a machine loaded twentyfold) can look stale to a second command, which then takes
 * the lock over while the first still means to write: the first would overwrite the second's rows
 * with its own, read before them. So each holder writes its own token beside the lock
 * (`<lock>-owner`) as soon as it holds it, before it reads anything, and every write under a held
 * lock checks, after the data is on disk and just before the rename, that the token is still its
 * own: a holder whose lock was taken over stops with `SiteLockLostError` instead of writing.
 * The write is ours, on purpose: write-file-atomic 7.0.1 (and atomically
 * 2.1) call write(2) once and do not check how many bytes it wrote, so a write cut short by a
 * filling disk is renamed into place truncated (seen here: under `ulimit -f 8` a 100 KB write left
 * an 8 KB file and no error). Node's own writeFileSync loops until every byte is written or
 * throws, which is all this needs.
 */
import { randomBytes } from "node:crypto";
import { closeSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { basename, dirname, join, relative, resolve, isAbsolute } from "node:path";
import { threadId } from "node:worker_threads";
import lockfile from "proper-lockfile";
// proper-lockfile's own module, for its record of the locks this process holds (`getLocks`, which
// its index does not re-export): a lock another command took over is forgotten, not released.
import { getLocks } from "proper-lockfile/lib/lockfile.js";

/** The lock a command holds on a site folder while it writes into it. */
const LOCK_NAME = ".benchdigest.lock";
/** Beside the lock: the token of the command holding it. */
export const LOCK_OWNER_NAME = `${LOCK_NAME}-owner`;
/**
 * A lock not refreshed for this long belongs to a process that died: it may be taken over. Long
 * enough that a busy command's heartbeat is rarely that late (it was 10 s, and an import of 1,500
 * rows lost its lock at a load average of 26); short enough that a second command still gets the
 * lock of a crashed one within its wait.
 */
const STALE_MS = 30_000;
/** How long a second command waits for the first before it gives up. */
const WAIT_MS = 60_000;

/** Thrown when another command holds the site's lock for longer than the wait allows. */
export class SiteBusyError extends Error {}

/**
 * Thrown by a write under a lock that another command has taken over (this one's heartbeat was
 * too late: it looked stale). A `SiteBusyError`, so the commands report it as they report a busy site.
 */
export class SiteLockLostError extends SiteBusyError {}

/** A site lock this process holds: its folder, its token, and the command's name for messages. */
interface HeldLock {
  root: string;
  token: string;
  command: string;
  /** Set when proper-lockfile's heartbeat finds the lock is no longer ours. */
  lost?: Error;
}

/** The locks held by this process, by token. */
const held = new Map<string, HeldLock>();

/**
 * Runs `fn` while holding the site's write lock. A second command started meanwhile waits (up to
 * a minute, or `waitMs`), then stops with a message naming the lock; the lock is released however
 * `fn` ends.
 */
export async function withSiteLock<T>(root: string, command: string, fn: () => T | Promise<T>, { waitMs = WAIT_MS, staleMs = STALE_MS }: { waitMs?: number; staleMs?: number } = {}): Promise<T> {
  let release: () => Promise<void>;
  const poll = Math.min(500, waitMs);
  const lock: HeldLock = { root: resolve(root), token: `${process.pid}.${threadId}.${randomBytes(12).toString("hex")}`, command };
  try {
    release = await lockfile.lock(root, {
      lockfilePath: join(root, LOCK_NAME),
      stale: staleMs,
      retries: { retries: Math.ceil(waitMs / poll), factor: 1, minTimeout: poll, maxTimeout: poll },
      realpath: false,
      // proper-lockfile throws from a timer by default (an uncaught exception); the next write says it instead.
      onCompromised: (error) => {
        lock.lost = error;
      },
    });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ELOCKED") {
      throw new SiteBusyError(
        `${command}: another benchdigest command is writing to ${root} (lock ${join(root, LOCK_NAME)}); waited ${waitMs / 1000} s. Run it again when that one has finished.`,
      );
    }
    throw error;
  }
  const ownerFile = join(root, LOCK_OWNER_NAME);
  try {
    // Before anything is read under the lock: a command that takes the lock over from this one
    // writes its own token here first, so this one's next write sees it and stops.
    replaceFile(ownerFile, lock.token, { durable: false });
  } catch (error) {
    // No token written (a full disk, say): the lock is plainly this command's, and released.
    await release();
    throw error;
  }
  try {
    held.set(lock.token, lock);
    return await fn();
  } finally {
    held.delete(lock.token);
    const stillOurs = !lock.lost && ownerToken(ownerFile) === lock.token;
    if (stillOurs) rmSync(ownerFile, { force: true });
    // A lock taken over is the other command's: releasing it would remove the other's lock folder
    // (proper-lockfile's unlock, and its exit handler, remove the folder without asking whose it
    // is), and a third command could start beside the second. It is forgotten instead.
    if (stillOurs) await release();
    else forgetLock(root);
  }
}

/**
 * Stops proper-lockfile's heartbeat for the lock on `root` and drops its record without removing
 * the lock folder, as proper-lockfile does itself when its heartbeat finds the lock compromised
 * (`setLockAsCompromised`).
 */
function forgetLock(root: string): void {
  const records = getLocks();
  const key = resolve(root);
  const record = records[key];
  if (!record) return;
  if (record.updateTimeout) clearTimeout(record.updateTimeout);
  record.released = true;
  delete records[key];
}

/** The token in a lock's owner file; undefined when there is none. */
function ownerToken(ownerFile: string): string | undefined {
  try {
    return readFileSync(ownerFile, "utf8");
  } catch {
    return undefined;
  }
}

/** Throws `SiteLockLostError` when `path` lies in a site whose lock this process held and another command has taken over. */
function assertLockStillHeld(path: string): void {
  for (const lock of held.values()) {
    const inside = relative(lock.root, resolve(path));
    if (inside.startsWith("..") || isAbsolute(inside)) continue;
    if (!lock.lost && ownerToken(join(lock.root, LOCK_OWNER_NAME)) === lock.token) continue;
    throw new SiteLockLostError(
      `${lock.command}: stopped before writing ${path}: another benchdigest command took over the lock on ${lock.root} (${join(lock.root, LOCK_NAME)}) while this one was too busy to refresh it, and may have written since. This file was not written, nor any after it; files this command wrote before it are whole. Run the command again when the other has finished; it reads the files as they are then.`,
    );
  }
}

/**
 * A temporary file beside `path`, a new name on every call: threads of one process write the same
 * file at once (the PNG threads' card fonts), and a name made of the process id and the
 * millisecond was the same for both, so that one thread's write failed and removed the other's.
 */
function temporaryPath(path: string): string {
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
  replaceFile(path, data, { durable, beforeRename: () => assertLockStillHeld(path) });
}

/** `writeFileSafely` without the lock check (`beforeRename` runs after the data is on disk, just before the rename). */
function replaceFile(path: string, data: string | Uint8Array, { durable, beforeRename }: { durable: boolean; beforeRename?: () => void }): void {
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
    beforeRename?.();
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}
