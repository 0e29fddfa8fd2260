/**
 * Makes a site folder (one holding `content/recaps/` and `data/`, such as a copy of a test fixture
 * or a generated benchmark archive) buildable on its own: `astro build` run in it builds that site
 * with this project's code. Each site is its own Astro root (src/integrations/benchdigest.ts), so
 * it keeps its own `.astro/`, cache and `dist/`, and builds of different sites can run at once.
 */
import { cpSync, existsSync, symlinkSync } from "node:fs";
import { join } from "node:path";
import { PROJECT_ROOT } from "./siteRoot";

/**
 * The project files a site folder needs to build. Copied, not linked: Astro compiles `.astro`
 * components only inside its root, and Vite follows a symbolic link to the file it points at.
 */
export const PROJECT_CODE = ["src", "public", "astro.config.mjs", "tsconfig.json", "package.json"] as const;

/**
 * Copies the project's code (PROJECT_CODE, from `from`, by default this project) into `siteDir`
 * and links its `node_modules` to the project's, where Vite resolves Astro's own modules. Does
 * nothing when `siteDir` is the project itself or already has the code. Returns `siteDir`.
 */
export function mirrorProjectCode(siteDir: string, from: string = PROJECT_ROOT): string {
  if (existsSync(join(siteDir, "astro.config.mjs"))) return siteDir;
  for (const name of PROJECT_CODE) if (existsSync(join(from, name))) cpSync(join(from, name), join(siteDir, name), { recursive: true });
  if (!existsSync(join(siteDir, "node_modules"))) symlinkSync(join(PROJECT_ROOT, "node_modules"), join(siteDir, "node_modules"), "dir");
  return siteDir;
}
