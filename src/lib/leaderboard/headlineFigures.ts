import type { Board, BoardEntry } from "./buildBoard";
import type { BenchmarkLike } from "./types";
import { compareVersions } from "./versions";

/** A model's figures on the headline benchmark (the newest version that ranks it). */
export interface HeadlineFigures<B extends BenchmarkLike = BenchmarkLike> {
  benchmark: B;
  entry: BoardEntry;
}

/**
 * Per model id, its best-ranked row on the newest version of the headline benchmark that ranks it
 * (a model last ranked on v4.0 keeps its v4.0 figures, with the version shown beside them; a model
 * ranked at several settings shows its best one, with its setting).
 */
export function headlineFigures<B extends BenchmarkLike>(benchmarks: readonly B[], headlineId: string | undefined, boardOf: (benchmark: B) => Board): Map<string, HeadlineFigures<B>> {
  const out = new Map<string, HeadlineFigures<B>>();
  if (!headlineId) return out;
  const versions = benchmarks.filter((b) => b.id === headlineId).sort((a, b) => compareVersions(a.version, b.version));
  for (const benchmark of versions) {
    // A model with several settings on a board: its best-ranked row (entries are best first).
    const seen = new Set<string>();
    for (const entry of boardOf(benchmark).entries) {
      if (seen.has(entry.model.id)) continue;
      seen.add(entry.model.id);
      out.set(entry.model.id, { benchmark, entry });
    }
  }
  return out;
}
