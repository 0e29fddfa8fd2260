import { readFileSync } from "node:fs";
import { relative } from "node:path";
import { BaseSequencer, type TestSpecification } from "vitest/node";

/**
 * The order test files start in. With the timings of an earlier run (vitest's cache, on a machine
 * that ran the suite before): longest first, across both projects (vitest's own order runs the
 * `site` project's files before any of `unit`'s, so the half-minute renderer-equivalence test
 * started last and ran alone at the end). Without them (a clean clone, CI),
 * vitest starts the largest files first, and the Chromium gates, short files that run for a minute,
 * started last and ran alone at the end. Then the files that take long start first, known by what
 * they drive: Chromium, then a site build or the Nu checker, then the command line or Astro's own
 * Markdown pipeline (the renderer-equivalence test, half a minute); each group in vitest's order.
 * Longest first is what keeps two workers busy to the end (docs/quality-gates.md).
 */
const WEIGHTS: [RegExp, number][] = [
  [/\blaunchChromium\(|\bbuiltSiteInChromium\(|from "lighthouse"/, 3],
  // A site build (Astro alone, or npm run build's command), Astro's dev server, the Nu checker.
  [/\b(?:astroBuild|astroBuildAsync|npmRunBuildAsync)\(|"dev", "--port"|\bvnu\b/, 2],
  [/\brunScript(Async)?\(|\brunNpm\(|\bcreateMarkdownProcessor\(/, 1],
];

function weight(file: string): number {
  const text = readFileSync(file, "utf8");
  return WEIGHTS.find(([pattern]) => pattern.test(text))?.[1] ?? 0;
}

export default class HeavyFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const cache = this.ctx.cache;
    const timing = (f: TestSpecification) => cache.getFileTestResults(`${f.project.name}:${relative(this.ctx.config.root, f.moduleId)}`);
    if (sorted.every((f) => timing(f))) {
      // Failed files first, as vitest orders them; then longest first, whatever the project.
      const rank = (f: TestSpecification) => [timing(f)!.failed ? 1 : 0, timing(f)!.duration] as const;
      return [...sorted].sort((a, b) => rank(b)[0] - rank(a)[0] || rank(b)[1] - rank(a)[1]);
    }
    const weights = new Map(sorted.map((f) => [f, weight(f.moduleId)]));
    // Stable: within a weight, and between projects' files of equal weight, vitest's order stays.
    return [...sorted].sort((a, b) => weights.get(b)! - weights.get(a)!);
  }
}
