import type { Board, BoardEntry } from "./buildBoard";
import type { BenchmarkLike } from "./types";
import { compareVersions } from "./versions";

/** A model's figures on the headline benchmark (the newest version that ranks it). */
export interface HeadlineFigures<B extends BenchmarkLike = BenchmarkLike> {
  benchmark: B;
  entry: BoardEntry;
}

/**
 * Per model id, its row on the newest version of the headline benchmark that ranks it (a model
 * last ranked on v4.0 keeps its v4.0 figures, with the version shown beside them).
 */
export function headlineFigures<B extends BenchmarkLike>(benchmarks: readonly B[], headlineId: string | undefined, boardOf: (benchmark: B) => Board): Map<string, HeadlineFigures<B>> {
  const out = new Map<string, HeadlineFigures<B>>();
  if (!headlineId) return out;
  const versions = benchmarks.filter((b) => b.id === headlineId).sort((a, b) => compareVersions(a.version, b.version));
  for (const benchmark of versions) {
    for (const entry of boardOf(benchmark).entries) out.set(entry.model.id, { benchmark, entry });
  }
  return out;
}
