import { existsSync } from "node:fs";
import { relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** The project folder (where package.json is). */
export const PROJECT_ROOT = resolve(fileURLToPath(import.meta.url), "../../..");

/**
 * The folder the user ran the command from. `npm run` changes into the project folder and keeps
 * the caller's folder in INIT_CWD, so a relative path typed by the user resolves against that.
 */
export const USER_CWD = process.env.INIT_CWD ?? process.cwd();

/** A path as a command prints it: relative to the folder the user ran it from when inside it, else absolute. */
export function shownPath(path: string): string {
  const rel = relative(USER_CWD, path);
  return rel.startsWith("..") ? path : rel || ".";
}

/** A path typed by the user, made absolute against the folder they typed it in. */
export function userPath(path: string): string {
  return resolve(USER_CWD, path);
}

/**
 * The site folder the commands work on (it holds content/recaps/ and data/): `--root <dir>` when
 * given, else the project folder, which is the site `npm run build` builds (the build reads no
 * variable: it builds the folder Astro runs in, src/integrations/benchdigest.ts).
 */
export function siteRoot(rootOption: string | undefined): string {
  return rootOption ? userPath(rootOption) : PROJECT_ROOT;
}

/** Exits with a message when `root` is not a site folder. */
export function requireSiteRoot(root: string): void {
  if (!existsSync(resolve(root, "content")) && !existsSync(resolve(root, "data"))) {
    fail(`${root} is not a site folder: expected content/recaps/ and data/ in it (use --root <dir>)`);
  }
}

/** Prints `message` to stderr and exits with status `code`. */
export function fail(message: string, code = 1): never {
  process.stderr.write(`${message}\n`);
  process.exit(code);
}
