/**
 * A fingerprint of the code that builds a site: the bytes of every file under `<root>/src` and the
 * installed packages (`node_modules/.package-lock.json`). Caches kept between builds
 * (recapScanCache.ts, pngCache.ts) are valid only under the fingerprint they were written with, so
 * that a changed rule, renderer or package invalidates them without anyone having to remember to.
 */
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";

/** The fingerprint of the code under `root` (hex SHA-256), worked out afresh on every call. */
export function codeFingerprint(root: string): string {
  const hash = createHash("sha256");
  const src = join(root, "src");
  const files = existsSync(src) ? (readdirSync(src, { recursive: true }) as string[]).sort() : [];
  for (const name of files) {
    const path = join(src, name);
    if (statSync(path).isFile()) hash.update(`${name}\0`).update(readFileSync(path)).update("\0");
  }
  const installed = join(root, "node_modules/.package-lock.json");
  hash.update("installed\0").update(existsSync(installed) ? readFileSync(installed) : "none");
  return hash.digest("hex");
}
