/**
 * Makes a site folder (one holding `content/recaps/` and `data/`, such as a copy of a test fixture
 * or a generated benchmark archive) buildable on its own: `astro build` run in it builds that site
 * with this project's code. Each site is its own Astro root (src/integrations/benchdigest.ts), so
 * it keeps its own `.astro/`, caches and `dist/`, and builds of different sites can run at once.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, symlinkSync } from "node:fs";
import { join } from "node:path";
import { PROJECT_ROOT } from "./siteRoot";

/**
 * The project files a site folder needs to build. Copied, not linked: Astro compiles `.astro`
 * components only inside its root, and Vite follows a symbolic link to the file it points at.
 */
export const PROJECT_CODE = ["src", "public", "astro.config.mjs", "tsconfig.json", "package.json"] as const;

/**
 * Copies the project's code (PROJECT_CODE, from `from`, by default this project) into `siteDir`,
 * and gives it a `node_modules` folder of links to the project's packages: Vite resolves Astro's
 * own modules from the root, and a folder of its own (not one link to the project's) keeps the
 * caches Astro and Vite write there (`node_modules/.astro`, `node_modules/.vite`) the site's own.
 * Does nothing when `siteDir` already has the code. Returns `siteDir`.
 */
export function mirrorProjectCode(siteDir: string, from: string = PROJECT_ROOT): string {
  if (existsSync(join(siteDir, "astro.config.mjs"))) return siteDir;
  for (const name of PROJECT_CODE) if (existsSync(join(from, name))) cpSync(join(from, name), join(siteDir, name), { recursive: true });
  const packages = join(PROJECT_ROOT, "node_modules");
  mkdirSync(join(siteDir, "node_modules"), { recursive: true });
  for (const name of readdirSync(packages)) {
    // Dot-folders other than .bin are caches (.astro, .vite, .vite-temp, .cache): never shared.
    if (name.startsWith(".") && name !== ".bin") continue;
    symlinkSync(join(packages, name), join(siteDir, "node_modules", name));
  }
  return siteDir;
}
