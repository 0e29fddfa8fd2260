import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { onTestFinished } from "vitest";

/**
 * A new folder under the system's temporary folder, removed when the test that made it finishes
 * (passed or failed). Call it inside a test; a folder shared by a file's tests belongs in its
 * `beforeAll`, with an `afterAll` that removes it.
 */
export function testTempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}
