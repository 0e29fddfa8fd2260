import { snapshotOfKey, type Board, type BoardEntry } from "./buildBoard";
import type { BenchmarkLike } from "./types";
import { compareVersions } from "./versions";

/** A model's figures on the headline benchmark (the newest version that ranks it). */
export interface HeadlineFigures<B extends BenchmarkLike = BenchmarkLike> {
  benchmark: B;
  entry: BoardEntry;
  /** Every row of the model on that version, best first (`entry` first): its other settings and snapshots. */
  rows: BoardEntry[];
}

/**
 * The snapshot a row's reports name (`claude-3-5-sonnet-20241022`: `2024-10-22`), from its key,
 * whether or not the board shows it (`BoardEntry.snapshot` is set only where it tells rows apart).
 */
export const rowSnapshot = (entry: Pick<BoardEntry, "key">): string | undefined => snapshotOfKey(entry.key);

/** The model's figures on its row of `snapshot` on the same version, when the board has one. */
export function ofSnapshot<B extends BenchmarkLike>(figures: HeadlineFigures<B> | undefined, snapshot: string): HeadlineFigures<B> | undefined {
  const entry = figures?.rows.find((e) => rowSnapshot(e) === snapshot);
  return entry && figures && { ...figures, entry };
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
    const seen = new Map<string, BoardEntry[]>();
    for (const entry of boardOf(benchmark).entries) {
      const rows = seen.get(entry.model.id);
      if (rows) {
        rows.push(entry);
        continue;
      }
      seen.set(entry.model.id, [entry]);
      out.set(entry.model.id, { benchmark, entry, rows: seen.get(entry.model.id)! });
    }
  }
  return out;
}
