/**
 * Compares version labels such as `v4.1.1` and `v4.1` numerically, part by part (`v4.1.1` is
 * newer than `v4.1`, `v10` newer than `v9`). Negative when `a` is older.
 */
export function compareVersions(a: string, b: string): number {
  const parts = (v: string) => v.replace(/^v/, "").split(".").map(Number);
  const pa = parts(a);
  const pb = parts(b);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? -1) - (pb[i] ?? -1);
    if (d !== 0) return d;
  }
  return 0;
}

/** The versions of one benchmark, newest first. */
export function versionsOf(benchmarks: readonly { id: string; version: string }[], benchmark: string): string[] {
  return benchmarks
    .filter((b) => b.id === benchmark)
    .map((b) => b.version)
    .sort((a, b) => compareVersions(b, a));
}
