import { execFile, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";

/** newsboat's path (Debian's package), or "" when it is not installed: tests skip then, saying so. */
export const NEWSBOAT = spawnSync("sh", ["-c", "command -v newsboat"], { encoding: "utf8" }).stdout.trim();

const run = promisify(execFile);

/**
 * One feed loaded by newsboat as a subscriber's reader loads it: `newsboat -x reload` of `url` into a
 * cache of its own (newsboat keys items by GUID across feeds), with an empty config and its own HOME,
 * then `-x print-unread`. Asynchronous: a test's static server runs in the same process and must
 * answer while newsboat waits. Returns reload's stderr and the unread line ("12 unread articles").
 */
export async function newsboatLoad(url: string): Promise<{ reloadStderr: string; unread: string }> {
  const dir = mkdtempSync(join(tmpdir(), "bd-newsboat-"));
  try {
    const files = { urls: join(dir, "urls"), cache: join(dir, "cache.db"), config: join(dir, "config") };
    writeFileSync(files.urls, `${url}\n`);
    writeFileSync(files.config, "");
    const args = ["-u", files.urls, "-c", files.cache, "-C", files.config];
    const options = { encoding: "utf8" as const, timeout: 60_000, env: { ...process.env, HOME: dir } };
    const reload = await run(NEWSBOAT, ["-x", "reload", ...args], options);
    const unread = await run(NEWSBOAT, ["-x", "print-unread", ...args], options);
    return { reloadStderr: reload.stderr, unread: unread.stdout.trim() };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
