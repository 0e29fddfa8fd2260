/**
 * A value shared by every copy of a module in this process, kept on globalThis under
 * `Symbol.for("benchdigest.<name>")`. Astro's content layer, the integrations and the page
 * renderer load our modules as separate instances in one process, so a module-level variable is
 * not shared between them (liveProblems.ts, builtRecaps.ts).
 */
export function processWide<T>(name: string, create: () => T): T {
  const g = globalThis as { [key: symbol]: unknown };
  const key = Symbol.for(`benchdigest.${name}`);
  return (g[key] ??= create()) as T;
}
